// Fresh, migrated databases for tests: one per test file and backend, dropped after.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { createPrismaClient, type PrismaClient } from "./client.ts";
import { startEmbeddedPostgres } from "./embedded.ts";
import { applyMigrations } from "./migrate.ts";

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
  const { url, release } = backend === "pglite" ? await embeddedDatabase() : await serverDatabase();
  try {
    if (options.migrate !== false) await applyMigrations(url, { quiet: true });
  } catch (error) {
    await release();
    throw error;
  }
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

async function embeddedDatabase() {
  const embedded = await startEmbeddedPostgres();
  return { url: embedded.url, release: () => embedded.stop() };
}

async function serverDatabase() {
  const name = `p181_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = new URL(testServerUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
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
