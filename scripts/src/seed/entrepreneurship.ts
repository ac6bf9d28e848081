// Plan 8 (百名农村党员和大学生村官创新业): about 100 ventures over four years by rural party members
// and college-graduate village officials, with policy support, training and model recognitions.
import type {
  Education,
  EntrepreneurKind,
  Gender,
  RecognitionLevel,
  SupportKind,
  VentureIndustry,
  VentureStatus,
} from "@p181/db";
import { addDays, ageOn, AS_OF, day, earliest, latest, PROGRAMME_YEARS, yearStart } from "./calendar.ts";
import type { MemberRecord, SeedContext, TownRecord, ZoneRecord } from "./context.ts";
import { groupBy } from "./context.ts";
import { IdNumbers } from "./identifiers.ts";
import { mobilePhone, personName } from "./names.ts";
import type { Random } from "./random.ts";
import { plannedCount, townWeight } from "./targets.ts";
import type { Row } from "./writer.ts";

const PROJECT_SUFFIXES: Readonly<Record<VentureIndustry, readonly string[]>> = {
  PLANTING: ["葡萄种植基地", "有机稻米种植专业合作社", "苗木花卉基地", "食用菌种植园", "草莓种植大棚"],
  BREEDING: ["生态养殖场", "螃蟹养殖基地", "肉鸽养殖场", "特种水产养殖场"],
  AGRO_PROCESSING: ["农产品加工厂", "黄酒酿造坊", "米业加工厂", "茶叶加工厂"],
  E_COMMERCE: ["农产品网店", "农村电商服务站", "特产网上商城"],
  RURAL_TOURISM: ["农家乐", "生态采摘园", "休闲农庄"],
  RURAL_SERVICES: ["农机服务专业合作社", "植保服务队", "家庭农场服务中心"],
  MANUFACTURING: ["五金加工厂", "眼镜配件加工厂", "服装加工厂"],
};
const SUPPORT_PROVIDERS: Readonly<Record<SupportKind, readonly string[]>> = {
  FINANCE: ["市农村商业银行", "市农业信贷担保公司", "邮储银行市支行"],
  FUNDS: ["市委组织部（党员创业扶持资金）", "市财政局", "市农业委员会", "镇人民政府"],
  LAND: ["市国土资源局", "镇人民政府"],
  INFORMATION: ["市农村党员现代远程教育中心", "市农委信息中心", "市商务局"],
};
const COURSES = [
  "农村党员创业能力培训班",
  "电子商务实务",
  "现代农业实用技术",
  "农产品营销",
  "大学生村官创业培训班",
  "SYB创业培训",
  "农民专业合作社规范化建设",
];

interface EntrepreneurDraft {
  kind: EntrepreneurKind;
  member: MemberRecord | null;
  name: string;
  gender: Gender;
  birthDate: Date;
  education: Education;
  phone: string | null;
  idNumber: string;
  zone: ZoneRecord;
  projects: { startedOn: Date; index: number }[];
}

