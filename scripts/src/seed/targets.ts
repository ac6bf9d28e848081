// Annual targets for every metric and year at city scope, split over the towns for the metrics
// that are planned per town, and the pace (actual ÷ target) at which each plan's records are generated.
import type { TargetMetric } from "@p181/db";
import { CITY_SCOPE_CODE, phaseOfYear, PHASES, PROGRAMME_FIRST_YEAR } from "@p181/schema";
import { METRIC_PLAN } from "../targets/metrics.ts";
import { PROGRAMME_YEARS } from "./calendar.ts";
import type { SeedContext, TownRecord, World } from "./context.ts";
import { apportion } from "./context.ts";
import type { Row } from "./writer.ts";

type PerYear = readonly [number, number, number, number];

/** City targets for 2012–2015; the "hundred" plans aim at about 100 a year (or 100+ in total). */
export const CITY_TARGETS: Readonly<Record<TargetMetric, PerYear>> = {
  SERVICE_CENTRES: [60, 60, 50, 40],
  JOINT_MEETINGS: [400, 600, 800, 800],
  OPINIONS_RESOLVED: [900, 1_100, 1_300, 1_300],
  CADRES_POSTED: [100, 100, 100, 100],
  CADRE_ASSESSMENTS: [300, 300, 300, 300],
  REPRESENTATIVE_TOURS: [40, 50, 50, 60],
  PROPOSALS: [80, 100, 100, 120],
  TRAINING_SESSIONS: [100, 100, 100, 100],
  TRAINING_ATTENDEES: [11_000, 12_000, 12_000, 12_000],
  TALENT_TEAMS_LANDED: [20, 25, 28, 30],
  BRANDS_CREATED: [30, 25, 25, 20],
  BRANDS_NAMED: [5, 15, 20, 25],
  VOLUNTEER_TEAMS: [70, 85, 95, 100],
  VOLUNTEER_HOURS: [6_000, 15_000, 20_000, 22_000],
  INSTRUCTORS_ASSIGNED: [80, 100, 100, 100],
  ENTERPRISE_VISITS: [900, 1_500, 1_600, 1_600],
  VENTURE_PROJECTS: [20, 25, 30, 25],
  VENTURE_JOBS: [300, 350, 400, 400],
  BENCHMARKS_SET: [10, 6, 4, 4],
  CATCH_UP_PLANS: [10, 8, 8, 6],
};

/**
 * Actual ÷ target by year for the metrics whose records are generated from the target:
 * some plans run ahead, some fall behind, and it changes from year to year.
 */
const PACE: Readonly<Partial<Record<TargetMetric, PerYear>>> = {
  SERVICE_CENTRES: [1.05, 1.1, 0.92, 0.85],
  JOINT_MEETINGS: [0.9, 1.02, 1.06, 0.97],
  CADRES_POSTED: [0.96, 1.04, 0.98, 0.91],
  REPRESENTATIVE_TOURS: [0.85, 0.96, 1.08, 1.12],
  PROPOSALS: [1.1, 0.95, 0.88, 1.03],
  TRAINING_SESSIONS: [0.92, 1.03, 1.08, 0.97],
  TALENT_TEAMS_LANDED: [0.9, 1.08, 0.93, 1.1],
  BRANDS_CREATED: [1.1, 1.16, 0.96, 0.9],
  BRANDS_NAMED: [0.8, 1, 1.1, 0.92],
  VOLUNTEER_TEAMS: [0.93, 0.99, 1.02, 1.04],
  VENTURE_PROJECTS: [1.1, 0.96, 0.87, 1.12],
  BENCHMARKS_SET: [1, 1.17, 0.75, 1.25],
  CATCH_UP_PLANS: [0.8, 1, 1.125, 0.83],
};

export function cityTarget(metric: TargetMetric, year: number): number {
  return CITY_TARGETS[metric][year - PROGRAMME_FIRST_YEAR] ?? 0;
}

/** How many records a plan generates for a metric in a year: the target at the plan's pace. */
export function plannedCount(metric: TargetMetric, year: number): number {
  const pace = PACE[metric]?.[year - PROGRAMME_FIRST_YEAR];
  if (pace === undefined) throw new Error(`No pace for ${metric} in ${year}`);
  return Math.round(cityTarget(metric, year) * pace);
}

/**
 * The metrics also planned per town, and each town's share of the city target.
 * Plans place their records with the same weights, so towns land near their own targets.
 */
export const TOWN_WEIGHTS: Readonly<Partial<Record<TargetMetric, (world: World, town: TownRecord) => number>>> = {
  SERVICE_CENTRES: (world, town) =>
    zonesOf(world, town).reduce((sum, zone) => sum + (zone.kind === "VILLAGE" ? 2 : 1), 0),
  JOINT_MEETINGS: (world, town) => zonesOf(world, town).length,
  OPINIONS_RESOLVED: (world, town) => zonesOf(world, town).length,
  CADRES_POSTED: (world, town) => zonesOf(world, town).filter((zone) => zone.kind !== "PARK").length,
  REPRESENTATIVE_TOURS: (world, town) =>
    world.organisations.filter((organisation) => organisation.town === town && organisation.type === "PARTY_COMMITTEE")
      .length,
  TALENT_TEAMS_LANDED: (world, town) => 1 + 3 * zonesOf(world, town).filter((zone) => zone.kind === "PARK").length,
  BRANDS_CREATED: (world, town) => world.organisations.filter((organisation) => organisation.town === town).length,
  VOLUNTEER_TEAMS: (world, town) => zonesOf(world, town).length,
  ENTERPRISE_VISITS: (world, town) =>
    world.organisations.filter(
      (organisation) => organisation.town === town && organisation.field === "NON_PUBLIC_ENTERPRISE",
    ).length,
  VENTURE_PROJECTS: (world, town) => zonesOf(world, town).filter((zone) => zone.kind === "VILLAGE").length,
};

export function townWeight(metric: TargetMetric, world: World, town: TownRecord): number {
  const weigh = TOWN_WEIGHTS[metric];
  if (!weigh) throw new Error(`${metric} is not planned per town`);
  return weigh(world, town);
}

function zonesOf(world: World, town: TownRecord) {
  return world.zones.filter((zone) => zone.town === town);
}

export async function seedTargets({ writer, world }: SeedContext): Promise<void> {
  const rows: Row<"AnnualTarget">[] = [];
  const metrics = Object.keys(CITY_TARGETS) as TargetMetric[];
  for (const year of PROGRAMME_YEARS) {
    const phase = PHASES.find((candidate) => candidate.phase === phaseOfYear(year));
    for (const metric of metrics) {
      const value = cityTarget(metric, year);
      rows.push({
        plan: METRIC_PLAN[metric],
        year,
        scopeLevel: "CITY",
        scopeCode: CITY_SCOPE_CODE,
        metric,
        value,
        note: phase ? `${phase.label}（${phase.firstYear}—${phase.lastYear}年）` : null,
      });
      if (!TOWN_WEIGHTS[metric]) continue;
      const shares = apportion(
        value,
        world.towns.map((town) => townWeight(metric, world, town)),
      );
      world.towns.forEach((town, index) => {
        rows.push({
          plan: METRIC_PLAN[metric],
          year,
          scopeLevel: "TOWN",
          scopeCode: town.code,
          townId: town.id,
          metric,
          value: shares[index] ?? 0,
          note: null,
        });
      });
    }
  }
  await writer.insert("AnnualTarget", rows);
}
