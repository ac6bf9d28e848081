// The reports through GraphQL: flat rows, descriptions, and the viewer's area forced on them.
import { isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendsUnderTest, createTestDatabase, type TestDatabase } from "@p181/db/testing";
import { buildReportFixture, type ReportFixture } from "../reports/fixture.ts";
import { execute } from "../testing/graphql.ts";
import { cityAdmin, townAdmin, zoneSecretary } from "../testing/viewers.ts";
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
        detail: "has 3",
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
});
