// npm run build: checks this app's GraphQL documents against the gateway's schema and writes the
// introspection graphcache needs to know the schema (interfaces, unions, which types have no id). Both
// come from ../../schema.graphql (or GRAPHAPI_SCHEMA), so they never drift from what the gateway serves.
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { buildSchema, introspectionFromSchema, parse, validate } from "graphql";
import { operations } from "../src/documents.mjs";

const schemaPath = process.env.GRAPHAPI_SCHEMA ?? new URL("../../../schema.graphql", import.meta.url);
const schema = buildSchema(await readFile(schemaPath, "utf8"));

let failures = 0;
for (const [name, text] of Object.entries(operations)) {
  for (const error of validate(schema, parse(text))) {
    failures++;
    console.error(`${name}: ${error.message}`);
  }
}
if (failures > 0) {
  console.error(`${failures} error(s) in src/documents.mjs against ${schemaPath}.`);
  process.exit(1);
}

// Descriptions dropped: graphcache needs the types, fields and their relations only.
const introspection = introspectionFromSchema(schema, { descriptions: false });
/** Write then rename: an app starting while a build runs reads the old file or the new one, never half of one. */
async function writeAtomically(file, text) {
  const temporary = new URL(`${file.href}.${process.pid}.tmp`);
  await writeFile(temporary, text);
  await rename(temporary, file);
}

const out = new URL("../src/generated/", import.meta.url);
await mkdir(out, { recursive: true });
await writeAtomically(new URL("schema.json", out), JSON.stringify(introspection) + "\n");
console.error(`${Object.keys(operations).length} documents valid; schema introspection written to src/generated/schema.json.`);
