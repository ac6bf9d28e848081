import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlPoolOf } from "@p181/db";
import { backendsUnderTest, createTestDatabase, type TestDatabase } from "@p181/db/testing";
import { toClientError } from "../security/index.ts";
import { isDatabaseUnavailable } from "./failures.ts";
import { inSqlTransaction } from "./sql-transaction.ts";

describe.each(backendsUnderTest())("transactions without Prisma on %s", (backend) => {
  let db: TestDatabase;
  const statements: string[] = [];
  beforeAll(async () => {
    db = await createTestDatabase(backend, { onQuery: (sql) => statements.push(sql) });
  });
  afterAll(() => db?.drop());

  it("frames the body in BEGIN and COMMIT on the client's own pool, and reports every statement", async () => {
    statements.length = 0;
    const rows = await inSqlTransaction(sqlPoolOf(db.prisma), async (run) => {
      await run("SELECT set_config('p181.user', '7', true)", []);
      return run<{ user: string }>("SELECT current_setting('p181.user') AS user", []);
    });
    expect(rows).toEqual([{ user: "7" }]);
    expect(statements.map((sql) => sql.split(" ")[0])).toEqual(["BEGIN", "SELECT", "SELECT", "COMMIT"]);
    // Local to the transaction, as the claims must be.
    const [after] = await db.prisma.$queryRawUnsafe<{ user: string | null }[]>(
      "SELECT current_setting('p181.user', true) AS user",
    );
    expect(after!.user ?? "").toBe("");
  });

  it("reports PostgreSQL's refusal as Prisma's adapter does, rolls back, and the connection serves the next request", async () => {
    const failure = await inSqlTransaction(sqlPoolOf(db.prisma), (run) => run("SELECT 2147483647::int + 1", [])).catch(
      (error: unknown) => error,
    );
    // 22003, a number out of its type's range.
    expect(toClientError(failure)?.extensions.code).toBe("BAD_USER_INPUT");
    expect(isDatabaseUnavailable(failure)).toBe(false);
    const rows = await inSqlTransaction(sqlPoolOf(db.prisma), (run) => run<{ one: number }>("SELECT 1 AS one", []));
    expect(rows).toEqual([{ one: 1 }]);
  });
});
