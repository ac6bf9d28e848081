// Flagship zone party building (村(区)域党建): service centres and their records, joint meetings
// with participants, decisions and follow-ups, public opinions, and social-management grids and cases.
import type {
  FollowUpStatus,
  OpinionCategory,
  OpinionSource,
  OpinionStatus,
  SocialCaseCategory,
  SocialCaseStatus,
} from "@p181/db";
import { addDays, AS_OF, day, earliest, latest, PROGRAMME_YEARS, yearEnd, yearStart } from "./calendar.ts";
import type { OrganisationRecord, SeedContext, ZoneRecord } from "./context.ts";
import { apportion, groupBy } from "./context.ts";
import { anyPersonName, chineseNumber, mobilePhone } from "./names.ts";
import type { Random } from "./random.ts";
import { plannedCount } from "./targets.ts";
import type { Row } from "./writer.ts";

const ROADS = [
  "人民路",
  "中心路",
  "建设路",
  "文化路",
  "振兴路",
  "团结路",
  "幸福路",
  "丹凤路",
  "长江路",
  "富民路",
  "兴园路",
  "华阳路",
];
const CENTRE_SERVICES = [
  "党员教育",
  "组织关系接转",
  "困难帮扶",
  "就业指导",
  "法律咨询",
  "医疗保健",
  "便民代办",
  "文体活动",
  "民政救助",
  "计生服务",
  "社保代办",
  "农技咨询",
  "志愿服务",
  "矛盾调解",
];
const OPENING_HOURS = [
  "周一至周五 8:30-17:00",
  "周一至周六 8:00-17:30",
  "每日 8:00-18:00",
  "周一至周五 8:00-11:30 13:30-17:30",
];
const MEETING_TOPICS = [
  "区域内党员一体化管理",
  "村企联建共建项目",
  "环境综合整治",
  "困难党员和群众帮扶",
  "流动党员管理",
  "网格化社会管理",
  "党员志愿服务安排",
  "集体经济增收",
  "安全生产",
  "民情恳谈问题办理",
  "服务中心运行",
  "党建资源共享",
  "创先争优活动",
  "征地拆迁矛盾化解",
  "道路和水利设施建设",
  "文明村(社区)创建",
];
const DECISIONS = [
  "建立区域内党组织书记季度例会制度",
  "由驻区企业党组织认领困难户结对帮扶",
  "统筹安排党员志愿者开展环境整治",
  "共建共享党员活动阵地",
  "联合开展党员冬训",
  "将流动党员纳入网格化管理",
  "设立民情信息员",
  "共同出资修缮村组道路",
  "联合举办就业招聘会",
  "建立矛盾纠纷联调机制",
  "推动企业吸纳本村劳动力就业",
  "联合开展安全隐患排查",
];
const FOLLOW_UPS = [
  "拟定结对帮扶名单并报镇党委备案",
  "落实活动阵地改造资金",
  "组织志愿者开展集中清理",
  "制定联调工作流程",
  "收集流动党员联系方式",
  "完成道路修缮施工",
  "组织招聘会现场对接",
  "上报隐患整改情况",
  "整理会议纪要并公示",
];
const OPINION_CONTENT: Readonly<Record<OpinionCategory, readonly string[]>> = {
  INFRASTRUCTURE: [
    "村组道路破损严重，雨天出行困难",
    "路灯损坏多日未修",
    "自来水水压不足",
    "桥梁护栏缺失存在安全隐患",
    "排水沟堵塞",
  ],
  ENVIRONMENT: ["河道垃圾较多需要清理", "附近企业夜间噪音扰民", "垃圾收集点设置不合理", "秸秆焚烧影响空气质量"],
  SOCIAL_SECURITY: ["咨询新农保缴费标准", "申请低保救助", "反映医保报销手续繁琐", "孤寡老人需要上门照料"],
  EMPLOYMENT: ["希望提供技能培训", "咨询创业贷款政策", "企业拖欠工资", "失地农民就业安置"],
  DISPUTE: ["宅基地边界纠纷", "邻里漏水纠纷", "土地流转租金纠纷", "家庭赡养纠纷"],
  PUBLIC_SAFETY: ["小区电动车被盗", "路口缺少减速带", "出租房消防隐患", "夜间治安巡逻不足"],
  OTHER: ["建议增加公交班次", "建议建设文化活动广场", "反映物业服务质量差", "希望开设老年大学课程"],
};
const CASE_DESCRIPTIONS: Readonly<Record<SocialCaseCategory, readonly string[]>> = {
  DISPUTE: ["两户村民因排水问题发生争执", "租户与房东因押金发生纠纷", "相邻企业因围墙边界产生矛盾"],
  PUBLIC_SAFETY: ["发现出租房私拉电线", "路段夜间照明不足存在隐患", "河边护栏损坏"],
  ENVIRONMENT: ["道路两侧乱堆乱放", "沟渠水体发黑有异味", "建筑垃圾随意倾倒"],
  FACILITY: ["健身器材损坏", "窨井盖缺失", "公交站台顶棚破损"],
  SPECIAL_GROUP: ["独居老人多日未出门需上门探视", "社区矫正人员未按时报到", "留守儿童缺乏看护"],
  OTHER: ["群众反映广场舞噪音", "违章搭建需核查", "流浪犬伤人隐患"],
};

