// `npm run generate` in schema/: writes src/generated/datamodel.ts from prisma/schema.
import fs from "node:fs";
import path from "node:path";
import { parsePrismaSchema } from "./parse-prisma.ts";

const schemaDir = path.resolve(import.meta.dirname, "../../../prisma/schema");
const outFile = path.resolve(import.meta.dirname, "../generated/datamodel.ts");

const files = Object.fromEntries(
  fs
    .readdirSync(schemaDir)
    .filter((file) => file.endsWith(".prisma"))
    .sort()
    .map((file) => [file, fs.readFileSync(path.join(schemaDir, file), "utf8")]),
);
const datamodel = parsePrismaSchema(files);

fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(
  outFile,
  `// Generated from prisma/schema by schema/src/codegen/generate.ts. Do not edit.\n` +
    `import type { Datamodel } from "../datamodel-types.ts";\n\n` +
    `export const datamodel: Datamodel = ${JSON.stringify(datamodel, null, 1)};\n`,
);
console.log(
  `datamodel: ${Object.keys(datamodel.models).length} models, ${Object.keys(datamodel.enums).length} enums → ${path.relative(process.cwd(), outFile)}`,
);
