import fs from "node:fs";
import path from "node:path";

export const schemaDir = path.resolve(import.meta.dirname, "../schema");
export const migrationsDir = path.resolve(import.meta.dirname, "../migrations");
/** The datamodel the newest migration was authored from. */
export const snapshotFile = path.join(migrationsDir, "schema.snapshot.prisma");

/** The security SQL (prisma/src/security) the newest migration applied. */
export const securitySnapshotFile = path.join(migrationsDir, "security.snapshot.sql");

/** The multi-file schema as one document, in a stable order. */
export function readSchema(): string {
  return fs
    .readdirSync(schemaDir)
    .filter((file) => file.endsWith(".prisma"))
    .sort((a, b) => (a === "schema.prisma" ? -1 : b === "schema.prisma" ? 1 : a.localeCompare(b)))
    .map((file) => `// ---- ${file}\n${fs.readFileSync(path.join(schemaDir, file), "utf8").trim()}\n`)
    .join("\n");
}