export async function seedZoneWork(context: SeedContext): Promise<void> {
  const random = context.random.fork("zone-work");
  await seedServiceCentres(context, random.fork("centres"));
  await seedJointMeetings(context, random.fork("meetings"));
  await seedPublicOpinions(context, random.fork("opinions"));
  await seedGrids(context, random.fork("grids"));
}

interface CentreDraft {
  zone: ZoneRecord;
  openedOn: Date;
  services: string[];
  staff: string[];
}

async function seedServiceCentres({ writer, world }: SeedContext, random: Random): Promise<void> {
  const slots = world.zones.flatMap((zone) =>
    zone.kind === "VILLAGE"
      ? [
          { zone, kind: "VILLAGE_COMPREHENSIVE" as const },
          { zone, kind: "PARTY_MEMBER" as const },
        ]
      : [{ zone, kind: "PARTY_MEMBER" as const }],
  );
  const order = random.shuffle(slots);
  const openingYears: number[] = [];
  for (const year of PROGRAMME_YEARS)
    openingYears.push(...Array<number>(plannedCount("SERVICE_CENTRES", year)).fill(year));
  const drafts: CentreDraft[] = [];
  const rows: Row<"ServiceCentre">[] = order.map((slot, index) => {
    const year = openingYears[index];
    const openedOn = year
      ? random.date(yearStart(year), yearEnd(year))
      : random.date(day(2004, 1, 1), day(2011, 12, 31));
    const services = random.sample(CENTRE_SERVICES, random.int(4, 9));
    const staffCount = slot.kind === "VILLAGE_COMPREHENSIVE" ? random.int(4, 12) : random.int(2, 6);
    drafts.push({
      zone: slot.zone,
      openedOn,
      services,
      staff: Array.from({ length: Math.min(staffCount, 4) }, () => anyPersonName(random)),
    });
    return {
      zoneId: slot.zone.id,
      kind: slot.kind,
      name: `${slot.zone.name}${slot.kind === "VILLAGE_COMPREHENSIVE" ? "综合服务中心" : "党员服务中心"}`,
      address: `${slot.zone.town.name}${slot.zone.name}${random.pick(ROADS)}${random.int(1, 188)}号`,
      floorAreaM2: slot.kind === "VILLAGE_COMPREHENSIVE" ? random.float(300, 1_500, 1) : random.float(80, 600, 1),
      staffCount,
      services,
      openingHours: random.pick(OPENING_HOURS),
      openedOn,
    };
  });
  const ids = await writer.insert("ServiceCentre", rows);
  const records: Row<"ServiceRecord">[] = [];
  drafts.forEach((centre, index) => {
    for (const year of PROGRAMME_YEARS) {
      const from = latest(centre.openedOn, yearStart(year));
      if (from > yearEnd(year)) continue;
      const share = (yearEnd(year).getTime() - from.getTime()) / (yearEnd(year).getTime() - yearStart(year).getTime());
      const count = Math.round(random.int(4, 9) * share);
      for (let n = 0; n < count; n++) {
        const serviceType = random.pick(centre.services);
        records.push({
          centreId: ids[index] as number,
          servedOn: random.date(from, yearEnd(year)),
          serviceType,
          description: `为${centre.zone.name}群众提供${serviceType}服务${random.pick(["，现场办结", "，已跟踪回访", "，登记在册", "，群众满意"])}`,
          beneficiaries: random.int(1, 80),
          handledBy: random.pick(centre.staff),
        });
      }
    }
  });
  await writer.insert("ServiceRecord", records);
}

