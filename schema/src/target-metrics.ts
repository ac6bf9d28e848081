/**
 * The plan each annual-target metric belongs to: the one table the importer, the rules,
 * the reports and the admin share. The TargetMetric doc comments in
 * prisma/schema/targets.prisma start with the plan's name; scripts/src/targets/metrics.test.ts
 * keeps this table and those comments in agreement.
 */
export const METRIC_PLAN = {
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
} as const;

export type TargetMetricCode = keyof typeof METRIC_PLAN;

export function metricsOfPlan(plan: string): TargetMetricCode[] {
  return (Object.keys(METRIC_PLAN) as TargetMetricCode[]).filter((metric) => METRIC_PLAN[metric] === plan);
}
