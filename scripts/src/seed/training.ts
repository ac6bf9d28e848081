// Plan 3 (百场讲学拉练大培训): about 100 sessions a year of four kinds for eleven audiences,
// with registered attendees drawn from the matching members and an effectiveness evaluation.
import type { AudienceGroup, TrainingKind, TrainingTopic } from "@p181/db";
import { addDays, ageOn, AS_OF, day, earliest, PROGRAMME_YEARS, yearStart } from "./calendar.ts";
import type { MemberRecord, SeedContext, TownRecord, World } from "./context.ts";
import { gradeOf, groupBy } from "./context.ts";
import type { Random } from "./random.ts";
import { plannedCount } from "./targets.ts";
import type { Row } from "./writer.ts";

const TOPIC_LABELS: Readonly<Record<TrainingTopic, string>> = {
  PARTY_SPIRIT: "党性教育",
  NEW_INDUSTRIALISATION: "新型工业化",
  URBAN_PLANNING: "城市规划建设与管理",
  FINANCE: "财政金融管理",
  CRISIS_MANAGEMENT: "危机管理",
  SOCIAL_MANAGEMENT: "社会管理创新",
  ENTREPRENEURSHIP: "创业能力提升",
  OTHER: "综合能力提升",
};
const KIND_LABELS: Readonly<Record<TrainingKind, string>> = {
  EXPERT_LECTURE: "专家讲座",
  THEMATIC_STUDY: "专题研修班",
  PROFESSIONAL_TRAINING: "业务培训班",
  FIELD_TRIP: "实践拉练",
};
const AUDIENCE_LABELS: Readonly<Record<AudienceGroup, string>> = {
  LEADING_CADRES: "领导干部",
  CIVIL_SERVANTS: "公务员",
  PARTY_MEMBERS: "党员",
  ENTERPRISE_TALENT: "企业人才",
  COLLEGE_VILLAGE_OFFICIALS: "大学生村官",
  VILLAGE_CADRES: "村干部",
  YOUTH_LEAGUE_CADRES: "团干部",
  TRADE_UNION_CADRES: "工会干部",
  WOMEN_CADRES: "妇女干部",
  RETIRED_CADRES: "老干部",
  ORGANISATION_CADRES: "组工干部",
};
const LECTURERS = [
  "中央党校 王教授",
  "省委党校 李教授",
  "南京大学 陈教授",
  "东南大学 张教授",
  "江苏大学 刘教授",
  "河海大学 周副教授",
  "国家行政学院 赵教授",
  "省社科院 徐研究员",
  "浙江大学 孙教授",
  "市委党校 吴老师",
  "市委组织部 蒋科长",
  "复旦大学 朱教授",
];
const FIELD_TRIP_SITES = [
  "华西村",
  "张家港永联村",
  "昆山市花桥经济开发区",
  "江阴市新桥镇",
  "浙江省安吉县",
  "苏州工业园区",
  "井冈山干部学院",
  "延安干部学院",
];

interface SessionDraft {
  kind: TrainingKind;
  topic: TrainingTopic;
  heldOn: Date;
  hours: number;
  town: TownRecord | null;
  audiences: AudienceGroup[];
  planned: number;
  actual: number;
  attendees: MemberRecord[];
}

