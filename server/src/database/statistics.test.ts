import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@p181/db/testing";
import { keepStatisticsFresh } from "./statistics.ts";

// Only the embedded database needs it (a server has autovacuum), so only it is tested.
describe("statistics of the embedded database", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase("pglite");
  });
  afterAll(() => db?.drop());

  it("are refreshed at start: the planner knows the rows added since the last ANALYZE", async () => {
    const town = await db.prisma.town.create({ data: { code: "S", name: "统计镇", kind: "TOWN" } });
    await db.prisma.zone.createMany({
      data: Array.from({ length: 300 }, (_, i) => ({
        code: `S-${i}`,
        name: `村${i}`,
        kind: "VILLAGE" as const,
        townId: town.id,
      })),
    });
    const estimate = async () =>
      Number(
        (
          await db.prisma.$queryRawUnsafe<{ n: number }[]>(
            `SELECT reltuples::int AS n FROM pg_class WHERE relname = 'Zone'`,
          )
        )[0]!.n,
      );
    expect(await estimate()).not.toBe(300);
    const refresh = keepStatisticsFresh(db.prisma);
    await refresh.first;
    refresh.stop();
    expect(await estimate()).toBe(300);
  });
});
