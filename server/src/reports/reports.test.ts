// Every report against the hand-built fixture (fixture.ts), with the expected figures
// worked out by hand, on both backends.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendsUnderTest, createTestDatabase, type TestDatabase } from "@p181/db/testing";
import { buildReportFixture, type ReportFixture } from "./fixture.ts";
import {
  citySummary,
  phaseProgress,
  planProgress,
  paceOf,
  reportYear,
  ruleViolations,
  SCORECARD,
  workToDo,
  zoneScorecard,
  type ProgressRow,
  type ToDo,
} from "./index.ts";

/** [metric, year or phase, target, actual, ratio] */
type Figure = [string, number | null, number | null, number | null, number | null];

const figures = (rows: ProgressRow[]): Figure[] =>
  rows.map((row) => [
    row.metric,
    row.year ?? row.phase,
    row.target,
    row.actual,
    row.ratio === null ? null : Number(row.ratio.toFixed(4)),
  ]);

describe.each(backendsUnderTest())("reports on %s", (backend) => {
  let db: TestDatabase;
  let fixture: ReportFixture;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    fixture = await buildReportFixture(db.prisma);
  });
  afterAll(() => db?.drop());

  describe("planProgress", () => {
    it("gives the city's target, actual and ratio of every metric of a plan and year", async () => {
      const rows = await planProgress(db.prisma, { plan: "ZONE_PARTY_BUILDING" });
      expect(figures(rows)).toEqual([
        ["SERVICE_CENTRES", 2012, 4, 2, 0.5],
        ["SERVICE_CENTRES", 2013, 2, 1, 0.5],
        ["SERVICE_CENTRES", 2014, null, 0, null],
        ["SERVICE_CENTRES", 2015, null, 0, null],
        ["JOINT_MEETINGS", 2012, null, 1, null],
        ["JOINT_MEETINGS", 2013, null, 1, null],
        ["JOINT_MEETINGS", 2014, null, 1, null],
        ["JOINT_MEETINGS", 2015, null, 0, null],
        ["OPINIONS_RESOLVED", 2012, null, 1, null],
        ["OPINIONS_RESOLVED", 2013, null, 1, null],
        ["OPINIONS_RESOLVED", 2014, null, 1, null],
        ["OPINIONS_RESOLVED", 2015, null, 0, null],
      ]);
      expect(rows[0]).toEqual({
        plan: "ZONE_PARTY_BUILDING",
        planLabel: "村(区)域党建",
        metric: "SERVICE_CENTRES",
        metricLabel: "服务中心数",
        year: 2012,
        phase: 1,
        phaseLabel: "第一步",
        firstYear: 2012,
        lastYear: 2012,
        scopeLevel: "CITY",
        scopeCode: "CITY",
        townId: null,
        townCode: null,
        townName: null,
        zoneId: null,
        zoneCode: null,
        zoneName: null,
        target: 4,
        actual: 2,
        ratio: 0.5,
        records: { entity: "ServiceCentre", where: { openedOn: { gte: "2012-01-01", lte: "2012-12-31" } } },
      });
      expect(rows[2]).toMatchObject({ year: 2014, phase: 2, phaseLabel: "第二步" });
    });

    it("counts every metric exactly as its doc comment says, skipping soft-deleted rows", async () => {
      expect(figures(await planProgress(db.prisma, { year: 2012 }))).toEqual([
        ["SERVICE_CENTRES", 2012, 4, 2, 0.5],
        ["JOINT_MEETINGS", 2012, null, 1, null],
        ["OPINIONS_RESOLVED", 2012, null, 1, null],
        ["CADRES_POSTED", 2012, null, 2, null],
        ["CADRE_ASSESSMENTS", 2012, null, 1, null],
        ["REPRESENTATIVE_TOURS", 2012, null, 1, null],
        ["PROPOSALS", 2012, null, 2, null],
        ["TRAINING_SESSIONS", 2012, 2, 2, 1],
        ["TRAINING_ATTENDEES", 2012, 100, 80, 0.8],
        ["TALENT_TEAMS_LANDED", 2012, null, 1, null],
        ["BRANDS_CREATED", 2012, 2, 1, 0.5],
        ["BRANDS_NAMED", 2012, null, 0, null],
        ["VOLUNTEER_TEAMS", 2012, 1, 1, 1],
        ["VOLUNTEER_HOURS", 2012, 10, 15.5, 1.55],
        ["INSTRUCTORS_ASSIGNED", 2012, null, 1, null],
        ["ENTERPRISE_VISITS", 2012, null, 2, null],
        ["VENTURE_PROJECTS", 2012, null, 1, null],
        ["VENTURE_JOBS", 2012, null, 5, null],
        ["BENCHMARKS_SET", 2012, null, 1, null],
        ["CATCH_UP_PLANS", 2012, null, 1, null],
      ]);
      // 2013: a zero target gives no ratio; a deleted target and a target under the wrong plan count for nothing.
      expect(figures(await planProgress(db.prisma, { year: 2013 }))).toEqual([
        ["SERVICE_CENTRES", 2013, 2, 1, 0.5],
        ["JOINT_MEETINGS", 2013, null, 1, null],
        ["OPINIONS_RESOLVED", 2013, null, 1, null],
        ["CADRES_POSTED", 2013, null, 0, null],
        ["CADRE_ASSESSMENTS", 2013, null, 2, null],
        ["REPRESENTATIVE_TOURS", 2013, null, 1, null],
        ["PROPOSALS", 2013, null, 1, null],
        ["TRAINING_SESSIONS", 2013, 0, 1, null],
        ["TRAINING_ATTENDEES", 2013, null, 0, null],
        ["TALENT_TEAMS_LANDED", 2013, null, 1, null],
        ["BRANDS_CREATED", 2013, null, 1, null],
        ["BRANDS_NAMED", 2013, null, 1, null],
        ["VOLUNTEER_TEAMS", 2013, 4, 2, 0.5],
        ["VOLUNTEER_HOURS", 2013, 20, 14, 0.7],
        ["INSTRUCTORS_ASSIGNED", 2013, 2, 2, 1],
        ["ENTERPRISE_VISITS", 2013, null, 2, null],
        ["VENTURE_PROJECTS", 2013, null, 2, null],
        ["VENTURE_JOBS", 2013, null, 3, null],
        ["BENCHMARKS_SET", 2013, null, 0, null],
        ["CATCH_UP_PLANS", 2013, null, 0, null],
      ]);
      expect(
        figures(await planProgress(db.prisma, { year: 2014 })).map(([metric, , , actual]) => [metric, actual]),
      ).toEqual([
        ["SERVICE_CENTRES", 0],
        ["JOINT_MEETINGS", 1],
        ["OPINIONS_RESOLVED", 1],
        ["CADRES_POSTED", 1],
        ["CADRE_ASSESSMENTS", 1],
        ["REPRESENTATIVE_TOURS", 1],
        ["PROPOSALS", 0],
        ["TRAINING_SESSIONS", 0],
        ["TRAINING_ATTENDEES", 0],
        ["TALENT_TEAMS_LANDED", 0],
        ["BRANDS_CREATED", 1],
        ["BRANDS_NAMED", 0],
        ["VOLUNTEER_TEAMS", 2],
        ["VOLUNTEER_HOURS", 0],
        ["INSTRUCTORS_ASSIGNED", 1],
        ["ENTERPRISE_VISITS", 0],
        ["VENTURE_PROJECTS", 0],
        ["VENTURE_JOBS", 0],
        ["BENCHMARKS_SET", 1],
        ["CATCH_UP_PLANS", 1],
      ]);
    });

    it("cuts by town and by zone, counting only records on the unit's town or zone path", async () => {
      const byTown = await planProgress(db.prisma, { metric: "SERVICE_CENTRES", year: 2012, level: "TOWN" });
      expect(byTown.map((r) => [r.townCode, r.scopeCode, r.target, r.actual, r.ratio])).toEqual([
        ["TA", "TA", 1, 1, 1],
        ["TB", "TB", 2, 1, 0.5],
      ]);
      const proposals = await planProgress(db.prisma, { metric: "PROPOSALS", year: 2012, level: "TOWN" });
      expect(proposals.map((r) => [r.townCode, r.target, r.actual, r.ratio])).toEqual([
        ["TA", 2, 1, 0.5],
        ["TB", null, 1, null],
      ]);
      const instructors = await planProgress(db.prisma, { metric: "INSTRUCTORS_ASSIGNED", level: "TOWN" });
      expect(instructors.map((r) => [r.year, r.townCode, r.actual])).toEqual([
        [2012, "TA", 1],
        [2012, "TB", 0],
        [2013, "TA", 1],
        [2013, "TB", 1],
        [2014, "TA", 1],
        [2014, "TB", 0],
        [2015, "TA", 1],
        [2015, "TB", 0],
      ]);

      const zonesOfTown = await planProgress(db.prisma, {
        plan: "ZONE_PARTY_BUILDING",
        year: 2012,
        townId: fixture.towns.TA,
        level: "ZONE",
      });
      expect(
        zonesOfTown.map((r) => [r.metric, r.zoneCode, r.zoneName, r.townCode, r.target, r.actual, r.ratio]),
      ).toEqual([
        ["SERVICE_CENTRES", "TA-01", "东村", "TA", 1, 1, 1],
        ["SERVICE_CENTRES", "TA-02", "西村", "TA", null, 0, null],
        ["JOINT_MEETINGS", "TA-01", "东村", "TA", 2, 1, 0.5],
        ["JOINT_MEETINGS", "TA-02", "西村", "TA", null, 0, null],
        ["OPINIONS_RESOLVED", "TA-01", "东村", "TA", null, 1, null],
        ["OPINIONS_RESOLVED", "TA-02", "西村", "TA", null, 0, null],
      ]);
      const zone = await planProgress(db.prisma, { plan: "VOLUNTEERS", year: 2013, zoneId: fixture.zones.B1 });
      expect(zone.map((r) => [r.metric, r.scopeLevel, r.scopeCode, r.actual])).toEqual([
        ["VOLUNTEER_TEAMS", "ZONE", "TB-01", 1],
        ["VOLUNTEER_HOURS", "ZONE", "TB-01", 4],
      ]);
      // The records behind a town's or a zone's figure are those of its area.
      expect(byTown[1]?.records).toEqual({
        entity: "ServiceCentre",
        where: { openedOn: { gte: "2012-01-01", lte: "2012-12-31" }, areaTownId: { equals: fixture.towns.TB } },
      });
      expect(zone[0]?.records).toEqual({
        entity: "VolunteerTeam",
        where: { active: { equals: true }, foundedOn: { lte: "2013-12-31" }, areaZoneId: { equals: fixture.zones.B1 } },
      });
    });

    it("leaves the actual empty where a metric cannot be split by town or zone", async () => {
      const rows = await planProgress(db.prisma, { year: 2012, zoneId: fixture.zones.A1 });
      const actual = Object.fromEntries(rows.map((r) => [r.metric, r.actual]));
      expect(actual).toMatchObject({
        PROPOSALS: null,
        TRAINING_SESSIONS: null,
        BENCHMARKS_SET: null,
        SERVICE_CENTRES: 1,
        TALENT_TEAMS_LANDED: 1,
      });
      const town = await planProgress(db.prisma, { plan: "BENCHMARKING", year: 2012, townId: fixture.towns.TA });
      expect(town.map((r) => [r.metric, r.actual, r.records])).toEqual([
        ["BENCHMARKS_SET", null, null],
        ["CATCH_UP_PLANS", null, null],
      ]);
    });

    it("keeps within a forced scope", async () => {
      const { TA, TB } = fixture.towns;
      const scoped = await planProgress(db.prisma, { metric: "SERVICE_CENTRES", year: 2012 }, { townId: TB });
      expect(scoped.map((r) => [r.scopeLevel, r.townCode, r.actual])).toEqual([["TOWN", "TB", 1]]);
      expect(await planProgress(db.prisma, { townId: TA }, { townId: TB })).toEqual([]);
      expect(await planProgress(db.prisma, { zoneId: fixture.zones.A1 }, { townId: TB })).toHaveLength(0);
      expect(await planProgress(db.prisma, { year: 2012, phase: 2 })).toEqual([]);
    });
  });

  describe("phaseProgress", () => {
    it("sums flows over each phase and takes stocks at the phase's end", async () => {
      const rows = await phaseProgress(db.prisma, {});
      const pick = (metric: string) => figures(rows.filter((r) => r.metric === metric));
      expect(pick("SERVICE_CENTRES")).toEqual([
        ["SERVICE_CENTRES", 1, 6, 3, 0.5],
        ["SERVICE_CENTRES", 2, null, 0, null],
      ]);
      expect(pick("TRAINING_SESSIONS")).toEqual([
        ["TRAINING_SESSIONS", 1, 2, 3, 1.5],
        ["TRAINING_SESSIONS", 2, null, 0, null],
      ]);
      expect(pick("CADRE_ASSESSMENTS")).toEqual([
        ["CADRE_ASSESSMENTS", 1, null, 3, null],
        ["CADRE_ASSESSMENTS", 2, null, 1, null],
      ]);
      expect(pick("VOLUNTEER_TEAMS")).toEqual([
        ["VOLUNTEER_TEAMS", 1, 4, 2, 0.5],
        ["VOLUNTEER_TEAMS", 2, null, 2, null],
      ]);
      expect(pick("VOLUNTEER_HOURS")).toEqual([
        ["VOLUNTEER_HOURS", 1, 30, 29.5, 0.9833],
        ["VOLUNTEER_HOURS", 2, null, 0, null],
      ]);
      expect(pick("INSTRUCTORS_ASSIGNED")).toEqual([
        ["INSTRUCTORS_ASSIGNED", 1, 2, 2, 1],
        ["INSTRUCTORS_ASSIGNED", 2, null, 1, null],
      ]);
      expect(rows[0]).toMatchObject({ year: null, phase: 1, phaseLabel: "第一步", firstYear: 2012, lastYear: 2013 });
      expect(rows.find((r) => r.metric === "CADRES_POSTED" && r.phase === 2)?.records).toEqual({
        entity: "PostedCadre",
        where: { selectedYear: { gte: 2014, lte: 2015 } },
      });
      expect(rows).toHaveLength(40);
    });

    it("filters by phase, plan and area", async () => {
      const rows = await phaseProgress(db.prisma, { phase: 2, plan: "ZONE_PARTY_BUILDING", level: "TOWN" });
      expect(rows.map((r) => [r.metric, r.townCode, r.actual])).toEqual([
        ["SERVICE_CENTRES", "TA", 0],
        ["SERVICE_CENTRES", "TB", 0],
        ["JOINT_MEETINGS", "TA", 1],
        ["JOINT_MEETINGS", "TB", 0],
        ["OPINIONS_RESOLVED", "TA", 0],
        ["OPINIONS_RESOLVED", "TB", 1],
      ]);
    });
  });

  describe("citySummary", () => {
    it("puts every plan on one page: headline figure and metrics met, per year", async () => {
      const rows = await citySummary(db.prisma, { fromYear: 2012, toYear: 2013 });
      expect(rows).toHaveLength(20);
      expect(
        rows.map((r) => [
          r.plan,
          r.year,
          r.headlineMetric,
          r.target,
          r.actual,
          r.ratio,
          r.metrics,
          r.metricsTargeted,
          r.metricsMet,
        ]),
      ).toEqual([
        ["ZONE_PARTY_BUILDING", 2012, "SERVICE_CENTRES", 4, 2, 0.5, 3, 1, 0],
        ["ZONE_PARTY_BUILDING", 2013, "SERVICE_CENTRES", 2, 1, 0.5, 3, 1, 0],
        ["YOUNG_CADRES", 2012, "CADRES_POSTED", null, 2, null, 2, 0, 0],
        ["YOUNG_CADRES", 2013, "CADRES_POSTED", null, 0, null, 2, 0, 0],
        ["REPRESENTATIVE_TOURS", 2012, "REPRESENTATIVE_TOURS", null, 1, null, 2, 0, 0],
        ["REPRESENTATIVE_TOURS", 2013, "REPRESENTATIVE_TOURS", null, 1, null, 2, 0, 0],
        ["TRAINING", 2012, "TRAINING_SESSIONS", 2, 2, 1, 2, 2, 1],
        ["TRAINING", 2013, "TRAINING_SESSIONS", 0, 1, null, 2, 1, 1],
        ["TALENT_TEAMS", 2012, "TALENT_TEAMS_LANDED", null, 1, null, 1, 0, 0],
        ["TALENT_TEAMS", 2013, "TALENT_TEAMS_LANDED", null, 1, null, 1, 0, 0],
        ["BRANDS", 2012, "BRANDS_CREATED", 2, 1, 0.5, 2, 1, 0],
        ["BRANDS", 2013, "BRANDS_CREATED", null, 1, null, 2, 0, 0],
        ["VOLUNTEERS", 2012, "VOLUNTEER_TEAMS", 1, 1, 1, 2, 2, 2],
        ["VOLUNTEERS", 2013, "VOLUNTEER_TEAMS", 4, 2, 0.5, 2, 2, 0],
        ["INSTRUCTORS", 2012, "INSTRUCTORS_ASSIGNED", null, 1, null, 2, 0, 0],
        ["INSTRUCTORS", 2013, "INSTRUCTORS_ASSIGNED", 2, 2, 1, 2, 1, 1],
        ["ENTREPRENEURSHIP", 2012, "VENTURE_PROJECTS", null, 1, null, 2, 0, 0],
        ["ENTREPRENEURSHIP", 2013, "VENTURE_PROJECTS", null, 2, null, 2, 0, 0],
        ["BENCHMARKING", 2012, "BENCHMARKS_SET", null, 1, null, 2, 0, 0],
        ["BENCHMARKING", 2013, "BENCHMARKS_SET", null, 0, null, 2, 0, 0],
      ]);
      expect(rows[0]).toMatchObject({
        planLabel: "村(区)域党建",
        headlineMetricLabel: "服务中心数",
        phase: 1,
        phaseLabel: "第一步",
        scopeLevel: "CITY",
        scopeCode: "CITY",
        records: { entity: "ServiceCentre", where: { openedOn: { gte: "2012-01-01", lte: "2012-12-31" } } },
      });
    });

    it("summarises a forced town scope for that town", async () => {
      const rows = await citySummary(db.prisma, { fromYear: 2012, toYear: 2012 }, { townId: fixture.towns.TA });
      expect(rows[0]).toMatchObject({
        plan: "ZONE_PARTY_BUILDING",
        scopeLevel: "TOWN",
        scopeCode: "TA",
        townName: "甲镇",
        target: 1,
        actual: 1,
        ratio: 1,
        metricsMet: 1,
      });
    });
  });

  describe("zoneScorecard", () => {
    const expected = {
      "TA-01": {
        organisations: 1,
        partyMembers: 3,
        serviceCentres: 1,
        serviceRecords: 2,
        jointMeetings: 2,
        followUpsDone: 1,
        followUpsOpen: 2,
        opinionsReceived: 2,
        opinionsResolved: 2,
        gridCases: 2,
        hostedCadres: 1,
        opinionDiaryEntries: 2,
        representativeTours: 1,
        volunteerTeams: 1,
        volunteerServices: 2,
        volunteerHours: 22.5,
        brands: 1,
        brandsNamed: 1,
        talentTeamsLanded: 1,
        enterprisesWithInstructors: 1,
        ventureProjects: 1,
        ventureJobs: 5,
      },
      "TA-02": {
        organisations: 1,
        partyMembers: 1,
        serviceCentres: 1,
        serviceRecords: 0,
        jointMeetings: 0,
        followUpsDone: 0,
        followUpsOpen: 0,
        opinionsReceived: 1,
        opinionsResolved: 0,
        gridCases: 0,
        hostedCadres: 1,
        opinionDiaryEntries: 1,
        representativeTours: 0,
        volunteerTeams: 0,
        volunteerServices: 1,
        volunteerHours: 3,
        brands: 0,
        brandsNamed: 0,
        talentTeamsLanded: 0,
        enterprisesWithInstructors: 0,
        ventureProjects: 1,
        ventureJobs: 3,
      },
      "TB-01": {
        organisations: 1,
        partyMembers: 2,
        serviceCentres: 1,
        serviceRecords: 1,
        jointMeetings: 1,
        followUpsDone: 1,
        followUpsOpen: 1,
        opinionsReceived: 2,
        opinionsResolved: 1,
        gridCases: 0,
        hostedCadres: 1,
        opinionDiaryEntries: 0,
        representativeTours: 1,
        volunteerTeams: 1,
        volunteerServices: 1,
        volunteerHours: 4,
        brands: 1,
        brandsNamed: 0,
        talentTeamsLanded: 0,
        enterprisesWithInstructors: 1,
        ventureProjects: 1,
        ventureJobs: 0,
      },
    };

    it("counts every plan and the flagship work per live zone", async () => {
      const rows = await zoneScorecard(db.prisma);
      expect(rows.map((r) => r.zoneCode)).toEqual(["TA-01", "TA-02", "TB-01"]);
      expect(Object.keys(expected["TA-01"]).sort()).toEqual(SCORECARD.map((f) => f.key).sort());
      for (const row of rows) {
        const { zoneId, zoneCode, zoneName, zoneKind, economicallyWeak, townId, townCode, townName, ...counts } = row;
        expect(counts).toEqual(expected[zoneCode as keyof typeof expected]);
      }
      expect(rows[0]).toMatchObject({
        zoneId: fixture.zones.A1,
        zoneName: "东村",
        zoneKind: "VILLAGE",
        economicallyWeak: true,
        townCode: "TA",
        townName: "甲镇",
      });
    });

    it("filters by town and zone within a forced scope", async () => {
      expect((await zoneScorecard(db.prisma, { townId: fixture.towns.TA })).map((r) => r.zoneCode)).toEqual([
        "TA-01",
        "TA-02",
      ]);
      expect((await zoneScorecard(db.prisma, {}, { zoneId: fixture.zones.B1 })).map((r) => r.zoneCode)).toEqual([
        "TB-01",
      ]);
      expect(await zoneScorecard(db.prisma, { zoneId: fixture.zones.A1 }, { townId: fixture.towns.TB })).toEqual([]);
    });
  });

  describe("ruleViolations", () => {
    it("lists each violating record with its rule, label, town and zone", async () => {
      const { broken } = fixture;
      const rows = await ruleViolations(db.prisma);
      expect(rows.map((r) => [r.ruleId, r.recordId, r.recordLabel, r.field, r.detail, r.townCode, r.zoneCode])).toEqual(
        [
          [
            "volunteer-team-min-members",
            broken.smallTeam,
            `队伍${(await db.prisma.volunteerTeam.findUniqueOrThrow({ where: { id: broken.smallTeam } })).organisationId}-2013-06-01`,
            "memberships",
            "现有 3 人",
            "TB",
            "TB-01",
          ],
          [
            "instructor-education",
            broken.unqualifiedInstructor,
            "高中指导员",
            "education",
            "现为高中/中专",
            null,
            null,
          ],
          [
            "posted-cadre-assessed",
            broken.unassessedCadre,
            `干部2012-${fixture.zones.B1}`,
            "assessments",
            "2012-03-01 起派驻，尚无考核",
            "TB",
            "TB-01",
          ],
          [
            "annual-target-metric-plan",
            broken.wrongPlanTarget,
            "2013 CITY BRANDS_NAMED",
            "metric",
            "指标“命名品牌数”属于“百个基层党建品牌大创建”，不属于“百场讲学拉练大培训”",
            null,
            null,
          ],
          [
            "party-brand-focus-matches-field",
            broken.offFocusBrand,
            expect.stringMatching(/^品牌\d+-2013-01-01$/),
            "focus",
            "所属领域 村，创建重点 提高效能",
            "TB",
            "TB-01",
          ],
          [
            "catch-up-plan-end-on-not-before-start-on",
            broken.backwardsPlan,
            "赶超2014-03-01",
            "endOn",
            "结束日期 2013-01-01 早于开始日期 2014-03-01",
            null,
            null,
          ],
        ],
      );
      expect(rows[0]).toMatchObject({
        ruleLabel: "党员志愿者队伍不少于10人",
        ruleMessage: "a volunteer team has at least 10 members",
        detailEn: "has 3 members",
        values: { members: 3 },
        enforcement: "write",
        entity: "VolunteerTeam",
        entityLabel: "党员志愿者队伍",
        fieldLabel: "队员",
        townName: "乙街道",
        zoneName: "南社区",
      });
      expect(rows[2]?.enforcement).toBe("report");
    });

    it("filters by rule, town and zone within a forced scope", async () => {
      const ids = async (...args: Parameters<typeof ruleViolations> extends [unknown, ...infer Rest] ? Rest : never) =>
        (await ruleViolations(db.prisma, ...args)).map((r) => r.ruleId);
      expect(await ids({ townId: fixture.towns.TB })).toEqual([
        "volunteer-team-min-members",
        "posted-cadre-assessed",
        "party-brand-focus-matches-field",
      ]);
      expect(await ids({ zoneId: fixture.zones.A1 })).toEqual([]);
      expect(await ids({ ruleId: "posted-cadre-assessed" }, { zoneId: fixture.zones.B1 })).toEqual([
        "posted-cadre-assessed",
      ]);
      expect(await ids({ ruleId: "no-such-rule" })).toEqual([]);
      expect(await ids({ townId: fixture.towns.TA }, { townId: fixture.towns.TB })).toEqual([]);
    });
  });
  describe("workToDo", () => {
    /** Mid-2013, and the last day of 2013. */
    const midYear = new Date(2013, 6, 1, 12);
    const yearEnd = new Date(2013, 11, 31, 12);
    const summary = (todo: ToDo) => ({
      year: todo.year,
      openViolations: todo.openViolations,
      byRule: todo.violationsByRule.map((r) => [r.ruleId, r.count]),
      behind: todo.plansBehind.map((p) => [
        p.plan,
        p.metricsTargeted,
        p.metrics.map((m) => [m.metric, m.due, m.actual]),
      ]),
      overdueFollowUps: todo.overdueFollowUps.count,
      openOpinions: todo.openOpinions.count,
    });

    it("gives the city admin the whole city: violations, plans behind, overdue follow-ups, open opinions", async () => {
      const todo = await workToDo(db.prisma, { year: 2012, today: midYear });
      expect(summary(todo)).toEqual({
        year: 2012,
        openViolations: 6,
        byRule: [
          ["volunteer-team-min-members", 1],
          ["instructor-education", 1],
          ["posted-cadre-assessed", 1],
          ["annual-target-metric-plan", 1],
          ["party-brand-focus-matches-field", 1],
          ["catch-up-plan-end-on-not-before-start-on", 1],
        ],
        behind: [
          ["ZONE_PARTY_BUILDING", 1, [["SERVICE_CENTRES", 4, 2]]],
          ["TRAINING", 2, [["TRAINING_ATTENDEES", 100, 80]]],
          ["BRANDS", 1, [["BRANDS_CREATED", 2, 1]]],
        ],
        // The open item due 2012-06-01 in 东村 and the one in progress due 2013-03-01 in 南社区.
        overdueFollowUps: 2,
        // 西村's opinion of 2013-03-01; 南社区's closed one is dealt with.
        openOpinions: 1,
      });
      expect(todo.pace).toBe(1);
      expect(todo.plans).toHaveLength(10);
      expect(todo.violationsByRule[0]).toMatchObject({
        ruleLabel: "党员志愿者队伍不少于10人",
        entity: "VolunteerTeam",
        entityLabel: "党员志愿者队伍",
        records: { entity: "VolunteerTeam", where: { id: { in: [fixture.broken.smallTeam] } } },
      });
      expect(todo.overdueFollowUps.records).toEqual({
        entity: "FollowUpItem",
        where: { status: { in: ["OPEN", "IN_PROGRESS"] }, dueOn: { lt: "2013-07-01" } },
      });
      expect(todo.openOpinions.records).toEqual({
        entity: "PublicOpinion",
        where: { status: { in: ["RECEIVED", "HANDLING"] } },
      });
    });

    it("measures this year's targets at the year's pace", async () => {
      expect(reportYear(midYear)).toBe(2013);
      expect(reportYear(new Date(2026, 0, 1))).toBe(2015);
      expect(paceOf(2013, midYear)).toBeCloseTo(182 / 365, 6);
      expect(paceOf(2012, midYear)).toBe(1);
      expect(paceOf(2014, midYear)).toBe(0);
      // Halfway through 2013 every plan keeps pace; at its end three metrics are short.
      expect(summary(await workToDo(db.prisma, { today: midYear })).behind).toEqual([]);
      expect(summary(await workToDo(db.prisma, { today: yearEnd })).behind).toEqual([
        ["ZONE_PARTY_BUILDING", 1, [["SERVICE_CENTRES", 2, 1]]],
        [
          "VOLUNTEERS",
          2,
          [
            ["VOLUNTEER_TEAMS", 4, 2],
            ["VOLUNTEER_HOURS", 20, 14],
          ],
        ],
      ]);
    });

    it("gives a town admin their town", async () => {
      const ta = await workToDo(db.prisma, { year: 2012, today: midYear }, { townId: fixture.towns.TA });
      expect(summary(ta)).toEqual({
        year: 2012,
        openViolations: 0,
        byRule: [],
        behind: [["REPRESENTATIVE_TOURS", 1, [["PROPOSALS", 2, 1]]]],
        overdueFollowUps: 1,
        openOpinions: 1,
      });
      expect(ta.overdueFollowUps.records.where).toEqual({
        status: { in: ["OPEN", "IN_PROGRESS"] },
        dueOn: { lt: "2013-07-01" },
        areaTownId: { equals: fixture.towns.TA },
      });
      const tb = await workToDo(db.prisma, { year: 2012, today: midYear }, { townId: fixture.towns.TB });
      expect(summary(tb)).toEqual({
        year: 2012,
        openViolations: 3,
        byRule: [
          ["volunteer-team-min-members", 1],
          ["posted-cadre-assessed", 1],
          ["party-brand-focus-matches-field", 1],
        ],
        behind: [["ZONE_PARTY_BUILDING", 1, [["SERVICE_CENTRES", 2, 1]]]],
        overdueFollowUps: 1,
        openOpinions: 0,
      });
    });

    it("gives a zone secretary their zone", async () => {
      const a1 = await workToDo(db.prisma, { year: 2012, today: midYear }, { zoneId: fixture.zones.A1 });
      expect(summary(a1)).toEqual({
        year: 2012,
        openViolations: 0,
        byRule: [],
        behind: [["ZONE_PARTY_BUILDING", 2, [["JOINT_MEETINGS", 2, 1]]]],
        overdueFollowUps: 1,
        openOpinions: 0,
      });
      expect(a1.openOpinions.records.where).toEqual({
        status: { in: ["RECEIVED", "HANDLING"] },
        areaZoneId: { equals: fixture.zones.A1 },
      });
      const a2 = await workToDo(db.prisma, { year: 2012, today: midYear }, { zoneId: fixture.zones.A2 });
      expect(summary(a2)).toMatchObject({ openViolations: 0, behind: [], overdueFollowUps: 0, openOpinions: 1 });
      const b1 = await workToDo(db.prisma, { year: 2012, today: midYear }, { zoneId: fixture.zones.B1 });
      expect(summary(b1)).toMatchObject({ openViolations: 3, behind: [], overdueFollowUps: 1, openOpinions: 0 });
    });

    it("gives a plan officer their plans only", async () => {
      const volunteers = await workToDo(db.prisma, { plans: ["VOLUNTEERS"], today: yearEnd });
      expect(summary(volunteers)).toEqual({
        year: 2013,
        openViolations: 1,
        byRule: [["volunteer-team-min-members", 1]],
        behind: [
          [
            "VOLUNTEERS",
            2,
            [
              ["VOLUNTEER_TEAMS", 4, 2],
              ["VOLUNTEER_HOURS", 20, 14],
            ],
          ],
        ],
        overdueFollowUps: 0,
        openOpinions: 0,
      });
      expect(volunteers.plans).toEqual(["VOLUNTEERS"]);
      const zoneWork = await workToDo(db.prisma, {
        plans: ["ZONE_PARTY_BUILDING", "TRAINING"],
        year: 2012,
        today: midYear,
      });
      expect(summary(zoneWork)).toMatchObject({
        openViolations: 0,
        behind: [
          ["ZONE_PARTY_BUILDING", 1, [["SERVICE_CENTRES", 4, 2]]],
          ["TRAINING", 2, [["TRAINING_ATTENDEES", 100, 80]]],
        ],
        overdueFollowUps: 2,
        openOpinions: 1,
      });
    });

    it("has nothing to do where the filter leaves the forced scope", async () => {
      const todo = await workToDo(
        db.prisma,
        { townId: fixture.towns.TA, today: midYear },
        { townId: fixture.towns.TB },
      );
      expect(summary(todo)).toMatchObject({ openViolations: 0, behind: [], overdueFollowUps: 0, openOpinions: 0 });
    });
  });
});
