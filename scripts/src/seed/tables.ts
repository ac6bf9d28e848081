// The database's tables: business tables carry the audit block (createdById, updatedById,
// deletedAt); system tables (sessions, tokens, audit log, rate limits) and Prisma's migration log do not.
import type { Database } from "./writer.ts";

const MIGRATION_TABLE = "_prisma_migrations";

/** Every table except Prisma's migration log. */
export async function allTables(db: Database): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT table_name::text FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> $1
      ORDER BY table_name`,
    MIGRATION_TABLE,
  );
  return rows.map((row) => row.table_name);
}

/** The tables of business records: those with the audit block. */
export async function businessTables(db: Database): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT c.table_name::text FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.column_name = 'createdById'
      ORDER BY c.table_name`,
  );
  return rows.map((row) => row.table_name);
}

/** True when no business table holds a row (soft-deleted rows count as rows). */
export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const tables = await businessTables(db);
  if (tables.length === 0) return true;
  const probes = tables.map((table) => `EXISTS (SELECT 1 FROM ${quote(table)})`).join(" OR ");
  const [row] = await db.$queryRawUnsafe<{ hasRows: boolean }[]>(`SELECT (${probes}) AS "hasRows"`);
  return row?.hasRows === false;
}

/**
 * Empties every table except the migration log in one statement and restarts every id
 * sequence: the business data, and with it the sessions, tokens and audit entries that refer to it.
 */
export async function deleteAllData(db: Database): Promise<void> {
  const tables = await allTables(db);
  if (tables.length === 0) return;
  await db.$executeRawUnsafe(`TRUNCATE ${tables.map(quote).join(", ")} RESTART IDENTITY CASCADE`);
}

function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}