async function seedJointMeetings({ writer, world }: SeedContext, random: Random): Promise<void> {
  const byZone = groupBy(
    world.organisations.filter((organisation) => organisation.zone !== null),
    (organisation) => organisation.zone as ZoneRecord,
  );
  const townOrgans = groupBy(
    world.organisations.filter(
      (organisation) => organisation.role === "organ" && organisation.parent?.role === "townCommittee",
    ),
    (organisation) => organisation.town,
  );
  const candidates = new Map<ZoneRecord, OrganisationRecord[]>();
  for (const zone of world.zones) {
    const local = byZone.get(zone) ?? [];
    candidates.set(zone, local.length >= 3 ? local : [...local, ...(townOrgans.get(zone.town) ?? [])]);
  }
  const meetings: { zone: ZoneRecord; heldOn: Date; participants: OrganisationRecord[]; decisions: number }[] = [];
  for (const year of PROGRAMME_YEARS) {
    const perZone = apportion(
      plannedCount("JOINT_MEETINGS", year),
      world.zones.map(() => random.float(0.6, 1.4)),
    );
    world.zones.forEach((zone, zoneIndex) => {
      const dates = Array.from({ length: perZone[zoneIndex] ?? 0 }, () => random.date(yearStart(year), yearEnd(year)));
      dates.sort((a, b) => a.getTime() - b.getTime());
      const pool = candidates.get(zone) ?? [];
      for (const heldOn of dates) {
        const main = pool.find((organisation) => organisation.role === "zoneMain");
        const others = random.sample(
          pool.filter((organisation) => organisation !== main),
          random.int(1, 5),
        );
        meetings.push({ zone, heldOn, participants: main ? [main, ...others] : others, decisions: random.int(1, 3) });
      }
    });
  }
  meetings.sort((a, b) => a.heldOn.getTime() - b.heldOn.getTime() || a.zone.id - b.zone.id);
  const ordinal = new Map<string, number>();
  const attendance = meetings.map((meeting) => meeting.participants.map(() => random.int(1, 4)));
  const meetingRows: Row<"JointMeeting">[] = meetings.map((meeting, index) => {
    const key = `${meeting.zone.id}-${meeting.heldOn.getUTCFullYear()}`;
    const number = (ordinal.get(key) ?? 0) + 1;
    ordinal.set(key, number);
    const topics = random.sample(MEETING_TOPICS, random.int(2, 3));
    const attendees = (attendance[index] ?? []).reduce((sum, count) => sum + count, 0);
    return {
      zoneId: meeting.zone.id,
      heldOn: meeting.heldOn,
      title: `${meeting.zone.name}${meeting.heldOn.getUTCFullYear()}年第${chineseNumber(number)}次党建联席会议`,
      topics: topics.join("；"),
      attendeeCount: attendees + random.int(0, 6),
      minutes: random.chance(0.75)
        ? `会议由${meeting.participants[0]?.secretaryName ?? "区域党组织书记"}主持，${meeting.participants.length}个党组织参加，围绕${topics[0]}等议题进行讨论，形成决议${meeting.decisions}项。`
        : null,
    };
  });
  const meetingIds = await writer.insert("JointMeeting", meetingRows);
  const participantRows: Row<"JointMeetingParticipant">[] = meetings.flatMap((meeting, index) =>
    meeting.participants.map((organisation, position) => ({
      meetingId: meetingIds[index] as number,
      organisationId: organisation.id,
      representativeName: organisation.secretaryName ?? anyPersonName(random),
      attendees: attendance[index]?.[position] ?? 1,
    })),
  );
  await writer.insert("JointMeetingParticipant", participantRows);
  const decisions = meetings.flatMap((meeting, index) =>
    Array.from({ length: meeting.decisions }, (_, sequence) => ({
      meeting,
      meetingId: meetingIds[index] as number,
      sequence: sequence + 1,
    })),
  );
  const decisionIds = await writer.insert(
    "MeetingDecision",
    decisions.map((decision) => ({
      meetingId: decision.meetingId,
      sequence: decision.sequence,
      content: random.pick(DECISIONS),
    })),
  );
  const followUps: Row<"FollowUpItem">[] = [];
  decisions.forEach((decision, index) => {
    for (let n = random.int(0, 2); n > 0; n--) {
      const heldOn = decision.meeting.heldOn;
      const dueOn = addDays(heldOn, random.int(15, 90));
      const status = followUpStatus(random, dueOn, addDays(heldOn, 3) <= AS_OF);
      const owner = random.pick(decision.meeting.participants);
      followUps.push({
        decisionId: decisionIds[index] as number,
        description: random.pick(FOLLOW_UPS),
        ownerName: owner.secretaryName ?? anyPersonName(random),
        dueOn,
        status,
        completedOn: status === "DONE" ? random.date(addDays(heldOn, 3), earliest(addDays(dueOn, 20), AS_OF)) : null,
      });
    }
  });
  await writer.insert("FollowUpItem", followUps);
}

