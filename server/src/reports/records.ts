// The records behind a report figure: the entity and the filter (the API's `where`, on the
// entity's own columns only, so that a list's address can carry it) that list the rows the
// figure counts or sums. Every bar, scorecard cell and count links to its list this way.
import type { TargetScopeLevel } from "@p181/db";
import type { Area } from "./area.ts";

type Value = string | number | boolean | null;

/** A `where` of the entity's list: `{ field: { operator: value } }`, all of them holding. */
export type Where = Record<string, Record<string, Value | Value[]>>;

export interface RecordsBehind {
  /** Model of the listed records, e.g. ServiceCentre. */
  entity: string;
  where: Where;
}

interface Years {
  firstYear: number;
  lastYear: number;
}

/** How a metric's records are listed: the entity, fixed conditions, and how a period narrows them. */
export interface MetricRecords {
  entity: string;
  where?: Where;
  period: (years: Years) => Where;
}

const first = (years: Years) => `${years.firstYear}-01-01`;
const last = (years: Years) => `${years.lastYear}-12-31`;

/** Rows whose date field falls inside the period. */
export const datedIn =
  (field: string) =>
  (years: Years): Where => ({ [field]: { gte: first(years), lte: last(years) } });

/** Rows whose year field falls inside the period. */
export const yearBetween =
  (field: string) =>
  (years: Years): Where => ({ [field]: { gte: years.firstYear, lte: years.lastYear } });

/** Rows dated on or before the period's end (a stock at the end of the period). */
export const datedBy =
  (field: string) =>
  (years: Years): Where => ({ [field]: { lte: last(years) } });

/** The area condition of a report row: its town or zone (the records' area columns); none for the city. */
export function areaWhere(level: TargetScopeLevel, unit: Area): Where {
  if (level === "ZONE" && unit.zoneId !== undefined) return { areaZoneId: { equals: unit.zoneId } };
  if (level === "TOWN" && unit.townId !== undefined) return { areaTownId: { equals: unit.townId } };
  return {};
}

/** The records behind a figure of a period and area. */
export function recordsOf(records: MetricRecords, years: Years, area: Where): RecordsBehind {
  return { entity: records.entity, where: { ...records.where, ...records.period(years), ...area } };
}