export async function seedTraining({ writer, random: root, world }: SeedContext): Promise<void> {
  const random = root.fork("training");
  const pools = audiencePools(world);
  const localPools = new Map<string, MemberRecord[]>();
  const poolOf = (audience: AudienceGroup, town: TownRecord | null) => {
    const key = `${audience}/${town?.code ?? ""}`;
    let pool = localPools.get(key);
    if (!pool) {
      pool = (pools.get(audience) ?? []).filter((member) => !town || member.organisation.town === town);
      localPools.set(key, pool);
    }
    return pool;
  };
  const sessions: SessionDraft[] = [];
  for (const year of PROGRAMME_YEARS) {
    for (let n = plannedCount("TRAINING_SESSIONS", year); n > 0; n--) {
      const kind = random.weighted<TrainingKind>({
        EXPERT_LECTURE: 30,
        THEMATIC_STUDY: 20,
        PROFESSIONAL_TRAINING: 35,
        FIELD_TRIP: 15,
      });
      const audiences = random.sample(
        Object.keys(AUDIENCE_LABELS) as AudienceGroup[],
        random.chance(0.5) ? 1 : random.int(2, 3),
      );
      const topic = topicFor(random, audiences);
      const town = random.chance(0.3) ? random.pick(world.towns) : null;
      const planned =
        kind === "EXPERT_LECTURE"
          ? random.int(120, 300)
          : kind === "FIELD_TRIP"
            ? random.int(30, 60)
            : random.int(50, 150);
      const actual = Math.round(planned * random.float(0.82, 1.05));
      const heldOn = random.date(yearStart(year), day(year, 12, 20));
      const candidates = audiences.map((audience) => poolOf(audience, town));
      sessions.push({
        kind,
        topic,
        heldOn,
        town,
        audiences,
        planned,
        actual,
        hours:
          kind === "EXPERT_LECTURE"
            ? random.pick([2, 3, 3.5])
            : kind === "THEMATIC_STUDY"
              ? random.pick([16, 24, 32, 40])
              : kind === "FIELD_TRIP"
                ? random.pick([8, 16, 24])
                : random.pick([4, 6, 8, 12]),
        attendees: drawDistinct(
          random,
          candidates,
          Math.min(actual, random.int(15, 40)),
          (member) => member.joinedOn <= heldOn,
        ),
      });
    }
  }
  sessions.sort((a, b) => a.heldOn.getTime() - b.heldOn.getTime());
  const ids = await writer.insert(
    "TrainingSession",
    sessions.map((session) => ({
      title: `${session.heldOn.getUTCFullYear()}年${session.audiences.map((audience) => AUDIENCE_LABELS[audience]).join("、")}${TOPIC_LABELS[session.topic]}${KIND_LABELS[session.kind]}`,
      kind: session.kind,
      topic: session.topic,
      heldOn: session.heldOn,
      hours: session.hours,
      lecturer: session.kind === "FIELD_TRIP" ? null : random.pick(LECTURERS),
      location:
        session.kind === "FIELD_TRIP"
          ? random.pick(FIELD_TRIP_SITES)
          : session.town
            ? `${session.town.name}党员服务中心`
            : random.pick(["市委党校", "市行政中心会议室", "市干部教育培训中心"]),
      organiser: session.town
        ? `中共${session.town.name}${session.town.kind === "DISTRICT" ? "工作" : ""}委员会`
        : random.weighted({
            市委组织部: 50,
            市委党校: 25,
            市委宣传部: 10,
            市人力资源和社会保障局: 10,
            市级机关工委: 5,
          }),
      townId: session.town?.id ?? null,
      plannedAttendees: session.planned,
      actualAttendees: session.actual,
    })),
  );
  await writer.insert(
    "TrainingAudience",
    sessions.flatMap((session, index) =>
      session.audiences.map((audience) => ({ sessionId: ids[index] as number, audience })),
    ),
  );
  const attendance: Row<"TrainingAttendance">[] = sessions.flatMap((session, index) =>
    session.attendees.map((member) => {
      const attended = random.chance(0.93);
      return {
        sessionId: ids[index] as number,
        memberId: member.id,
        attendeeName: member.name,
        unit: member.organisation.name,
        attended,
        hours: attended ? session.hours : 0,
      };
    }),
  );
  await writer.insert("TrainingAttendance", attendance);
  const evaluations: Row<"TrainingEvaluation">[] = [];
  sessions.forEach((session, index) => {
    const rounds = random.chance(0.08) ? 2 : random.chance(0.92) ? 1 : 0;
    for (let round = 0; round < rounds; round++) {
      const satisfaction = random.float(72, 99);
      evaluations.push({
        sessionId: ids[index] as number,
        evaluatedOn: earliest(addDays(session.heldOn, random.int(1, 14) + round * 60), AS_OF),
        respondents: Math.max(1, Math.round(session.actual * random.float(0.5, 0.95))),
        satisfaction,
        effectiveness: gradeOf(satisfaction - random.float(0, 8)),
        comments: random.chance(0.5)
          ? random.pick(["内容针对性强，贴近工作实际", "希望增加案例教学", "授课生动，收获较大", "时间安排偏紧"])
          : null,
      });
    }
  });
  await writer.insert("TrainingEvaluation", evaluations);
}

