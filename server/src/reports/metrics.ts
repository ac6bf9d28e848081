// How each target metric is counted from the records: the one table the progress reports
// read. Every definition follows the TargetMetric doc comment in prisma/schema/targets.prisma.
//
// Conventions: the counted table is aliased r; the period being measured is p, with
// p."firstYear" and p."lastYear" (a single year, or a phase); soft-deleted rows never
// count, nor do rows whose owning parent (a cascade-delete relation) is soft-deleted.
import { Prisma, type ProgrammePlan, type TargetMetric } from "@p181/db";
import { ident } from "../sql/fragments.ts";
import { datedBy, datedIn, yearBetween, type MetricRecords } from "./records.ts";

export interface MetricDefinition {
  /** The counted table (alias r) with the joins its period, area and owner need. */
  from: Prisma.Sql;
  /** Which rows count at all. */
  where: Prisma.Sql;
  /** Whether a row counts in period p. */
  inPeriod: Prisma.Sql;
  /** The aggregate: count(*), count(DISTINCT …) or sum(…). */
  value: Prisma.Sql;
  /** The row's town and zone id, or null when the metric cannot be split by town or zone. */
  townId: Prisma.Sql | null;
  zoneId: Prisma.Sql | null;
  /** How yearly figures make a phase figure: "sum" of the years (flows), or the "last" year's (stocks). */
  overPhase: "sum" | "last";
  /** The records the figure counts or sums, as a list of the entity (see records.ts). */
  records: MetricRecords;
}

/** Rows dated inside the period. */
const dated = (column: Prisma.Sql) =>
  Prisma.sql`${column} >= make_date(p."firstYear", 1, 1) AND ${column} < make_date(p."lastYear" + 1, 1, 1)`;
/** Rows whose year column falls inside the period. */
const yearIn = (column: Prisma.Sql) => Prisma.sql`${column} BETWEEN p."firstYear" AND p."lastYear"`;

const COUNT = Prisma.sql`count(*)`;
const sum = (column: Prisma.Sql) => Prisma.sql`COALESCE(sum(${column}), 0)`;
const LIVE = Prisma.sql`r."deletedAt" IS NULL`;

/** Zone work counted by the zone a record belongs to. */
const inZone = (table: string) => ({
  from: Prisma.sql`${ident(table)} r JOIN "Zone" z ON z.id = r."zoneId"`,
  townId: Prisma.sql`z."townId"`,
  zoneId: Prisma.sql`r."zoneId"`,
});

/** Brands counted by their creating organisation's town and zone. */
const brands = {
  from: Prisma.sql`"PartyBrand" r JOIN "PartyOrganisation" o ON o.id = r."organisationId"`,
  townId: Prisma.sql`o."townId"`,
  zoneId: Prisma.sql`o."zoneId"`,
};

