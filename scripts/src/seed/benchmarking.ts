// Benchmarking (标杆管理) in the organisation department: offices choose leading peer units,
// compare indicators, draw up catch-up plans tied to their pledge letters, and are evaluated
// by themselves, by the open appraisal of the department and by its leaders.
import type { CatchUpStatus, EvaluationSource } from "@p181/db";
import { addDays, AS_OF, day, earliest, latest, PROGRAMME_YEARS, yearStart } from "./calendar.ts";
import type { SeedContext } from "./context.ts";
import { anyPersonName } from "./names.ts";
import { DEPARTMENT_BRANCH_NAME } from "./organisations.ts";
import { plannedCount } from "./targets.ts";
import type { Row } from "./writer.ts";

interface IndicatorPlan {
  name: string;
  unit: string;
  baseline: number;
  benchmark: number;
  higherIsBetter: boolean;
}

const OFFICES: readonly { code: string; name: string; areas: readonly string[] }[] = [
  { code: "KS01", name: "办公室", areas: ["信息宣传", "组织工作调研", "机关效能建设"] },
  { code: "KS02", name: "组织科", areas: ["基层组织建设", "党员发展和管理", "村(区)域党建"] },
  { code: "KS03", name: "干部一科", areas: ["干部选拔任用", "年轻干部培养"] },
  { code: "KS04", name: "干部二科", areas: ["干部考核评价", "干部教育培训"] },
  { code: "KS05", name: "干部监督科", areas: ["干部监督", "选人用人满意度"] },
  { code: "KS06", name: "人才工作科", areas: ["高层次人才引进", "人才载体建设"] },
  { code: "KS07", name: "党员电教中心", areas: ["党员远程教育", "党建信息化"] },
  { code: "KS08", name: "组织员办公室", areas: ["非公企业党建", "社会组织党建"] },
];
const BENCHMARK_UNITS = [
  "张家港市委组织部",
  "昆山市委组织部",
  "江阴市委组织部",
  "常熟市委组织部",
  "太仓市委组织部",
  "宜兴市委组织部",
  "浙江省义乌市委组织部",
  "海门市委组织部",
  "溧阳市委组织部",
  "句容市委组织部",
];
const INDICATORS: readonly IndicatorPlan[] = [
  { name: "基层党组织书记培训覆盖率", unit: "%", baseline: 78, benchmark: 100, higherIsBetter: true },
  { name: "非公企业党组织覆盖率", unit: "%", baseline: 72, benchmark: 95, higherIsBetter: true },
  { name: "年度引进高层次人才团队数", unit: "个", baseline: 12, benchmark: 40, higherIsBetter: true },
  { name: "党员电教站点覆盖率", unit: "%", baseline: 85, benchmark: 100, higherIsBetter: true },
  { name: "选人用人工作满意度", unit: "%", baseline: 86, benchmark: 96, higherIsBetter: true },
  { name: "群众来信来访件数", unit: "件", baseline: 120, benchmark: 60, higherIsBetter: false },
  { name: "村级集体经济收入50万元以上村占比", unit: "%", baseline: 35, benchmark: 70, higherIsBetter: true },
  { name: "办件平均办理时限", unit: "天", baseline: 12, benchmark: 5, higherIsBetter: false },
  { name: "组工信息省级采用篇数", unit: "篇", baseline: 15, benchmark: 45, higherIsBetter: true },
  { name: "年轻干部占科级干部比例", unit: "%", baseline: 18, benchmark: 30, higherIsBetter: true },
];