function followUpStatus(random: Random, dueOn: Date, canBeDone: boolean): FollowUpStatus {
  if (!canBeDone) return "OPEN";
  if (dueOn < addDays(AS_OF, -60)) return random.weighted<FollowUpStatus>({ DONE: 85, CANCELLED: 5, IN_PROGRESS: 10 });
  return random.weighted<FollowUpStatus>({ OPEN: 30, IN_PROGRESS: 40, DONE: 30 });
}

/** Opinions grow as the channel becomes known; most are answered within two weeks and resolved within two months. */
async function seedPublicOpinions({ writer, world }: SeedContext, random: Random): Promise<void> {
  const workstations = groupBy(world.opinionWorkstations, (workstation) => workstation.zone);
  const growth = [0.8, 0.95, 1.05, 1.1];
  const rows: Row<"PublicOpinion">[] = [];
  for (const [yearIndex, year] of PROGRAMME_YEARS.entries()) {
    for (const zone of world.zones) {
      const count = Math.round(random.int(5, 10) * (growth[yearIndex] ?? 1) * (zone.kind === "PARK" ? 0.5 : 1));
      for (let n = 0; n < count; n++) {
        const receivedOn = random.date(yearStart(year), yearEnd(year));
        const station = (workstations.get(zone) ?? []).find((candidate) => candidate.establishedOn <= receivedOn);
        const source: OpinionSource =
          station && random.chance(0.35)
            ? "WORKSTATION"
            : random.weighted<OpinionSource>({ DOOR_VISIT: 35, HOTLINE: 20, MEETING: 20, ONLINE: 15, LETTER: 10 });
        const category = random.weighted<OpinionCategory>({
          INFRASTRUCTURE: 22,
          ENVIRONMENT: 18,
          SOCIAL_SECURITY: 16,
          EMPLOYMENT: 10,
          DISPUTE: 14,
          PUBLIC_SAFETY: 10,
          OTHER: 10,
        });
        const respondedOn = addDays(receivedOn, random.int(1, 15));
        const resolvedOn = addDays(respondedOn, random.int(0, 60));
        let status: OpinionStatus = random.weighted<OpinionStatus>({
          RESOLVED: 82,
          CLOSED: 8,
          HANDLING: 7,
          RECEIVED: 3,
        });
        if (status === "RESOLVED" && resolvedOn > AS_OF) status = respondedOn > AS_OF ? "RECEIVED" : "HANDLING";
        if (respondedOn > AS_OF) status = "RECEIVED";
        const responded = status !== "RECEIVED";
        rows.push({
          zoneId: zone.id,
          workstationId: source === "WORKSTATION" && station ? station.id : null,
          source,
          category,
          content: random.pick(OPINION_CONTENT[category]),
          residentName: anyPersonName(random),
          residentPhone: random.chance(0.7) ? mobilePhone(random) : null,
          handlerName: anyPersonName(random),
          status,
          response: responded
            ? random.pick(["已联系相关部门落实", "已现场查看并答复", "已纳入年度实事项目", "已向群众解释政策"])
            : null,
          receivedOn,
          respondedOn: responded ? respondedOn : null,
          resolvedOn: status === "RESOLVED" ? resolvedOn : null,
        });
      }
    }
  }
  rows.sort((a, b) => (a.receivedOn as Date).getTime() - (b.receivedOn as Date).getTime() || a.zoneId - b.zoneId);
  await writer.insert("PublicOpinion", rows);
}

