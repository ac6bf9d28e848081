// The report queries the dashboard and the report pages run, their row types, and a hook
// that runs one and re-runs it when its variables change.
import { useEffect, useState } from "react";
import type {
  CitySummaryRow,
  PlanProgressRow,
  RuleViolationRow,
  ScorecardFigure as ScorecardFigureRow,
  WorkToDo,
} from "@p181/schema/graphql";
import type { Records } from "./drilldown.ts";
import { useGraphQL, type Variables } from "../graphql/request.ts";

const AREA = "townId townCode townName zoneId zoneCode zoneName";
const RECORDS = "records { entity where }";

/** Rows as the SDL defines them (generated types in @p181/schema/graphql), cut to what we select. */
export type ProgressRow = Pick<
  PlanProgressRow,
  | "plan"
  | "planLabel"
  | "metric"
  | "metricLabel"
  | "year"
  | "phase"
  | "phaseLabel"
  | "firstYear"
  | "lastYear"
  | "scopeLevel"
  | "scopeCode"
  | "target"
  | "actual"
  | "ratio"
  | "townId"
  | "townName"
  | "zoneId"
  | "zoneName"
> & { records: Records | null };

export type SummaryRow = Pick<
  CitySummaryRow,
  | "plan"
  | "planLabel"
  | "year"
  | "phase"
  | "headlineMetric"
  | "headlineMetricLabel"
  | "target"
  | "actual"
  | "ratio"
  | "metrics"
  | "metricsTargeted"
  | "metricsMet"
  | "scopeLevel"
  | "townName"
  | "zoneName"
> & { records: Records | null };

export type ScorecardRow = {
  townId: number;
  townName: string;
  zoneId: number;
  zoneCode: string;
  zoneName: string;
  zoneKind: string;
  economicallyWeak: boolean;
} & Record<string, number | string | boolean>;

export type ViolationRow = Pick<
  RuleViolationRow,
  | "ruleId"
  | "ruleLabel"
  | "ruleMessage"
  | "enforcement"
  | "entity"
  | "entityLabel"
  | "field"
  | "fieldLabel"
  | "recordId"
  | "recordLabel"
  | "detail"
  | "detailEn"
  | "townName"
  | "zoneName"
>;

export type ScorecardFigure = Pick<ScorecardFigureRow, "key" | "label"> & { records: Records };

/** The dashboard's to-do list (workToDo), as selected by WORK_TO_DO. */
export type ToDo = Pick<WorkToDo, "year" | "pace" | "plans" | "openViolations"> & {
  violationsByRule: {
    ruleId: string;
    ruleLabel: string;
    ruleMessage: string;
    entity: string;
    count: number;
    records: Records | null;
  }[];
  plansBehind: {
    plan: string;
    planLabel: string;
    metricsTargeted: number;
    metrics: { metric: string; metricLabel: string; target: number; due: number; actual: number }[];
  }[];
  overdueFollowUps: { count: number; records: Records };
  openOpinions: { count: number; records: Records };
};

export interface DomainRule {
  id: string;
  label: string;
  message: string;
  entity: string;
  enforcement: "REPORT" | "WRITE";
}

const PROGRESS = `plan planLabel metric metricLabel year phase phaseLabel firstYear lastYear scopeLevel scopeCode target actual ratio ${AREA} ${RECORDS}`;

export const CITY_SUMMARY = `query ($fromYear: Int, $toYear: Int) { rows: citySummary(fromYear: $fromYear, toYear: $toYear) {
  plan planLabel year phase headlineMetric headlineMetricLabel target actual ratio metrics metricsTargeted metricsMet scopeLevel ${AREA} ${RECORDS} } }`;

export const PLAN_PROGRESS = `query ($plan: ProgrammePlan, $level: TargetScopeLevel, $townId: Int, $year: Int, $metric: TargetMetric) {
  rows: planProgress(plan: $plan, level: $level, townId: $townId, year: $year, metric: $metric) { ${PROGRESS} } }`;

export const PHASE_PROGRESS = `query ($plan: ProgrammePlan, $level: TargetScopeLevel, $townId: Int) {
  rows: phaseProgress(plan: $plan, level: $level, townId: $townId) { ${PROGRESS} } }`;

export function zoneScorecardQuery(figures: string[]): string {
  return `query ($townId: Int) { rows: zoneScorecard(townId: $townId) { ${AREA} zoneKind economicallyWeak ${figures.join(" ")} } }`;
}

export const RULE_VIOLATIONS = `query ($ruleId: String, $townId: Int) { rows: ruleViolations(ruleId: $ruleId, townId: $townId) {
  ruleId ruleLabel ruleMessage enforcement entity entityLabel field fieldLabel recordId recordLabel detail detailEn ${AREA} } }`;

export const DOMAIN_RULES = `{ rows: domainRules { id label message entity enforcement } }`;

export const SCORECARD_FIGURES = `{ rows: zoneScorecardFigures { key label ${RECORDS} } }`;

export const WORK_TO_DO = `{ rows: workToDo { year pace plans openViolations
  violationsByRule { ruleId ruleLabel ruleMessage entity count ${RECORDS} }
  plansBehind { plan planLabel metricsTargeted metrics { metric metricLabel target due actual } }
  overdueFollowUps { count ${RECORDS} } openOpinions { count ${RECORDS} } } }`;

export interface Report<T> {
  /** The rows of the last answer: none before the first one, nor after an error. */
  rows: T[];
  error: string | null;
  loading: boolean;
}

/**
 * Runs a report query (`rows: …`) now and whenever its variables change; null variables wait.
 * A query answering one object (workToDo) gives it as the one row.
 */
export function useReport<T>(document: string, variables: Variables | null): Report<T> {
  const requester = useGraphQL();
  const [state, setState] = useState<Report<T>>({ rows: [], error: null, loading: true });
  const key = variables === null ? null : JSON.stringify(variables);
  useEffect(() => {
    if (key === null) return;
    let live = true;
    setState((current) => ({ ...current, loading: true }));
    requester
      .query<{ rows: T[] | T }>(document, JSON.parse(key))
      .then((data) => {
        if (live) setState({ rows: Array.isArray(data.rows) ? data.rows : [data.rows], error: null, loading: false });
      })
      .catch((error: Error) => {
        if (live) setState({ rows: [], error: error.message, loading: false });
      });
    return () => {
      live = false;
    };
  }, [document, key, requester]);
  return state;
}
