// A small world for API tests: two towns, three zones, organisations and members.
import type { PrismaClient } from "@p181/db";

export interface Fixture {
  towns: { xq: number; yy: number };
  zones: { east: number; west: number; park: number };
  organisations: { xqCommittee: number; eastBranch: number; westBranch: number; parkBranch: number };
  /** Users the test viewers act as (audit columns point at them). */
  users: { admin: number; xqAdmin: number; yyAdmin: number; westSecretary: number; officer: number; viewer: number };
}

export async function buildFixture(prisma: PrismaClient): Promise<Fixture> {
  const xq = await prisma.town.create({ data: { code: "XQ", name: "新桥镇", kind: "TOWN" } });
  const yy = await prisma.town.create({ data: { code: "YY", name: "云阳街道", kind: "STREET" } });
  const east = await prisma.zone.create({
    data: { code: "XQ-01", name: "东村", kind: "VILLAGE", townId: xq.id, population: 1200, economicallyWeak: true },
  });
  const west = await prisma.zone.create({
    data: { code: "XQ-02", name: "西村", kind: "VILLAGE", townId: xq.id, population: 800 },
  });
  const park = await prisma.zone.create({
    data: { code: "YY-01", name: "科技园", kind: "PARK", townId: yy.id, population: 300 },
  });
  const org = (
    code: string,
    name: string,
    type: "PARTY_COMMITTEE" | "BRANCH",
    townId: number,
    zoneId: number | null,
    parentId: number | null,
  ) =>
    prisma.partyOrganisation.create({
      data: {
        code,
        name,
        type,
        field: zoneId === park.id ? "NON_PUBLIC_ENTERPRISE" : "RURAL",
        townId,
        zoneId,
        parentId,
        foundedOn: new Date("2000-07-01"),
      },
    });
  const xqCommittee = await org("XQ-P", "新桥镇党委", "PARTY_COMMITTEE", xq.id, null, null);
  const eastBranch = await org("XQ-01-B", "东村党支部", "BRANCH", xq.id, east.id, xqCommittee.id);
  const westBranch = await org("XQ-02-B", "西村党支部", "BRANCH", xq.id, west.id, xqCommittee.id);
  const parkBranch = await org("YY-01-B", "科技园党支部", "BRANCH", yy.id, park.id, null);
  const members = [
    ["王明", eastBranch.id, east.id, "1960-03-01", "1985-07-01", "FULL"],
    ["李华", eastBranch.id, east.id, "1975-05-12", "2001-06-30", "FULL"],
    ["张强", westBranch.id, west.id, "1988-11-20", "2012-05-04", "PROBATIONARY"],
    ["赵敏", westBranch.id, west.id, "1992-01-15", "2013-07-01", "FULL"],
    ["陈静", parkBranch.id, park.id, "1990-09-09", "2014-07-01", "FULL"],
  ] as const;
  await prisma.partyMember.createMany({
    data: members.map(([name, organisationId, zoneId, birth, joined, category], i) => ({
      idNumber: `32118119${String(i).padStart(10, "0")}`,
      name,
      gender: i % 2 ? "FEMALE" : "MALE",
      birthDate: new Date(birth),
      phone: `1390000000${i}`,
      education: "BACHELOR",
      organisationId,
      zoneId,
      category,
      joinedOn: new Date(joined),
      skills: i === 0 ? ["农技", "法律"] : ["农技"],
    })),
  });
  const user = async (
    username: string,
    role: "CITY_ADMIN" | "TOWN_ADMIN" | "ZONE_SECRETARY" | "PLAN_OFFICER" | "VIEWER",
    townId?: number,
    zoneId?: number,
  ) => (await prisma.user.create({ data: { username, displayName: username, role, townId, zoneId } })).id;
  const users = {
    admin: await user("admin", "CITY_ADMIN"),
    xqAdmin: await user("xq-admin", "TOWN_ADMIN", xq.id),
    yyAdmin: await user("yy-admin", "TOWN_ADMIN", yy.id),
    westSecretary: await user("west-secretary", "ZONE_SECRETARY", xq.id, west.id),
    officer: await user("volunteers-officer", "PLAN_OFFICER"),
    viewer: await user("viewer", "VIEWER"),
  };
  return {
    users,
    towns: { xq: xq.id, yy: yy.id },
    zones: { east: east.id, west: west.id, park: park.id },
    organisations: {
      xqCommittee: xqCommittee.id,
      eastBranch: eastBranch.id,
      westBranch: westBranch.id,
      parkBranch: parkBranch.id,
    },
  };
}
