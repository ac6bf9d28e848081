// The demo seed on both backends: scale, coverage of every model, the deliberate rule breaks,
// validity of everything else, targets against actuals, and byte-identical data on every run.
import { backendsUnderTest, createTestDatabase, type TestDatabase } from "@p181/db/testing";
import { RULES } from "@p181/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { needsRehash, verifyPassword } from "@p181/db/password";
import { AS_OF } from "./calendar.ts";
import { idCheckCharacter } from "./identifiers.ts";
import { isDatabaseEmpty, MEMBER_COUNT, ORGANISATION_COUNT, seedDemoData, type SeedSummary } from "./index.ts";
import { UNQUALIFIED_INSTRUCTORS } from "./instructors.ts";
import { businessTables } from "./tables.ts";
import { DEMO_PASSWORD } from "./users.ts";
import type { Database } from "./writer.ts";
import { UNDERSIZED_TEAMS } from "./volunteers.ts";
import { UNASSESSED_CADRES } from "./young-cadres.ts";

const asOf = AS_OF.toISOString().slice(0, 10);

/** Each query counts the rows that break one rule the data must keep. */
const RULE_VIOLATIONS: Readonly<Record<string, string>> = {
  "branches have no sub-organisations": `SELECT count(*) FROM "PartyOrganisation" c JOIN "PartyOrganisation" p ON p.id = c."parentId" WHERE p.type = 'BRANCH'`,
  "committees and general branches have branches": `SELECT count(*) FROM "PartyOrganisation" o WHERE o.type <> 'BRANCH' AND NOT EXISTS (SELECT 1 FROM "PartyOrganisation" c WHERE c."parentId" = o.id)`,
  "every organisation has a team with one secretary": `SELECT count(*) FROM "PartyOrganisation" o WHERE (SELECT count(*) FROM "LeadershipTeam" t JOIN "LeadershipTeamMember" m ON m."teamId" = t.id WHERE t."organisationId" = o.id AND m.post = 'SECRETARY' AND t."termEnd" >= DATE '${asOf}') <> 1`,
  "secretary names match the current team": `SELECT count(*) FROM "PartyOrganisation" o WHERE o."secretaryName" IS DISTINCT FROM (SELECT m.name FROM "LeadershipTeam" t JOIN "LeadershipTeamMember" m ON m."teamId" = t.id WHERE t."organisationId" = o.id AND m.post = 'SECRETARY' ORDER BY t."termNumber" DESC LIMIT 1)`,
  "probation lasts one year": `SELECT count(*) FROM "PartyMember" WHERE (category = 'FULL' AND "joinedOn" > DATE '${asOf}' - 365) OR (category = 'PROBATIONARY' AND "joinedOn" <= DATE '${asOf}' - 365)`,
  "members join at 18 or later": `SELECT count(*) FROM "PartyMember" WHERE "joinedOn" < "birthDate" + interval '18 years'`,
  "leadership terms end after they start": `SELECT count(*) FROM "LeadershipTeam" WHERE "termEnd" < "termStart"`,
  "representative terms end after they start": `SELECT count(*) FROM "PartyRepresentative" WHERE "termEnd" < "termStart"`,
  "tours end after they start": `SELECT count(*) FROM "RepresentativeTour" WHERE "endOn" < "startOn"`,
  "postings end after they start": `SELECT count(*) FROM "PostedCadre" WHERE "endOn" < "startOn"`,
  "opinions are answered after they arrive": `SELECT count(*) FROM "PublicOpinion" WHERE "respondedOn" < "receivedOn" OR "resolvedOn" < "receivedOn" OR (status = 'RESOLVED') <> ("resolvedOn" IS NOT NULL)`,
  "cases are resolved after they are reported": `SELECT count(*) FROM "SocialCase" WHERE "resolvedOn" < "reportedOn" OR (status = 'RESOLVED') <> ("resolvedOn" IS NOT NULL)`,
  "talent teams move through the pipeline in order": `SELECT count(*) FROM "TalentTeam" WHERE "contactedOn" > "signedOn" OR "signedOn" > "landedOn" OR (stage = 'CONTACT') <> ("signedOn" IS NULL) OR (stage = 'LANDED') <> ("landedOn" IS NOT NULL)`,
  "brands are named after launch, and only named brands": `SELECT count(*) FROM "PartyBrand" WHERE "namedOn" < "launchedOn" OR (stage = 'NAMED') <> ("namedOn" IS NOT NULL)`,
  "brand focus matches the field": `SELECT count(*) FROM "PartyBrand" WHERE (field = 'ENTERPRISE' AND focus <> 'INNOVATION_UPGRADING') OR (field = 'VILLAGE' AND focus NOT IN ('ENRICHMENT', 'SOCIAL_MANAGEMENT')) OR (field = 'ORGAN' AND focus NOT IN ('SERVING_PEOPLE', 'EFFICIENCY')) OR (field = 'COMMUNITY' AND focus <> 'SOCIAL_MANAGEMENT')`,
  "volunteers leave after they join": `SELECT count(*) FROM "VolunteerMembership" WHERE "leftOn" < "joinedOn"`,
  "each team has one current leader": `SELECT count(*) FROM "VolunteerTeam" t WHERE t.active AND (SELECT count(*) FROM "VolunteerMembership" m WHERE m."teamId" = t.id AND m.role = 'LEADER' AND m."leftOn" IS NULL) <> 1`,
  "service hours add up to the appraisals": `SELECT count(*) FROM (SELECT extract(year FROM "servedOn") AS year, sum(hours) AS hours FROM "VolunteerService" GROUP BY 1) s FULL JOIN (SELECT year, sum("volunteerHours") AS hours FROM "MemberAppraisal" GROUP BY 1) a ON a.year = s.year WHERE abs(coalesce(s.hours, 0) - coalesce(a.hours, 0)) > 0.5`,
  "assignments end after they start": `SELECT count(*) FROM "InstructorAssignment" WHERE "endOn" < "startOn"`,
  "catch-up plans end after they start": `SELECT count(*) FROM "CatchUpPlan" WHERE "endOn" < "startOn"`,
  "proposals are answered after submission": `SELECT count(*) FROM "Proposal" WHERE "respondedOn" < "submittedOn"`,
  "scores are between 0 and 100": `SELECT (SELECT count(*) FROM "CadreAssessment" WHERE score NOT BETWEEN 0 AND 100) + (SELECT count(*) FROM "RepresentativeReview" WHERE score NOT BETWEEN 0 AND 100) + (SELECT count(*) FROM "BrandEvaluation" WHERE score NOT BETWEEN 0 AND 100) + (SELECT count(*) FROM "BenchmarkEvaluation" WHERE score NOT BETWEEN 0 AND 100) + (SELECT count(*) FROM "TrainingEvaluation" WHERE satisfaction NOT BETWEEN 0 AND 100)`,
  "training sessions have positive hours and attendees": `SELECT count(*) FROM "TrainingSession" WHERE hours <= 0 OR "actualAttendees" < 0 OR "plannedAttendees" < 0`,
  "target scopes are consistent": `SELECT count(*) FROM "AnnualTarget" t LEFT JOIN "Town" w ON w.id = t."townId" WHERE t.value < 0 OR (t."scopeLevel" = 'CITY' AND (t."scopeCode" <> 'CITY' OR t."townId" IS NOT NULL OR t."zoneId" IS NOT NULL)) OR (t."scopeLevel" = 'TOWN' AND (w.code IS DISTINCT FROM t."scopeCode" OR t."zoneId" IS NOT NULL))`,
};

