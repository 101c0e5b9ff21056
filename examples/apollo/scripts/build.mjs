// npm run build: checks this app's GraphQL documents against the gateway's schema and writes the
// possibleTypes map Apollo's InMemoryCache needs for fragments on interfaces and unions. Both come from
// ../../schema.graphql (or GRAPHAPI_SCHEMA), so they never drift from what the gateway serves.
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { buildSchema, isAbstractType, parse, validate } from "graphql";
import { operations } from "../src/documents.mjs";

const schemaPath = process.env.GRAPHAPI_SCHEMA ?? new URL("../../../schema.graphql", import.meta.url);
const schema = buildSchema(await readFile(schemaPath, "utf8"));

let failures = 0;
for (const [name, text] of Object.entries(operations)) {
  const errors = validate(schema, parse(text));
  for (const error of errors) {
    failures++;
    console.error(`${name}: ${error.message}`);
  }
}
if (failures > 0) {
  console.error(`${failures} error(s) in src/documents.mjs against ${schemaPath}.`);
  process.exit(1);
}

// { "MutationError": ["NotFoundError", ...], "UserError": [...], "PinMedia": [...], "Node": [...] }
const possibleTypes = {};
for (const type of Object.values(schema.getTypeMap())) {
  if (isAbstractType(type) && !type.name.startsWith("__")) {
    possibleTypes[type.name] = schema.getPossibleTypes(type).map((t) => t.name).sort();
  }
}

/** Write then rename: an app starting while a build runs reads the old file or the new one, never half of one. */
async function writeAtomically(file, text) {
  const temporary = new URL(`${file.href}.${process.pid}.tmp`);
  await writeFile(temporary, text);
  await rename(temporary, file);
}

const out = new URL("../src/generated/", import.meta.url);
await mkdir(out, { recursive: true });
await writeAtomically(new URL("possible-types.json", out), JSON.stringify(possibleTypes, null, 2) + "\n");
console.error(
  `${Object.keys(operations).length} documents valid; possibleTypes for ${Object.keys(possibleTypes).join(", ")} written to src/generated/.`);