export async function seedBenchmarking({ writer, random: root, world }: SeedContext): Promise<void> {
  const random = root.fork("benchmarking");
  const officeIds = await writer.insert(
    "Office",
    OFFICES.map((office) => ({ code: office.code, name: office.name, headName: anyPersonName(random) })),
  );
  const benchmarks: {
    officeIndex: number;
    workArea: string;
    selectedOn: Date;
    reviewedOn: Date | null;
    active: boolean;
    indicators: IndicatorPlan[];
  }[] = [];
  for (const year of PROGRAMME_YEARS) {
    for (let n = plannedCount("BENCHMARKS_SET", year); n > 0; n--) {
      const officeIndex = random.int(0, OFFICES.length - 1);
      const selectedOn = random.date(day(year, 1, 15), day(year, 11, 30));
      const reviewedOn = random.chance(0.6) ? earliest(addDays(selectedOn, random.int(180, 540)), AS_OF) : null;
      benchmarks.push({
        officeIndex,
        workArea: random.pick(OFFICES[officeIndex]?.areas ?? ["综合"]),
        selectedOn,
        reviewedOn,
        active: !reviewedOn || random.chance(0.8),
        indicators: random.sample(INDICATORS, random.int(2, 4)),
      });
    }
  }
  benchmarks.sort((a, b) => a.selectedOn.getTime() - b.selectedOn.getTime());
  const benchmarkIds = await writer.insert(
    "Benchmark",
    benchmarks.map((benchmark) => {
      const unit = random.pick(BENCHMARK_UNITS);
      return {
        officeId: officeIds[benchmark.officeIndex] as number,
        workArea: benchmark.workArea,
        benchmarkUnit: unit,
        bestPractice: `${unit}在${benchmark.workArea}方面${random.pick(["建立全程纪实制度", "推行项目化管理", "实行积分量化考核", "打造信息化管理平台", "建立双向承诺机制"])}，成效走在全省前列。`,
        selectedOn: benchmark.selectedOn,
        reviewedOn: benchmark.reviewedOn,
        active: benchmark.active,
      };
    }),
  );
  const indicatorRows: Row<"BenchmarkIndicator">[] = [];
  const indicatorOwners: { benchmarkIndex: number; plan: IndicatorPlan; target: number }[] = [];
  benchmarks.forEach((benchmark, benchmarkIndex) => {
    for (const plan of benchmark.indicators) {
      const target = Math.round((plan.baseline + (plan.benchmark - plan.baseline) * random.float(0.7, 1)) * 100) / 100;
      indicatorOwners.push({ benchmarkIndex, plan, target });
      indicatorRows.push({
        benchmarkId: benchmarkIds[benchmarkIndex] as number,
        name: plan.name,
        unit: plan.unit,
        baseline: plan.baseline,
        target,
        benchmarkValue: plan.benchmark,
        higherIsBetter: plan.higherIsBetter,
      });
    }
  });
  const indicatorIds = await writer.insert("BenchmarkIndicator", indicatorRows);

  const department = world.organisations.find((organisation) => organisation.name === DEPARTMENT_BRANCH_NAME);
  const pledges = department ? world.pledgeLetters.get(department.id) : undefined;
  const plans: Row<"CatchUpPlan">[] = [];
  for (const year of PROGRAMME_YEARS) {
    const chosen = benchmarks
      .map((benchmark, index) => ({ benchmark, index }))
      .filter(({ benchmark }) => benchmark.selectedOn <= day(year, 10, 31));
    for (let n = plannedCount("CATCH_UP_PLANS", year); n > 0; n--) {
      const { benchmark, index } = random.pick(chosen);
      const startOn = random.date(latest(addDays(benchmark.selectedOn, 15), yearStart(year)), day(year, 12, 15));
      const endOn = addDays(startOn, random.int(180, 540));
      const status: CatchUpStatus =
        endOn <= AS_OF ? random.weighted<CatchUpStatus>({ ACHIEVED: 65, NOT_ACHIEVED: 35 }) : "IN_PROGRESS";
      plans.push({
        benchmarkId: benchmarkIds[index] as number,
        title: `${year}年${benchmark.workArea}赶超计划`,
        measures: random
          .sample(
            ["学习考察标杆单位", "制定任务分解表", "每季度对照分析差距", "借鉴标杆经验修订制度", "开展专项攻坚"],
            3,
          )
          .join("；"),
        startOn,
        endOn,
        status,
        pledgeLetterId: random.chance(0.7) ? (pledges?.get(year) ?? null) : null,
      });
    }
  }
  plans.sort((a, b) => (a.startOn as Date).getTime() - (b.startOn as Date).getTime());
  await writer.insert("CatchUpPlan", plans);

  const evaluations: Row<"BenchmarkEvaluation">[] = [];
  indicatorOwners.forEach(({ benchmarkIndex, plan, target }, index) => {
    const benchmark = benchmarks[benchmarkIndex];
    if (!benchmark) return;
    for (const year of PROGRAMME_YEARS) {
      for (const half of ["H1", "H2"] as const) {
        const evaluatedOn =
          half === "H1"
            ? random.date(day(year, 7, 1), day(year, 7, 20))
            : random.date(day(year, 12, 15), day(year, 12, 30));
        if (evaluatedOn < addDays(benchmark.selectedOn, 90)) continue;
        const progress = Math.min(
          1.1,
          (evaluatedOn.getTime() - benchmark.selectedOn.getTime()) / (730 * 86_400_000) + random.float(-0.1, 0.15),
        );
        const actualValue = Math.round((plan.baseline + (target - plan.baseline) * progress) * 100) / 100;
        const source: EvaluationSource =
          half === "H1" ? "SELF" : random.pick<EvaluationSource>(["OPEN_APPRAISAL", "LEADERSHIP"]);
        const score = Math.max(55, Math.min(99, 70 + progress * 25 + random.float(-5, 5)));
        evaluations.push({
          benchmarkId: benchmarkIds[benchmarkIndex] as number,
          indicatorId: indicatorIds[index] as number,
          evaluatedOn,
          period: `${year}${half}`,
          actualValue,
          score: Math.round(score * 100) / 100,
          source,
          comments: random.chance(0.4)
            ? random.pick(["与标杆差距明显缩小", "进度滞后，需加大力度", "已达到标杆水平", "开门评部意见已整改落实"])
            : null,
        });
      }
    }
  });
  evaluations.sort((a, b) => (a.evaluatedOn as Date).getTime() - (b.evaluatedOn as Date).getTime());
  await writer.insert("BenchmarkEvaluation", evaluations);
}