async function seedGrids({ writer, world }: SeedContext, random: Random): Promise<void> {
  const gridRows: Row<"GridArea">[] = [];
  for (const zone of world.zones) {
    const count =
      zone.kind === "VILLAGE" ? random.int(4, 8) : zone.kind === "COMMUNITY" ? random.int(5, 10) : random.int(2, 4);
    const households = apportion(
      zone.households,
      Array.from({ length: count }, () => random.float(0.7, 1.3)),
    );
    for (let index = 1; index <= count; index++) {
      const code = `${zone.code}-G${String(index).padStart(2, "0")}`;
      gridRows.push({
        zoneId: zone.id,
        code,
        name: `${zone.name}第${chineseNumber(index)}网格`,
        dutyOfficer: anyPersonName(random),
        households: households[index - 1] ?? null,
      });
    }
  }
  const gridIds = await writer.insert("GridArea", gridRows);
  const cases: Row<"SocialCase">[] = [];
  for (const gridId of gridIds) {
    for (const year of PROGRAMME_YEARS) {
      for (let n = random.int(0, 3); n > 0; n--) {
        const reportedOn = random.date(yearStart(year), yearEnd(year));
        const category = random.weighted<SocialCaseCategory>({
          DISPUTE: 25,
          PUBLIC_SAFETY: 20,
          ENVIRONMENT: 20,
          FACILITY: 15,
          SPECIAL_GROUP: 12,
          OTHER: 8,
        });
        const resolvedOn = addDays(reportedOn, random.int(0, 30));
        let status = random.weighted<SocialCaseStatus>({ RESOLVED: 85, CLOSED: 5, HANDLING: 8, REPORTED: 2 });
        if (status === "RESOLVED" && resolvedOn > AS_OF) status = "HANDLING";
        cases.push({
          gridId,
          reportedOn,
          category,
          description: random.pick(CASE_DESCRIPTIONS[category]),
          status,
          resolvedOn: status === "RESOLVED" ? resolvedOn : null,
        });
      }
    }
  }
  await writer.insert("SocialCase", cases);
}
