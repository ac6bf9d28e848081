// What needs doing, for the dashboard: records breaking rules, plans behind their targets in
// the report year, joint-meeting follow-ups past their due date and public opinions not yet
// dealt with; within the viewer's area and, for a plan officer, their plans. Each figure
// carries the records behind it (records.ts), so that the dashboard links to the work.
import { Prisma, ProgrammePlan, type TargetMetric } from "@p181/db";
import { enumLabel, PROGRAMME_FIRST_YEAR, PROGRAMME_LAST_YEAR, resourceOf } from "@p181/schema";
import type { SqlClient } from "../sql/client.ts";
import { mergeArea, type Area } from "./area.ts";
import { progressQuery, progressSql, type RawProgressRow } from "./progress.ts";
import type { RecordsBehind, Where } from "./records.ts";
import { ruleViolations, type ViolationRow } from "./violations.ts";

export interface ToDoFilter extends Area {
  /** The report year; by default this year, or the programme's last year once it is over. */
  year?: number;
  /** Only the work of these plans (a plan officer's); every plan when absent. */
  plans?: ProgrammePlan[];
  /** The day "overdue" and the year's pace are measured on; today by default. */
  today?: Date;
}

export interface MetricBehind {
  metric: TargetMetric;
  metricLabel: string;
  target: number;
  /** The part of the target due by today: all of it for a past year. */
  due: number;
  actual: number;
}

export interface PlanBehind {
  plan: ProgrammePlan;
  planLabel: string;
  /** The plan's metrics with a target in the year, at the viewer's level. */
  metricsTargeted: number;
  metrics: MetricBehind[];
}

export interface RuleCount {
  ruleId: string;
  ruleLabel: string;
  ruleMessage: string;
  entity: string;
  entityLabel: string;
  count: number;
  /** The violating records, as a list of the entity; null when there are too many to name. */
  records: RecordsBehind | null;
}

export interface CountedWork {
  count: number;
  records: RecordsBehind;
}

export interface ToDo {
  year: number;
  /** Share of the year gone by today: 1 for a past year, 0 for a future one. */
  pace: number;
  /** The plans the figures cover. */
  plans: ProgrammePlan[];
  openViolations: number;
  violationsByRule: RuleCount[];
  plansBehind: PlanBehind[];
  overdueFollowUps: CountedWork;
  openOpinions: CountedWork;
}

const ALL_PLANS = Object.values(ProgrammePlan);

/** The most ids a list's address names (the API takes at most 1,000 values in `in`). */
const MAX_NAMED = 200;

const OPEN_FOLLOW_UP = ["OPEN", "IN_PROGRESS"];
const OPEN_OPINION = ["RECEIVED", "HANDLING"];

/** This year, within the programme's years. */
export function reportYear(today: Date): number {
  return Math.min(Math.max(today.getFullYear(), PROGRAMME_FIRST_YEAR), PROGRAMME_LAST_YEAR);
}

/** Share of the year gone by the day: 1 for a past year, 0 for a future one. */
export function paceOf(year: number, today: Date): number {
  if (year < today.getFullYear()) return 1;
  if (year > today.getFullYear()) return 0;
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / 86_400_000;
  const day = (Date.UTC(year, today.getMonth(), today.getDate()) - start) / 86_400_000 + 1;
  return day / days;
}

const isoDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;

function areaOf(area: Area): Where {
  if (area.zoneId !== undefined) return { areaZoneId: { equals: area.zoneId } };
  if (area.townId !== undefined) return { areaTownId: { equals: area.townId } };
  return {};
}

function areaSql(area: Area): Prisma.Sql {
  if (area.zoneId !== undefined) return Prisma.sql`AND r."areaZoneId" = ${area.zoneId}::int`;
  if (area.townId !== undefined) return Prisma.sql`AND r."areaTownId" = ${area.townId}::int`;
  return Prisma.empty;
}

