// Exercises the exact Prisma + adapter versions in use on both backends:
// migrations from empty, CRUD, nested create, interactive transaction, groupBy, raw SQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendsUnderTest, createTestDatabase, type TestDatabase } from "./testing.ts";

describe.each(backendsUnderTest())("runtime on %s", (backend) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
  });
  afterAll(() => db?.drop());

  it("applied every migration from an empty database", async () => {
    const rows = await db.prisma.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS count FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`;
    expect(Number(rows[0]?.count)).toBeGreaterThan(0);
    const tables = await db.prisma.$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`;
    expect(tables.map((row) => row.table_name)).toEqual(
      expect.arrayContaining(["Town", "Zone", "PartyOrganisation", "PartyMember", "AnnualTarget", "VolunteerTeam"]),
    );
  });

  it("creates, reads, updates and deletes with nested writes", async () => {
    const town = await db.prisma.town.create({
      data: {
        code: "T01",
        name: "新桥镇",
        kind: "TOWN",
        zones: {
          create: [
            { code: "T01-Z01", name: "东村", kind: "VILLAGE" },
            { code: "T01-Z02", name: "西村", kind: "VILLAGE" },
          ],
        },
      },
      include: { zones: true },
    });
    expect(town.zones).toHaveLength(2);
    const renamed = await db.prisma.zone.update({ where: { code: "T01-Z02" }, data: { name: "西湖村" } });
    expect(renamed.name).toBe("西湖村");
    await db.prisma.zone.delete({ where: { code: "T01-Z02" } });
    expect(await db.prisma.zone.count({ where: { townId: town.id } })).toBe(1);
  });

  it("rolls back an interactive transaction that throws", async () => {
    const before = await db.prisma.town.count();
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.town.create({ data: { code: "T99", name: "临时镇", kind: "TOWN" } });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await db.prisma.town.count()).toBe(before);
  });

  it("groups and aggregates in the database", async () => {
    const town = await db.prisma.town.findUniqueOrThrow({ where: { code: "T01" } });
    await db.prisma.zone.createMany({
      data: [
        { code: "T01-Z03", name: "南园", kind: "PARK", townId: town.id, population: 300 },
        { code: "T01-Z04", name: "北社区", kind: "COMMUNITY", townId: town.id, population: 700 },
        { code: "T01-Z05", name: "中社区", kind: "COMMUNITY", townId: town.id, population: 500 },
      ],
    });
    const groups = await db.prisma.zone.groupBy({
      by: ["kind"],
      _count: { _all: true },
      _sum: { population: true },
      orderBy: { kind: "asc" },
    });
    expect(groups.map((g) => [g.kind, g._count._all, g._sum.population])).toEqual([
      ["VILLAGE", 1, null],
      ["COMMUNITY", 2, 1200],
      ["PARK", 1, 300],
    ]);
  });

  it("runs raw queries, including on the catalog", async () => {
    const [row] = await db.prisma.$queryRaw<{ n: number; version: string }[]>`SELECT 1::int AS n, version() AS version`;
    expect(row?.n).toBe(1);
    expect(row?.version).toMatch(/PostgreSQL/);
    const enums = await db.prisma.$queryRaw<{ typname: string }[]>`
      SELECT typname::text FROM pg_type WHERE typtype = 'e' ORDER BY typname`;
    expect(enums.map((e) => e.typname)).toContain("ProgrammePlan");
  });
});
