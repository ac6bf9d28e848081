// Authors a new migration offline. `prisma migrate dev` needs a shadow database and
// `db pull` cannot read the catalog through the adapter, so the migration is the diff
// between the datamodel of the previous migration (a snapshot kept beside them) and
// the schema now. The CLI still wants a connection for its adapter, so a throwaway
// in-memory PGlite serves it; no real database is touched. When the datamodel changes
// what the database enforces (a new entity, relation, area or personal field), the
// regenerated security SQL and a backfill of the area columns follow the schema change.
import fs from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "../embedded.ts";
import { runPrismaCli } from "../migrate.ts";
import { migrationsDir, readSchema, schemaDir, securitySnapshotFile, snapshotFile } from "../schema-files.ts";
import { backfillAreas, securitySql } from "../security/index.ts";

const name = process.argv[2]?.trim();
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name>   (lower-case letters, digits and _)");
  process.exit(2);
}

const from = fs.existsSync(snapshotFile) ? ["--from-schema-datamodel", snapshotFile] : ["--from-empty"];
const scratch = await startEmbeddedPostgres();
const output = await runPrismaCli(
  scratch.url,
  ["migrate", "diff", ...from, "--to-schema-datamodel", schemaDir, "--script"],
  { quiet: true },
).finally(() => scratch.stop());
const diff = output.includes("\n-- ") ? output.slice(output.indexOf("\n-- ") + 1).trim() : "";
const schemaSql = diff.startsWith("-- This is an empty migration.") ? "" : diff;
const security = securitySql();
const securityChanged =
  !fs.existsSync(securitySnapshotFile) || fs.readFileSync(securitySnapshotFile, "utf8") !== security;
const sql = [schemaSql, securityChanged ? `${security}\n${backfillAreas()}` : ""].filter(Boolean).join("\n\n");
if (sql === "") {
  console.log("The schema matches the latest migration: nothing to write.");
} else {
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(migrationsDir, `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), `${sql}\n`);
  fs.writeFileSync(snapshotFile, readSchema());
  fs.writeFileSync(securitySnapshotFile, security);
  console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql; review it, then npm run db:migrate.`);
}
