// Cross-plan reports for leaders and BI tools: flat, documented rows computed in the
// database (src/reports), each query narrowed to the viewer's town or zone.
import type { ProgrammePlan, TargetMetric, TargetScopeLevel } from "@p181/db";
import { GraphQLError } from "graphql";
import { enumRef } from "../api/enums.ts";
import { requireViewer } from "../auth/guards.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import {
  citySummary,
  phaseProgress,
  planProgress,
  ruleViolations,
  SCORECARD,
  zoneScorecard,
  type Area,
  type ProgressRow,
  type CountedWork,
  type MetricBehind,
  type PlanBehind,
  type RecordsBehind,
  type RuleCount,
  type ScorecardFigure,
  type ScorecardRow,
  type SummaryRow,
  type ToDo,
  type ViolationRow,
  workToDo,
} from "../reports/index.ts";
import type { AreaColumns } from "../sql/located-rows.ts";
import { ruleById, rules, type DomainRule } from "../rules/index.ts";
import { reportArea } from "../auth/scope.ts";

type Types = typeof builder.$inferSchemaTypes;
type Fields<Row> = PothosSchemaTypes.ObjectFieldBuilder<Types, Row>;

/** The viewer's forced area, from the one place scoping is decided. */
function reportScope(context: Context): Area {
  return reportArea(requireViewer(context));
}

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
}

const YEARS = { min: 2000, max: 2100 };

function checkYear(name: string, year: number | null | undefined): number | undefined {
  if (year === null || year === undefined) return undefined;
  if (year < YEARS.min || year > YEARS.max) throw badInput(`${name} must be between ${YEARS.min} and ${YEARS.max}`);
  return year;
}

const optional = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

function areaFields<Row extends AreaColumns>(t: Fields<Row>) {
  return {
    townId: t.int({
      nullable: true,
      description: "镇(街道/区)编号 | Id of the row's town; null for city-level rows.",
      resolve: (row) => row.townId,
    }),
    townCode: t.string({
      nullable: true,
      description: "镇(街道/区)编码 | Code of the row's town.",
      resolve: (row) => row.townCode,
    }),
    townName: t.string({
      nullable: true,
      description: "镇(街道/区) | Name of the row's town.",
      resolve: (row) => row.townName,
    }),
    zoneId: t.int({
      nullable: true,
      description: "村(区)域编号 | Id of the row's zone; null above zone level.",
      resolve: (row) => row.zoneId,
    }),
    zoneCode: t.string({
      nullable: true,
      description: "村(区)域编码 | Code of the row's zone.",
      resolve: (row) => row.zoneCode,
    }),
    zoneName: t.string({
      nullable: true,
      description: "村(区)域 | Name of the row's zone.",
      resolve: (row) => row.zoneName,
    }),
  };
}

const PlanEnum = enumRef("ProgrammePlan");
const MetricEnum = enumRef("TargetMetric");
const LevelEnum = enumRef("TargetScopeLevel");

const EnforcementEnum = builder.enumType("RuleEnforcement", {
  description: "规则执行方式 | What happens to records that break a domain rule.",
  values: {
    WRITE: { value: "write", description: "拒绝写入 | Writes that break the rule are refused." },
    REPORT: { value: "report", description: "仅列出 | Breaches are only listed in the violations report." },
  } as const,
});

const RecordsRef = builder.objectRef<RecordsBehind>("ReportRecords").implement({
  description:
    "明细记录 | The records behind a figure: list the entity with this where (e.g. serviceCentres(where: …)) to see what it counts or sums.",
  fields: (t) => ({
    entity: t.exposeString("entity", {
      nullable: false,
      description: "实体 | Model of the records, e.g. ServiceCentre.",
    }),
    where: t.field({
      type: "JSON",
      nullable: false,
      description:
        '筛选条件 | The entity\'s where input, on its own fields only: { field: { operator: value } }, e.g. { "openedOn": { "gte": "2012-01-01", "lte": "2012-12-31" }, "areaTownId": { "equals": 3 } }.',
      resolve: (records) => records.where,
    }),
  }),
});

