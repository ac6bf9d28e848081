// Plan 2 (百名党代表大巡访): the representatives of the 11th city party congress with their
// dynamically managed status, tours of grassroots committees, briefings, pledge letters,
// workstations and reception days, proposals and yearly reviews.
import type {
  BriefingKind,
  PledgeStatus,
  ProposalKind,
  ProposalStatus,
  RepresentativeStatus,
  TourKind,
} from "@p181/db";
import { addDays, AS_OF, day, earliest, PROGRAMME_YEARS, yearStart } from "./calendar.ts";
import type { MemberRecord, OrganisationRecord, SeedContext, TownRecord } from "./context.ts";
import { apportion, gradeOf, groupBy, subtreeMembers } from "./context.ts";
import { DEPARTMENT_BRANCH_NAME } from "./organisations.ts";
import type { Random } from "./random.ts";
import { plannedCount, townWeight } from "./targets.ts";
import type { Row } from "./writer.ts";

/** 市第十一次党代会: elected in autumn 2011 for five years. */
const CONGRESS_TERM = 11;
const TERM_START = day(2011, 9, 26);
const TERM_END = day(2016, 9, 25);
const REPRESENTATIVES = 300;

const FINDINGS = [
  "党员活动阵地使用率不高",
  "村务公开内容不够具体",
  "流动党员联系不够经常",
  "党建工作台账不够规范",
  "班子成员分工不够明确",
  "发展党员中青年比例偏低",
  "服务群众的制度落实不到位",
  "集体经济增收渠道较窄",
];
const SUGGESTIONS = [
  "建立党员活动日制度",
  "细化村务公开清单",
  "用好网络平台联系流动党员",
  "规范党建工作台账",
  "完善班子成员联系群众制度",
  "加大在青年中发展党员力度",
  "推行为民服务全程代理",
  "发展村级物业经济",
];
/** Subjects of proposals and the unit that handles each. */
const PROPOSAL_SUBJECTS: readonly (readonly [string, string])[] = [
  ["加强农村党员冬训工作", "市委组织部"],
  ["提高村干部待遇", "市委组织部"],
  ["加快农村道路提档升级", "市交通运输局"],
  ["规范流动党员管理", "市委组织部"],
  ["加强非公企业党建工作", "市委组织部"],
  ["完善社区服务中心功能", "市民政局"],
  ["推进城乡环境综合整治", "市环境保护局"],
  ["扶持党员创业", "市人力资源和社会保障局"],
  ["加强青年人才引进", "市委组织部"],
  ["改善老年人居家养老服务", "市民政局"],
  ["保障农村饮用水安全", "市水利局"],
  ["缓解城区交通拥堵", "市公安局"],
  ["规范村级财务管理", "市农业委员会"],
  ["加强校园周边安全", "市公安局"],
  ["发展村级集体经济", "市农业委员会"],
];
const BRIEFINGS: Readonly<Record<BriefingKind, readonly string[]>> = {
  WORK_BRIEFING: ["市委全年工作情况通报会", "组织工作情况通报会", "“181工程”推进情况通报会", "重点项目建设情况通报会"],
  DECISION_PARTICIPATION: ["市级财政预算编制征求意见会", "城市总体规划修编征求意见会", "民生实事项目票决会"],
  MEETING_ATTENDANCE: ["市委全会", "市委常委会(扩大)会议", "全市经济工作会议", "全市党建工作会议"],
};

interface RepresentativeDraft {
  member: MemberRecord | null;
  name: string;
  gender: MemberRecord["gender"];
  organisation: OrganisationRecord | null;
  town: TownRecord;
  termStart: Date;
  status: RepresentativeStatus;
  statusChangedOn: Date | null;
  statusReason: string | null;
}