/** Up to `count` distinct members from the pools that satisfy `accept`, without scanning the pools. */
function drawDistinct(
  random: Random,
  pools: readonly MemberRecord[][],
  count: number,
  accept: (member: MemberRecord) => boolean,
): MemberRecord[] {
  const total = pools.reduce((sum, pool) => sum + pool.length, 0);
  const chosen = new Set<MemberRecord>();
  for (let attempt = 0; total > 0 && chosen.size < count && attempt < count * 20; attempt++) {
    let index = random.int(0, total - 1);
    let member: MemberRecord | undefined;
    for (const pool of pools) {
      if (index < pool.length) {
        member = pool[index];
        break;
      }
      index -= pool.length;
    }
    if (member && accept(member)) chosen.add(member);
  }
  return [...chosen];
}

function topicFor(random: Random, audiences: readonly AudienceGroup[]): TrainingTopic {
  if (audiences.includes("COLLEGE_VILLAGE_OFFICIALS") && random.chance(0.5)) return "ENTREPRENEURSHIP";
  if (audiences.includes("VILLAGE_CADRES") && random.chance(0.4)) return "SOCIAL_MANAGEMENT";
  if (audiences.includes("ENTERPRISE_TALENT") && random.chance(0.5)) return "NEW_INDUSTRIALISATION";
  return random.weighted<TrainingTopic>({
    PARTY_SPIRIT: 28,
    NEW_INDUSTRIALISATION: 12,
    URBAN_PLANNING: 10,
    FINANCE: 10,
    CRISIS_MANAGEMENT: 8,
    SOCIAL_MANAGEMENT: 14,
    ENTREPRENEURSHIP: 8,
    OTHER: 10,
  });
}

/** The members each audience group is drawn from. */
function audiencePools(world: World): Map<AudienceGroup, MemberRecord[]> {
  const byField = groupBy(world.members, (member) => member.organisation.field);
  const organs = byField.get("GOVERNMENT_ORGAN") ?? [];
  const enterprises = [...(byField.get("NON_PUBLIC_ENTERPRISE") ?? []), ...(byField.get("STATE_ENTERPRISE") ?? [])];
  const leaders = [...new Set(world.leaders.map((leader) => leader.member))];
  const settled = world.members.filter((member) => member.flowStatus !== "OUTFLOW");
  return new Map<AudienceGroup, MemberRecord[]>([
    [
      "LEADING_CADRES",
      leaders.filter(
        (member) => member.organisation.field === "GOVERNMENT_ORGAN" || member.organisation.role === "townCommittee",
      ),
    ],
    ["CIVIL_SERVANTS", organs],
    ["PARTY_MEMBERS", settled],
    [
      "ENTERPRISE_TALENT",
      enterprises.filter(
        (member) =>
          member.education === "BACHELOR" || member.education === "MASTER" || member.education === "DOCTORATE",
      ),
    ],
    [
      "COLLEGE_VILLAGE_OFFICIALS",
      (byField.get("RURAL") ?? []).filter(
        (member) => ageOn(member.birthDate, AS_OF) <= 32 && member.education === "BACHELOR",
      ),
    ],
    [
      "VILLAGE_CADRES",
      leaders.filter((member) => member.organisation.field === "RURAL" || member.organisation.field === "COMMUNITY"),
    ],
    ["YOUTH_LEAGUE_CADRES", settled.filter((member) => ageOn(member.birthDate, AS_OF) <= 35)],
    ["TRADE_UNION_CADRES", enterprises],
    ["WOMEN_CADRES", settled.filter((member) => member.gender === "FEMALE" && ageOn(member.birthDate, AS_OF) <= 60)],
    [
      "RETIRED_CADRES",
      settled.filter((member) => ageOn(member.birthDate, AS_OF) >= 62 && member.education !== "PRIMARY"),
    ],
    [
      "ORGANISATION_CADRES",
      organs
        .filter((member) => member.organisation.name.includes("组织部"))
        .concat(leaders.filter((member) => member.organisation.role === "townCommittee")),
    ],
  ]);
}
