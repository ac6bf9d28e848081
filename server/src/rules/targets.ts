// 年度目标: the metric belongs to the plan, and the scope code, town and zone match the scope level.
// (Non-negative values are a range rule, see ranges.ts.)
import { Prisma } from "@p181/db";
import { CITY_SCOPE_CODE } from "@p181/schema";
import { METRIC_PLAN } from "@p181/schema";
import { live, onlyIds } from "../sql/fragments.ts";
import { enumWords, fieldWords, listed, orEmpty } from "./detail.ts";
import type { DomainRule } from "./types.ts";

const metricPlans = Prisma.join(
  Object.entries(METRIC_PLAN).map(([metric, plan]) => Prisma.sql`(${metric}::text, ${plan}::text)`),
);

export const targetRules: DomainRule[] = [
  {
    id: "annual-target-metric-plan",
    entity: "AnnualTarget",
    field: "metric",
    label: "年度目标的指标应属于该计划",
    message: "the metric belongs to the plan",
    enforcement: "write",
    triggers: { AnnualTarget: "id" },
    violations: (ids) => Prisma.sql`
      SELECT a.id AS "recordId", jsonb_build_object('metric', a.metric, 'metricPlan', mp.plan, 'plan', a.plan) AS "values"
      FROM "AnnualTarget" a
      JOIN (VALUES ${metricPlans}) AS mp(metric, plan) ON mp.metric = a.metric::text
      WHERE ${live("a")} AND mp.plan <> a.plan::text ${onlyIds(Prisma.sql`a.id`, ids)}`,
    detail: (values) => {
      const metric = enumWords("TargetMetric", String(values.metric));
      const [belongs, chosen] = [values.metricPlan, values.plan].map((plan) =>
        enumWords("ProgrammePlan", String(plan)),
      );
      return {
        zh: `指标“${metric.zh}”属于“${belongs!.zh}”，不属于“${chosen!.zh}”`,
        en: `${metric.en} belongs to ${belongs!.en}, not ${chosen!.en}`,
      };
    },
  },
  {
    id: "annual-target-scope",
    entity: "AnnualTarget",
    field: "scopeCode",
    label: "年度目标的范围编码应与目标层级及镇、村(区)域一致",
    message: `the scope code is "${CITY_SCOPE_CODE}" for the city, the town's code with the town set, or the zone's code with the zone set`,
    enforcement: "write",
    triggers: {
      AnnualTarget: "id",
      Town: (ids) => Prisma.sql`SELECT a.id FROM "AnnualTarget" a WHERE a."townId" = ANY(${ids}::int[])`,
      Zone: (ids) => Prisma.sql`SELECT a.id FROM "AnnualTarget" a WHERE a."zoneId" = ANY(${ids}::int[])`,
    },
    violations: (ids) => Prisma.sql`
      SELECT a.id AS "recordId",
             jsonb_build_object('scopeLevel', a."scopeLevel", 'scopeCode', a."scopeCode", 'town', t.code, 'zone', z.code) AS "values"
      FROM "AnnualTarget" a
      LEFT JOIN "Town" t ON t.id = a."townId"
      LEFT JOIN "Zone" z ON z.id = a."zoneId"
      WHERE ${live("a")} ${onlyIds(Prisma.sql`a.id`, ids)}
        AND NOT COALESCE(CASE a."scopeLevel"
          WHEN 'CITY' THEN a."scopeCode" = ${CITY_SCOPE_CODE}::text AND a."townId" IS NULL AND a."zoneId" IS NULL
          WHEN 'TOWN' THEN a."scopeCode" = t.code AND a."zoneId" IS NULL
          WHEN 'ZONE' THEN a."scopeCode" = z.code AND (a."townId" IS NULL OR a."townId" = z."townId")
        END, false)`,
    detail: ({ scopeLevel, scopeCode, town, zone }) =>
      listed([
        [fieldWords("AnnualTarget", "scopeLevel"), enumWords("TargetScopeLevel", String(scopeLevel))],
        [fieldWords("AnnualTarget", "scopeCode"), orEmpty(scopeCode)],
        [fieldWords("AnnualTarget", "town"), orEmpty(town)],
        [fieldWords("AnnualTarget", "zone"), orEmpty(zone)],
      ]),
  },
];
