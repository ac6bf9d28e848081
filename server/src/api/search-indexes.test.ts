// Quick search and `contains` filters are ILIKE '%text%', which a B-tree cannot serve: every
// search field of every entity has a trigram index, on both backends, and PostgreSQL can use
// it for such a filter.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resources } from "@p181/schema";
import { backendsUnderTest, createTestDatabase, type TestDatabase } from "@p181/db/testing";

describe.each(backendsUnderTest())("search indexes on %s", (backend) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
  });
  afterAll(() => db?.drop());

  it("cover every search field of every entity", async () => {
    const rows = await db.prisma.$queryRawUnsafe<{ table: string; definition: string }[]>(
      `SELECT tablename AS "table", indexdef AS definition FROM pg_indexes WHERE schemaname = 'public' AND indexdef LIKE '%gin_trgm_ops%'`,
    );
    const indexed = new Set(
      rows.map((row) => `${row.table}.${/\("?(\w+)"? gin_trgm_ops\)/.exec(row.definition)?.[1]}`),
    );
    const missing = Object.values(resources).flatMap((resource) =>
      resource.searchFields.map((field) => `${resource.model}.${field}`).filter((name) => !indexed.has(name)),
    );
    expect(missing).toEqual([]);
  });

  it("serve a contains filter", async () => {
    const plan = await db.prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN SELECT id FROM "PartyMember" WHERE name ILIKE '%明华%'`,
      );
    });
    expect(plan.map((line) => line["QUERY PLAN"]).join("\n")).toContain("PartyMember_name_trgm_idx");
  });
});