export async function seedRepresentatives(context: SeedContext): Promise<void> {
  const random = context.random.fork("representatives");
  const drafts = draftRepresentatives(context, random);
  const ids = await context.writer.insert(
    "PartyRepresentative",
    drafts.map((draft) => ({
      name: draft.name,
      gender: draft.gender,
      memberId: draft.member?.id ?? null,
      organisationId: draft.organisation?.id ?? null,
      townId: draft.town.id,
      congressTerm: CONGRESS_TERM,
      termStart: draft.termStart,
      termEnd: TERM_END,
      status: draft.status,
      statusChangedOn: draft.statusChangedOn,
      statusReason: draft.statusReason,
    })),
  );
  const representatives = drafts.map((draft, index) => ({ ...draft, id: ids[index] as number }));
  const activeOn = (date: Date) =>
    representatives.filter(
      (representative) =>
        representative.termStart <= date &&
        (representative.status === "ACTIVE" || (representative.statusChangedOn ?? AS_OF) > date),
    );
  await seedTours(context, random.fork("tours"), activeOn);
  await seedBriefings(context, random.fork("briefings"), activeOn);
  await seedPledgeLetters(context, random.fork("pledges"), activeOn);
  await seedWorkstations(context, random.fork("workstations"), activeOn);
  await seedProposals(context, random.fork("proposals"), activeOn);
  await seedReviews(context, random.fork("reviews"), representatives);
}

type Representative = RepresentativeDraft & { id: number };
type ActiveOn = (date: Date) => Representative[];

function draftRepresentatives({ world }: SeedContext, random: Random): RepresentativeDraft[] {
  const shares = apportion(
    REPRESENTATIVES,
    world.towns.map((town) => world.members.filter((member) => member.organisation.town === town).length),
  );
  const drafts: RepresentativeDraft[] = [];
  const eligible = (member: MemberRecord) =>
    member.category === "FULL" &&
    member.flowStatus === "SETTLED" &&
    member.joinedOn < addDays(TERM_START, -5 * 365) &&
    member.birthDate > day(1946, 1, 1) &&
    member.birthDate < day(1988, 1, 1);
  world.towns.forEach((town, index) => {
    const leaders = world.leaders.filter((leader) => leader.organisation.town === town).map((leader) => leader.member);
    const pool = [
      ...new Set([
        ...leaders,
        ...random.sample(
          world.members.filter((member) => member.organisation.town === town),
          400,
        ),
      ]),
    ].filter(eligible);
    for (const member of random.sample(pool, shares[index] ?? 0)) {
      drafts.push({
        member,
        name: member.name,
        gender: member.gender,
        organisation: member.organisation,
        town,
        termStart: TERM_START,
        status: "ACTIVE",
        statusChangedOn: null,
        statusReason: null,
      });
    }
  });
  const changes: [RepresentativeStatus, string][] = [
    ["TERMINATED", "工作调离本市"],
    ["TERMINATED", "工作调离本市"],
    ["TERMINATED", "因病去世"],
    ["TERMINATED", "受到党纪处分，终止代表资格"],
    ["TERMINATED", "本人辞去代表职务"],
    ["TERMINATED", "工作调离本市"],
    ["SUSPENDED", "涉嫌违纪，正在接受组织审查"],
    ["SUSPENDED", "因病长期无法履职"],
  ];
  const changed = random.sample(drafts, changes.length);
  for (const [index, [status, reason]] of changes.entries()) {
    const representative = changed[index];
    if (!representative) continue;
    representative.status = status;
    representative.statusReason = reason;
    representative.statusChangedOn = random.date(day(2012, 3, 1), day(2015, 9, 30));
    if (status !== "TERMINATED" || reason.includes("处分")) continue;
    const replacements = representative.organisation
      ? subtreeMembers(representative.organisation).filter(eligible)
      : [];
    const replacement = replacements.find((member) => !drafts.some((draft) => draft.member === member));
    if (!replacement) continue;
    drafts.push({
      member: replacement,
      name: replacement.name,
      gender: replacement.gender,
      organisation: replacement.organisation,
      town: replacement.organisation.town,
      termStart: addDays(representative.statusChangedOn, random.int(60, 150)),
      status: "ACTIVE",
      statusChangedOn: null,
      statusReason: null,
    });
  }
  return drafts.filter((draft) => draft.termStart <= AS_OF);
}

