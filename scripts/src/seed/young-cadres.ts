// Plan 1 (百名年轻机关干部一线大派驻): a yearly batch of young officials posted to villages and
// communities for a year, with tailored training plans, opinion workstations, diaries and assessments.
import type { AssessmentPeriod, CadreStatus, Gender } from "@p181/db";
import { addDays, AS_OF, day, earliest, PROGRAMME_YEARS } from "./calendar.ts";
import type { SeedContext, ZoneRecord } from "./context.ts";
import { gradeOf } from "./context.ts";
import { CITY_ORGANS, personName } from "./names.ts";
import { plannedCount, townWeight } from "./targets.ts";
import type { Row } from "./writer.ts";

/** Cadres who completed a posting but were never assessed: the deliberate rule break of this plan. */
export const UNASSESSED_CADRES = 5;

const ORIGINAL_POSTS = ["科员", "科员", "副主任科员", "主任科员", "副科长", "科长"];
const STRENGTHS = [
  "文字综合能力强",
  "熟悉财务管理",
  "具有法律专业背景",
  "熟悉城乡规划",
  "计算机应用能力突出",
  "善于群众工作",
  "组织协调能力强",
  "熟悉农业技术",
  "外语水平较高",
  "熟悉招商引资政策",
];
const GAPS = [
  "缺乏基层工作经历",
  "处理复杂矛盾经验不足",
  "对农村工作了解不多",
  "群众工作方法需要提高",
  "统筹协调能力有待加强",
  "对经济工作接触较少",
];
const DIARY_TOPICS = [
  "走访困难群众",
  "参加村民议事会",
  "调解邻里纠纷",
  "了解集体经济发展情况",
  "走访种养大户",
  "入户宣传惠民政策",
  "排查安全隐患",
  "走访老党员",
];
const ISSUES = [
  "道路年久失修",
  "集体经济收入来源单一",
  "留守老人照料困难",
  "灌溉设施老化",
  "青年党员外出务工多",
  "村务公开不够及时",
];

interface CadreDraft {
  selectedYear: number;
  startOn: Date;
  endOn: Date | null;
  status: CadreStatus;
  hostZone: ZoneRecord;
  strengths: string;
  gaps: string;
  assessed: boolean;
}

