// Copies the manifest codegen just generated to trusted-documents/, the copy that is committed and deployed to the
// gateway's GraphQL:TrustedDocuments:Folder. Run it after `npm run build` whenever an operation changed, and commit
// both: a test fails while the committed copy differs from what the build generates.
import { copyFileSync, existsSync } from 'node:fs';

const generated = new URL('../src/gql/persisted-documents.json', import.meta.url);
const shipped = new URL('../trusted-documents/persisted-documents.json', import.meta.url);
if (!existsSync(generated)) {
  console.error('src/gql/persisted-documents.json is missing: run npm run build first.');
  process.exit(1);
}
copyFileSync(generated, shipped);
console.error('trusted-documents/persisted-documents.json updated: commit it and deploy it to the gateway.');
