// Exactly 20,898 party members, spread over the branches of the organisation tree, with
// ages, education, flow status and skills that fit the sector of their organisation.
import type { Education, Gender, MemberFlowStatus, OrganisationField } from "@p181/db";
import { addDays, AS_OF, day } from "./calendar.ts";
import type { MemberRecord, OrganisationRecord, SeedContext, ZoneRecord } from "./context.ts";
import { apportion, groupBy } from "./context.ts";
import { IdNumbers } from "./identifiers.ts";
import { mobilePhone, personName, SKILLS } from "./names.ts";
import type { Random } from "./random.ts";
import type { Row } from "./writer.ts";

/** 党员 20898名 (source document). */
export const MEMBER_COUNT = 20_898;

const MIN_BRANCH_MEMBERS = 3;

const FIELD_SHARE: Readonly<Record<OrganisationField, number>> = {
  RURAL: 45,
  COMMUNITY: 13,
  GOVERNMENT_ORGAN: 12.5,
  PUBLIC_INSTITUTION: 12,
  STATE_ENTERPRISE: 4,
  NON_PUBLIC_ENTERPRISE: 11,
  SOCIAL_ORGANISATION: 1.5,
};

const MALE_SHARE: Readonly<Record<OrganisationField, number>> = {
  RURAL: 0.78,
  COMMUNITY: 0.58,
  GOVERNMENT_ORGAN: 0.7,
  PUBLIC_INSTITUTION: 0.45,
  STATE_ENTERPRISE: 0.72,
  NON_PUBLIC_ENTERPRISE: 0.66,
  SOCIAL_ORGANISATION: 0.5,
};

/** Youngest, oldest and most common age on AS_OF. */
const AGE_RANGE: Readonly<Record<OrganisationField, readonly [number, number, number]>> = {
  RURAL: [22, 92, 60],
  COMMUNITY: [24, 92, 62],
  GOVERNMENT_ORGAN: [23, 60, 42],
  PUBLIC_INSTITUTION: [23, 60, 40],
  STATE_ENTERPRISE: [23, 60, 42],
  NON_PUBLIC_ENTERPRISE: [22, 58, 36],
  SOCIAL_ORGANISATION: [23, 70, 40],
};

const FIELD_SKILLS: Readonly<Record<OrganisationField, readonly string[]>> = {
  RURAL: ["农业技术", "养殖技术", "电工维修", "调解纠纷", "驾驶", "园艺"],
  COMMUNITY: ["调解纠纷", "文艺宣传", "书法绘画", "心理疏导", "烹饪", "体育健身"],
  GOVERNMENT_ORGAN: ["法律咨询", "计算机", "财务会计", "文艺宣传", "摄影摄像"],
  PUBLIC_INSTITUTION: ["医疗护理", "教育辅导", "心理疏导", "外语", "文艺宣传"],
  STATE_ENTERPRISE: ["电工维修", "水电维修", "财务会计", "计算机", "驾驶"],
  NON_PUBLIC_ENTERPRISE: ["计算机", "电工维修", "家电维修", "外语", "驾驶"],
  SOCIAL_ORGANISATION: ["心理疏导", "法律咨询", "调解纠纷", "文艺宣传"],
};

/** Allocates the members to leaf organisations and generates them (ids are set on insert). */
export function buildMembers({ random: root, world }: SeedContext): MemberRecord[] {
  const random = root.fork("members");
  const ids = new IdNumbers(random.fork("id-numbers"));
  const leaves = world.organisations.filter((organisation) => organisation.children.length === 0);
  const leavesPerField = groupBy(leaves, (organisation) => organisation.field);
  const weights = leaves.map(
    (organisation) =>
      (FIELD_SHARE[organisation.field] / (leavesPerField.get(organisation.field)?.length ?? 1)) *
      random.float(0.5, 1.5) *
      (organisation.role === "zoneMain" ? 2 : 1),
  );
  const extra = apportion(MEMBER_COUNT - MIN_BRANCH_MEMBERS * leaves.length, weights);
  const zonesByTown = groupBy(world.zones, (zone) => zone.town);
  const members: MemberRecord[] = [];
  leaves.forEach((organisation, index) => {
    const count = MIN_BRANCH_MEMBERS + (extra[index] ?? 0);
    for (let n = 0; n < count; n++) {
      const member = draftMember(random, ids, organisation, zonesByTown.get(organisation.town) ?? [], world.zones);
      organisation.members.push(member);
      members.push(member);
    }
  });
  if (members.length !== MEMBER_COUNT) throw new Error(`Built ${members.length} members, expected ${MEMBER_COUNT}`);
  return members;
}