async function seedTours({ writer, world }: SeedContext, random: Random, activeOn: ActiveOn): Promise<void> {
  const committees = world.organisations.filter(
    (organisation) => organisation.type === "PARTY_COMMITTEE" && organisation.role !== "cityCommittee",
  );
  const committeesByTown = groupBy(committees, (organisation) => organisation.town);
  const towns = world.towns.map((town) => ({ town, weight: townWeight("REPRESENTATIVE_TOURS", world, town) }));
  const tours: {
    kind: TourKind;
    target: OrganisationRecord;
    startOn: Date;
    endOn: Date;
    participants: Representative[];
  }[] = [];
  for (const year of PROGRAMME_YEARS) {
    for (let n = plannedCount("REPRESENTATIVE_TOURS", year); n > 0; n--) {
      const { town } = random.pickWeighted(towns, (entry) => entry.weight);
      const target = random.pick(committeesByTown.get(town) ?? committees);
      const kind = random.weighted<TourKind>({ CENTRAL_INSPECTION: 30, FIXED_VISIT: 45, INDIVIDUAL_INTERVIEW: 25 });
      const startOn = random.date(yearStart(year), day(year, 12, 20));
      const endOn = addDays(
        startOn,
        kind === "CENTRAL_INSPECTION" ? random.int(2, 4) : kind === "FIXED_VISIT" ? random.int(0, 1) : 0,
      );
      const active = activeOn(startOn);
      const local = active.filter((representative) => representative.town === town);
      const size =
        kind === "CENTRAL_INSPECTION" ? random.int(5, 9) : kind === "FIXED_VISIT" ? random.int(2, 4) : random.int(1, 2);
      const participants =
        kind === "CENTRAL_INSPECTION"
          ? random.sample(active, size)
          : random.sample(local.length >= size ? local : active, size);
      tours.push({ kind, target, startOn, endOn, participants });
    }
  }
  tours.sort((a, b) => a.startOn.getTime() - b.startOn.getTime());
  const ids = await writer.insert(
    "RepresentativeTour",
    tours.map((tour) => ({
      kind: tour.kind,
      targetOrganisationId: tour.target.id,
      startOn: tour.startOn,
      endOn: tour.endOn,
      findings: random.sample(FINDINGS, random.int(1, 3)).join("；"),
      suggestions: random.sample(SUGGESTIONS, random.int(1, 3)).join("；"),
    })),
  );
  await writer.insert(
    "TourParticipant",
    tours.flatMap((tour, index) =>
      tour.participants.map((representative) => ({
        tourId: ids[index] as number,
        representativeId: representative.id,
      })),
    ),
  );
}

async function seedBriefings({ writer }: SeedContext, random: Random, activeOn: ActiveOn): Promise<void> {
  const briefings: { kind: BriefingKind; title: string; heldOn: Date; invited: Representative[] }[] = [];
  for (const year of PROGRAMME_YEARS) {
    for (let n = random.int(8, 12); n > 0; n--) {
      const kind = random.weighted<BriefingKind>({
        WORK_BRIEFING: 45,
        DECISION_PARTICIPATION: 25,
        MEETING_ATTENDANCE: 30,
      });
      const heldOn = random.date(yearStart(year), day(year, 12, 25));
      briefings.push({
        kind,
        title: `${year}年${random.pick(BRIEFINGS[kind])}`,
        heldOn,
        invited: random.sample(activeOn(heldOn), random.int(20, 60)),
      });
    }
  }
  briefings.sort((a, b) => a.heldOn.getTime() - b.heldOn.getTime());
  const ids = await writer.insert(
    "RepresentativeBriefing",
    briefings.map((briefing) => ({
      kind: briefing.kind,
      title: briefing.title,
      heldOn: briefing.heldOn,
      summary: random.chance(0.8)
        ? `向党代表通报${briefing.title.replace(/^\d+年/, "")}有关情况，听取意见建议。`
        : null,
    })),
  );
  await writer.insert(
    "BriefingAttendance",
    briefings.flatMap((briefing, index) =>
      briefing.invited.map((representative) => ({
        briefingId: ids[index] as number,
        representativeId: representative.id,
        attended: random.chance(0.88),
      })),
    ),
  );
}