const recordsField = <Row extends { records: RecordsBehind | null }>(t: Fields<Row>, description: string) =>
  t.field({ type: RecordsRef, nullable: true, description, resolve: (row) => row.records });

const ProgressRowRef = builder.objectRef<ProgressRow>("PlanProgressRow").implement({
  description:
    "计划进度 | Target against actual for one metric of one plan, in one year (planProgress) or phase (phaseProgress), for the city, a town or a zone.",
  fields: (t) => ({
    plan: t.field({
      type: PlanEnum,
      nullable: false,
      description: "计划 | Plan the metric belongs to.",
      resolve: (row) => row.plan,
    }),
    planLabel: t.exposeString("planLabel", { nullable: false, description: "计划名称 | Chinese name of the plan." }),
    metric: t.field({
      type: MetricEnum,
      nullable: false,
      description: "指标 | Metric measured.",
      resolve: (row) => row.metric,
    }),
    metricLabel: t.exposeString("metricLabel", {
      nullable: false,
      description: "指标名称 | Chinese name of the metric.",
    }),
    year: t.exposeInt("year", { nullable: true, description: "年度 | Year of the row; null on phase rows." }),
    phase: t.exposeInt("phase", {
      nullable: true,
      description: "阶段 | Phase: 1 for 2012-2013 (第一步), 2 for 2014-2015 (第二步); null outside the programme.",
    }),
    phaseLabel: t.exposeString("phaseLabel", { nullable: true, description: "阶段名称 | 第一步 or 第二步." }),
    firstYear: t.exposeInt("firstYear", { nullable: false, description: "起始年度 | First year the row covers." }),
    lastYear: t.exposeInt("lastYear", { nullable: false, description: "截止年度 | Last year the row covers." }),
    scopeLevel: t.field({
      type: LevelEnum,
      nullable: false,
      description: "统计层级 | Whether the row is for the city, a town or a zone.",
      resolve: (row) => row.scopeLevel,
    }),
    scopeCode: t.exposeString("scopeCode", {
      nullable: false,
      description: "范围编码 | CITY, or the town's or zone's code, as in annual targets.",
    }),
    ...areaFields(t),
    target: t.exposeFloat("target", {
      nullable: true,
      description:
        "目标值 | Annual target at this scope (summed over a phase; for stock metrics the phase's last year); null when none is set.",
    }),
    actual: t.exposeFloat("actual", {
      nullable: true,
      description:
        "完成值 | Actual computed from the records as the metric defines; null when the metric cannot be split at this level.",
    }),
    ratio: t.exposeFloat("ratio", {
      nullable: true,
      description: "完成率 | actual / target; null when the target is missing or 0.",
    }),
    records: recordsField(
      t,
      "明细记录 | The records the actual counts or sums; null where the metric cannot be split at this level.",
    ),
  }),
});