function draftMember(
  random: Random,
  ids: IdNumbers,
  organisation: OrganisationRecord,
  townZones: readonly ZoneRecord[],
  allZones: readonly ZoneRecord[],
): MemberRecord {
  const field = organisation.field;
  const [youngest, oldest, peak] = ageRangeOf(organisation);
  const age = Math.round(triangular(random, youngest, oldest, peak));
  const birthDate = random.date(day(AS_OF.getUTCFullYear() - age, 1, 1), day(AS_OF.getUTCFullYear() - age, 12, 31));
  const gender: Gender = random.chance(MALE_SHARE[field]) ? "MALE" : "FEMALE";
  const birthYear = birthDate.getUTCFullYear();
  const probationary = age <= 45 && random.chance(0.025);
  const joinedOn = probationary ? random.date(day(2015, 1, 1), day(2015, 12, 20)) : joinDate(random, birthDate);
  const flowStatus = flowStatusOf(random, organisation);
  return {
    id: 0,
    idNumber: ids.next(birthDate, gender, flowStatus === "INFLOW"),
    name: personName(random, gender, birthYear),
    gender,
    birthDate,
    phone: random.chance(age >= 70 ? 0.6 : 0.95) ? mobilePhone(random) : null,
    education: random.weighted(educationWeights(birthYear, field)),
    organisation,
    zone: zoneOf(random, organisation, flowStatus, townZones, allZones),
    category: probationary ? "PROBATIONARY" : "FULL",
    joinedOn,
    flowStatus,
    skills: random.chance(0.42)
      ? random.sample([...FIELD_SKILLS[field], ...random.sample(SKILLS, 3)], random.int(1, 3)).filter(unique)
      : [],
    occupation: occupationOf(random, organisation, age),
  };
}

function unique<T>(item: T, index: number, items: readonly T[]): boolean {
  return items.indexOf(item) === index;
}

function ageRangeOf(organisation: OrganisationRecord): readonly [number, number, number] {
  if (/离退休|老年/.test(organisation.name)) return [58, 92, 70];
  if (organisation.name.includes("青年")) return [20, 35, 28];
  if (organisation.name.includes("流动党员")) return [22, 55, 35];
  return AGE_RANGE[organisation.field];
}

function triangular(random: Random, min: number, max: number, mode: number): number {
  const u = random.next();
  const cut = (mode - min) / (max - min);
  return u < cut
    ? min + Math.sqrt(u * (max - min) * (mode - min))
    : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
}

/** Joined between 18 and 45, most in their mid-twenties, and at least a year before AS_OF (full members). */
function joinDate(random: Random, birthDate: Date): Date {
  const joinAge = 18 + triangular(random, 0, 27, 6);
  const joined = addDays(birthDate, Math.round(joinAge * 365.25));
  const latestFull = addDays(AS_OF, -400);
  return joined > latestFull ? random.date(addDays(birthDate, Math.round(18.2 * 365.25)), latestFull) : joined;
}

function flowStatusOf(random: Random, organisation: OrganisationRecord): MemberFlowStatus {
  if (organisation.name.includes("流动党员"))
    return random.weighted<MemberFlowStatus>({ SETTLED: 20, OUTFLOW: 45, INFLOW: 35 });
  if (organisation.field === "RURAL" || organisation.field === "COMMUNITY") {
    return random.weighted<MemberFlowStatus>({ SETTLED: 93, OUTFLOW: 6, INFLOW: 1 });
  }
  if (organisation.field === "NON_PUBLIC_ENTERPRISE")
    return random.weighted<MemberFlowStatus>({ SETTLED: 91, OUTFLOW: 1, INFLOW: 8 });
  return "SETTLED";
}

