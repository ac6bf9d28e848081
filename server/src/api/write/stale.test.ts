// Optimistic concurrency through the API: a write naming the version it read
// (expectedUpdatedAt) is refused as STALE once someone else changed the row, with the
// row's current values as the writer may see them, and nothing of the mutation is written.
import { resources } from "@p181/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendsUnderTest, createTestDatabase, type TestDatabase } from "@p181/db/testing";
import { buildFixture, type Fixture } from "../../testing/fixture.ts";
import { execute } from "../../testing/graphql.ts";
import { cityAdmin, planOfficer, townAdmin } from "../../testing/viewers.ts";
import { createApp, type App } from "../../yoga.ts";

describe.each(backendsUnderTest())("stale writes on %s", (backend) => {
  let db: TestDatabase;
  let fixture: Fixture;
  let admin: App;
  let town: App;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    fixture = await buildFixture(db.prisma);
    admin = createApp({ prisma: db.prisma, development: false, actAs: cityAdmin(fixture.users.admin) });
    town = createApp({
      prisma: db.prisma,
      development: false,
      actAs: townAdmin(fixture.towns.xq, fixture.users.xqAdmin),
    });
  });
  afterAll(() => db?.drop());

  let zoneCount = 0;
  async function newZone(): Promise<number> {
    zoneCount += 1;
    const zone = await db.prisma.zone.create({
      data: {
        code: `XQ-S${zoneCount}`,
        name: `测试村${zoneCount}`,
        kind: "VILLAGE",
        townId: fixture.towns.xq,
        population: 100,
      },
    });
    return zone.id;
  }

  /** What a client read: the row's updatedAt as the API serialises it. */
  async function versionOf(app: App, id: number): Promise<string> {
    const result = await execute(app, `{ zone(id: ${id}) { updatedAt } }`);
    return result.data.zone.updatedAt;
  }

  const updateZone = (app: App, id: number, population: number, expected?: string) =>
    execute(
      app,
      `mutation($id: Int!, $at: DateTime) { updateZone(id: $id, data: { population: ${population} }, expectedUpdatedAt: $at) { population updatedAt } }`,
      { id, at: expected },
    );

  it("saves with the version it read, and the version it gets back is good for the next save", async () => {
    const id = await newZone();
    const first = await updateZone(town, id, 101, await versionOf(town, id));
    expect(first.errors).toBeUndefined();
    const second = await updateZone(town, id, 102, first.data.updateZone.updatedAt);
    expect(second.errors).toBeUndefined();
    expect(second.data.updateZone.population).toBe(102);
    expect(new Date(second.data.updateZone.updatedAt).getTime()).toBeGreaterThan(
      new Date(first.data.updateZone.updatedAt).getTime(),
    );
  });

  it("refuses a save of an older version as STALE, with who changed it, when, and the current values; nothing is written", async () => {
    const id = await newZone();
    const read = await versionOf(town, id);
    const theirs = await updateZone(admin, id, 200);
    expect(theirs.errors).toBeUndefined();
    const auditBefore = await db.prisma.auditLog.count({ where: { entity: "Zone", recordId: id } });

    const mine = await execute(
      town,
      `mutation($at: DateTime) { updateZone(id: ${id}, data: { population: 300, name: "我的名字" }, expectedUpdatedAt: $at) { id } }`,
      { at: read },
    );
    expect(mine.data?.updateZone).toBeNull();
    expect(mine.errors).toHaveLength(1);
    const stale = mine.errors![0]!;
    expect(stale.message).toMatch(/已被他人修改/);
    expect(stale.extensions).toMatchObject({
      code: "STALE",
      entity: "Zone",
      recordId: id,
      updatedAt: theirs.data.updateZone.updatedAt,
      updatedBy: { id: fixture.users.admin, displayName: "admin" },
      current: {
        id,
        population: 200,
        name: `测试村${zoneCount}`,
        townId: fixture.towns.xq,
        updatedAt: theirs.data.updateZone.updatedAt,
      },
    });
    const row = await db.prisma.zone.findUniqueOrThrow({ where: { id } });
    expect([row.population, row.name]).toEqual([200, `测试村${zoneCount}`]);
    expect(await db.prisma.auditLog.count({ where: { entity: "Zone", recordId: id } })).toBe(auditBefore);
  });

  it("writes as before when no version is given (the later save wins)", async () => {
    const id = await newZone();
    await updateZone(admin, id, 200);
    const mine = await updateZone(town, id, 300);
    expect(mine.errors).toBeUndefined();
    expect((await db.prisma.zone.findUniqueOrThrow({ where: { id } })).population).toBe(300);
  });

  it("refuses a whole updateEach when one of its rows is stale, naming that row", async () => {
    const [a, b] = [await newZone(), await newZone()];
    const [readA, readB] = [await versionOf(town, a), await versionOf(town, b)];
    await updateZone(admin, b, 222);
    const each = await execute(town, `mutation($data: [ZoneRowUpdate!]!) { updateEachZones(data: $data) { count } }`, {
      data: [
        { id: a, data: { population: 111 }, expectedUpdatedAt: readA },
        { id: b, data: { population: 333 }, expectedUpdatedAt: readB },
      ],
    });
    expect(each.errors?.[0]?.extensions).toMatchObject({
      code: "STALE",
      entity: "Zone",
      recordId: b,
      row: 1,
      current: { population: 222 },
    });
    expect(each.errors?.[0]?.message).toMatch(/^第2行 \/ row 2: /);
    const rows = await db.prisma.zone.findMany({ where: { id: { in: [a, b] } }, orderBy: { id: "asc" } });
    expect(rows.map((r) => r.population)).toEqual([100, 222]);
  });

  it("refuses a parent's update when a nested child update is stale, writing neither", async () => {
    const id = await newZone();
    const read = await versionOf(admin, id);
    await updateZone(town, id, 150);
    const nested = await execute(
      admin,
      `mutation($data: TownUpdateInput!) { updateTown(id: ${fixture.towns.xq}, data: $data) { name } }`,
      { data: { name: "新桥镇(改)", zones: { update: [{ id, data: { population: 999 }, expectedUpdatedAt: read }] } } },
    );
    expect(nested.errors?.[0]?.extensions).toMatchObject({
      code: "STALE",
      entity: "Zone",
      recordId: id,
      current: { population: 150 },
      updatedBy: { displayName: "xq-admin" },
    });
    expect((await db.prisma.town.findUniqueOrThrow({ where: { id: fixture.towns.xq } })).name).toBe("新桥镇");
    expect((await db.prisma.zone.findUniqueOrThrow({ where: { id } })).population).toBe(150);
  });

  it("refuses a soft delete of a version that has changed", async () => {
    const id = await newZone();
    const read = await versionOf(admin, id);
    await updateZone(town, id, 120);
    const deleted = await execute(
      admin,
      `mutation($at: DateTime) { deleteZone(id: ${id}, expectedUpdatedAt: $at) { id } }`,
      { at: read },
    );
    expect(deleted.errors?.[0]?.extensions).toMatchObject({ code: "STALE", recordId: id });
    expect((await db.prisma.zone.findUniqueOrThrow({ where: { id } })).deletedAt).toBeNull();
    const fresh = await execute(
      admin,
      `mutation($at: DateTime) { deleteZone(id: ${id}, expectedUpdatedAt: $at) { deletedAt } }`,
      { at: await versionOf(admin, id) },
    );
    expect(fresh.data.deleteZone.deletedAt).not.toBeNull();
  });

  it("gives the current values only as the writer may read them: no personal data for a plan officer", async () => {
    const personal = resources.Instructor!.personalFields;
    expect(personal.length).toBeGreaterThan(0);
    const officer = createApp({
      prisma: db.prisma,
      development: false,
      actAs: planOfficer(["INSTRUCTORS"], fixture.users.officer),
    });
    const instructor = await db.prisma.instructor.create({
      data: {
        name: "周强",
        gender: "MALE",
        birthDate: new Date("1970-02-03"),
        sourceKind: "TOWN",
        sourceUnit: "新桥镇",
        townId: fixture.towns.xq,
        education: "BACHELOR",
        partyWorkYears: 5,
        economicWorkYears: 5,
        leadershipYears: 5,
        appointedOn: new Date("2013-03-01"),
      },
    });
    const read = (await execute(officer, `{ instructor(id: ${instructor.id}) { updatedAt } }`)).data.instructor
      .updatedAt;
    const theirs = await execute(
      admin,
      `mutation { updateInstructor(id: ${instructor.id}, data: { sourceUnit: "组织部" }) { birthDate } }`,
    );
    expect(theirs.data.updateInstructor.birthDate).toBe("1970-02-03");

    const mine = await execute(
      officer,
      `mutation($at: DateTime) { updateInstructor(id: ${instructor.id}, data: { sourceUnit: "宣传部" }, expectedUpdatedAt: $at) { id } }`,
      { at: read },
    );
    const current = mine.errors?.[0]?.extensions?.current as Record<string, unknown>;
    expect(mine.errors?.[0]?.extensions?.code).toBe("STALE");
    expect(current).toMatchObject({ sourceUnit: "组织部", appointedOn: "2013-03-01" });
    for (const field of personal) expect(current[field]).toBeNull();
    expect(JSON.stringify(mine)).not.toContain("1970-02-03");
  });

  it("gives a town admin no more of the row than their own read of it", async () => {
    const id = await newZone();
    const read = await versionOf(town, id);
    await updateZone(admin, id, 444);
    const mine = await updateZone(town, id, 555, read);
    const current = mine.errors?.[0]?.extensions?.current as Record<string, unknown>;
    const fields = Object.keys(current).join(" ");
    const theirRead = await execute(town, `{ zone(id: ${id}) { ${fields} } }`);
    expect(current).toEqual(theirRead.data.zone);
    expect(Object.keys(current)).not.toContain("passwordHash");
  });

  it("lets exactly one of two concurrent saves of the same version through", async () => {
    const id = await newZone();
    const read = await versionOf(admin, id);
    const results = await Promise.all([updateZone(admin, id, 601, read), updateZone(town, id, 602, read)]);
    const ok = results.filter((r) => !r.errors);
    const stale = results.filter((r) => r.errors?.[0]?.extensions?.code === "STALE");
    expect([ok.length, stale.length]).toEqual([1, 1]);
    expect((await db.prisma.zone.findUniqueOrThrow({ where: { id } })).population).toBe(
      ok[0]!.data.updateZone.population,
    );
  });

  // Both saves are held at the UPDATE (after each has read the row and found the version it
  // expected) by a row lock taken elsewhere; released together, only the check inside the
  // UPDATE can tell them apart. PGlite serves one connection, so this needs the server.
  it.runIf(backend === "postgres")("decides the race inside the UPDATE, not by an earlier read", async () => {
    const id = await newZone();
    const read = await versionOf(admin, id);
    let saves: Promise<Awaited<ReturnType<typeof updateZone>>[]> | undefined;
    await db.prisma.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT id FROM "Zone" WHERE id = ${id} FOR UPDATE`;
        saves = Promise.all([updateZone(admin, id, 701, read), updateZone(town, id, 702, read)]);
        await expect
          .poll(
            async () => {
              const [{ waiting }] = await db.prisma.$queryRaw<[{ waiting: number }]>`
                SELECT count(*)::int AS waiting FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'UPDATE "public"."Zone"%'`;
              return waiting;
            },
            { timeout: 15_000, interval: 50 },
          )
          .toBe(2);
      },
      { timeout: 30_000 },
    );
    const results = await saves!;
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === "STALE")).toHaveLength(1);
    const winner = results.find((r) => !r.errors)!.data.updateZone.population;
    expect((await db.prisma.zone.findUniqueOrThrow({ where: { id } })).population).toBe(winner);
  });
});
