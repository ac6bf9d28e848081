// Target against actual per plan, metric, period and area unit, computed in one SQL query:
// yearly (planProgress) or per phase (phaseProgress).
import type { AreaColumns } from "../sql/located-rows.ts";
import { Prisma, TargetMetric, type ProgrammePlan, type TargetScopeLevel } from "@p181/db";
import {
  CITY_SCOPE_CODE,
  enumLabel,
  PHASES,
  phaseOfYear,
  PROGRAMME_FIRST_YEAR,
  PROGRAMME_LAST_YEAR,
} from "@p181/schema";
import { METRIC_PLAN } from "@p181/schema";
import type { SqlClient } from "../sql/client.ts";
import { levelFor, mergeArea, type Area } from "./area.ts";
import { HEADLINE_METRIC, METRICS } from "./metrics.ts";
import { areaWhere, recordsOf, type RecordsBehind } from "./records.ts";

export interface ProgressFilter extends Area {
  plan?: ProgrammePlan;
  metric?: TargetMetric;
  year?: number;
  phase?: number;
  /** Cut rows by city (default), town or zone; a town or zone filter deepens it. */
  level?: TargetScopeLevel;
}

export interface ProgressRow extends AreaColumns {
  plan: ProgrammePlan;
  planLabel: string;
  metric: TargetMetric;
  metricLabel: string;
  /** The year, on yearly rows; null on phase rows. */
  year: number | null;
  phase: number | null;
  phaseLabel: string | null;
  firstYear: number;
  lastYear: number;
  scopeLevel: TargetScopeLevel;
  scopeCode: string;
  target: number | null;
  actual: number | null;
  ratio: number | null;
  /** The records the actual counts; null where the metric cannot be split at this level. */
  records: RecordsBehind | null;
}

export interface Period {
  key: number;
  firstYear: number;
  lastYear: number;
}

export interface ProgressQuery {
  periods: Period[];
  metrics: TargetMetric[];
  level: TargetScopeLevel;
  area: Area;
}

/** The raw rows of progressSql. */
export interface RawProgressRow extends AreaColumns {
  plan: ProgrammePlan;
  metric: TargetMetric;
  ordinal: number;
  headline: boolean;
  period: number;
  firstYear: number;
  lastYear: number;
  target: number | null;
  actual: number | null;
  ratio: number | null;
}

const ALL_METRICS = Object.values(TargetMetric);

/** Years of the programme, narrowed to a year, a phase, or a range. */
export function yearPeriods({
  year,
  phase,
  fromYear,
  toYear,
}: {
  year?: number;
  phase?: number;
  fromYear?: number;
  toYear?: number;
}): Period[] {
  const first = year ?? fromYear ?? PROGRAMME_FIRST_YEAR;
  const last = year ?? toYear ?? PROGRAMME_LAST_YEAR;
  const periods: Period[] = [];
  for (let y = first; y <= last && periods.length < 100; y++) {
    if (phase === undefined || phaseOfYear(y) === phase) periods.push({ key: y, firstYear: y, lastYear: y });
  }
  return periods;
}

export function phasePeriods(phase?: number): Period[] {
  return PHASES.filter((p) => phase === undefined || p.phase === phase).map((p) => ({
    key: p.phase,
    firstYear: p.firstYear,
    lastYear: p.lastYear,
  }));
}

export function metricsOf(filter: { plan?: ProgrammePlan; metric?: TargetMetric }): TargetMetric[] {
  return ALL_METRICS.filter(
    (m) => (!filter.plan || METRIC_PLAN[m] === filter.plan) && (!filter.metric || m === filter.metric),
  );
}

/** The expression a record's row is grouped by at this level, or null when the metric has no such split. */
function unitOf(metric: TargetMetric, level: TargetScopeLevel): Prisma.Sql | null {
  if (level === "CITY") return Prisma.sql`0`;
  return level === "TOWN" ? METRICS[metric].townId : METRICS[metric].zoneId;
}