export const METRICS: Record<TargetMetric, MetricDefinition> = {
  // 村(区)域党建
  SERVICE_CENTRES: {
    ...inZone("ServiceCentre"),
    where: LIVE,
    inPeriod: dated(Prisma.sql`r."openedOn"`),
    value: COUNT,
    overPhase: "sum",
    records: { entity: "ServiceCentre", period: datedIn("openedOn") },
  },
  JOINT_MEETINGS: {
    ...inZone("JointMeeting"),
    where: LIVE,
    inPeriod: dated(Prisma.sql`r."heldOn"`),
    value: COUNT,
    overPhase: "sum",
    records: { entity: "JointMeeting", period: datedIn("heldOn") },
  },
  OPINIONS_RESOLVED: {
    ...inZone("PublicOpinion"),
    where: LIVE,
    inPeriod: dated(Prisma.sql`r."resolvedOn"`),
    value: COUNT,
    overPhase: "sum",
    records: { entity: "PublicOpinion", period: datedIn("resolvedOn") },
  },

  // 百名年轻机关干部一线大派驻: by the host village or community.
  CADRES_POSTED: {
    from: Prisma.sql`"PostedCadre" r JOIN "Zone" z ON z.id = r."hostZoneId"`,
    where: LIVE,
    inPeriod: yearIn(Prisma.sql`r."selectedYear"`),
    value: COUNT,
    townId: Prisma.sql`z."townId"`,
    zoneId: Prisma.sql`r."hostZoneId"`,
    overPhase: "sum",
    records: { entity: "PostedCadre", period: yearBetween("selectedYear") },
  },
  CADRE_ASSESSMENTS: {
    from: Prisma.sql`"CadreAssessment" r JOIN "PostedCadre" c ON c.id = r."cadreId" JOIN "Zone" z ON z.id = c."hostZoneId"`,
    where: Prisma.sql`${LIVE} AND c."deletedAt" IS NULL`,
    inPeriod: yearIn(Prisma.sql`r.year`),
    value: COUNT,
    townId: Prisma.sql`z."townId"`,
    zoneId: Prisma.sql`c."hostZoneId"`,
    overPhase: "sum",
    records: { entity: "CadreAssessment", period: yearBetween("year") },
  },

  // 百名党代表大巡访: tours by the visited committee; proposals by the representative's town delegation.
  REPRESENTATIVE_TOURS: {
    from: Prisma.sql`"RepresentativeTour" r JOIN "PartyOrganisation" o ON o.id = r."targetOrganisationId"`,
    where: LIVE,
    inPeriod: dated(Prisma.sql`r."startOn"`),
    value: COUNT,
    townId: Prisma.sql`o."townId"`,
    zoneId: Prisma.sql`o."zoneId"`,
    overPhase: "sum",
    records: { entity: "RepresentativeTour", period: datedIn("startOn") },
  },
  PROPOSALS: {
    from: Prisma.sql`"Proposal" r JOIN "PartyRepresentative" d ON d.id = r."representativeId"`,
    where: LIVE,
    inPeriod: dated(Prisma.sql`r."submittedOn"`),
    value: COUNT,
    townId: Prisma.sql`d."townId"`,
    zoneId: null,
    overPhase: "sum",
    records: { entity: "Proposal", period: datedIn("submittedOn") },
  },

  // 百场讲学拉练大培训: by the organising town; city-level sessions count only for the city.
  TRAINING_SESSIONS: {
    from: Prisma.sql`"TrainingSession" r`,
    where: LIVE,
    inPeriod: dated(Prisma.sql`r."heldOn"`),
    value: COUNT,
    townId: Prisma.sql`r."townId"`,
    zoneId: null,
    overPhase: "sum",
    records: { entity: "TrainingSession", period: datedIn("heldOn") },
  },
  TRAINING_ATTENDEES: {
    from: Prisma.sql`"TrainingSession" r`,
    where: LIVE,
    inPeriod: dated(Prisma.sql`r."heldOn"`),
    value: sum(Prisma.sql`r."actualAttendees"`),
    townId: Prisma.sql`r."townId"`,
    zoneId: null,
    overPhase: "sum",
    records: { entity: "TrainingSession", period: datedIn("heldOn") },
  },

  // 百个创新创业人才团队大引进: by the hosting town and zone.
  TALENT_TEAMS_LANDED: {
    from: Prisma.sql`"TalentTeam" r`,
    where: Prisma.sql`${LIVE} AND r.stage = 'LANDED'`,
    inPeriod: dated(Prisma.sql`r."landedOn"`),
    value: COUNT,
    townId: Prisma.sql`r."townId"`,
    zoneId: Prisma.sql`r."zoneId"`,
    overPhase: "sum",
    records: { entity: "TalentTeam", where: { stage: { equals: "LANDED" } }, period: datedIn("landedOn") },
  },

  // 百个基层党建品牌大创建
  BRANDS_CREATED: {
    ...brands,
    where: LIVE,
    inPeriod: dated(Prisma.sql`r."launchedOn"`),
    value: COUNT,
    overPhase: "sum",
    records: { entity: "PartyBrand", period: datedIn("launchedOn") },
  },
  BRANDS_NAMED: {
    ...brands,
    where: Prisma.sql`${LIVE} AND r.stage = 'NAMED'`,
    inPeriod: dated(Prisma.sql`r."namedOn"`),
    value: COUNT,
    overPhase: "sum",
    records: { entity: "PartyBrand", where: { stage: { equals: "NAMED" } }, period: datedIn("namedOn") },
  },

  // 百支党员志愿者队伍大服务: town of the founding organisation, zone served.
  VOLUNTEER_TEAMS: {
    from: Prisma.sql`"VolunteerTeam" r JOIN "PartyOrganisation" o ON o.id = r."organisationId"`,
    where: Prisma.sql`${LIVE} AND r.active`,
    inPeriod: Prisma.sql`r."foundedOn" <= make_date(p."lastYear", 12, 31)`,
    value: COUNT,
    townId: Prisma.sql`o."townId"`,
    zoneId: Prisma.sql`r."zoneId"`,
    overPhase: "last",
    records: { entity: "VolunteerTeam", where: { active: { equals: true } }, period: datedBy("foundedOn") },
  },
  VOLUNTEER_HOURS: {
    from: Prisma.sql`"VolunteerService" r JOIN "VolunteerTeam" t ON t.id = r."teamId" JOIN "PartyOrganisation" o ON o.id = t."organisationId"`,
    where: Prisma.sql`${LIVE} AND t."deletedAt" IS NULL`,
    inPeriod: dated(Prisma.sql`r."servedOn"`),
    value: sum(Prisma.sql`r.hours`),
    townId: Prisma.sql`o."townId"`,
    zoneId: Prisma.sql`t."zoneId"`,
    overPhase: "sum",
    records: { entity: "VolunteerService", period: datedIn("servedOn") },
  },

  // 百名非公企业党建指导员促转型: by the guided enterprise's town and zone.
  INSTRUCTORS_ASSIGNED: {
    from: Prisma.sql`"InstructorAssignment" r JOIN "Instructor" i ON i.id = r."instructorId" JOIN "Enterprise" e ON e.id = r."enterpriseId"`,
    where: Prisma.sql`${LIVE} AND i."deletedAt" IS NULL`,
    inPeriod: Prisma.sql`r."startOn" <= make_date(p."lastYear", 12, 31) AND (r."endOn" IS NULL OR r."endOn" >= make_date(p."firstYear", 1, 1))`,
    value: Prisma.sql`count(DISTINCT r."instructorId")`,
    townId: Prisma.sql`e."townId"`,
    zoneId: Prisma.sql`e."zoneId"`,
    overPhase: "last",
    // The list cannot say "still running in the period", so it shows every assignment begun by its end.
    records: { entity: "InstructorAssignment", period: datedBy("startOn") },
  },
  ENTERPRISE_VISITS: {
    from: Prisma.sql`"EnterpriseVisit" r JOIN "InstructorAssignment" a ON a.id = r."assignmentId" JOIN "Enterprise" e ON e.id = a."enterpriseId"`,
    where: Prisma.sql`${LIVE} AND a."deletedAt" IS NULL`,
    inPeriod: dated(Prisma.sql`r."visitedOn"`),
    value: COUNT,
    townId: Prisma.sql`e."townId"`,
    zoneId: Prisma.sql`e."zoneId"`,
    overPhase: "sum",
    records: { entity: "EnterpriseVisit", period: datedIn("visitedOn") },
  },

  // 百名农村党员和大学生村官创新业: by the project's zone.
  VENTURE_PROJECTS: {
    ...inZone("VentureProject"),
    where: LIVE,
    inPeriod: dated(Prisma.sql`r."startedOn"`),
    value: COUNT,
    overPhase: "sum",
    records: { entity: "VentureProject", period: datedIn("startedOn") },
  },
  VENTURE_JOBS: {
    ...inZone("VentureProject"),
    where: LIVE,
    inPeriod: dated(Prisma.sql`r."startedOn"`),
    value: sum(Prisma.sql`r."jobsCreated"`),
    overPhase: "sum",
    records: { entity: "VentureProject", period: datedIn("startedOn") },
  },

  // 标杆管理: organisation-department offices, city level only.
  BENCHMARKS_SET: {
    from: Prisma.sql`"Benchmark" r`,
    where: LIVE,
    inPeriod: dated(Prisma.sql`r."selectedOn"`),
    value: COUNT,
    townId: null,
    zoneId: null,
    overPhase: "sum",
    records: { entity: "Benchmark", period: datedIn("selectedOn") },
  },
  CATCH_UP_PLANS: {
    from: Prisma.sql`"CatchUpPlan" r JOIN "Benchmark" b ON b.id = r."benchmarkId"`,
    where: Prisma.sql`${LIVE} AND b."deletedAt" IS NULL`,
    inPeriod: dated(Prisma.sql`r."startOn"`),
    value: COUNT,
    townId: null,
    zoneId: null,
    overPhase: "sum",
    records: { entity: "CatchUpPlan", period: datedIn("startOn") },
  },
};

/** The metric a plan's title counts ("百名…干部", "百场…培训", …): the plan's figure in the city summary. */
export const HEADLINE_METRIC: Record<ProgrammePlan, TargetMetric> = {
  ZONE_PARTY_BUILDING: "SERVICE_CENTRES",
  YOUNG_CADRES: "CADRES_POSTED",
  REPRESENTATIVE_TOURS: "REPRESENTATIVE_TOURS",
  TRAINING: "TRAINING_SESSIONS",
  TALENT_TEAMS: "TALENT_TEAMS_LANDED",
  BRANDS: "BRANDS_CREATED",
  VOLUNTEERS: "VOLUNTEER_TEAMS",
  INSTRUCTORS: "INSTRUCTORS_ASSIGNED",
  ENTREPRENEURSHIP: "VENTURE_PROJECTS",
  BENCHMARKING: "BENCHMARKS_SET",
};
