// A transaction on a connection of the Prisma client's own pool, without Prisma: for the
// reads compiled to one statement (api/compiled/), where Prisma's interactive transaction
// would cost more CPU than everything else in the request. Same pool, same sessions, same
// framing (BEGIN, the claims statement, COMMIT) as the transactions Prisma runs.
import type { SqlPool } from "@p181/db";
import type pg from "pg";

export type RunSql = <T>(sql: string, values: readonly unknown[]) => Promise<T[]>;

export async function inSqlTransaction<T>({ pool, onQuery }: SqlPool, body: (run: RunSql) => Promise<T>): Promise<T> {
  const connection = await pool.connect();
  let broken = false;
  // A connection lost while checked out is reported as an event as well as to the statement
  // waiting on it; without a listener the event would crash the process.
  const lost = () => (broken = true);
  connection.on("error", lost);
  const run: RunSql = async <R>(sql: string, values: readonly unknown[]) => {
    onQuery?.(sql);
    try {
      return (await connection.query(sql, values as unknown[])).rows as R[];
    } catch (error) {
      throw asAdapterError(error);
    }
  };
  try {
    await run("BEGIN", []);
    const result = await body(run);
    await run("COMMIT", []);
    return result;
  } catch (error) {
    await run("ROLLBACK", []).catch(() => (broken = true));
    throw error;
  } finally {
    connection.off("error", lost);
    // A connection that was lost or could not even roll back is not given to the next request.
    connection.release(broken);
  }
}

/**
 * PostgreSQL's refusals in the shape Prisma's driver adapter gives them, so that one mapping
 * (security/prisma-errors.ts) serves both; connection failures stay as pg reports them.
 */
function asAdapterError(error: unknown): unknown {
  const database = error as pg.DatabaseError;
  if (!(error instanceof Error) || typeof database.code !== "string" || !("severity" in database)) return error;
  return Object.assign(new Error(database.message), {
    name: "DriverAdapterError",
    cause: {
      kind: "postgres",
      code: database.code,
      originalCode: database.code,
      originalMessage: database.message,
      column: database.column,
    },
  });
}