function unitsSql(level: TargetScopeLevel, area: Area): Prisma.Sql {
  const town = area.townId !== undefined ? area.townId : null;
  const zone = area.zoneId !== undefined ? area.zoneId : null;
  if (level === "CITY") return Prisma.sql`SELECT NULL::int AS "townId", NULL::int AS "zoneId", 0 AS unit`;
  if (level === "TOWN") {
    return Prisma.sql`SELECT t.id AS "townId", NULL::int AS "zoneId", t.id AS unit FROM "Town" t
      WHERE t."deletedAt" IS NULL ${town !== null ? Prisma.sql`AND t.id = ${town}::int` : Prisma.empty}`;
  }
  return Prisma.sql`SELECT z."townId", z.id AS "zoneId", z.id AS unit FROM "Zone" z
    WHERE z."deletedAt" IS NULL
      ${town !== null ? Prisma.sql`AND z."townId" = ${town}::int` : Prisma.empty}
      ${zone !== null ? Prisma.sql`AND z.id = ${zone}::int` : Prisma.empty}`;
}

function actualsSql(metrics: TargetMetric[], level: TargetScopeLevel): Prisma.Sql {
  const parts = metrics.flatMap((metric) => {
    const unit = unitOf(metric, level);
    if (!unit) return [];
    const m = METRICS[metric];
    return [
      Prisma.sql`SELECT ${metric}::text AS metric, p.key AS period, ${unit} AS unit, (${m.value})::float8 AS value
        FROM ${m.from} CROSS JOIN periods p
        WHERE ${m.where} AND ${m.inPeriod} AND ${unit} IN (SELECT unit FROM units)
        GROUP BY 2, 3`,
    ];
  });
  if (parts.length === 0)
    return Prisma.sql`SELECT NULL::text AS metric, NULL::int AS period, NULL::int AS unit, NULL::float8 AS value WHERE false`;
  return Prisma.join(parts, " UNION ALL ");
}

function targetUnit(level: TargetScopeLevel): Prisma.Sql {
  if (level === "CITY") return Prisma.sql`0`;
  return level === "TOWN" ? Prisma.sql`t."townId"` : Prisma.sql`t."zoneId"`;
}

/**
 * One row per (metric, period, unit): the target (AnnualTarget at the same scope level;
 * summed over a phase, or the phase's last year for stock metrics), the actual computed
 * from the records (null when the metric cannot be split at this level) and their ratio.
 */
export function progressSql({ periods, metrics, level, area }: ProgressQuery): Prisma.Sql {
  const metricRows = Prisma.join(
    metrics.map(
      (metric) =>
        Prisma.sql`(${metric}::text, ${METRIC_PLAN[metric]}::text, ${ALL_METRICS.indexOf(metric)}::int, ${METRICS[metric].overPhase}::text,
          ${HEADLINE_METRIC[METRIC_PLAN[metric]] === metric}::boolean, ${unitOf(metric, level) !== null}::boolean)`,
    ),
  );
  const periodRows = Prisma.join(
    periods.map((p) => Prisma.sql`(${p.key}::int, ${p.firstYear}::int, ${p.lastYear}::int)`),
  );
  return Prisma.sql`
    WITH periods(key, "firstYear", "lastYear") AS (VALUES ${periodRows}),
    metrics(metric, plan, ordinal, "overPhase", headline, applicable) AS (VALUES ${metricRows}),
    units AS (${unitsSql(level, area)}),
    actuals AS (${actualsSql(metrics, level)}),
    targets AS (
      SELECT m.metric, p.key AS period, ${targetUnit(level)} AS unit,
             (CASE WHEN m."overPhase" = 'last' THEN sum(t.value) FILTER (WHERE t.year = p."lastYear") ELSE sum(t.value) END)::float8 AS target
      FROM "AnnualTarget" t
      JOIN metrics m ON m.metric = t.metric::text AND m.plan = t.plan::text
      JOIN periods p ON t.year BETWEEN p."firstYear" AND p."lastYear"
      WHERE t."deletedAt" IS NULL AND t."scopeLevel"::text = ${level}::text
      GROUP BY m.metric, m."overPhase", p.key, 3
    )
    SELECT m.plan, m.metric, m.ordinal, m.headline, p.key AS period, p."firstYear", p."lastYear",
           u."townId", tw.code AS "townCode", tw.name AS "townName", u."zoneId", zn.code AS "zoneCode", zn.name AS "zoneName",
           tg.target,
           CASE WHEN m.applicable THEN COALESCE(a.value, 0) END AS actual,
           CASE WHEN m.applicable AND tg.target > 0 THEN COALESCE(a.value, 0) / tg.target END AS ratio
    FROM metrics m CROSS JOIN periods p CROSS JOIN units u
    LEFT JOIN actuals a ON a.metric = m.metric AND a.period = p.key AND a.unit = u.unit
    LEFT JOIN targets tg ON tg.metric = m.metric AND tg.period = p.key AND tg.unit = u.unit
    LEFT JOIN "Town" tw ON tw.id = u."townId"
    LEFT JOIN "Zone" zn ON zn.id = u."zoneId"
    ORDER BY m.ordinal, p.key, tw.code, zn.code`;
}

