// Plan 7 (百名非公企业党建指导员促转型): about 100 instructors from towns and departments,
// their assignments to key and growing enterprises, regular visits and town reports, and yearly guidance plans.
import type { Education, EnterpriseCategory, EnterpriseOwnership, GuidancePlanStatus, VisitKind } from "@p181/db";
import { RULES } from "@p181/schema";
import { addDays, AS_OF, day, earliest, PROGRAMME_YEARS, yearEnd, yearStart } from "./calendar.ts";
import type { OrganisationRecord, SeedContext, TownRecord, ZoneRecord } from "./context.ts";
import { CreditCodes } from "./identifiers.ts";
import { FirmNames, personName } from "./names.ts";
import type { Random } from "./random.ts";
import { townWeight } from "./targets.ts";
import type { Row } from "./writer.ts";

/** Instructors appointed without the required experience or education: the deliberate rule break of this plan. */
export const UNQUALIFIED_INSTRUCTORS = 5;
const APPOINTED_PER_YEAR: Readonly<Record<number, number>> = { 2012: 78, 2013: 22, 2014: 6, 2015: 4 };
const WITHDRAWN_INSTRUCTORS = 8;
const DEPARTMENTS = [
  "市委组织部",
  "市经济和信息化委员会",
  "市发展和改革委员会",
  "市科学技术局",
  "市商务局",
  "市人力资源和社会保障局",
  "市工商行政管理局",
  "市总工会",
];
const FINDINGS = [
  "企业订单充足，用工紧张",
  "企业党组织活动场所不足",
  "技术研发投入偏低",
  "青年职工中入党积极分子较多",
  "企业面临融资困难",
  "出口市场波动较大",
];
const SUGGESTIONS = [
  "建立党员先锋岗",
  "申报高新技术企业",
  "对接高校开展产学研合作",
  "完善职工培训制度",
  "规范党组织活动经费",
  "引进管理人才",
];

interface EnterpriseDraft {
  id: number;
  town: TownRecord;
  name: string;
  category: EnterpriseCategory;
}

interface AssignmentDraft {
  instructorIndex: number;
  enterprise: EnterpriseDraft;
  startOn: Date;
  endOn: Date | null;
}