/** Dates that may lie after AS_OF because they are planned ends, not events. */
const PLANNED_DATES = new Set([
  "LeadershipTeam.termEnd",
  "PartyRepresentative.termEnd",
  "CatchUpPlan.endOn",
  "FollowUpItem.dueOn",
]);

describe.each(backendsUnderTest())("demo seed on %s", (backend) => {
  let db: TestDatabase;
  let summary: SeedSummary;

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    expect(await isDatabaseEmpty(db.prisma)).toBe(true);
    summary = await seedDemoData(db.prisma);
  }, 300_000);
  afterAll(() => db?.drop());

  it("writes the source document's 925 organisations and 20,898 members", async () => {
    expect(await db.prisma.partyOrganisation.count()).toBe(ORGANISATION_COUNT);
    expect(await db.prisma.partyMember.count()).toBe(MEMBER_COUNT);
    expect(ORGANISATION_COUNT).toBe(925);
    expect(MEMBER_COUNT).toBe(20_898);
    expect(await isDatabaseEmpty(db.prisma)).toBe(false);
  });

  it("fills every business table and reports what it wrote", async () => {
    const counts = await tableCounts(db.prisma);
    expect(Object.keys(counts).length).toBeGreaterThanOrEqual(61);
    expect(Object.entries(counts).filter(([, rows]) => rows === 0)).toEqual([]);
    expect(summary.rows).toEqual(counts);
    expect(summary.totalRows).toBe(Object.values(counts).reduce((sum, rows) => sum + rows, 0));
  });

  it("leaves the audit columns to the system", async () => {
    const tables = await businessTables(db.prisma);
    const sql = tables
      .map(
        (table) =>
          `SELECT count(*)::int AS n FROM "${table}" WHERE "createdById" IS NOT NULL OR "updatedById" IS NOT NULL OR "deletedAt" IS NOT NULL`,
      )
      .join(" UNION ALL ");
    const rows = await db.prisma.$queryRawUnsafe<{ n: number }[]>(sql);
    expect(rows.reduce((sum, row) => sum + row.n, 0)).toBe(0);
  });

  it("breaks the volunteer, instructor and cadre rules a handful of times, on purpose", async () => {
    const [undersized] = await db.prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "VolunteerTeam" t WHERE t.active
          AND (SELECT count(*) FROM "VolunteerMembership" m WHERE m."teamId" = t.id AND m."leftOn" IS NULL) < $1`,
      RULES.volunteerTeamMinMembers,
    );
    const [unqualified] = await db.prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "Instructor"
        WHERE "partyWorkYears" < $1 OR "economicWorkYears" < $2 OR "leadershipYears" < $3 OR education::text <> ALL($4::text[])`,
      RULES.instructor.minPartyWorkYears,
      RULES.instructor.minEconomicWorkYears,
      RULES.instructor.minLeadershipYears,
      [...RULES.instructor.qualifyingEducation],
    );
    const [unassessed] = await db.prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "PostedCadre" c WHERE NOT EXISTS (SELECT 1 FROM "CadreAssessment" a WHERE a."cadreId" = c.id)`,
    );
    expect({ undersized: undersized?.n, unqualified: unqualified?.n, unassessed: unassessed?.n }).toEqual({
      undersized: UNDERSIZED_TEAMS,
      unqualified: UNQUALIFIED_INSTRUCTORS,
      unassessed: UNASSESSED_CADRES,
    });
    for (const count of [UNDERSIZED_TEAMS, UNQUALIFIED_INSTRUCTORS, UNASSESSED_CADRES])
      expect(count).toBeGreaterThanOrEqual(3);
  });

  it("keeps every other rule", async () => {
    const broken: Record<string, number> = {};
    for (const [rule, sql] of Object.entries(RULE_VIOLATIONS)) {
      const [row] = await db.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT (${sql})::int AS n`);
      if (row?.n !== 0) broken[rule] = row?.n ?? -1;
    }
    expect(broken).toEqual({});
  });

  it("records nothing after the end of 2015 except planned end dates", async () => {
    const columns = await db.prisma.$queryRawUnsafe<{ table_name: string; column_name: string }[]>(
      `SELECT table_name::text, column_name::text FROM information_schema.columns
        WHERE table_schema = current_schema() AND data_type = 'date' ORDER BY 1, 2`,
    );
    const checked = columns.filter((column) => !PLANNED_DATES.has(`${column.table_name}.${column.column_name}`));
    const sql = checked
      .map(
        (column) =>
          `SELECT '${column.table_name}.${column.column_name}' AS "column", count(*)::int AS n FROM "${column.table_name}" WHERE "${column.column_name}" > DATE '${asOf}'`,
      )
      .join(" UNION ALL ");
    const rows = await db.prisma.$queryRawUnsafe<{ column: string; n: number }[]>(sql);
    expect(rows.filter((row) => row.n > 0)).toEqual([]);
  });

  it("gives members unique, valid-looking ID numbers that agree with birth date and gender", async () => {
    const members = await db.prisma.partyMember.findMany({ select: { idNumber: true, birthDate: true, gender: true } });
    const invalid = members.filter(
      (member) =>
        !/^\d{17}[\dX]$/.test(member.idNumber) ||
        idCheckCharacter(member.idNumber.slice(0, 17)) !== member.idNumber[17] ||
        member.idNumber.slice(6, 14) !== member.birthDate.toISOString().slice(0, 10).replaceAll("-", "") ||
        (Number(member.idNumber[16]) % 2 === 1) !== (member.gender === "MALE"),
    );
    expect(invalid).toEqual([]);
    expect(new Set(members.map((member) => member.idNumber)).size).toBe(MEMBER_COUNT);
  });

  it("sets a city target for every metric and year, and town targets that add up to it", async () => {
    const [city] = await db.prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(DISTINCT (metric, year))::int AS n FROM "AnnualTarget" WHERE "scopeLevel" = 'CITY' AND "scopeCode" = 'CITY'`,
    );
    const metrics = await db.prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM unnest(enum_range(NULL::"TargetMetric"))`,
    );
    expect(city?.n).toBe((metrics[0]?.n ?? 0) * 4);
    const mismatched = await db.prisma.$queryRawUnsafe<{ metric: string }[]>(
      `SELECT c.metric::text FROM "AnnualTarget" c
         JOIN (SELECT metric, year, sum(value) AS total, count(*) AS towns FROM "AnnualTarget" WHERE "scopeLevel" = 'TOWN' GROUP BY 1, 2) t
           ON t.metric = c.metric AND t.year = c.year
        WHERE c."scopeLevel" = 'CITY' AND (t.total <> c.value OR t.towns <> (SELECT count(*) FROM "Town"))`,
    );
    expect(mismatched).toEqual([]);
    const [hundred] = await db.prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "AnnualTarget" WHERE "scopeLevel" = 'CITY' AND metric IN ('CADRES_POSTED', 'TRAINING_SESSIONS') AND value = 100`,
    );
    expect(hundred?.n).toBe(8);
  });

  it("puts actuals near their targets, with some plans ahead and some behind", async () => {
    const progress = await db.prisma.$queryRawUnsafe<{ metric: string; year: number; ratio: number }[]>(PROGRESS_SQL);
    expect(progress).toHaveLength(80);
    const outliers = progress.filter((row) => row.ratio < 0.7 || row.ratio > 1.4);
    expect(outliers).toEqual([]);
    expect(progress.filter((row) => row.ratio < 0.95).length).toBeGreaterThanOrEqual(10);
    expect(progress.filter((row) => row.ratio > 1.05).length).toBeGreaterThanOrEqual(10);
  });

  it("hashes the demo password at today's scrypt parameters, with a salt of its own per account", async () => {
    const users = await db.prisma.user.findMany({
      select: { username: true, passwordHash: true },
      orderBy: { id: "asc" },
    });
    expect(users.length).toBeGreaterThanOrEqual(30);
    const hashes = users.map((user) => user.passwordHash ?? "");
    expect(hashes.filter((hash) => needsRehash(hash))).toEqual([]);
    expect(new Set(hashes.map((hash) => hash.split("$")[4])).size).toBe(users.length);
    expect(await verifyPassword(DEMO_PASSWORD, users.find((user) => user.username === "admin")!.passwordHash!)).toBe(
      true,
    );
  });

  it("writes identical data on every run", async () => {
    const second = await createTestDatabase(backend);
    try {
      await seedDemoData(second.prisma);
      const [first, again] = [await checksums(db.prisma), await checksums(second.prisma)];
      expect(Object.keys(first).length).toBeGreaterThanOrEqual(61);
      expect(again).toEqual(first);
    } finally {
      await second.drop();
    }
  }, 300_000);
});

async function tableCounts(database: Database): Promise<Record<string, number>> {
  const tables = await businessTables(database);
  const rows = await database.$queryRawUnsafe<{ table: string; n: number }[]>(
    tables.map((table) => `SELECT '${table}' AS "table", count(*)::int AS n FROM "${table}"`).join(" UNION ALL "),
  );
  return Object.fromEntries(rows.map((row) => [row.table, row.n]));
}

/** md5 of every table's rows in id order, computed in SQL, leaving out the creation and update times. */
async function checksums(database: Database): Promise<Record<string, string>> {
  const tables = await businessTables(database);
  const rows = await database.$queryRawUnsafe<{ table: string; hash: string }[]>(
    tables
      .map(
        (table) =>
          `SELECT '${table}' AS "table", md5(coalesce(string_agg((to_jsonb(r) - 'createdAt' - 'updatedAt')::text, E'\\n' ORDER BY r.id), '')) AS hash FROM "${table}" r`,
      )
      .join(" UNION ALL "),
  );
  return Object.fromEntries(rows.map((row) => [row.table, row.hash]));
}

/** Each city metric counted exactly as the TargetMetric documentation defines it, next to its target. */
const PROGRESS_SQL = `
WITH years AS (SELECT generate_series(2012, 2015) AS year),
actuals AS (
  SELECT 'SERVICE_CENTRES' AS metric, y.year, (SELECT count(*) FROM "ServiceCentre" WHERE extract(year FROM "openedOn") = y.year)::numeric AS actual FROM years y
  UNION ALL SELECT 'JOINT_MEETINGS', y.year, (SELECT count(*) FROM "JointMeeting" WHERE extract(year FROM "heldOn") = y.year) FROM years y
  UNION ALL SELECT 'OPINIONS_RESOLVED', y.year, (SELECT count(*) FROM "PublicOpinion" WHERE extract(year FROM "resolvedOn") = y.year) FROM years y
  UNION ALL SELECT 'CADRES_POSTED', y.year, (SELECT count(*) FROM "PostedCadre" WHERE "selectedYear" = y.year) FROM years y
  UNION ALL SELECT 'CADRE_ASSESSMENTS', y.year, (SELECT count(*) FROM "CadreAssessment" WHERE year = y.year) FROM years y
  UNION ALL SELECT 'REPRESENTATIVE_TOURS', y.year, (SELECT count(*) FROM "RepresentativeTour" WHERE extract(year FROM "startOn") = y.year) FROM years y
  UNION ALL SELECT 'PROPOSALS', y.year, (SELECT count(*) FROM "Proposal" WHERE extract(year FROM "submittedOn") = y.year) FROM years y
  UNION ALL SELECT 'TRAINING_SESSIONS', y.year, (SELECT count(*) FROM "TrainingSession" WHERE extract(year FROM "heldOn") = y.year) FROM years y
  UNION ALL SELECT 'TRAINING_ATTENDEES', y.year, (SELECT coalesce(sum("actualAttendees"), 0) FROM "TrainingSession" WHERE extract(year FROM "heldOn") = y.year) FROM years y
  UNION ALL SELECT 'TALENT_TEAMS_LANDED', y.year, (SELECT count(*) FROM "TalentTeam" WHERE stage = 'LANDED' AND extract(year FROM "landedOn") = y.year) FROM years y
  UNION ALL SELECT 'BRANDS_CREATED', y.year, (SELECT count(*) FROM "PartyBrand" WHERE extract(year FROM "launchedOn") = y.year) FROM years y
  UNION ALL SELECT 'BRANDS_NAMED', y.year, (SELECT count(*) FROM "PartyBrand" WHERE stage = 'NAMED' AND extract(year FROM "namedOn") = y.year) FROM years y
  UNION ALL SELECT 'VOLUNTEER_TEAMS', y.year, (SELECT count(*) FROM "VolunteerTeam" WHERE active AND "foundedOn" <= make_date(y.year, 12, 31)) FROM years y
  UNION ALL SELECT 'VOLUNTEER_HOURS', y.year, (SELECT coalesce(sum(hours), 0) FROM "VolunteerService" WHERE extract(year FROM "servedOn") = y.year) FROM years y
  UNION ALL SELECT 'INSTRUCTORS_ASSIGNED', y.year, (SELECT count(DISTINCT "instructorId") FROM "InstructorAssignment" WHERE "startOn" <= make_date(y.year, 12, 31) AND ("endOn" IS NULL OR "endOn" >= make_date(y.year, 1, 1))) FROM years y
  UNION ALL SELECT 'ENTERPRISE_VISITS', y.year, (SELECT count(*) FROM "EnterpriseVisit" WHERE extract(year FROM "visitedOn") = y.year) FROM years y
  UNION ALL SELECT 'VENTURE_PROJECTS', y.year, (SELECT count(*) FROM "VentureProject" WHERE extract(year FROM "startedOn") = y.year) FROM years y
  UNION ALL SELECT 'VENTURE_JOBS', y.year, (SELECT coalesce(sum("jobsCreated"), 0) FROM "VentureProject" WHERE extract(year FROM "startedOn") = y.year) FROM years y
  UNION ALL SELECT 'BENCHMARKS_SET', y.year, (SELECT count(*) FROM "Benchmark" WHERE extract(year FROM "selectedOn") = y.year) FROM years y
  UNION ALL SELECT 'CATCH_UP_PLANS', y.year, (SELECT count(*) FROM "CatchUpPlan" WHERE extract(year FROM "startOn") = y.year) FROM years y
)
SELECT a.metric, a.year, (a.actual / t.value)::float8 AS ratio
  FROM actuals a JOIN "AnnualTarget" t ON t.metric::text = a.metric AND t.year = a.year AND t."scopeLevel" = 'CITY'
 ORDER BY a.metric, a.year`;