const SummaryRowRef = builder.objectRef<SummaryRow>("CitySummaryRow").implement({
  description:
    "全市汇总 | One plan in one year: its headline metric against target, and how many of its targeted metrics were met.",
  fields: (t) => ({
    plan: t.field({ type: PlanEnum, nullable: false, description: "计划 | The plan.", resolve: (row) => row.plan }),
    planLabel: t.exposeString("planLabel", { nullable: false, description: "计划名称 | Chinese name of the plan." }),
    year: t.exposeInt("year", { nullable: false, description: "年度 | Year." }),
    phase: t.exposeInt("phase", { nullable: true, description: "阶段 | Phase of the year (1 or 2)." }),
    phaseLabel: t.exposeString("phaseLabel", { nullable: true, description: "阶段名称 | 第一步 or 第二步." }),
    scopeLevel: t.field({
      type: LevelEnum,
      nullable: false,
      description: "统计层级 | CITY, or the viewer's town or zone.",
      resolve: (row) => row.scopeLevel,
    }),
    scopeCode: t.exposeString("scopeCode", {
      nullable: false,
      description: "范围编码 | CITY, or the town's or zone's code.",
    }),
    ...areaFields(t),
    headlineMetric: t.field({
      type: MetricEnum,
      nullable: false,
      description: "主要指标 | The metric the plan's title counts (e.g. training sessions for 百场讲学).",
      resolve: (row) => row.headlineMetric,
    }),
    headlineMetricLabel: t.exposeString("headlineMetricLabel", {
      nullable: false,
      description: "主要指标名称 | Chinese name of the headline metric.",
    }),
    target: t.exposeFloat("target", {
      nullable: true,
      description: "目标值 | Target of the headline metric; null when none is set.",
    }),
    actual: t.exposeFloat("actual", { nullable: true, description: "完成值 | Actual of the headline metric." }),
    ratio: t.exposeFloat("ratio", {
      nullable: true,
      description: "完成率 | actual / target of the headline metric; null when the target is missing or 0.",
    }),
    metrics: t.exposeInt("metrics", { nullable: false, description: "指标数 | Number of metrics of the plan." }),
    metricsTargeted: t.exposeInt("metricsTargeted", {
      nullable: false,
      description: "有目标指标数 | Metrics of the plan with a target for the year.",
    }),
    metricsMet: t.exposeInt("metricsMet", {
      nullable: false,
      description: "达标指标数 | Targeted metrics whose actual reached the target.",
    }),
    records: recordsField(t, "明细记录 | The records the headline actual counts."),
  }),
});

const ScorecardRowRef = builder.objectRef<ScorecardRow>("ZoneScorecardRow").implement({
  description:
    "村(区)域记分卡 | One zone with the counts of the flagship work and every plan located in it (all years; soft-deleted records excluded).",
  fields: (t) => ({
    ...areaFields(t),
    zoneKind: t.field({
      type: enumRef("ZoneKind"),
      nullable: false,
      description: "村(区)域类型 | Village, community or park.",
      resolve: (row) => row.zoneKind,
    }),
    economicallyWeak: t.boolean({
      nullable: false,
      description: "经济薄弱村 | Whether the zone is an economically weak village.",
      resolve: (row) => row.economicallyWeak,
    }),
    ...Object.fromEntries(
      SCORECARD.map((figure) => {
        const options = {
          nullable: false as const,
          description: `${figure.label} | ${figure.description}`,
          resolve: (row: ScorecardRow) => Number(row[figure.key] ?? 0),
        };
        return [figure.key, figure.type === "Int" ? t.int(options) : t.float(options)];
      }),
    ),
  }),
});

const ScorecardFigureRef = builder.objectRef<ScorecardFigure>("ScorecardFigure").implement({
  description: "记分卡指标 | One column of the zone scorecard: what it counts, and the records behind its cells.",
  fields: (t) => ({
    key: t.exposeString("key", {
      nullable: false,
      description: "字段 | The ZoneScorecardRow field, e.g. partyMembers.",
    }),
    label: t.exposeString("label", { nullable: false, description: "指标 | The column's Chinese label." }),
    description: t.exposeString("description", { nullable: false, description: "说明 | What it counts, in English." }),
    records: t.field({
      type: RecordsRef,
      nullable: false,
      description:
        "明细记录 | The records a cell counts, without its area: add { areaZoneId: { equals: zoneId } } for a zone's cell, or areaTownId (and areaZoneId not null) for a town's subtotal.",
      resolve: (figure) => figure.records,
    }),
  }),
});

