// The reports through GraphQL: flat rows, descriptions, and the viewer's area forced on them.
import { resourceOf } from "@p181/schema";
import { isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendsUnderTest, createTestDatabase, type TestDatabase } from "@p181/db/testing";
import { buildReportFixture, type ReportFixture } from "../reports/fixture.ts";
import { execute } from "../testing/graphql.ts";
import { SCORECARD } from "../reports/index.ts";
import { cityAdmin, planOfficer, townAdmin, zoneSecretary } from "../testing/viewers.ts";
import { createApp } from "../yoga.ts";
import { schema } from "./index.ts";

describe.each(backendsUnderTest())("report queries on %s", (backend) => {
  let db: TestDatabase;
  let fixture: ReportFixture;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    fixture = await buildReportFixture(db.prisma);
  });
  afterAll(() => db?.drop());

  const as = (viewer?: ReturnType<typeof cityAdmin>) =>
    createApp({ prisma: db.prisma, development: false, ...(viewer ? { actAs: viewer } : {}) });

  it("answers planProgress with flat, labelled rows", async () => {
    const result = await execute(
      as(cityAdmin()),
      `{ planProgress(plan: ZONE_PARTY_BUILDING, year: 2012) {
           plan planLabel metric metricLabel year phase phaseLabel scopeLevel scopeCode townCode zoneCode target actual ratio } }`,
    );
    expect(result.errors).toBeUndefined();
    const common = {
      plan: "ZONE_PARTY_BUILDING",
      planLabel: "村(区)域党建",
      year: 2012,
      phase: 1,
      phaseLabel: "第一步",
      scopeLevel: "CITY",
      scopeCode: "CITY",
      townCode: null,
      zoneCode: null,
    };
    expect(result.data.planProgress).toEqual([
      { ...common, metric: "SERVICE_CENTRES", metricLabel: "服务中心数", target: 4, actual: 2, ratio: 0.5 },
      { ...common, metric: "JOINT_MEETINGS", metricLabel: "联席会次数", target: null, actual: 1, ratio: null },
      { ...common, metric: "OPINIONS_RESOLVED", metricLabel: "民情办结件数", target: null, actual: 1, ratio: null },
    ]);
  });

  it("answers the other reports", async () => {
    const result = await execute(
      as(cityAdmin()),
      `{ phaseProgress(metric: VOLUNTEER_HOURS) { phase target actual }
         citySummary(fromYear: 2013, toYear: 2013) { plan headlineMetric target actual metricsTargeted metricsMet }
         zoneScorecard(townId: ${fixture.towns.TA}) { zoneCode zoneKind organisations partyMembers volunteerHours ventureJobs }
         ruleViolations(ruleId: "volunteer-team-min-members") { ruleId ruleLabel enforcement entity recordId detail townCode zoneName }
         domainRules { id enforcement } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.phaseProgress).toEqual([
      { phase: 1, target: 30, actual: 29.5 },
      { phase: 2, target: null, actual: 0 },
    ]);
    expect(result.data.citySummary).toHaveLength(10);
    expect(result.data.citySummary[6]).toEqual({
      plan: "VOLUNTEERS",
      headlineMetric: "VOLUNTEER_TEAMS",
      target: 4,
      actual: 2,
      metricsTargeted: 2,
      metricsMet: 0,
    });
    expect(result.data.zoneScorecard).toEqual([
      {
        zoneCode: "TA-01",
        zoneKind: "VILLAGE",
        organisations: 1,
        partyMembers: 3,
        volunteerHours: 22.5,
        ventureJobs: 5,
      },
      { zoneCode: "TA-02", zoneKind: "VILLAGE", organisations: 1, partyMembers: 1, volunteerHours: 3, ventureJobs: 3 },
    ]);
    expect(result.data.ruleViolations).toEqual([
      {
        ruleId: "volunteer-team-min-members",
        ruleLabel: "党员志愿者队伍不少于10人",
        enforcement: "WRITE",
        entity: "VolunteerTeam",
        recordId: fixture.broken.smallTeam,
        detail: "现有 3 人",
        townCode: "TB",
        zoneName: "南社区",
      },
    ]);
    expect(result.data.domainRules).toContainEqual({ id: "posted-cadre-assessed", enforcement: "REPORT" });
  });

  it("keeps town admins and zone secretaries inside their area", async () => {
    const town = await execute(
      as(townAdmin(fixture.towns.TB)),
      `{ zoneScorecard { zoneCode } ruleViolations { ruleId townCode } other: ruleViolations(townId: ${fixture.towns.TA}) { ruleId }
         planProgress(metric: SERVICE_CENTRES, year: 2012) { scopeCode target actual } }`,
    );
    expect(town.errors).toBeUndefined();
    expect(town.data.zoneScorecard).toEqual([{ zoneCode: "TB-01" }]);
    expect(town.data.ruleViolations.map((row: { townCode: string }) => row.townCode)).toEqual(["TB", "TB", "TB"]);
    expect(town.data.other).toEqual([]);
    expect(town.data.planProgress).toEqual([{ scopeCode: "TB", target: 2, actual: 1 }]);

    const zone = await execute(
      as(zoneSecretary(fixture.towns.TA, fixture.zones.A1)),
      "{ citySummary(fromYear: 2012, toYear: 2012) { plan scopeLevel scopeCode target actual } }",
    );
    expect(zone.errors).toBeUndefined();
    expect(zone.data.citySummary[0]).toEqual({
      plan: "ZONE_PARTY_BUILDING",
      scopeLevel: "ZONE",
      scopeCode: "TA-01",
      target: 1,
      actual: 1,
    });
  });

  it("refuses anonymous callers, years out of range and unknown rules", async () => {
    const anonymous = await execute(as(), "{ zoneScorecard { zoneCode } }");
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const badYear = await execute(as(cityAdmin()), "{ planProgress(year: 20130) { actual } }");
    expect(badYear.errors?.[0]).toMatchObject({
      message: "year must be between 2000 and 2100",
      extensions: { code: "BAD_USER_INPUT" },
    });
    const badRule = await execute(as(cityAdmin()), '{ ruleViolations(ruleId: "nope") { recordId } }');
    expect(badRule.errors?.[0]).toMatchObject({
      message: "Unknown rule nope; domainRules lists them",
      extensions: { code: "BAD_USER_INPUT" },
    });
  });

  it("describes every report type and field for BI tools", () => {
    for (const name of ["PlanProgressRow", "CitySummaryRow", "ZoneScorecardRow", "RuleViolationRow", "DomainRule"]) {
      const type = schema.getType(name);
      if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
      expect(type.description).toMatch(/^\S+ \| \S/);
      for (const field of Object.values(type.getFields()))
        expect(`${name}.${field.name}: ${field.description}`).toMatch(/: \S+ \| \S/);
    }
  });
  describe("the records behind each figure", () => {
    /** The field a summed metric adds up; the others count rows. */
    const SUMMED: Record<string, string> = {
      TRAINING_ATTENDEES: "actualAttendees",
      VOLUNTEER_HOURS: "hours",
      VENTURE_JOBS: "jobsCreated",
    };

    type Figure = { metric?: string; records: { entity: string; where: unknown } };

    /** What each figure's list holds, its rows or the sum of the summed field: 25 figures a request (the alias limit is 30). */
    async function listed(figures: Figure[]): Promise<(number | undefined)[]> {
      const counts: (number | undefined)[] = [];
      for (let i = 0; i < figures.length; i += 25) counts.push(...(await listedAtOnce(figures.slice(i, i + 25))));
      return counts;
    }

    async function listedAtOnce(figures: Figure[]) {
      const parts = figures.map(({ metric, records }, i) => {
        const field = metric ? SUMMED[metric] : undefined;
        return {
          variable: `$w${i}: ${records.entity}Filter`,
          selection: `a${i}: ${resourceOf(records.entity).plural}Aggregate(where: $w${i}) { count ${field ? `sum { ${field} }` : ""} }`,
          read: (data: Record<string, { count: number; sum?: Record<string, number | null> }>) =>
            field ? Number(data[`a${i}`]?.sum?.[field] ?? 0) : data[`a${i}`]?.count,
        };
      });
      const result = await execute(
        as(cityAdmin()),
        `query (${parts.map((p) => p.variable).join(", ")}) { ${parts.map((p) => p.selection).join(" ")} }`,
        Object.fromEntries(figures.map((figure, i) => [`w${i}`, figure.records.where])),
      );
      expect(result.errors?.map((e) => e.message)).toBeUndefined();
      return parts.map((part) => part.read(result.data));
    }

    it("lists what each progress figure counts or sums, at every level", async () => {
      const differences: string[] = [];
      for (const level of ["CITY", "TOWN", "ZONE"]) {
        for (const year of [2012, 2013]) {
          const result = await execute(
            as(cityAdmin()),
            `{ planProgress(level: ${level}, year: ${year}) { metric scopeCode actual records { entity where } } }`,
          );
          expect(result.errors).toBeUndefined();
          const rows = result.data.planProgress as {
            metric: string;
            scopeCode: string;
            actual: number | null;
            records: { entity: string; where: unknown } | null;
          }[];
          for (const row of rows) expect(row.records === null).toBe(row.actual === null);
          const shown = rows.filter((row) => row.records !== null);
          const counts = await listed(shown.map((row) => ({ metric: row.metric, records: row.records! })));
          shown.forEach((row, i) => {
            if (counts[i] !== row.actual)
              differences.push(`${row.metric} ${year} ${row.scopeCode}: ${counts[i]} listed, ${row.actual} counted`);
          });
        }
      }
      // Live records of soft-deleted parents (a deleted team's service, a deleted cadre's
      // assessment, a deleted benchmark's plan): the figure leaves them out, a list shows them.
      expect(differences).toEqual([
        "VOLUNTEER_HOURS 2012 CITY: 65.5 listed, 15.5 counted",
        "CATCH_UP_PLANS 2012 CITY: 2 listed, 1 counted",
        "CADRE_ASSESSMENTS 2013 CITY: 3 listed, 2 counted",
        "VOLUNTEER_HOURS 2012 TA: 65.5 listed, 15.5 counted",
        "CADRE_ASSESSMENTS 2013 TA: 3 listed, 2 counted",
        "VOLUNTEER_HOURS 2012 TA-01: 62.5 listed, 12.5 counted",
        "CADRE_ASSESSMENTS 2013 TA-01: 3 listed, 2 counted",
      ]);
    });

    it("lists what each scorecard cell counts, and the to-do's figures", async () => {
      const result = await execute(
        as(cityAdmin()),
        `{ zoneScorecardFigures { key label records { entity where } }
           zoneScorecard { zoneId zoneCode ${SCORECARD.map((f) => f.key).join(" ")} } }`,
      );
      expect(result.errors).toBeUndefined();
      const figures = result.data.zoneScorecardFigures as { key: string; records: { entity: string; where: object } }[];
      expect(figures.map((f) => f.key)).toEqual(SCORECARD.map((f) => f.key));
      const differences: string[] = [];
      for (const zone of result.data.zoneScorecard as Record<string, number | string>[]) {
        const counts = await listed(
          figures.map((figure) => ({
            metric:
              figure.key === "volunteerHours"
                ? "VOLUNTEER_HOURS"
                : figure.key === "ventureJobs"
                  ? "VENTURE_JOBS"
                  : undefined,
            records: { ...figure.records, where: { ...figure.records.where, areaZoneId: { equals: zone.zoneId } } },
          })),
        );
        figures.forEach((figure, i) => {
          if (counts[i] !== zone[figure.key])
            differences.push(`${figure.key} ${zone.zoneCode}: ${counts[i]} listed, ${zone[figure.key]} counted`);
        });
      }
      // As above: the diary of a deleted cadre, the services of a deleted team and a deleted centre.
      expect(differences).toEqual([
        "opinionDiaryEntries TA-01: 3 listed, 2 counted",
        "volunteerServices TA-01: 3 listed, 2 counted",
        "volunteerHours TA-01: 72.5 listed, 22.5 counted",
        "serviceRecords TB-01: 2 listed, 1 counted",
      ]);

      const todo = await execute(
        as(townAdmin(fixture.towns.TA)),
        `{ workToDo(year: 2012) { year plans openViolations plansBehind { plan metrics { metric due actual } }
             overdueFollowUps { count records { entity where } } openOpinions { count records { entity where } }
             violationsByRule { ruleId count } } }`,
      );
      expect(todo.errors).toBeUndefined();
      const work = todo.data.workToDo;
      expect(work).toMatchObject({
        year: 2012,
        openViolations: 0,
        plansBehind: [{ plan: "REPRESENTATIVE_TOURS", metrics: [{ metric: "PROPOSALS", due: 2, actual: 1 }] }],
        overdueFollowUps: { records: { entity: "FollowUpItem" } },
      });
      // Today both of 东村's open items are past due (2012-06-01, 2014-01-01); counted as their lists show them.
      expect([work.overdueFollowUps.count, work.openOpinions.count]).toEqual([2, 1]);
      expect(await listed([work.overdueFollowUps, work.openOpinions])).toEqual([2, 1]);
    });

    it("narrows a plan officer's to-do to their plans", async () => {
      const result = await execute(
        as(planOfficer(["VOLUNTEERS"])),
        "{ workToDo(year: 2013) { plans openViolations violationsByRule { ruleId records { entity } } overdueFollowUps { count } } }",
      );
      expect(result.errors).toBeUndefined();
      expect(result.data.workToDo).toEqual({
        plans: ["VOLUNTEERS"],
        openViolations: 1,
        violationsByRule: [{ ruleId: "volunteer-team-min-members", records: { entity: "VolunteerTeam" } }],
        overdueFollowUps: { count: 0 },
      });
    });
  });
});
