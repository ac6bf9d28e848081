// Lists, filters, ordering, paging, connections, aggregates and groupBy, generated
// for every entity, exercised on one; plus the SQL filter compiler against Prisma.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendsUnderTest, createTestDatabase, type TestDatabase } from "@p181/db/testing";
import { buildFixture, type Fixture } from "../testing/fixture.ts";
import { execute } from "../testing/graphql.ts";
import { cityAdmin, townAdmin, viewerRole, zoneSecretary } from "../testing/viewers.ts";
import { createApp, type App } from "../yoga.ts";
import { toPrismaWhere } from "./filters.ts";
import { compileWhere, SqlParams } from "../sql/where.ts";

describe.each(backendsUnderTest())("generic reads on %s", (backend) => {
  let db: TestDatabase;
  let fixture: Fixture;
  let admin: App;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    fixture = await buildFixture(db.prisma);
    admin = createApp({ prisma: db.prisma, development: false, actAs: cityAdmin(fixture.users.admin) });
  });
  afterAll(() => db?.drop());

  it("filters with operators, relations and boolean logic, sorts and pages", async () => {
    const result = await execute(
      admin,
      `query($where: PartyMemberFilter) {
        partyMembers(where: $where, orderBy: [{ zone: { name: DESC } }, { name: ASC }], skip: 1, take: 2) {
          totalCount items { name zone { name } organisation { town { code } } }
        }
      }`,
      {
        where: {
          OR: [{ organisation: { town: { code: { equals: "XQ" } } } }, { name: { startsWith: "陈" } }],
          NOT: { category: { equals: "PROBATIONARY" } },
          joinedOn: { gte: "1980-01-01" },
        },
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.partyMembers.totalCount).toBe(4);
    // Zone names sort by code point: 西村 > 科技园 > 东村.
    expect(result.data.partyMembers.items.map((m: { name: string }) => m.name)).toEqual(["陈静", "李华"]);
  });

  it("filters lists by their children (some / every / none) and list values", async () => {
    const result = await execute(
      admin,
      `{ some: zones(where: { partyMembers: { some: { category: { equals: PROBATIONARY } } } }) { items { code } }
         every: zones(where: { partyMembers: { every: { category: { equals: FULL } } } }, orderBy: [{ code: ASC }]) { items { code } }
         none: zones(where: { partyMembers: { none: {} } }) { totalCount } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.some.items).toEqual([{ code: "XQ-02" }]);
    expect(result.data.every.items.map((z: { code: string }) => z.code)).toEqual(["XQ-01", "YY-01"]);
    expect(result.data.none.totalCount).toBe(0);
  });

  it("pages through a Relay connection with a total", async () => {
    const first = await execute(
      admin,
      `{ partyMembersConnection(first: 2, orderBy: [{ name: ASC }]) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }`,
    );
    expect(first.errors).toBeUndefined();
    const page = first.data.partyMembersConnection;
    expect(page.totalCount).toBe(5);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await execute(
      admin,
      `query($after: String) { partyMembersConnection(first: 10, after: $after, orderBy: [{ name: ASC }]) { edges { node { name } } } }`,
      {
        after: page.pageInfo.endCursor,
      },
    );
    expect(next.data.partyMembersConnection.edges).toHaveLength(3);
  });

  it("aggregates and groups, also by a date cut to the year", async () => {
    const result = await execute(
      admin,
      `{ zonesAggregate { count sum { population } avg { population } max { population } }
         byTown: zonesGroupBy(by: [townId, kind]) { key { townId kind } count sum { population } }
         byYear: partyMembersGroupBy(by: [joinedOn], datePart: YEAR, where: { joinedOn: { gte: "2012-01-01" } }) { key { joinedOn } count } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.zonesAggregate).toEqual({
      count: 3,
      sum: { population: 2300 },
      avg: { population: 2300 / 3 },
      max: { population: 1200 },
    });
    expect(result.data.byTown).toEqual([
      { key: { townId: fixture.towns.xq, kind: "VILLAGE" }, count: 2, sum: { population: 2000 } },
      { key: { townId: fixture.towns.yy, kind: "PARK" }, count: 1, sum: { population: 300 } },
    ]);
    expect(result.data.byYear).toEqual([
      { key: { joinedOn: "2012-01-01" }, count: 1 },
      { key: { joinedOn: "2013-01-01" }, count: 1 },
      { key: { joinedOn: "2014-01-01" }, count: 1 },
    ]);
  });

  it("scopes every read to the viewer's area, nested lists and aggregates included", async () => {
    const town = createApp({
      prisma: db.prisma,
      development: false,
      actAs: townAdmin(fixture.towns.yy, fixture.users.yyAdmin),
    });
    const result = await execute(
      town,
      `{ partyMembers { totalCount items { name } }
         partyMembersAggregate { count }
         partyMembersGroupBy(by: [category]) { count }
         towns { items { code zones { code partyMembers { name } } } }
         other: partyOrganisation(id: ${fixture.organisations.eastBranch}) { name } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.partyMembers).toEqual({ totalCount: 1, items: [{ name: "陈静" }] });
    expect(result.data.partyMembersAggregate.count).toBe(1);
    expect(result.data.partyMembersGroupBy).toEqual([{ count: 1 }]);
    expect(result.data.towns.items).toEqual([
      { code: "YY", zones: [{ code: "YY-01", partyMembers: [{ name: "陈静" }] }] },
    ]);
    expect(result.data.other).toBeNull();

    const zone = createApp({
      prisma: db.prisma,
      development: false,
      actAs: zoneSecretary(fixture.towns.xq, fixture.zones.west, fixture.users.westSecretary),
    });
    const zoneResult = await execute(zone, `{ partyMembers { items { name } } zones { items { code } } }`);
    expect(zoneResult.data.partyMembers.items.map((m: { name: string }) => m.name).sort()).toEqual(["张强", "赵敏"]);
    expect(zoneResult.data.zones.items).toEqual([{ code: "XQ-02" }]);
  });

  it("hides personal data from roles that may not see it, in results and in filters", async () => {
    const viewer = createApp({ prisma: db.prisma, development: false, actAs: viewerRole(fixture.users.viewer) });
    const result = await execute(viewer, `{ partyMembers(take: 1) { items { name idNumber phone } } }`);
    expect(result.data.partyMembers.items[0]).toMatchObject({ idNumber: null, phone: null });
    const filtered = await execute(
      viewer,
      `{ partyMembers(where: { idNumber: { startsWith: "3211" } }) { totalCount } }`,
    );
    expect(filtered.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const asAdmin = await execute(admin, `{ partyMembers(take: 1, orderBy: [{ id: ASC }]) { items { idNumber } } }`);
    expect(asAdmin.data.partyMembers.items[0].idNumber).toMatch(/^3211/);
  });

  it("refuses anonymous requests", async () => {
    const anonymous = createApp({ prisma: db.prisma, development: false });
    const result = await execute(anonymous, `{ zones { totalCount } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("compiles filters to SQL that selects exactly what Prisma selects", async () => {
    const filters: Record<string, unknown>[] = [
      { name: { contains: "村" } },
      { population: { gte: 500, lt: 1500 } },
      { kind: { in: ["PARK", "COMMUNITY"] } },
      { population: { isNull: false }, NOT: { economicallyWeak: { equals: true } } },
      { town: { code: { equals: "XQ" } } },
      { partyMembers: { some: { skills: { hasSome: ["法律"] } } } },
      { partyMembers: { every: { category: { equals: "FULL" } } } },
      { organisations: { none: { type: { equals: "PARTY_COMMITTEE" } } } },
      { OR: [{ code: { endsWith: "02" } }, { town: { name: { startsWith: "云" } } }] },
    ];
    for (const filter of filters) {
      const where = toPrismaWhere("Zone", filter, cityAdmin());
      const expected = (await db.prisma.zone.findMany({ where, select: { id: true }, orderBy: { id: "asc" } })).map(
        (z) => z.id,
      );
      const params = new SqlParams();
      const sql = `SELECT t.id FROM "Zone" t WHERE ${compileWhere("Zone", where, "t", params)} ORDER BY t.id`;
      const actual = (await db.prisma.$queryRawUnsafe<{ id: number }[]>(sql, ...params.values)).map((z) => z.id);
      expect({ filter, ids: actual }).toEqual({ filter, ids: expected });
    }
  });
});
