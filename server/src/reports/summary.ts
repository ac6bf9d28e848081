// All plans on one page: per plan and year, the plan's headline metric against its target,
// and how many of the plan's targeted metrics were met.
import type { AreaColumns } from "../sql/located-rows.ts";
import { Prisma, type ProgrammePlan, type TargetMetric, type TargetScopeLevel } from "@p181/db";
import { enumLabel, PHASES, phaseOfYear } from "@p181/schema";
import type { SqlClient } from "../sql/client.ts";
import type { Area } from "./area.ts";
import { metricRecords, progressQuery, progressSql, scopeCodeOf, yearPeriods } from "./progress.ts";
import type { RecordsBehind } from "./records.ts";

export interface SummaryFilter {
  fromYear?: number;
  toYear?: number;
}

export interface SummaryRow extends AreaColumns {
  plan: ProgrammePlan;
  planLabel: string;
  year: number;
  phase: number | null;
  phaseLabel: string | null;
  scopeLevel: TargetScopeLevel;
  scopeCode: string;
  headlineMetric: TargetMetric;
  headlineMetricLabel: string;
  target: number | null;
  actual: number | null;
  ratio: number | null;
  metrics: number;
  metricsTargeted: number;
  metricsMet: number;
  /** The records the headline actual counts. */
  records: RecordsBehind | null;
}

type RawSummaryRow = Omit<
  SummaryRow,
  "planLabel" | "phase" | "phaseLabel" | "scopeLevel" | "scopeCode" | "headlineMetricLabel" | "records"
>;

/**
 * Per plan and year, for the city, or for the forced town or zone scope: the headline
 * metric's target, actual and ratio; the number of the plan's metrics, of those with a
 * target, and of those whose actual reached the target.
 */
export async function citySummary(
  client: SqlClient,
  filter: SummaryFilter = {},
  scope: Area = {},
): Promise<SummaryRow[]> {
  const query = progressQuery({}, scope, yearPeriods(filter));
  if (!query) return [];
  const rows = await client.$queryRaw<RawSummaryRow[]>(Prisma.sql`
    SELECT x.plan, x.period AS year, x."townId", x."townCode", x."townName", x."zoneId", x."zoneCode", x."zoneName",
           max(x.metric) FILTER (WHERE x.headline) AS "headlineMetric",
           max(x.target) FILTER (WHERE x.headline) AS target,
           max(x.actual) FILTER (WHERE x.headline) AS actual,
           max(x.ratio) FILTER (WHERE x.headline) AS ratio,
           count(*)::int AS metrics,
           count(x.target)::int AS "metricsTargeted",
           (count(*) FILTER (WHERE x.actual >= x.target))::int AS "metricsMet"
    FROM (${progressSql(query)}) x
    GROUP BY x.plan, x.period, x."townId", x."townCode", x."townName", x."zoneId", x."zoneCode", x."zoneName"
    ORDER BY min(x.ordinal), x.period, x."townCode", x."zoneCode"`);
  return rows.map((row) => {
    const phase = phaseOfYear(row.year) ?? null;
    return {
      ...row,
      planLabel: enumLabel("ProgrammePlan", row.plan),
      phase,
      phaseLabel: PHASES.find((p) => p.phase === phase)?.label ?? null,
      scopeLevel: query.level,
      scopeCode: scopeCodeOf(query.level, row),
      headlineMetricLabel: enumLabel("TargetMetric", row.headlineMetric),
      records: metricRecords(row.headlineMetric, { firstYear: row.year, lastYear: row.year }, query.level, row),
    };
  });
}