const ViolationRowRef = builder.objectRef<ViolationRow>("RuleViolationRow").implement({
  description: "规则违反 | One record breaking one domain rule, found by the same SQL that checks writes.",
  fields: (t) => ({
    ruleId: t.exposeString("ruleId", {
      nullable: false,
      description: "规则编号 | Stable id of the rule, e.g. volunteer-team-min-members.",
    }),
    ruleLabel: t.exposeString("ruleLabel", {
      nullable: false,
      description: "规则 | The rule as users know it, in Chinese.",
    }),
    ruleMessage: t.exposeString("ruleMessage", { nullable: false, description: "规则说明 | The rule in English." }),
    enforcement: t.field({
      type: EnforcementEnum,
      nullable: false,
      description: "执行方式 | Whether writes breaking the rule are refused or only listed.",
      resolve: (row) => row.enforcement,
    }),
    entity: t.exposeString("entity", {
      nullable: false,
      description: "实体 | Model of the violating record, e.g. VolunteerTeam.",
    }),
    entityLabel: t.exposeString("entityLabel", {
      nullable: false,
      description: "实体名称 | Chinese name of the model.",
    }),
    recordId: t.exposeInt("recordId", { nullable: false, description: "记录编号 | Id of the violating record." }),
    recordLabel: t.exposeString("recordLabel", {
      nullable: false,
      description: "记录 | Name or title of the violating record.",
    }),
    field: t.exposeString("field", { nullable: false, description: "字段 | Field the rule is about." }),
    fieldLabel: t.exposeString("fieldLabel", { nullable: false, description: "字段名称 | Chinese name of the field." }),
    detail: t.exposeString("detail", {
      nullable: false,
      description: "详情 | What is wrong, in Chinese with the datamodel's labels, e.g. 现有 7 人.",
    }),
    detailEn: t.exposeString("detailEn", {
      nullable: false,
      description: "详情（英文） | What is wrong, in English, e.g. has 7 members.",
    }),
    values: t.field({
      type: "JSON",
      nullable: false,
      description: '违规数值 | The values the detail quotes, as codes and numbers, e.g. { "members": 7 }.',
      resolve: (row) => row.values,
    }),
    ...areaFields(t),
  }),
});

const DomainRuleRef = builder.objectRef<DomainRule>("DomainRule").implement({
  description: "业务规则 | A domain rule: checked on every write (WRITE) or only listed (REPORT).",
  fields: (t) => ({
    id: t.exposeString("id", { nullable: false, description: "规则编号 | Stable id of the rule." }),
    label: t.exposeString("label", { nullable: false, description: "规则 | The rule in Chinese." }),
    message: t.exposeString("message", { nullable: false, description: "规则说明 | The rule in English." }),
    entity: t.exposeString("entity", { nullable: false, description: "实体 | Model whose records the rule checks." }),
    field: t.exposeString("field", { nullable: false, description: "字段 | Field the rule is about." }),
    enforcement: t.field({
      type: EnforcementEnum,
      nullable: false,
      description: "执行方式 | Refused on write, or only listed.",
      resolve: (rule) => rule.enforcement,
    }),
  }),
});

const RuleCountRef = builder.objectRef<RuleCount>("RuleViolationCount").implement({
  description: "规则违反数 | How many records break one rule.",
  fields: (t) => ({
    ruleId: t.exposeString("ruleId", { nullable: false, description: "规则编号 | Stable id of the rule." }),
    ruleLabel: t.exposeString("ruleLabel", { nullable: false, description: "规则 | The rule in Chinese." }),
    ruleMessage: t.exposeString("ruleMessage", { nullable: false, description: "规则说明 | The rule in English." }),
    entity: t.exposeString("entity", { nullable: false, description: "实体 | Model of the violating records." }),
    entityLabel: t.exposeString("entityLabel", {
      nullable: false,
      description: "实体名称 | Chinese name of the model.",
    }),
    count: t.exposeInt("count", { nullable: false, description: "记录数 | Violating records." }),
    records: recordsField(t, "明细记录 | The violating records by id; null when there are more than 200."),
  }),
});

const CountedWorkRef = builder.objectRef<CountedWork>("CountedWork").implement({
  description: "待办数 | A count of records needing work, and the records.",
  fields: (t) => ({
    count: t.exposeInt("count", { nullable: false, description: "记录数 | Records needing work." }),
    records: t.field({
      type: RecordsRef,
      nullable: false,
      description: "明细记录 | The records counted.",
      resolve: (work) => work.records,
    }),
  }),
});

