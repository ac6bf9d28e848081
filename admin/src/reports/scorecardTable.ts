// The scorecard as a table: zones sorted by any column, grouped by town with a subtotal each
// (or one flat ranking), and the total; the page and its Excel export lay out the same lines.
import type { ScorecardRow } from "./queries.ts";

export interface Sort {
  key: string;
  order: "asc" | "desc";
}

export type Line =
  | { kind: "zone"; row: ScorecardRow }
  | { kind: "subtotal"; townId: number; townName: string; values: Record<string, number> }
  | { kind: "total"; values: Record<string, number> };

const collator = new Intl.Collator("zh-CN", { numeric: true });

function compare(a: unknown, b: unknown): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "boolean" || typeof b === "boolean") return Number(a) - Number(b);
  return collator.compare(String(a ?? ""), String(b ?? ""));
}

/** The rows in the column's order, ties by zone code. */
export function sortRows(rows: ScorecardRow[], sort: Sort): ScorecardRow[] {
  const sign = sort.order === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare(a[sort.key], b[sort.key]) || collator.compare(a.zoneCode, b.zoneCode));
}

/** Each figure summed over the rows. */
export function sums(rows: ScorecardRow[], figures: readonly string[]): Record<string, number> {
  return Object.fromEntries(figures.map((f) => [f, rows.reduce((sum, row) => sum + Number(row[f] ?? 0), 0)]));
}

/**
 * The table's lines: zones in the sort's order, with, when grouped, each town's zones followed
 * by the town's subtotal if there are several towns (towns in the order of their subtotals when
 * sorting by a figure, else in the API's order); the total last, when there is more than one zone.
 */
export function scorecardLines(rows: ScorecardRow[], figures: readonly string[], sort: Sort, grouped: boolean): Line[] {
  const sorted = sortRows(rows, sort);
  const lines: Line[] = [];
  if (!grouped) lines.push(...sorted.map((row): Line => ({ kind: "zone", row })));
  else {
    const towns = [...new Map(rows.map((row) => [row.townId, row.townName])).entries()].map(([townId, townName]) => {
      const zones = sorted.filter((row) => row.townId === townId);
      return { townId, townName, zones, values: sums(zones, figures) };
    });
    if (figures.includes(sort.key)) {
      const sign = sort.order === "asc" ? 1 : -1;
      towns.sort((a, b) => sign * ((a.values[sort.key] ?? 0) - (b.values[sort.key] ?? 0)));
    } else if (sort.key === "townName") {
      const sign = sort.order === "asc" ? 1 : -1;
      towns.sort((a, b) => sign * collator.compare(a.townName, b.townName));
    }
    for (const town of towns) {
      lines.push(...town.zones.map((row): Line => ({ kind: "zone", row })));
      // One town's subtotal would only repeat the total.
      if (towns.length > 1)
        lines.push({ kind: "subtotal", townId: town.townId, townName: town.townName, values: town.values });
    }
  }
  if (rows.length > 1) lines.push({ kind: "total", values: sums(rows, figures) });
  return lines;
}