/** Overdue follow-ups and open opinions, counted as their lists (the records' `where`) show them. */
async function openWork(client: SqlClient, area: Area, today: string) {
  const [row] = await client.$queryRaw<{ followUps: number; opinions: number }[]>(Prisma.sql`
    SELECT (SELECT count(*)::int FROM "FollowUpItem" r
            WHERE r."deletedAt" IS NULL AND r.status::text = ANY(${OPEN_FOLLOW_UP}::text[])
              AND r."dueOn" < ${today}::date ${areaSql(area)}) AS "followUps",
           (SELECT count(*)::int FROM "PublicOpinion" r
            WHERE r."deletedAt" IS NULL AND r.status::text = ANY(${OPEN_OPINION}::text[]) ${areaSql(area)}) AS opinions`);
  return row ?? { followUps: 0, opinions: 0 };
}

function countsByRule(rows: ViolationRow[]): RuleCount[] {
  const byRule = new Map<string, { first: ViolationRow; ids: number[] }>();
  for (const row of rows) {
    const entry = byRule.get(row.ruleId) ?? { first: row, ids: [] };
    entry.ids.push(row.recordId);
    byRule.set(row.ruleId, entry);
  }
  return [...byRule.values()].map(({ first, ids }) => ({
    ruleId: first.ruleId,
    ruleLabel: first.ruleLabel,
    ruleMessage: first.ruleMessage,
    entity: first.entity,
    entityLabel: first.entityLabel,
    count: ids.length,
    records: ids.length <= MAX_NAMED ? { entity: first.entity, where: { id: { in: ids } } } : null,
  }));
}

function behind(rows: RawProgressRow[], plans: ProgrammePlan[], pace: number): PlanBehind[] {
  const result: PlanBehind[] = [];
  for (const plan of plans) {
    const targeted = rows.filter((row) => row.plan === plan && row.target !== null && row.actual !== null);
    const metrics = targeted
      .map((row) => ({
        metric: row.metric,
        metricLabel: enumLabel("TargetMetric", row.metric),
        target: row.target!,
        due: Math.round(row.target! * pace * 100) / 100,
        actual: row.actual!,
      }))
      .filter((metric) => metric.target > 0 && metric.actual < metric.due);
    if (metrics.length > 0)
      result.push({ plan, planLabel: enumLabel("ProgrammePlan", plan), metricsTargeted: targeted.length, metrics });
  }
  return result;
}

/** The viewer's to-do list: what is wrong or late in their area (and plans). */
export async function workToDo(client: SqlClient, filter: ToDoFilter = {}, scope: Area = {}): Promise<ToDo> {
  const today = filter.today ?? new Date();
  const year = filter.year ?? reportYear(today);
  const pace = paceOf(year, today);
  const chosen = filter.plans && filter.plans.length > 0 ? filter.plans : null;
  const plans = chosen ? ALL_PLANS.filter((plan) => chosen.includes(plan)) : ALL_PLANS;
  // Records of no plan (annual targets, core data) are everyone's but a plan officer's.
  const ofPlans = (entity: string) => !chosen || chosen.includes(resourceOf(entity).plan as ProgrammePlan);
  const area = mergeArea(filter, scope);
  const followUps: RecordsBehind = {
    entity: "FollowUpItem",
    where: { status: { in: OPEN_FOLLOW_UP }, dueOn: { lt: isoDay(today) }, ...areaOf(area ?? {}) },
  };
  const opinions: RecordsBehind = {
    entity: "PublicOpinion",
    where: { status: { in: OPEN_OPINION }, ...areaOf(area ?? {}) },
  };
  if (!area) {
    return {
      year,
      pace,
      plans,
      openViolations: 0,
      violationsByRule: [],
      plansBehind: [],
      overdueFollowUps: { count: 0, records: followUps },
      openOpinions: { count: 0, records: opinions },
    };
  }
  const violations = (await ruleViolations(client, area)).filter((row) => ofPlans(row.entity));
  const query = progressQuery({}, area, [{ key: year, firstYear: year, lastYear: year }]);
  const progress = query ? await client.$queryRaw<RawProgressRow[]>(progressSql(query)) : [];
  const open = await openWork(client, area, isoDay(today));
  return {
    year,
    pace,
    plans,
    openViolations: violations.length,
    violationsByRule: countsByRule(violations),
    plansBehind: behind(progress, plans, pace),
    overdueFollowUps: { count: ofPlans("FollowUpItem") ? open.followUps : 0, records: followUps },
    openOpinions: { count: ofPlans("PublicOpinion") ? open.opinions : 0, records: opinions },
  };
}