const MetricBehindRef = builder.objectRef<MetricBehind>("MetricBehind").implement({
  description: "落后指标 | A metric whose actual is below the part of its target due by today.",
  fields: (t) => ({
    metric: t.field({ type: MetricEnum, nullable: false, description: "指标 | The metric.", resolve: (m) => m.metric }),
    metricLabel: t.exposeString("metricLabel", { nullable: false, description: "指标名称 | Chinese name." }),
    target: t.exposeFloat("target", { nullable: false, description: "目标值 | The year's target." }),
    due: t.exposeFloat("due", {
      nullable: false,
      description: "应完成值 | The part of the target due by today: target × the share of the year gone.",
    }),
    actual: t.exposeFloat("actual", { nullable: false, description: "完成值 | Actual so far." }),
  }),
});

const PlanBehindRef = builder.objectRef<PlanBehind>("PlanBehind").implement({
  description: "落后计划 | A plan with metrics behind their targets in the year.",
  fields: (t) => ({
    plan: t.field({ type: PlanEnum, nullable: false, description: "计划 | The plan.", resolve: (p) => p.plan }),
    planLabel: t.exposeString("planLabel", { nullable: false, description: "计划名称 | Chinese name of the plan." }),
    metricsTargeted: t.exposeInt("metricsTargeted", {
      nullable: false,
      description: "有目标指标数 | The plan's metrics with a target in the year at the viewer's level.",
    }),
    metrics: t.field({
      type: [MetricBehindRef],
      nullable: false,
      description: "落后指标 | The metrics behind.",
      resolve: (p) => p.metrics,
    }),
  }),
});

const ToDoRef = builder.objectRef<ToDo>("WorkToDo").implement({
  description:
    "待办工作 | What needs doing in the viewer's area (and a plan officer's plans): rule violations, plans behind target, overdue follow-ups, open public opinions.",
  fields: (t) => ({
    year: t.exposeInt("year", { nullable: false, description: "年度 | The report year the plans are measured in." }),
    pace: t.exposeFloat("pace", {
      nullable: false,
      description: "时间进度 | Share of the year gone by today: 1 for a past year.",
    }),
    plans: t.field({
      type: [PlanEnum],
      nullable: false,
      description: "计划 | The plans the figures cover (a plan officer's, or all).",
      resolve: (todo) => todo.plans,
    }),
    openViolations: t.exposeInt("openViolations", {
      nullable: false,
      description: "违反规则记录数 | Records breaking a domain rule.",
    }),
    violationsByRule: t.field({
      type: [RuleCountRef],
      nullable: false,
      description: "按规则 | Those records per rule.",
      resolve: (todo) => todo.violationsByRule,
    }),
    plansBehind: t.field({
      type: [PlanBehindRef],
      nullable: false,
      description: "落后计划 | Plans with metrics below the part of their target due by today.",
      resolve: (todo) => todo.plansBehind,
    }),
    overdueFollowUps: t.field({
      type: CountedWorkRef,
      nullable: false,
      description: "逾期跟进事项 | Follow-up items of joint meetings, open or in progress, past their due date.",
      resolve: (todo) => todo.overdueFollowUps,
    }),
    openOpinions: t.field({
      type: CountedWorkRef,
      nullable: false,
      description: "未办结民情 | Public opinions received or being handled.",
      resolve: (todo) => todo.openOpinions,
    }),
  }),
});

