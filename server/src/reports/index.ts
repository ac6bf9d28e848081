// Cross-plan reports, computed in the database. Each takes the user's filter and a forced
// scope (the viewer's town or zone) that narrows it.
export { mergeArea, type Area } from "./area.ts";
export { HEADLINE_METRIC, METRICS, type MetricDefinition } from "./metrics.ts";
export { phaseProgress, planProgress, type ProgressFilter, type ProgressRow } from "./progress.ts";
export { SCORECARD, zoneScorecard, type ScorecardFigure, type ScorecardRow } from "./scorecard.ts";
export { citySummary, type SummaryFilter, type SummaryRow } from "./summary.ts";
export { ruleViolations, type ViolationReportFilter, type ViolationRow } from "./violations.ts";
export {
  paceOf,
  reportYear,
  workToDo,
  type CountedWork,
  type MetricBehind,
  type PlanBehind,
  type RuleCount,
  type ToDo,
  type ToDoFilter,
} from "./todo.ts";
export type { RecordsBehind, Where } from "./records.ts";
