// A small world for the admin's tests: two towns, three zones, four organisations, a few
// members, and one signed-in-able user per role (password "demo181").
import type { PrismaClient } from "@p181/db";
import { hashPassword } from "@p181/db/password";
import { idNumberCheckCharacter } from "@p181/schema";

export const PASSWORD = "demo181";

/** The valid ID number (GB 11643) of the fixture's i-th member: born 1980-01-01, sequence i. */
export function fixtureIdNumber(i: number): string {
  const body = `32118119800101${String(i).padStart(3, "0")}`;
  return body + idNumberCheckCharacter(body);
}

export interface Fixture {
  towns: { xq: number; yy: number };
  zones: { east: number; west: number; park: number };
  organisations: { east: number; west: number; park: number };
  members: { wang: number; li: number; zhang: number; zhao: number; chen: number };
}

export async function buildFixture(prisma: PrismaClient): Promise<Fixture> {
  const xq = await prisma.town.create({ data: { code: "XQ", name: "新桥镇", kind: "TOWN" } });
  const yy = await prisma.town.create({ data: { code: "YY", name: "云阳街道", kind: "STREET" } });
  const zone = (code: string, name: string, townId: number, kind: "VILLAGE" | "PARK") =>
    prisma.zone.create({ data: { code, name, kind, townId } });
  const east = await zone("XQ-01", "东村", xq.id, "VILLAGE");
  const west = await zone("XQ-02", "西村", xq.id, "VILLAGE");
  const park = await zone("YY-01", "科技园", yy.id, "PARK");
  const org = (code: string, name: string, townId: number, zoneId: number) =>
    prisma.partyOrganisation.create({
      data: { code, name, type: "BRANCH", field: "RURAL", townId, zoneId, foundedOn: new Date("2000-07-01") },
    });
  const eastBranch = await org("XQ-01-B", "东村党支部", xq.id, east.id);
  const westBranch = await org("XQ-02-B", "西村党支部", xq.id, west.id);
  const parkBranch = await org("YY-01-B", "科技园党支部", yy.id, park.id);
  const member = (
    i: number,
    name: string,
    organisationId: number,
    zoneId: number,
    joined: string,
    category: "FULL" | "PROBATIONARY",
  ) =>
    prisma.partyMember.create({
      data: {
        idNumber: fixtureIdNumber(i),
        name,
        gender: i % 2 ? "FEMALE" : "MALE",
        birthDate: new Date("1980-01-01"),
        phone: `1390000000${i}`,
        education: "BACHELOR",
        organisationId,
        zoneId,
        category,
        joinedOn: new Date(joined),
        skills: ["农技"],
      },
    });
  const wang = await member(1, "王明", eastBranch.id, east.id, "1985-07-01", "FULL");
  const li = await member(2, "李华", eastBranch.id, east.id, "2001-06-30", "FULL");
  const zhang = await member(3, "张强", westBranch.id, west.id, "2012-05-04", "PROBATIONARY");
  const zhao = await member(4, "赵敏", westBranch.id, west.id, "2013-07-01", "FULL");
  const chen = await member(5, "陈静", parkBranch.id, park.id, "2014-07-01", "FULL");
  const passwordHash = await hashPassword(PASSWORD);
  const users: {
    username: string;
    role: "CITY_ADMIN" | "TOWN_ADMIN" | "ZONE_SECRETARY" | "PLAN_OFFICER" | "VIEWER";
    townId?: number;
    zoneId?: number;
    plans?: ("VOLUNTEERS" | "TRAINING")[];
  }[] = [
    { username: "admin", role: "CITY_ADMIN" },
    { username: "xq-admin", role: "TOWN_ADMIN", townId: xq.id },
    { username: "yy-admin", role: "TOWN_ADMIN", townId: yy.id },
    { username: "west-secretary", role: "ZONE_SECRETARY", townId: xq.id, zoneId: west.id },
    { username: "volunteers-officer", role: "PLAN_OFFICER", plans: ["VOLUNTEERS"] },
    { username: "viewer", role: "VIEWER" },
  ];
  for (const user of users) await prisma.user.create({ data: { ...user, displayName: user.username, passwordHash } });
  return {
    towns: { xq: xq.id, yy: yy.id },
    zones: { east: east.id, west: west.id, park: park.id },
    organisations: { east: eastBranch.id, west: westBranch.id, park: parkBranch.id },
    members: { wang: wang.id, li: li.id, zhang: zhang.id, zhao: zhao.id, chen: chen.id },
  };
}
