// Column labels of the report rows: the Chinese half of the API's own field descriptions
// ("党员数 | Party members living or working in the zone."), kept in step with
// schema/schema.graphql by labels.test.ts. Entity, field and enum labels come from the
// datamodel metadata; plan, metric, rule and record names come with the rows.
import { enumValueLabel } from "../metadata/fields.ts";

export const PROGRESS_LABELS = {
  target: "目标值",
  actual: "完成值",
  ratio: "完成率",
  year: "年度",
  phase: "阶段",
  firstYear: "起始年度",
  lastYear: "截止年度",
  metric: "指标",
  plan: "计划",
  scopeLevel: "统计层级",
  townName: "镇(街道/区)",
  zoneName: "村(区)域",
} as const;

export const SUMMARY_LABELS = {
  headlineMetric: "主要指标",
  metrics: "指标数",
  metricsTargeted: "有目标指标数",
  metricsMet: "达标指标数",
} as const;

/** The scorecard's figures, in the API's column order (server/src/reports/scorecard.ts SCORECARD). */
export const SCORECARD_FIGURES = {
  organisations: "党组织数",
  partyMembers: "党员数",
  serviceCentres: "服务中心数",
  serviceRecords: "服务记录数",
  jointMeetings: "联席会次数",
  followUpsDone: "跟进事项已办结",
  followUpsOpen: "跟进事项未办结",
  opinionsReceived: "民情受理件数",
  opinionsResolved: "民情办结件数",
  gridCases: "网格事件数",
  hostedCadres: "派驻干部数",
  opinionDiaryEntries: "民情日记篇数",
  representativeTours: "巡访次数",
  volunteerTeams: "志愿者队伍数",
  volunteerServices: "志愿服务次数",
  volunteerHours: "志愿服务时长",
  brands: "党建品牌数",
  brandsNamed: "命名品牌数",
  talentTeamsLanded: "落户人才团队数",
  enterprisesWithInstructors: "有指导员企业数",
  ventureProjects: "创业项目数",
  ventureJobs: "带动就业人数",
} as const;

export const SCORECARD_LABELS = {
  townName: "镇(街道/区)",
  zoneCode: "村(区)域编码",
  zoneName: "村(区)域",
  zoneKind: "村(区)域类型",
  economicallyWeak: "经济薄弱村",
  ...SCORECARD_FIGURES,
} as const;

export const VIOLATION_LABELS = {
  ruleLabel: "规则",
  entityLabel: "实体名称",
  recordLabel: "记录",
  fieldLabel: "字段名称",
  detail: "详情",
  enforcement: "执行方式",
  townName: "镇(街道/区)",
  zoneName: "村(区)域",
} as const;

/** RuleEnforcement is an API enum (not in the datamodel). */
export const ENFORCEMENT_LABELS = { REPORT: "仅列出", WRITE: "拒绝写入" } as const;

export const planLabel = (plan: string) => enumValueLabel("ProgrammePlan", plan);
export const metricLabel = (metric: string) => enumValueLabel("TargetMetric", metric);

/** An enum code as English words: "SERVICE_CENTRES" → "Service centres" (as the API's English details word them). */
export function codeWords(code: string): string {
  const words = code.toLowerCase().replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