/** Every committee and general branch, and the organisation department's branch, pledges each year. */
async function seedPledgeLetters({ writer, world }: SeedContext, random: Random, activeOn: ActiveOn): Promise<void> {
  const pledging = world.organisations.filter(
    (organisation) => organisation.type !== "BRANCH" || organisation.name === DEPARTMENT_BRANCH_NAME,
  );
  const letters: { organisation: OrganisationRecord; year: number }[] = [];
  const rows: Row<"PledgeLetter">[] = [];
  for (const year of PROGRAMME_YEARS) {
    for (const organisation of pledging) {
      if (organisation.foundedOn > day(year, 3, 1)) continue;
      const signedOn = random.date(day(year, 2, 10), day(year, 3, 31));
      const active = activeOn(signedOn);
      const local = active.filter((representative) => representative.town === organisation.town);
      const supervisor = local.length > 0 ? random.pick(local) : active.length > 0 ? random.pick(active) : null;
      const status: PledgeStatus =
        year === AS_OF.getUTCFullYear()
          ? random.weighted<PledgeStatus>({ PLEDGED: 60, FULFILLED: 30, PARTLY_FULFILLED: 10 })
          : random.weighted<PledgeStatus>({ FULFILLED: 70, PARTLY_FULFILLED: 22, UNFULFILLED: 8 });
      letters.push({ organisation, year });
      rows.push({
        organisationId: organisation.id,
        year,
        title: `${organisation.name}${year}年度“为率先承诺”目标承诺书`,
        goals: random
          .sample(
            [
              "党员冬训参训率达95%以上",
              "发展青年党员不少于2名",
              "完成党员服务中心提档升级",
              "建成一支党员志愿服务队",
              "村级集体经济收入增长10%",
              "办结民情诉求100%",
            ],
            3,
          )
          .join("；"),
        signedOn,
        supervisorRepresentativeId: supervisor?.id ?? null,
        status,
      });
    }
  }
  const ids = await writer.insert("PledgeLetter", rows);
  letters.forEach(({ organisation, year }, index) => {
    const byYear = world.pledgeLetters.get(organisation.id) ?? new Map<number, number>();
    byYear.set(year, ids[index] as number);
    world.pledgeLetters.set(organisation.id, byYear);
  });
}