export async function seedEntrepreneurship({ writer, random: root, world }: SeedContext): Promise<void> {
  const random = root.fork("entrepreneurship");
  const ids = new IdNumbers(random.fork("id-numbers"));
  ids.reserve(world.members.map((member) => member.idNumber));
  const towns = world.towns.map((town) => ({ town, weight: townWeight("VENTURE_PROJECTS", world, town) }));
  const villages = (town: TownRecord) => world.zones.filter((zone) => zone.town === town && zone.kind === "VILLAGE");
  const ruralMembers = groupBy(
    world.members.filter(
      (member) =>
        member.organisation.field === "RURAL" && member.flowStatus === "SETTLED" && member.zone?.kind === "VILLAGE",
    ),
    (member) => (member.zone as ZoneRecord).town,
  );
  const entrepreneurs: EntrepreneurDraft[] = [];
  const linked = new Set<MemberRecord>();
  const projects: { entrepreneur: EntrepreneurDraft; startedOn: Date; industry: VentureIndustry }[] = [];

  for (const year of PROGRAMME_YEARS) {
    for (let n = plannedCount("VENTURE_PROJECTS", year); n > 0; n--) {
      const startedOn = random.date(yearStart(year), day(year, 12, 15));
      const returning = entrepreneurs.filter(
        (candidate) =>
          candidate.projects.length === 1 && (candidate.projects[0]?.startedOn ?? AS_OF) < addDays(startedOn, -365),
      );
      let entrepreneur: EntrepreneurDraft | undefined =
        returning.length > 0 && random.chance(0.1) ? random.pick(returning) : undefined;
      if (!entrepreneur) {
        const { town } = random.pickWeighted(towns, (entry) => entry.weight);
        const kind = random.weighted<EntrepreneurKind>({ RURAL_PARTY_MEMBER: 70, COLLEGE_VILLAGE_OFFICIAL: 30 });
        entrepreneur = newEntrepreneur(
          random,
          ids,
          kind,
          startedOn,
          ruralMembers.get(town) ?? [],
          linked,
          villages(town),
        );
        entrepreneurs.push(entrepreneur);
      }
      const industry = random.weighted<VentureIndustry>(
        entrepreneur.kind === "COLLEGE_VILLAGE_OFFICIAL"
          ? { E_COMMERCE: 30, PLANTING: 20, RURAL_TOURISM: 20, AGRO_PROCESSING: 15, RURAL_SERVICES: 15 }
          : {
              PLANTING: 28,
              BREEDING: 22,
              AGRO_PROCESSING: 15,
              RURAL_SERVICES: 12,
              RURAL_TOURISM: 8,
              MANUFACTURING: 10,
              E_COMMERCE: 5,
            },
      );
      entrepreneur.projects.push({ startedOn, index: projects.length });
      projects.push({ entrepreneur, startedOn, industry });
    }
  }

  const entrepreneurIds = await writer.insert(
    "Entrepreneur",
    entrepreneurs.map((entrepreneur) => ({
      name: entrepreneur.name,
      gender: entrepreneur.gender,
      birthDate: entrepreneur.birthDate,
      kind: entrepreneur.kind,
      memberId: entrepreneur.member?.id ?? null,
      zoneId: entrepreneur.zone.id,
      education: entrepreneur.education,
      phone: entrepreneur.phone,
      idNumber: entrepreneur.idNumber,
    })),
  );
  const idOf = new Map(entrepreneurs.map((entrepreneur, index) => [entrepreneur, entrepreneurIds[index] as number]));
  const projectIds = await writer.insert(
    "VentureProject",
    projects.map((project): Row<"VentureProject"> => {
      const young = project.startedOn > addDays(AS_OF, -180);
      const status: VentureStatus = young
        ? "INCUBATING"
        : random.weighted<VentureStatus>({ OPERATING: 84, INCUBATING: 4, SUSPENDED: 6, CLOSED: 6 });
      return {
        entrepreneurId: idOf.get(project.entrepreneur) as number,
        name: `${project.entrepreneur.zone.name.replace(/村$/, "")}${random.pick(PROJECT_SUFFIXES[project.industry])}`,
        industry: project.industry,
        zoneId: project.entrepreneur.zone.id,
        startedOn: project.startedOn,
        investment: random.float(5, 300),
        jobsCreated: random.int(2, 30),
        annualRevenue:
          status === "OPERATING" ? random.float(10, 800) : status === "INCUBATING" ? null : random.float(0, 60),
        status,
      };
    }),
  );

  const supports: Row<"VentureSupport">[] = [];
  projects.forEach((project, index) => {
    for (let n = random.int(1, 3); n > 0; n--) {
      const kind = random.weighted<SupportKind>({ FINANCE: 35, FUNDS: 30, LAND: 15, INFORMATION: 20 });
      supports.push({
        projectId: projectIds[index] as number,
        kind,
        amount: kind === "FINANCE" ? random.int(10, 100) : kind === "FUNDS" ? random.float(1, 20, 1) : null,
        provider: random.pick(SUPPORT_PROVIDERS[kind]),
        description: {
          FINANCE: "发放创业贴息贷款",
          FUNDS: "给予创业扶持资金补助",
          LAND: "协调流转土地用于项目建设",
          INFORMATION: "提供市场和技术信息服务",
        }[kind],
        grantedOn: earliest(addDays(project.startedOn, random.int(0, 300)), AS_OF),
      });
    }
  });
  await writer.insert("VentureSupport", supports);

  const trainings: Row<"EntrepreneurTraining">[] = [];
  entrepreneurs.forEach((entrepreneur) => {
    const firstStart = entrepreneur.projects[0]?.startedOn ?? AS_OF;
    for (let n = random.int(1, 3); n > 0; n--) {
      trainings.push({
        entrepreneurId: idOf.get(entrepreneur) as number,
        course: random.pick(COURSES),
        provider: random.pick(["市委党校", "市农业广播电视学校", "农村党员现代远程教育站点", "市创业指导中心"]),
        trainedOn: random.date(latest(day(2011, 9, 1), addDays(firstStart, -200)), AS_OF),
        hours: random.pick([8, 16, 24, 40]),
        keyCultivation: random.chance(0.25),
      });
    }
  });
  await writer.insert("EntrepreneurTraining", trainings);

  const recognitions: Row<"ModelRecognition">[] = [];
  for (const year of PROGRAMME_YEARS) {
    const candidates = entrepreneurs.filter(
      (entrepreneur) => (entrepreneur.projects[0]?.startedOn ?? AS_OF) < day(year, 6, 1),
    );
    for (const entrepreneur of random.sample(candidates, random.int(8, 12))) {
      const project = random.pick(entrepreneur.projects.filter((candidate) => candidate.startedOn < day(year, 6, 1)));
      recognitions.push({
        entrepreneurId: idOf.get(entrepreneur) as number,
        projectId: random.chance(0.85) ? (projectIds[project.index] as number) : null,
        year,
        title:
          entrepreneur.kind === "COLLEGE_VILLAGE_OFFICIAL"
            ? "大学生村官创业之星"
            : random.pick(["优秀党员创业带头人", "农村党员创业之星"]),
        level: random.weighted<RecognitionLevel>({ CITY: 70, PREFECTURE: 22, PROVINCE: 8 }),
        recognisedOn: random.date(day(year, 6, 25), day(year, 7, 1)),
      });
    }
  }
  await writer.insert("ModelRecognition", recognitions);
}

