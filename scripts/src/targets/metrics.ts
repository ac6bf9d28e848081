import type { ProgrammePlan, TargetMetric } from "@p181/db";

/**
 * The plan each target metric belongs to: the one place the importer (and later the API)
 * learns which metrics a plan may target. The TargetMetric doc comments in
 * prisma/schema/targets.prisma start with the plan's name ("Young cadres: …");
 * metrics.test.ts keeps this table and those comments in agreement.
 */
export const METRIC_PLAN: Record<TargetMetric, ProgrammePlan> = {
  SERVICE_CENTRES: "ZONE_PARTY_BUILDING",
  JOINT_MEETINGS: "ZONE_PARTY_BUILDING",
  OPINIONS_RESOLVED: "ZONE_PARTY_BUILDING",
  CADRES_POSTED: "YOUNG_CADRES",
  CADRE_ASSESSMENTS: "YOUNG_CADRES",
  REPRESENTATIVE_TOURS: "REPRESENTATIVE_TOURS",
  PROPOSALS: "REPRESENTATIVE_TOURS",
  TRAINING_SESSIONS: "TRAINING",
  TRAINING_ATTENDEES: "TRAINING",
  TALENT_TEAMS_LANDED: "TALENT_TEAMS",
  BRANDS_CREATED: "BRANDS",
  BRANDS_NAMED: "BRANDS",
  VOLUNTEER_TEAMS: "VOLUNTEERS",
  VOLUNTEER_HOURS: "VOLUNTEERS",
  INSTRUCTORS_ASSIGNED: "INSTRUCTORS",
  ENTERPRISE_VISITS: "INSTRUCTORS",
  VENTURE_PROJECTS: "ENTREPRENEURSHIP",
  VENTURE_JOBS: "ENTREPRENEURSHIP",
  BENCHMARKS_SET: "BENCHMARKING",
  CATCH_UP_PLANS: "BENCHMARKING",
};

export function metricsOfPlan(plan: ProgrammePlan): TargetMetric[] {
  return (Object.keys(METRIC_PLAN) as TargetMetric[]).filter((metric) => METRIC_PLAN[metric] === plan);
}