export async function seedInstructors(context: SeedContext): Promise<void> {
  const random = context.random.fork("instructors");
  const enterprises = await seedEnterprises(context, random.fork("enterprises"));
  const { writer, world } = context;
  const towns = world.towns.map((town) => ({ town, weight: townWeight("ENTERPRISE_VISITS", world, town) }));
  const instructors: { appointedOn: Date; town: TownRecord | null; active: boolean }[] = [];
  const rows: Row<"Instructor">[] = [];
  for (const year of PROGRAMME_YEARS) {
    for (let n = APPOINTED_PER_YEAR[year] ?? 0; n > 0; n--) {
      const appointedOn =
        year === 2012
          ? random.date(day(2012, 3, 1), day(2012, 5, 31))
          : random.date(yearStart(year), day(year, 10, 31));
      const fromTown = random.chance(0.6);
      const town = fromTown ? random.pickWeighted(towns, (entry) => entry.weight).town : null;
      const gender = random.chance(0.75) ? "MALE" : "FEMALE";
      const birthDate = random.date(day(year - 55, 1, 1), day(year - 30, 12, 31));
      instructors.push({ appointedOn, town, active: true });
      rows.push({
        name: personName(random, gender, birthDate.getUTCFullYear()),
        gender,
        birthDate,
        sourceKind: fromTown ? "TOWN" : "DEPARTMENT",
        sourceUnit: town ? `${town.name}${town.kind === "DISTRICT" ? "党工委" : "党委"}` : random.pick(DEPARTMENTS),
        townId: town?.id ?? null,
        education: random.weighted<Education>({ JUNIOR_COLLEGE: 25, BACHELOR: 60, MASTER: 15 }),
        partyWorkYears: random.int(RULES.instructor.minPartyWorkYears, 20),
        economicWorkYears: random.int(RULES.instructor.minEconomicWorkYears, 15),
        leadershipYears: random.int(RULES.instructor.minLeadershipYears, 15),
        appointedOn,
      });
    }
  }
  const unqualified = random.sample(
    rows.map((_, index) => index),
    UNQUALIFIED_INSTRUCTORS,
  );
  unqualified.forEach((index, position) => {
    const row = rows[index] as Row<"Instructor">;
    if (position < 2) row.education = random.pick<Education>(["SENIOR_HIGH", "JUNIOR_HIGH"]);
    else if (position < 4) row.economicWorkYears = 0;
    else row.partyWorkYears = 0;
  });
  const withdrawn = random.sample(
    instructors.flatMap((instructor, index) => (instructor.appointedOn < day(2014, 6, 30) ? [index] : [])),
    WITHDRAWN_INSTRUCTORS,
  );
  for (const index of withdrawn) (instructors[index] as { active: boolean }).active = false;
  const ids = await writer.insert(
    "Instructor",
    rows.map((row, index) => ({ ...row, active: instructors[index]?.active ?? true })),
  );

  const assignments = assign(random, instructors, enterprises);
  const assignmentIds = await writer.insert(
    "InstructorAssignment",
    assignments.map((assignment) => ({
      instructorId: ids[assignment.instructorIndex] as number,
      enterpriseId: assignment.enterprise.id,
      startOn: assignment.startOn,
      endOn: assignment.endOn,
      tasks: random
        .sample(
          ["指导建立健全企业党组织", "帮助企业加强管理", "促进企业转型升级", "协助发展党员", "指导开展党员先锋岗创建"],
          3,
        )
        .join("；"),
    })),
  );
  const visits: Row<"EnterpriseVisit">[] = [];
  const plans: Row<"GuidancePlan">[] = [];
  assignments.forEach((assignment, index) => {
    const assignmentId = assignmentIds[index] as number;
    const last = assignment.endOn ?? AS_OF;
    for (let month = assignment.startOn; month <= last; month = addDays(month, 30)) {
      const kinds: VisitKind[] = [];
      if (random.chance(0.72)) kinds.push("ENTERPRISE_VISIT");
      if (month.getUTCMonth() % 3 === 2 && random.chance(0.85)) kinds.push("TOWN_REPORT");
      for (const kind of kinds) {
        const visitedOn = earliest(addDays(month, random.int(0, 29)), last);
        visits.push({
          assignmentId,
          kind,
          visitedOn,
          findings: random.pick(FINDINGS),
          suggestions:
            kind === "ENTERPRISE_VISIT"
              ? random.pick(SUGGESTIONS)
              : `向${assignment.enterprise.town.name}党委汇报${assignment.enterprise.name}党建和生产经营情况`,
        });
      }
    }
    for (const year of PROGRAMME_YEARS) {
      if (assignment.startOn > yearEnd(year) || last < yearStart(year)) continue;
      const status: GuidancePlanStatus =
        assignment.startOn > day(year, 10, 1)
          ? "DRAFT"
          : year < AS_OF.getUTCFullYear() && last >= yearEnd(year)
            ? "COMPLETED"
            : "ACTIVE";
      plans.push({
        assignmentId,
        year,
        title: `${year}年${assignment.enterprise.name}发展指导计划`,
        goals: random
          .sample(
            [
              "销售收入增长15%",
              "新增发明专利2项",
              "建成市级工程技术研究中心",
              "发展党员3名",
              "职工培训覆盖率100%",
              "通过质量管理体系认证",
            ],
            3,
          )
          .join("；"),
        measures: random.chance(0.85) ? random.sample(SUGGESTIONS, 2).join("；") : null,
        status,
      });
    }
  });
  visits.sort(
    (a, b) => (a.visitedOn as Date).getTime() - (b.visitedOn as Date).getTime() || a.assignmentId - b.assignmentId,
  );
  await writer.insert("EnterpriseVisit", visits);
  await writer.insert("GuidancePlan", plans);
}

