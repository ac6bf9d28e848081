// The violations report: every violating record of the chosen rules, with a label and its
// town and zone, filtered by area; the same SQL as the write checks.
import type { AreaColumns } from "../sql/located-rows.ts";
import { Prisma } from "@p181/db";
import { recordLabel, recordPlace } from "./records.ts";
import { ident } from "../sql/fragments.ts";
import type { SqlClient } from "../sql/client.ts";
import type { Bilingual, DetailValues } from "./detail.ts";
import type { DomainRule } from "./types.ts";

export interface ViolationFilter {
  ruleIds?: string[];
  townId?: number;
  zoneId?: number;
}

export interface ListedViolation extends AreaColumns {
  rule: DomainRule;
  recordId: number;
  recordLabel: string;
  /** What is wrong, in Chinese and English (rule.detail of the values). */
  detail: Bilingual;
  values: DetailValues;
}

function located(rule: DomainRule, index: number): Prisma.Sql {
  const place = recordPlace(rule.entity);
  return Prisma.sql`
    SELECT ${index}::int AS rule, v."recordId", v."values", ${recordLabel(rule.entity)} AS "recordLabel",
           ${place.townId} AS "townId", ${place.zoneId} AS "zoneId"
    FROM (${rule.violations()}) v
    JOIN ${ident(rule.entity)} r ON r.id = v."recordId"`;
}

export async function listViolationsAmong(
  allRules: DomainRule[],
  client: SqlClient,
  filter: ViolationFilter = {},
): Promise<ListedViolation[]> {
  const rules = filter.ruleIds ? allRules.filter((rule) => filter.ruleIds!.includes(rule.id)) : allRules;
  if (rules.length === 0) return [];
  const rows = await client.$queryRaw<(Omit<ListedViolation, "rule" | "detail"> & { rule: number })[]>(Prisma.sql`
    SELECT x.rule, x."recordId", x."values", x."recordLabel",
           t.id AS "townId", t.code AS "townCode", t.name AS "townName",
           z.id AS "zoneId", z.code AS "zoneCode", z.name AS "zoneName"
    FROM (${Prisma.join(rules.map(located), " UNION ALL ")}) x
    LEFT JOIN "Zone" z ON z.id = x."zoneId"
    LEFT JOIN "Town" t ON t.id = COALESCE(x."townId", z."townId")
    WHERE TRUE
      ${filter.townId !== undefined ? Prisma.sql`AND t.id = ${filter.townId}::int` : Prisma.empty}
      ${filter.zoneId !== undefined ? Prisma.sql`AND z.id = ${filter.zoneId}::int` : Prisma.empty}
    ORDER BY x.rule, x."recordId"`);
  return rows.map((row) => {
    const rule = rules[row.rule]!;
    return { ...row, rule, detail: rule.detail(row.values) };
  });
}
