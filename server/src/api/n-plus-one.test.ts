// Entity reads compile to one SQL statement (api/compiled/); what they do not cover (here a
// record's history) resolves through plugin-prisma's selection merging into one Prisma query
// per level that needs it, its rows built as JSON in SQL (relationLoadStrategy "join"). Either
// way the number of SQL statements depends neither on the rows nor on the depth.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendsUnderTest, createTestDatabase, type TestDatabase } from "@p181/db/testing";
import { execute } from "../testing/graphql.ts";
import { cityAdmin } from "../testing/viewers.ts";
import { createApp } from "../yoga.ts";

const QUERY = `{
  towns(take: 20) { items {
    code
    zones(take: 10) { code partyMembersCount history { action }
      organisations(take: 5) { code members(take: 10) { name } }
    }
  } }
}`;

async function addTown(db: TestDatabase, code: string, zones: number) {
  await db.prisma.town.create({
    data: {
      code,
      name: `${code}镇`,
      kind: "TOWN",
      zones: {
        create: Array.from({ length: zones }, (_, i) => ({
          code: `${code}-${i}`,
          name: `${code}村${i}`,
          kind: "VILLAGE" as const,
        })),
      },
    },
  });
  const town = await db.prisma.town.findUniqueOrThrow({ where: { code }, include: { zones: true } });
  for (const zone of town.zones) {
    const org = await db.prisma.partyOrganisation.create({
      data: {
        code: `${zone.code}-B`,
        name: `${zone.name}党支部`,
        type: "BRANCH",
        field: "RURAL",
        townId: town.id,
        zoneId: zone.id,
        foundedOn: new Date("2001-01-01"),
      },
    });
    await db.prisma.partyMember.createMany({
      data: [0, 1, 2].map((i) => ({
        idNumber: `${zone.code}-${i}`,
        name: `党员${i}`,
        gender: "MALE" as const,
        birthDate: new Date("1970-01-01"),
        education: "BACHELOR" as const,
        organisationId: org.id,
        zoneId: zone.id,
        category: "FULL" as const,
        joinedOn: new Date("1995-01-01"),
        skills: [],
      })),
    });
  }
}

describe.each(backendsUnderTest())("SQL statements per request on %s", (backend) => {
  let db: TestDatabase;
  const statements: string[] = [];
  beforeAll(async () => {
    db = await createTestDatabase(backend, { onQuery: (sql) => statements.push(sql) });
  });
  afterAll(() => db?.drop());

  async function countStatements(query = QUERY): Promise<number> {
    const user = await db.prisma.user.upsert({
      where: { username: "admin" },
      create: { username: "admin", displayName: "admin", role: "CITY_ADMIN" },
      update: {},
    });
    const app = createApp({ prisma: db.prisma, development: false, actAs: cityAdmin(user.id) });
    statements.length = 0;
    const result = await execute(app, query);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return statements.filter((sql) => !/^(BEGIN|COMMIT|ROLLBACK|DEALLOCATE)/i.test(sql.trim())).length;
  }

  it("does not grow with the number of towns, zones, organisations or members", async () => {
    await addTown(db, "A", 2);
    const small = await countStatements();
    await addTown(db, "B", 5);
    await addTown(db, "C", 8);
    const large = await countStatements();
    expect(large).toBe(small);
    // Through the resolvers (history is not compiled): the role and claims, the nested rows, the zones' history.
    expect(small).toBe(3);
  });

  it.each([
    [
      "a page with totalCount and two levels of relations: claims, one statement",
      `{ partyMembers(take: 50) { totalCount items { id name organisation { name town { name } } zone { name } } } }`,
      2,
    ],
    [
      "a three-level fan-out with counts: claims, one statement",
      `{ towns(take: 10) { items { name zones(take: 10) { name partyMembersCount organisations(take: 10) { name members(take: 5) { name } } } } } }`,
      2,
    ],
    [
      "one record by id with relations: claims, one statement",
      `{ partyMember(id: 1) { name organisation { name parent { name } } zone { town { name } } } }`,
      2,
    ],
    [
      "two lists, a record and a filtered count: claims, one statement",
      `{ towns { totalCount } zones(where: { town: { code: { startsWith: "A" } } }) { totalCount items { code } } partyMember(id: 2) { createdBy { displayName } } }`,
      2,
    ],
  ])("%s", async (_name, query, expected) => {
    expect(await countStatements(query)).toBe(expected);
  });
});
