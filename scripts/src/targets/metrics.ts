import type { ProgrammePlan, TargetMetric } from "@p181/db";
import { METRIC_PLAN as SHARED_METRIC_PLAN, metricsOfPlan as sharedMetricsOfPlan } from "@p181/schema";

/** The shared metric→plan table, typed with the Prisma enums (complete for every metric). */
export const METRIC_PLAN: Record<TargetMetric, ProgrammePlan> = SHARED_METRIC_PLAN;

export function metricsOfPlan(plan: ProgrammePlan): TargetMetric[] {
  return sharedMetricsOfPlan(plan);
}
