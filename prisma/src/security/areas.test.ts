// The database keeps every row's area itself: derived from the row and its parents, moved
// with a parent, refused when a zone lies in another town, recomputed by the backfill.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendsUnderTest, createTestDatabase, type TestDatabase } from "../testing.ts";
import { backfillAreaStatements } from "./index.ts";

/** The read of a row's area, which each of the models checked here answers alike. */
interface AreaReader {
  findUniqueOrThrow(args: {
    where: { id: number };
    select: { areaTownId: true; areaZoneId: true };
  }): Promise<{ areaTownId: number | null; areaZoneId: number | null }>;
}

describe.each(backendsUnderTest())("areas on %s", (backend) => {
  let db: TestDatabase;
  const ids = { t1: 0, t2: 0, z1: 0, z2: 0, z3: 0, org: 0 };
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    ids.t1 = (await db.prisma.town.create({ data: { code: "T1", name: "一镇", kind: "TOWN" } })).id;
    ids.t2 = (await db.prisma.town.create({ data: { code: "T2", name: "二镇", kind: "TOWN" } })).id;
    const zone = async (code: string, townId: number) =>
      (await db.prisma.zone.create({ data: { code, name: code, kind: "VILLAGE", townId } })).id;
    ids.z1 = await zone("Z1", ids.t1);
    ids.z2 = await zone("Z2", ids.t1);
    ids.z3 = await zone("Z3", ids.t2);
    ids.org = (
      await db.prisma.partyOrganisation.create({
        data: {
          code: "O1",
          name: "支部",
          type: "BRANCH",
          field: "RURAL",
          townId: ids.t1,
          zoneId: ids.z1,
          foundedOn: new Date("2000-01-01"),
        },
      })
    ).id;
  });
  afterAll(() => db?.drop());

  let brands = 0;
  const brand = () =>
    db.prisma.partyBrand.create({
      data: {
        organisationId: ids.org,
        name: `品牌${++brands}`,
        field: "ORGAN",
        focus: "INNOVATION_UPGRADING",
        launchedOn: new Date("2013-01-01"),
      },
    });
  const areaOf = async (model: "partyBrand" | "partyOrganisation" | "partyMember" | "enterprise", id: number) => {
    const rows: AreaReader = db.prisma[model];
    return rows.findUniqueOrThrow({ where: { id }, select: { areaTownId: true, areaZoneId: true } });
  };

  it("derives a row's area from its parent, and moves it with the parent", async () => {
    const { id } = await brand();
    expect(await areaOf("partyBrand", id)).toEqual({ areaTownId: ids.t1, areaZoneId: ids.z1 });
    await db.prisma.partyOrganisation.update({ where: { id: ids.org }, data: { zoneId: ids.z2 } });
    expect(await areaOf("partyBrand", id)).toEqual({ areaTownId: ids.t1, areaZoneId: ids.z2 });
    // The organisation's own town column still says T1: moving its zone to T2 is refused, and nothing moves.
    await expect(db.prisma.zone.update({ where: { id: ids.z2 }, data: { townId: ids.t2 } })).rejects.toThrow(
      /zone lies in another town/,
    );
    expect(await areaOf("partyBrand", id)).toEqual({ areaTownId: ids.t1, areaZoneId: ids.z2 });
    await db.prisma.partyOrganisation.update({ where: { id: ids.org }, data: { zoneId: ids.z1 } });
  });

  it("moves the rows of a zone with the zone to another town", async () => {
    const zoneId = (await db.prisma.zone.create({ data: { code: "Z9", name: "Z9", kind: "VILLAGE", townId: ids.t1 } }))
      .id;
    const centre = await db.prisma.serviceCentre.create({
      data: {
        zoneId,
        name: "中心",
        kind: "PARTY_MEMBER",
        address: "路1号",
        floorAreaM2: "100",
        staffCount: 2,
        services: [],
        openingHours: "9-17",
        openedOn: new Date("2012-01-01"),
      },
    });
    await db.prisma.zone.update({ where: { id: zoneId }, data: { townId: ids.t2 } });
    expect(
      await db.prisma.serviceCentre.findUniqueOrThrow({
        where: { id: centre.id },
        select: { areaTownId: true, areaZoneId: true },
      }),
    ).toEqual({
      areaTownId: ids.t2,
      areaZoneId: zoneId,
    });
  });

  it("refuses a zone of another town than the row's own town column", async () => {
    await expect(
      db.prisma.enterprise.create({
        data: { name: "企业", creditCode: "X1", townId: ids.t1, zoneId: ids.z3, category: "KEY", ownership: "PRIVATE" },
      }),
    ).rejects.toThrow(/zone lies in another town/);
    await expect(
      db.prisma.partyOrganisation.update({ where: { id: ids.org }, data: { zoneId: ids.z3 } }),
    ).rejects.toThrow(/zone lies in another town/);
  });

  it("lets a member's zone decide their town, whatever their organisation's", async () => {
    const member = await db.prisma.partyMember.create({
      data: {
        idNumber: "X",
        name: "党员",
        gender: "MALE",
        birthDate: new Date("1980-01-01"),
        education: "BACHELOR",
        organisationId: ids.org,
        zoneId: ids.z3,
        category: "FULL",
        joinedOn: new Date("2005-01-01"),
        skills: [],
      },
    });
    expect(await areaOf("partyMember", member.id)).toEqual({ areaTownId: ids.t2, areaZoneId: ids.z3 });
    await db.prisma.partyMember.update({ where: { id: member.id }, data: { zoneId: null } });
    expect(await areaOf("partyMember", member.id)).toEqual({ areaTownId: ids.t1, areaZoneId: null });
  });

  it("recomputes every row's area in the backfill", async () => {
    const { id } = await brand();
    await db.prisma.$executeRawUnsafe(`ALTER TABLE "PartyBrand" DISABLE TRIGGER USER`);
    await db.prisma.$executeRawUnsafe(`UPDATE "PartyBrand" SET "areaTownId" = NULL, "areaZoneId" = NULL`);
    await db.prisma.$executeRawUnsafe(`ALTER TABLE "PartyBrand" ENABLE TRIGGER USER`);
    for (const statement of backfillAreaStatements()) await db.prisma.$executeRawUnsafe(statement);
    expect(await areaOf("partyBrand", id)).toEqual({ areaTownId: ids.t1, areaZoneId: ids.z1 });
  });
});