function educationWeights(birthYear: number, field: OrganisationField): Partial<Record<Education, number>> {
  const professional = field === "GOVERNMENT_ORGAN" || field === "PUBLIC_INSTITUTION";
  if (professional && birthYear >= 1960)
    return { SENIOR_HIGH: 3, JUNIOR_COLLEGE: 20, BACHELOR: 60, MASTER: 15, DOCTORATE: 1 };
  if (professional) return { SENIOR_HIGH: 20, JUNIOR_COLLEGE: 40, BACHELOR: 38, MASTER: 2 };
  if (birthYear < 1950) return { PRIMARY: 45, JUNIOR_HIGH: 35, SENIOR_HIGH: 15, JUNIOR_COLLEGE: 4, BACHELOR: 1 };
  if (birthYear < 1965) return { PRIMARY: 15, JUNIOR_HIGH: 40, SENIOR_HIGH: 30, JUNIOR_COLLEGE: 10, BACHELOR: 5 };
  if (birthYear < 1980)
    return { PRIMARY: 3, JUNIOR_HIGH: 22, SENIOR_HIGH: 35, JUNIOR_COLLEGE: 25, BACHELOR: 14, MASTER: 1 };
  return { JUNIOR_HIGH: 5, SENIOR_HIGH: 15, JUNIOR_COLLEGE: 35, BACHELOR: 40, MASTER: 5 };
}

/** Integrated management: members belong to the zone where they live or work, whatever their unit. */
function zoneOf(
  random: Random,
  organisation: OrganisationRecord,
  flowStatus: MemberFlowStatus,
  townZones: readonly ZoneRecord[],
  allZones: readonly ZoneRecord[],
): ZoneRecord | null {
  if (flowStatus === "OUTFLOW" && random.chance(0.5)) return null;
  const residential = (zones: readonly ZoneRecord[]) => zones.filter((zone) => zone.kind !== "PARK");
  const territorial =
    organisation.field === "RURAL" ||
    organisation.field === "COMMUNITY" ||
    organisation.field === "SOCIAL_ORGANISATION";
  if (organisation.zone && territorial && random.chance(0.95)) return organisation.zone;
  if (organisation.zone && organisation.field === "NON_PUBLIC_ENTERPRISE" && random.chance(0.35))
    return organisation.zone;
  const pool = organisation.town.isSeat && random.chance(0.3) ? residential(allZones) : residential(townZones);
  const communities = pool.filter((zone) => zone.kind === "COMMUNITY");
  return communities.length > 0 && random.chance(0.6)
    ? random.pick(communities)
    : pool.length > 0
      ? random.pick(pool)
      : null;
}

function occupationOf(random: Random, organisation: OrganisationRecord, age: number): string {
  switch (organisation.field) {
    case "RURAL":
      return age >= 65
        ? "农民"
        : random.weighted({
            农民: 55,
            企业职工: 18,
            个体工商户: 10,
            村干部: 6,
            外出务工人员: 8,
            学生: age < 24 ? 10 : 0,
          });
    case "COMMUNITY":
      return age >= 58
        ? "离退休人员"
        : random.weighted({ 企业职工: 35, 社区工作者: 15, 个体工商户: 15, 自由职业者: 10, 机关事业单位人员: 25 });
    case "GOVERNMENT_ORGAN":
      return random.weighted({ 公务员: 80, 参照公务员法管理人员: 15, 工勤人员: 5 });
    case "PUBLIC_INSTITUTION":
      if (/学|校/.test(organisation.name)) return random.weighted({ 教师: 88, 管理人员: 12 });
      if (/医|卫生|保健|疾病/.test(organisation.name))
        return random.weighted({ 医生: 50, 护士: 30, 医技人员: 10, 管理人员: 10 });
      return random.weighted({ 专业技术人员: 60, 管理人员: 40 });
    case "STATE_ENTERPRISE":
      return random.weighted({ 企业管理人员: 40, 专业技术人员: 30, 企业职工: 30 });
    case "NON_PUBLIC_ENTERPRISE":
      return random.weighted({ 企业职工: 45, 专业技术人员: 25, 企业管理人员: 25, 企业主: 5 });
    case "SOCIAL_ORGANISATION":
      return random.weighted({ 社会组织工作人员: 70, 自由职业者: 15, 律师: 15 });
  }
}

export async function insertMembers({ writer, world }: SeedContext): Promise<void> {
  const rows: Row<"PartyMember">[] = world.members.map((member) => ({
    idNumber: member.idNumber,
    name: member.name,
    gender: member.gender,
    birthDate: member.birthDate,
    phone: member.phone,
    education: member.education,
    organisationId: member.organisation.id,
    zoneId: member.zone?.id ?? null,
    category: member.category,
    joinedOn: member.joinedOn,
    flowStatus: member.flowStatus,
    skills: member.skills,
    occupation: member.occupation,
  }));
  const ids = await writer.insert("PartyMember", rows);
  world.members.forEach((member, index) => {
    member.id = ids[index] as number;
  });
}