builder.queryFields((t) => {
  const area = {
    townId: t.arg.int({ description: "镇(街道/区)编号 | Only this town." }),
    zoneId: t.arg.int({ description: "村(区)域编号 | Only this zone." }),
  };
  const progressArgs = {
    plan: t.arg({ type: PlanEnum, description: "计划 | Only this plan." }),
    metric: t.arg({ type: MetricEnum, description: "指标 | Only this metric." }),
    phase: t.arg.int({ description: "阶段 | Only this phase (1: 2012-2013, 2: 2014-2015)." }),
    level: t.arg({
      type: LevelEnum,
      description:
        "统计层级 | Rows per city (default), town or zone; a townId deepens it to at least TOWN, a zoneId to ZONE.",
    }),
    ...area,
  };
  const progressFilter = (args: {
    plan?: string | null;
    metric?: string | null;
    phase?: number | null;
    level?: string | null;
    townId?: number | null;
    zoneId?: number | null;
  }) => ({
    plan: optional(args.plan) as ProgrammePlan | undefined,
    metric: optional(args.metric) as TargetMetric | undefined,
    phase: optional(args.phase),
    level: optional(args.level) as TargetScopeLevel | undefined,
    townId: optional(args.townId),
    zoneId: optional(args.zoneId),
  });

  return {
    planProgress: t.field({
      type: [ProgressRowRef],
      nullable: false,
      description:
        "计划年度进度 | Per plan, metric, year and area: annual target, actual from the records and ratio (2012-2015 unless a year is given).",
      args: { ...progressArgs, year: t.arg.int({ description: "年度 | Only this year." }) },
      resolve: (_root, args, context) =>
        planProgress(
          context.prisma,
          { ...progressFilter(args), year: checkYear("year", args.year) },
          reportScope(context),
        ),
    }),
    phaseProgress: t.field({
      type: [ProgressRowRef],
      nullable: false,
      description:
        "计划阶段进度 | The same per phase: flows summed over the phase, stocks (volunteer teams, instructors) at its end.",
      args: progressArgs,
      resolve: (_root, args, context) => phaseProgress(context.prisma, progressFilter(args), reportScope(context)),
    }),
    citySummary: t.field({
      type: [SummaryRowRef],
      nullable: false,
      description: "全市汇总 | All plans on one page, per year: headline metric against target and metrics met.",
      args: {
        fromYear: t.arg.int({ description: "起始年度 | First year (default 2012)." }),
        toYear: t.arg.int({ description: "截止年度 | Last year (default 2015)." }),
      },
      resolve: (_root, args, context) =>
        citySummary(
          context.prisma,
          { fromYear: checkYear("fromYear", args.fromYear), toYear: checkYear("toYear", args.toYear) },
          reportScope(context),
        ),
    }),
    zoneScorecard: t.field({
      type: [ScorecardRowRef],
      nullable: false,
      description: "村(区)域记分卡 | One row per zone with counts across all plans and the flagship work.",
      args: area,
      resolve: (_root, args, context) =>
        zoneScorecard(
          context.prisma,
          { townId: optional(args.townId), zoneId: optional(args.zoneId) },
          reportScope(context),
        ),
    }),
    ruleViolations: t.field({
      type: [ViolationRowRef],
      nullable: false,
      description:
        "规则违反清单 | Every record breaking a domain rule (a team under 10 members, an unqualified instructor, a cadre never assessed …).",
      args: { ruleId: t.arg.string({ description: "规则编号 | Only this rule (see domainRules)." }), ...area },
      resolve: (_root, args, context) => {
        if (args.ruleId && !ruleById(args.ruleId))
          throw badInput(`Unknown rule ${args.ruleId}; domainRules lists them`);
        return ruleViolations(
          context.prisma,
          { ruleId: optional(args.ruleId), townId: optional(args.townId), zoneId: optional(args.zoneId) },
          reportScope(context),
        );
      },
    }),
    zoneScorecardFigures: t.field({
      type: [ScorecardFigureRef],
      nullable: false,
      description: "记分卡指标 | The zone scorecard's columns, in order, with the records behind their cells.",
      resolve: (_root, _args, context) => {
        requireViewer(context);
        return SCORECARD;
      },
    }),
    workToDo: t.field({
      type: ToDoRef,
      nullable: false,
      description:
        "待办工作 | The dashboard's to-do list for the viewer: their area, and a plan officer's plans; each figure with its records.",
      args: { year: t.arg.int({ description: "年度 | The report year (default: this year, within 2012-2015)." }) },
      resolve: (_root, args, context) => {
        const viewer = requireViewer(context);
        return workToDo(
          context.prisma,
          {
            year: checkYear("year", args.year),
            ...(viewer.role === "PLAN_OFFICER" ? { plans: viewer.plans } : {}),
          },
          reportArea(viewer),
        );
      },
    }),
    domainRules: t.field({
      type: [DomainRuleRef],
      nullable: false,
      description: "业务规则 | Every domain rule, with its id for ruleViolations.",
      resolve: (_root, _args, context) => {
        requireViewer(context);
        return rules;
      },
    }),
  };
});
