// Fresh, migrated databases for tests: one per test file and backend, dropped after. The
// migrations run once per version of prisma/migrations (through the Prisma CLI, exactly
// as production applies them) into a template; each test database is a copy of it.
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createPrismaClient, type PrismaClient } from "./client.ts";
import { startEmbeddedPostgres } from "./embedded.ts";
import { applyMigrations } from "./migrate.ts";
import { migrationsDir } from "./schema-files.ts";

export type Backend = "pglite" | "postgres";

export interface TestDatabase {
  backend: Backend;
  url: string;
  prisma: PrismaClient;
  drop(): Promise<void>;
}

/** TEST_BACKENDS=pglite,postgres (default both) picks the backends a run covers. */
export function backendsUnderTest(env: NodeJS.ProcessEnv = process.env): Backend[] {
  const names = (env.TEST_BACKENDS ?? "pglite,postgres").split(",").map((name) => name.trim());
  return names.filter((name): name is Backend => name === "pglite" || name === "postgres");
}

/** The PostgreSQL server tests create their databases on. */
export const testServerUrl = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export async function createTestDatabase(
  backend: Backend,
  options: { onQuery?: (sql: string) => void; migrate?: boolean } = {},
): Promise<TestDatabase> {
  const migrate = options.migrate !== false;
  const { url, release } = backend === "pglite" ? await embeddedDatabase(migrate) : await serverDatabase(migrate);
  const prisma = createPrismaClient(url, { poolSize: backend === "pglite" ? 1 : 4, onQuery: options.onQuery });
  return {
    backend,
    url,
    prisma,
    async drop() {
      await prisma.$disconnect();
      await release();
    },
  };
}

/**
 * A migrated embedded database in a new data directory on disk (a copy of the same template),
 * for tests that go on to run the API as a process on that directory once this is closed.
 */
export async function createTestDataDir(
  dataDir: string,
): Promise<{ url: string; prisma: PrismaClient; close(): Promise<void> }> {
  const embedded = await startEmbeddedPostgres({ dataDir, loadDataDir: await migratedPglite() });
  const prisma = createPrismaClient(embedded.url, { poolSize: 1 });
  return {
    url: embedded.url,
    prisma,
    async close() {
      await prisma.$disconnect();
      await embedded.stop();
    },
  };
}

/** A fingerprint of the migrations: a new migration makes new templates. */
function migrationsVersion(): string {
  const hash = createHash("sha256");
  for (const entry of fs.readdirSync(migrationsDir, { recursive: true }).map(String).sort()) {
    const file = path.join(migrationsDir, entry);
    if (entry.endsWith(".sql") && fs.statSync(file).isFile()) hash.update(entry).update(fs.readFileSync(file));
  }
  return hash.digest("hex").slice(0, 16);
}

let pgliteTemplate: Promise<Blob> | undefined;

/** A dump of a migrated PGlite, kept in the temp folder between runs (written atomically). */
function migratedPglite(): Promise<Blob> {
  pgliteTemplate ??= (async () => {
    const file = path.join(os.tmpdir(), `p181-pglite-template-${migrationsVersion()}.tar.gz`);
    if (fs.existsSync(file)) return new Blob([fs.readFileSync(file)]);
    const scratch = await startEmbeddedPostgres();
    try {
      await applyMigrations(scratch.url, { quiet: true });
      const dump = await scratch.dump();
      const partial = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
      fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
      fs.renameSync(partial, file);
      return dump;
    } finally {
      await scratch.stop();
    }
  })();
  return pgliteTemplate;
}

async function embeddedDatabase(migrate: boolean) {
  const embedded = await startEmbeddedPostgres(migrate ? { loadDataDir: await migratedPglite() } : {});
  return { url: embedded.url, release: () => embedded.stop() };
}

function serverUrl(database: string): string {
  const url = new URL(testServerUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A migrated template database on the server, made once per migrations version (under a lock, for parallel test files). */
async function migratedServerTemplate(): Promise<string> {
  const name = `p181_template_${migrationsVersion()}`;
  const client = new pg.Client({ connectionString: testServerUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(181181)");
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) {
      const building = `${name}_building`;
      await client.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      await client.query(`CREATE DATABASE "${building}"`);
      await applyMigrations(serverUrl(building), { quiet: true });
      await client.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
    }
    return name;
  } finally {
    await client.query("SELECT pg_advisory_unlock(181181)").catch(() => {});
    await client.end();
  }
}

async function serverDatabase(migrate: boolean) {
  const name = `p181_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const template = migrate ? await migratedServerTemplate() : null;
  await adminQuery(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
  return {
    url: serverUrl(name),
    release: () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: testServerUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
