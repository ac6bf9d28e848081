// The database itself holds the data model's promises: natural keys, foreign keys,
// delete rules and closed vocabularies, on both backends.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendsUnderTest, createTestDatabase, type TestDatabase } from "./testing.ts";

describe.each(backendsUnderTest())("constraints on %s", (backend) => {
  let db: TestDatabase;
  let townId: number;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    const town = await db.prisma.town.create({
      data: {
        code: "YY",
        name: "云阳街道",
        kind: "STREET",
        zones: { create: { code: "YY-01", name: "东门社区", kind: "COMMUNITY" } },
      },
    });
    townId = town.id;
  });
  afterAll(() => db?.drop());

  it("rejects a duplicate natural key", async () => {
    await expect(
      db.prisma.town.create({ data: { code: "YY", name: "别的街道", kind: "STREET" } }),
    ).rejects.toMatchObject({
      code: "P2002",
    });
  });

  it("rejects a duplicate compound natural key of an annual target", async () => {
    const target = {
      plan: "TRAINING",
      year: 2013,
      scopeLevel: "CITY",
      scopeCode: "CITY",
      metric: "TRAINING_SESSIONS",
      value: 100,
    } as const;
    await db.prisma.annualTarget.create({ data: target });
    await expect(db.prisma.annualTarget.create({ data: { ...target, value: 90 } })).rejects.toMatchObject({
      code: "P2002",
    });
  });

  it("rejects a reference to a missing row", async () => {
    await expect(
      db.prisma.zone.create({ data: { code: "ZZ-01", name: "无主村", kind: "VILLAGE", townId: 999_999 } }),
    ).rejects.toMatchObject({ code: "P2003" });
  });

  it("refuses to delete a town that still has zones", async () => {
    await expect(db.prisma.town.delete({ where: { id: townId } })).rejects.toBeTruthy();
    expect(await db.prisma.town.count({ where: { id: townId } })).toBe(1);
  });

  it("deletes pure child rows with their parent", async () => {
    const organisation = await db.prisma.partyOrganisation.create({
      data: {
        code: "YY-P1",
        name: "云阳街道党工委",
        type: "PARTY_COMMITTEE",
        field: "COMMUNITY",
        townId,
        foundedOn: new Date("2001-07-01"),
      },
    });
    const representative = await db.prisma.partyRepresentative.create({
      data: { name: "王建国", gender: "MALE", townId, congressTerm: 11, termStart: new Date("2011-09-01") },
    });
    const tour = await db.prisma.representativeTour.create({
      data: {
        kind: "CENTRAL_INSPECTION",
        targetOrganisationId: organisation.id,
        startOn: new Date("2013-04-02"),
        participants: { create: { representativeId: representative.id } },
      },
    });
    await db.prisma.representativeTour.delete({ where: { id: tour.id } });
    expect(await db.prisma.tourParticipant.count()).toBe(0);
  });

  it("accepts only the values of an enum", async () => {
    await expect(
      db.prisma.$executeRawUnsafe(
        `INSERT INTO "Town" (code, name, kind, "updatedAt") VALUES ('BAD', '错镇', 'CITY', now())`,
      ),
    ).rejects.toThrow(/invalid input value for enum/);
  });
});