/** One or two key or growing enterprises per instructor; some rotate to another enterprise, withdrawn instructors stop. */
function assign(
  random: Random,
  instructors: readonly { appointedOn: Date; town: TownRecord | null; active: boolean }[],
  enterprises: readonly EnterpriseDraft[],
): AssignmentDraft[] {
  const guided = enterprises.filter((enterprise) => enterprise.category !== "OTHER");
  const taken = new Set<EnterpriseDraft>();
  const next = (town: TownRecord | null, own: Set<EnterpriseDraft>) => {
    const local = guided.filter((enterprise) => (!town || enterprise.town === town) && !own.has(enterprise));
    const pool = local.length > 0 ? local : guided.filter((enterprise) => !own.has(enterprise));
    const free = pool.filter((enterprise) => !taken.has(enterprise));
    const choice = random.pick(free.length > 0 ? free : pool);
    taken.add(choice);
    own.add(choice);
    return choice;
  };
  const assignments: AssignmentDraft[] = [];
  instructors.forEach((instructor, instructorIndex) => {
    const leftOn = instructor.active ? null : random.date(addDays(instructor.appointedOn, 240), day(2015, 9, 30));
    const own = new Set<EnterpriseDraft>();
    for (let count = random.chance(0.3) ? 2 : 1; count > 0; count--) {
      const startOn = addDays(instructor.appointedOn, random.int(0, 20));
      const rotates = !leftOn && addDays(startOn, 365) < day(2015, 6, 30) && random.chance(0.1);
      const rotatedOn = rotates ? random.date(addDays(startOn, 365), day(2015, 6, 30)) : null;
      assignments.push({
        instructorIndex,
        enterprise: next(instructor.town, own),
        startOn,
        endOn: leftOn ?? rotatedOn,
      });
      if (rotatedOn)
        assignments.push({
          instructorIndex,
          enterprise: next(instructor.town, own),
          startOn: addDays(rotatedOn, 1),
          endOn: null,
        });
    }
  });
  return assignments;
}

async function seedEnterprises({ writer, world }: SeedContext, random: Random): Promise<EnterpriseDraft[]> {
  const organised = world.organisations.filter(
    (organisation) => organisation.role === "enterprise" && organisation.parent?.role !== "enterprise",
  );
  const firmName = (organisation: OrganisationRecord) => organisation.name.replace(/(党支部|党总支|党委)$/, "");
  const existing = new Set(organised.map(firmName));
  const firms = new FirmNames(random.fork("firms"));
  const codes = new CreditCodes(random.fork("credit-codes"));
  const drafts: {
    name: string;
    town: TownRecord;
    zone: ZoneRecord | null;
    organisation: OrganisationRecord | null;
    trade: string;
  }[] = organised.map((organisation) => ({
    name: firmName(organisation),
    town: organisation.town,
    zone: organisation.zone,
    organisation,
    trade: "",
  }));
  for (let n = 0; n < 70; n++) {
    let firm = firms.next();
    while (existing.has(firm.name)) firm = firms.next();
    existing.add(firm.name);
    const zone = random.pick(world.zones.filter((candidate) => candidate.kind !== "COMMUNITY"));
    drafts.push({ name: firm.name, town: zone.town, zone, organisation: null, trade: firm.trade });
  }
  const rows: Row<"Enterprise">[] = drafts.map((draft) => {
    const category =
      draft.organisation?.type === "PARTY_COMMITTEE"
        ? "KEY"
        : random.weighted<EnterpriseCategory>({ KEY: 30, GROWTH: 40, OTHER: 30 });
    const employees =
      category === "KEY" ? random.int(300, 3_000) : category === "GROWTH" ? random.int(50, 500) : random.int(20, 200);
    return {
      name: draft.name,
      creditCode: codes.next(),
      townId: draft.town.id,
      zoneId: draft.zone?.id ?? null,
      category,
      ownership: random.weighted<EnterpriseOwnership>({ PRIVATE: 75, FOREIGN: 10, JOINT: 10, OTHER: 5 }),
      industry:
        draft.trade ||
        draft.name
          .replace(/^江苏/, "")
          .slice(2)
          .replace(/(集团|股份)?有限公司$/, ""),
      employees,
      annualRevenue: Math.round(employees * random.float(25, 90)),
      organisationId: draft.organisation?.id ?? null,
    };
  });
  const ids = await writer.insert("Enterprise", rows);
  return drafts.map((draft, index) => ({
    id: ids[index] as number,
    town: draft.town,
    name: draft.name,
    category: rows[index]?.category as EnterpriseCategory,
  }));
}