async function seedWorkstations({ writer, world }: SeedContext, random: Random, activeOn: ActiveOn): Promise<void> {
  const stations: { town: TownRecord; name: string; zoneId: number | null; address: string; establishedOn: Date }[] =
    [];
  for (const town of world.towns) {
    const zones = random.sample(
      world.zones.filter((zone) => zone.town === town && zone.kind !== "PARK"),
      random.int(1, 3),
    );
    stations.push({
      town,
      name: `${town.name}党代表工作站`,
      zoneId: null,
      address: `${town.name}便民服务中心二楼`,
      establishedOn: random.date(day(2012, 3, 1), day(2012, 6, 30)),
    });
    for (const zone of zones) {
      stations.push({
        town,
        name: `${zone.name}党代表工作室`,
        zoneId: zone.id,
        address: `${zone.name}党员服务中心`,
        establishedOn: random.date(day(2012, 6, 1), day(2014, 6, 30)),
      });
    }
  }
  const ids = await writer.insert(
    "RepresentativeWorkstation",
    stations.map((station) => ({
      name: station.name,
      townId: station.town.id,
      zoneId: station.zoneId,
      address: station.address,
      establishedOn: station.establishedOn,
    })),
  );
  const receptions: Row<"ReceptionDay">[] = [];
  const seen = new Set<string>();
  stations.forEach((station, index) => {
    for (
      let date = addDays(station.establishedOn, random.int(7, 30));
      date <= AS_OF;
      date = addDays(date, random.int(45, 75))
    ) {
      const local = activeOn(date).filter((representative) => representative.town === station.town);
      if (local.length === 0) continue;
      const representative = random.pick(local);
      const key = `${index}/${representative.id}/${date.toISOString()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const visitors = random.int(0, 15);
      receptions.push({
        workstationId: ids[index] as number,
        representativeId: representative.id,
        heldOn: date,
        visitorCount: visitors,
        issuesRaised:
          visitors > 0
            ? random
                .sample(
                  ["低保申请", "道路维修", "就业困难", "宅基地审批", "子女入学", "医保报销", "环境污染"],
                  Math.min(3, random.int(1, visitors)),
                )
                .join("、")
            : null,
      });
    }
  });
  await writer.insert("ReceptionDay", receptions);
}

async function seedProposals({ writer }: SeedContext, random: Random, activeOn: ActiveOn): Promise<void> {
  const rows: Row<"Proposal">[] = [];
  for (const year of PROGRAMME_YEARS) {
    for (let n = plannedCount("PROPOSALS", year); n > 0; n--) {
      const submittedOn = random.date(yearStart(year), day(year, 12, 15));
      const representative = random.pick(activeOn(submittedOn));
      const kind = random.weighted<ProposalKind>({ PROPOSAL: 55, MOTION: 45 });
      const age = (AS_OF.getTime() - submittedOn.getTime()) / 86_400_000;
      const status =
        age > 120
          ? random.weighted<ProposalStatus>({ COMPLETED: 82, DECLINED: 8, HANDLING: 10 })
          : random.weighted<ProposalStatus>({ SUBMITTED: 30, ACCEPTED: 30, HANDLING: 25, COMPLETED: 15 });
      const answered = status === "COMPLETED" || status === "DECLINED";
      const respondedOn = answered ? earliest(addDays(submittedOn, random.int(20, 110)), AS_OF) : null;
      const [subject, unit] = random.pick(PROPOSAL_SUBJECTS);
      rows.push({
        representativeId: representative.id,
        kind,
        title: `关于${subject}的${kind === "PROPOSAL" ? "提案" : "建议"}`,
        content: `针对${subject}方面存在的问题，建议有关部门深入调研，制定具体措施并抓好落实。`,
        submittedOn,
        handlingUnit: status === "SUBMITTED" ? null : unit,
        status,
        response: answered
          ? status === "DECLINED"
            ? "经研究，该事项不属于本级职权范围，已向代表说明。"
            : "已采纳并落实，具体情况已书面答复代表。"
          : null,
        respondedOn,
      });
    }
  }
  rows.sort((a, b) => (a.submittedOn as Date).getTime() - (b.submittedOn as Date).getTime());
  await writer.insert("Proposal", rows);
}

async function seedReviews({ writer }: SeedContext, random: Random, representatives: Representative[]): Promise<void> {
  const rows: Row<"RepresentativeReview">[] = [];
  for (const representative of representatives) {
    for (const year of PROGRAMME_YEARS) {
      const reviewedOn = day(year, 12, 20);
      const served = representative.termStart <= day(year, 6, 30);
      const stillServing = representative.status === "ACTIVE" || (representative.statusChangedOn ?? AS_OF) > reviewedOn;
      if (!served || !stillServing) continue;
      const score = random.float(68, 97);
      rows.push({
        representativeId: representative.id,
        year,
        score,
        grade: gradeOf(score),
        comments: random.chance(0.4)
          ? random.pick([
              "履职积极，联系群众紧密",
              "按时参加巡访和接待日活动",
              "提出的建议质量较高",
              "参加活动次数偏少",
            ])
          : null,
      });
    }
  }
  await writer.insert("RepresentativeReview", rows);
}