export async function seedYoungCadres({ writer, random: root, world }: SeedContext): Promise<void> {
  const random = root.fork("young-cadres");
  const hostTowns = world.towns.map((town) => ({ town, weight: townWeight("CADRES_POSTED", world, town) }));
  const weakVillages = world.zones.filter((zone) => zone.economicallyWeak);
  const drafts: CadreDraft[] = [];
  const rows: Row<"PostedCadre">[] = [];
  for (const year of PROGRAMME_YEARS) {
    for (let n = plannedCount("CADRES_POSTED", year); n > 0; n--) {
      const { town } = random.pickWeighted(hostTowns, (entry) => entry.weight);
      const hostZone = random.pick(world.zones.filter((zone) => zone.town === town && zone.kind !== "PARK"));
      const startOn = random.date(day(year, 2, 20), day(year, 3, 20));
      const withdrawn = random.chance(0.03);
      const plannedEnd = addDays(startOn, 364);
      const endOn = withdrawn ? addDays(startOn, random.int(150, 300)) : plannedEnd <= AS_OF ? plannedEnd : null;
      const status: CadreStatus = withdrawn ? "WITHDRAWN" : endOn ? "COMPLETED" : "POSTED";
      const gender: Gender = random.chance(0.6) ? "MALE" : "FEMALE";
      const birthDate = random.date(day(year - 35, 1, 1), day(year - 25, 12, 31));
      const strengths = random.sample(STRENGTHS, 2).join("，");
      const gaps = random.pick(GAPS);
      const paired = weakVillages.length > 0 && random.chance(0.55) ? random.pick(weakVillages) : null;
      drafts.push({ selectedYear: year, startOn, endOn, status, hostZone, strengths, gaps, assessed: true });
      rows.push({
        name: personName(random, gender, birthDate.getUTCFullYear()),
        gender,
        birthDate,
        sourceUnit: random.pick(CITY_ORGANS),
        originalPost: random.pick(ORIGINAL_POSTS),
        strengths,
        gaps,
        selectedYear: year,
        hostZoneId: hostZone.id,
        hostPost:
          hostZone.kind === "VILLAGE"
            ? random.pick(["村党组织副书记", "村主任助理", "村党组织书记助理"])
            : random.pick(["社区党组织副书记", "社区主任助理"]),
        startOn,
        endOn,
        pairedZoneId: paired?.id ?? null,
        reliefFundsRaised: paired ? random.float(5, 80) : null,
        status,
      });
    }
  }
  const completed = drafts.filter((draft) => draft.status === "COMPLETED");
  for (const draft of random.sample(completed, UNASSESSED_CADRES)) draft.assessed = false;
  const ids = await writer.insert("PostedCadre", rows);

  await writer.insert(
    "CadreTrainingPlan",
    drafts.flatMap((draft, index) => {
      const plan = {
        cadreId: ids[index] as number,
        strengths: draft.strengths,
        gaps: draft.gaps,
        goals: `一年内熟悉${draft.hostZone.kind === "VILLAGE" ? "农村" : "社区"}工作，提升${draft.gaps.replace(/^(缺乏|对)/, "")}方面的能力`,
        measures: "安排结对导师；参与村(社区)重点工作；每月撰写民情日记；每季度交流汇报",
        plannedOn: addDays(draft.startOn, -random.int(5, 15)),
      };
      return random.chance(0.1)
        ? [
            plan,
            {
              ...plan,
              measures: `${plan.measures}；中期调整：增加经济工作实践`,
              plannedOn: addDays(draft.startOn, 180),
            },
          ]
        : [plan];
    }),
  );

  const stationZones = new Set<ZoneRecord>();
  const stations: { zone: ZoneRecord; cadreIndex: number; establishedOn: Date }[] = [];
  drafts.forEach((draft, index) => {
    if (stationZones.has(draft.hostZone) || !random.chance(0.55)) return;
    stationZones.add(draft.hostZone);
    stations.push({
      zone: draft.hostZone,
      cadreIndex: index,
      establishedOn: addDays(draft.startOn, random.int(10, 45)),
    });
  });
  const stationIds = await writer.insert(
    "OpinionWorkstation",
    stations.map((station) => ({
      zoneId: station.zone.id,
      cadreId: ids[station.cadreIndex] as number,
      name: `${station.zone.name}民情工作站`,
      address: `${station.zone.town.name}${station.zone.name}党员服务中心内`,
      establishedOn: station.establishedOn,
    })),
  );
  stations.forEach((station, index) => {
    world.opinionWorkstations.push({
      id: stationIds[index] as number,
      zone: station.zone,
      establishedOn: station.establishedOn,
    });
  });

  const diaries: Row<"OpinionDiaryEntry">[] = [];
  drafts.forEach((draft, index) => {
    const last = earliest(draft.endOn ?? AS_OF, AS_OF);
    for (let date = addDays(draft.startOn, random.int(5, 20)); date <= last; date = addDays(date, random.int(20, 40))) {
      const topic = random.pick(DIARY_TOPICS);
      const issue = random.chance(0.6) ? random.pick(ISSUES) : null;
      diaries.push({
        cadreId: ids[index] as number,
        writtenOn: date,
        title: `${topic}（${draft.hostZone.name}）`,
        content: `今天${topic}，与群众面对面交流，记录了大家关心的问题${issue ? `，主要是${issue}` : ""}，已向村(社区)党组织汇报。`,
        householdsVisited: random.int(3, 25),
        issuesFound: issue,
      });
    }
  });
  await writer.insert("OpinionDiaryEntry", diaries);

  const assessments: Row<"CadreAssessment">[] = [];
  drafts.forEach((draft, index) => {
    if (!draft.assessed) return;
    const year = draft.selectedYear;
    const periods: [AssessmentPeriod, Date][] = [
      ["H1", random.date(day(year, 7, 5), day(year, 7, 20))],
      ["H2", random.date(day(year, 12, 10), day(year, 12, 20))],
      ["ANNUAL", random.date(day(year, 12, 21), day(year, 12, 30))],
    ];
    const ability = random.float(-8, 8);
    for (const [period, assessedOn] of periods) {
      if (draft.endOn && assessedOn > draft.endOn && draft.status === "WITHDRAWN") continue;
      const score = Math.max(45, Math.min(99, random.float(74, 92) + ability));
      assessments.push({
        cadreId: ids[index] as number,
        year,
        period,
        score,
        grade: gradeOf(score),
        assessedOn,
        comments: random.chance(0.5)
          ? random.pick(["工作扎实，群众认可度高", "能够较快进入角色", "民情日记记录详实", "需进一步加强调查研究"])
          : null,
      });
    }
  });
  await writer.insert("CadreAssessment", assessments);
}