function newEntrepreneur(
  random: Random,
  ids: IdNumbers,
  kind: EntrepreneurKind,
  startedOn: Date,
  ruralMembers: readonly MemberRecord[],
  linked: Set<MemberRecord>,
  villages: readonly ZoneRecord[],
): EntrepreneurDraft {
  const fits = (member: MemberRecord) => {
    const age = ageOn(member.birthDate, startedOn);
    const free = !linked.has(member) && member.joinedOn < startedOn;
    return kind === "RURAL_PARTY_MEMBER"
      ? free && age >= 25 && age <= 55
      : free && age <= 30 && member.education === "BACHELOR";
  };
  const candidates = kind === "RURAL_PARTY_MEMBER" || random.chance(0.6) ? ruralMembers.filter(fits) : [];
  if (candidates.length > 0) {
    const member = random.pick(candidates);
    linked.add(member);
    return {
      kind,
      member,
      name: member.name,
      gender: member.gender,
      birthDate: member.birthDate,
      education: member.education,
      phone: member.phone,
      idNumber: member.idNumber,
      zone: member.zone as ZoneRecord,
      projects: [],
    };
  }
  const gender: Gender = random.chance(0.55) ? "MALE" : "FEMALE";
  const birthDate = random.date(addDays(startedOn, -30 * 365), addDays(startedOn, -23 * 365));
  return {
    kind,
    member: null,
    name: personName(random, gender, birthDate.getUTCFullYear()),
    gender,
    birthDate,
    education:
      kind === "COLLEGE_VILLAGE_OFFICIAL" ? random.weighted<Education>({ BACHELOR: 85, MASTER: 15 }) : "SENIOR_HIGH",
    phone: mobilePhone(random),
    idNumber: ids.next(birthDate, gender),
    zone: random.pick(villages),
    projects: [],
  };
}