/** The records behind a metric's actual in a period and area unit, or null where it cannot be split there. */
export function metricRecords(
  metric: TargetMetric,
  years: { firstYear: number; lastYear: number },
  level: TargetScopeLevel,
  unit: { townId: number | null; zoneId: number | null },
): RecordsBehind | null {
  if (!unitOf(metric, level)) return null;
  const area = areaWhere(level, { townId: unit.townId ?? undefined, zoneId: unit.zoneId ?? undefined });
  return recordsOf(METRICS[metric].records, years, area);
}

/** The query for a filter within a forced scope, or null when nothing is visible. */
export function progressQuery(filter: ProgressFilter, scope: Area, periods: Period[]): ProgressQuery | null {
  const area = mergeArea(filter, scope);
  const metrics = metricsOf(filter);
  if (!area || metrics.length === 0 || periods.length === 0) return null;
  return { periods, metrics, level: levelFor(area, filter.level), area };
}

export function scopeCodeOf(
  level: TargetScopeLevel,
  row: { townCode: string | null; zoneCode: string | null },
): string {
  if (level === "CITY") return CITY_SCOPE_CODE;
  return (level === "TOWN" ? row.townCode : row.zoneCode) ?? "";
}

function toRow(raw: RawProgressRow, level: TargetScopeLevel, byPhase: boolean): ProgressRow {
  const phase = byPhase ? raw.period : (phaseOfYear(raw.period) ?? null);
  return {
    plan: raw.plan,
    planLabel: enumLabel("ProgrammePlan", raw.plan),
    metric: raw.metric,
    metricLabel: enumLabel("TargetMetric", raw.metric),
    year: byPhase ? null : raw.period,
    phase,
    phaseLabel: PHASES.find((p) => p.phase === phase)?.label ?? null,
    firstYear: raw.firstYear,
    lastYear: raw.lastYear,
    scopeLevel: level,
    scopeCode: scopeCodeOf(level, raw),
    townId: raw.townId,
    townCode: raw.townCode,
    townName: raw.townName,
    zoneId: raw.zoneId,
    zoneCode: raw.zoneCode,
    zoneName: raw.zoneName,
    target: raw.target,
    actual: raw.actual,
    ratio: raw.ratio,
    records: metricRecords(raw.metric, raw, level, raw),
  };
}

async function run(client: SqlClient, query: ProgressQuery | null, byPhase: boolean): Promise<ProgressRow[]> {
  if (!query) return [];
  const rows = await client.$queryRaw<RawProgressRow[]>(progressSql(query));
  return rows.map((row) => toRow(row, query.level, byPhase));
}

/** Per plan, metric, year and area unit: target, actual and ratio. */
export function planProgress(client: SqlClient, filter: ProgressFilter = {}, scope: Area = {}): Promise<ProgressRow[]> {
  return run(client, progressQuery(filter, scope, yearPeriods(filter)), false);
}

/** The same per phase (第一步 2012-2013, 第二步 2014-2015). */
export function phaseProgress(
  client: SqlClient,
  filter: Omit<ProgressFilter, "year"> = {},
  scope: Area = {},
): Promise<ProgressRow[]> {
  return run(client, progressQuery(filter, scope, phasePeriods(filter.phase)), true);
}
