// The domain-specific rules find exactly the bad records and skip soft-deleted ones.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendsUnderTest, createTestDatabase, type TestDatabase } from "@p181/db/testing";
import { day, ruleFixture, type RuleFixture } from "./fixture.ts";
import { ruleById, type DetailValues } from "./index.ts";

const deleted = { deletedAt: new Date("2014-01-01T00:00:00Z") };

describe.each(backendsUnderTest())("domain rules on %s", (backend) => {
  let db: TestDatabase;
  let fixture: RuleFixture;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    fixture = await ruleFixture(db.prisma, "DR");
  });
  afterAll(() => db?.drop());

  /** The rule's violations with their Chinese detail (English: `found(…, "en")`). */
  async function found(ruleId: string, language: "zh" | "en" = "zh") {
    const rule = ruleById(ruleId);
    if (!rule) throw new Error(`No rule ${ruleId}`);
    const rows = await db.prisma.$queryRaw<{ recordId: number; values: DetailValues }[]>(rule.violations());
    return rows
      .map(({ recordId, values }) => ({ recordId, detail: rule.detail(values)[language] }))
      .sort((a, b) => a.recordId - b.recordId);
  }

  /** A team with the given memberships: "current", "left", "deleted" (membership) or "gone" (member soft-deleted). */
  async function team(
    members: Record<"current" | "left" | "deleted" | "gone", number>,
    data: Record<string, unknown> = {},
  ) {
    const created = await fixture.create("VolunteerTeam", data);
    const states = Object.entries(members).flatMap(([state, count]) => Array.from({ length: count }, () => state));
    for (const state of states) {
      const member = await fixture.create("PartyMember", state === "gone" ? deleted : {});
      await db.prisma.volunteerMembership.create({
        data: {
          teamId: created.id,
          memberId: member.id,
          joinedOn: day("2012-01-01"),
          leftOn: state === "left" ? day("2013-01-01") : null,
          deletedAt: state === "deleted" ? new Date() : null,
        },
      });
    }
    return created.id;
  }

  it("volunteer-team-min-members: active live teams with fewer than 10 current members", async () => {
    await team({ current: 10, left: 0, deleted: 0, gone: 0 });
    const left = await team({ current: 9, left: 1, deleted: 0, gone: 0 });
    const deletedMembership = await team({ current: 9, left: 0, deleted: 1, gone: 0 });
    const goneMember = await team({ current: 9, left: 0, deleted: 0, gone: 1 });
    const empty = await team({ current: 0, left: 0, deleted: 0, gone: 0 });
    await team({ current: 3, left: 0, deleted: 0, gone: 0 }, { active: false });
    await team({ current: 2, left: 0, deleted: 0, gone: 0 }, deleted);
    expect(await found("volunteer-team-min-members")).toEqual([
      { recordId: left, detail: "现有 9 人" },
      { recordId: deletedMembership, detail: "现有 9 人" },
      { recordId: goneMember, detail: "现有 9 人" },
      { recordId: empty, detail: "现有 0 人" },
    ]);
    expect((await found("volunteer-team-min-members", "en"))[3]).toEqual({ recordId: empty, detail: "has 0 members" });
    const [row] = await db.prisma.$queryRaw<{ values: DetailValues }[]>(
      ruleById("volunteer-team-min-members")!.violations([left]),
    );
    expect(row?.values).toEqual({ members: 9 });
  });

  it("instructor rules: each requirement flags exactly the instructor lacking it", async () => {
    await fixture.create("Instructor", {
      partyWorkYears: 3,
      economicWorkYears: 2,
      leadershipYears: 2,
      education: "JUNIOR_COLLEGE",
    });
    const party = await fixture.create("Instructor", { partyWorkYears: 2 });
    const economic = await fixture.create("Instructor", { economicWorkYears: 1 });
    const leadership = await fixture.create("Instructor", { leadershipYears: 0 });
    const education = await fixture.create("Instructor", { education: "SENIOR_HIGH" });
    await fixture.create("Instructor", {
      partyWorkYears: 0,
      economicWorkYears: 0,
      leadershipYears: 0,
      education: "PRIMARY",
      ...deleted,
    });
    expect(await found("instructor-party-work-years")).toEqual([{ recordId: party.id, detail: "现为 2 年" }]);
    expect(await found("instructor-economic-work-years")).toEqual([{ recordId: economic.id, detail: "现为 1 年" }]);
    expect(await found("instructor-leadership-years")).toEqual([{ recordId: leadership.id, detail: "现为 0 年" }]);
    expect(await found("instructor-leadership-years", "en")).toEqual([
      { recordId: leadership.id, detail: "has 0 years" },
    ]);
    // An enum value shows as its label, never as its code.
    expect(await found("instructor-education")).toEqual([{ recordId: education.id, detail: "现为高中/中专" }]);
    expect(await found("instructor-education", "en")).toEqual([{ recordId: education.id, detail: "has senior high" }]);
  });

  it("posted-cadre-assessed: cadres posted a year or more ago without a live assessment", async () => {
    const never = await fixture.create("PostedCadre", { startOn: day("2012-03-01") });
    const assessed = await fixture.create("PostedCadre", { startOn: day("2012-03-01") });
    await db.prisma.cadreAssessment.create({
      data: { cadreId: assessed.id, year: 2012, period: "H2", score: 85, grade: "GOOD", assessedOn: day("2012-12-20") },
    });
    const onlyDeleted = await fixture.create("PostedCadre", { startOn: day("2013-03-01") });
    await db.prisma.cadreAssessment.create({
      data: {
        cadreId: onlyDeleted.id,
        year: 2013,
        period: "H2",
        score: 85,
        grade: "GOOD",
        assessedOn: day("2013-12-20"),
        ...deleted,
      },
    });
    const recent = new Date();
    recent.setUTCDate(recent.getUTCDate() - 30);
    await fixture.create("PostedCadre", {
      startOn: new Date(recent.toISOString().slice(0, 10)),
      selectedYear: recent.getUTCFullYear(),
    });
    const withdrawn = await fixture.create("PostedCadre", {
      startOn: day("2014-03-01"),
      endOn: day("2014-10-31"),
      status: "WITHDRAWN",
    });
    await fixture.create("PostedCadre", { startOn: day("2012-03-01"), ...deleted });
    expect(await found("posted-cadre-assessed")).toEqual([
      { recordId: never.id, detail: "2012-03-01 起派驻，尚无考核" },
      { recordId: onlyDeleted.id, detail: "2013-03-01 起派驻，尚无考核" },
      { recordId: withdrawn.id, detail: "2014-03-01 起派驻，尚无考核" },
    ]);
    expect((await found("posted-cadre-assessed", "en"))[0]?.detail).toBe("posted since 2012-03-01, no assessment");
  });

  it("annual-target-metric-plan: the metric belongs to the plan", async () => {
    await fixture.create("AnnualTarget", { plan: "TRAINING", metric: "TRAINING_ATTENDEES" });
    const wrong = await fixture.create("AnnualTarget", { plan: "BRANDS", metric: "TRAINING_SESSIONS" });
    await fixture.create("AnnualTarget", { plan: "VOLUNTEERS", metric: "TRAINING_SESSIONS", ...deleted });
    expect(await found("annual-target-metric-plan")).toEqual([
      { recordId: wrong.id, detail: "指标“培训场次”属于“百场讲学拉练大培训”，不属于“百个基层党建品牌大创建”" },
    ]);
    expect(await found("annual-target-metric-plan", "en")).toEqual([
      { recordId: wrong.id, detail: "training sessions belongs to training, not brands" },
    ]);
  });

  it("annual-target-scope: code, town and zone match the scope level", async () => {
    const { townId, zoneId } = fixture;
    await fixture.create("AnnualTarget", {});
    await fixture.create("AnnualTarget", { scopeLevel: "TOWN", scopeCode: "DR", townId });
    await fixture.create("AnnualTarget", { scopeLevel: "ZONE", scopeCode: "DR-01", zoneId });
    await fixture.create("AnnualTarget", { scopeLevel: "ZONE", scopeCode: "DR-01", zoneId, townId });
    const wrongCode = await fixture.create("AnnualTarget", { scopeLevel: "TOWN", scopeCode: "XX", townId });
    const cityWithTown = await fixture.create("AnnualTarget", { townId });
    const zoneWithoutZone = await fixture.create("AnnualTarget", { scopeLevel: "ZONE", scopeCode: "DR-01" });
    await fixture.create("AnnualTarget", { scopeLevel: "TOWN", scopeCode: "YY", ...deleted });
    expect(await found("annual-target-scope")).toEqual([
      { recordId: wrongCode.id, detail: "目标层级 镇/街道，范围编码 XX，镇(街道/区) DR，村(区)域 空" },
      { recordId: cityWithTown.id, detail: "目标层级 全市，范围编码 CITY，镇(街道/区) DR，村(区)域 空" },
      { recordId: zoneWithoutZone.id, detail: "目标层级 村(区)域，范围编码 DR-01，镇(街道/区) 空，村(区)域 空" },
    ]);
    expect((await found("annual-target-scope", "en"))[0]?.detail).toBe(
      "scope level town, scope code XX, town DR, zone empty",
    );
  });

  it("talent-team-stage-dates: signing and landing dates match the stage", async () => {
    await fixture.create("TalentTeam", { stage: "CONTACT" });
    await fixture.create("TalentTeam", { stage: "SIGNED", signedOn: day("2012-05-01") });
    await fixture.create("TalentTeam", { stage: "LANDED", signedOn: day("2012-05-01"), landedOn: day("2012-09-01") });
    const unsigned = await fixture.create("TalentTeam", { stage: "SIGNED" });
    const earlyLanding = await fixture.create("TalentTeam", {
      stage: "SIGNED",
      signedOn: day("2012-05-01"),
      landedOn: day("2012-09-01"),
    });
    await fixture.create("TalentTeam", { stage: "LANDED", ...deleted });
    expect(await found("talent-team-stage-dates")).toEqual([
      { recordId: unsigned.id, detail: "引进阶段 签约，签约日期 空，落户日期 空" },
      { recordId: earlyLanding.id, detail: "引进阶段 签约，签约日期 2012-05-01，落户日期 2012-09-01" },
    ]);
    expect((await found("talent-team-stage-dates", "en"))[0]?.detail).toBe(
      "stage signed, signed on empty, landed on empty",
    );
  });

  it("party-brand-focus-matches-field: enterprise, village and organ brands keep to their focus", async () => {
    await fixture.create("PartyBrand", { field: "ENTERPRISE", focus: "INNOVATION_UPGRADING" });
    await fixture.create("PartyBrand", { field: "VILLAGE", focus: "SOCIAL_MANAGEMENT" });
    await fixture.create("PartyBrand", { field: "COMMUNITY", focus: "EFFICIENCY" });
    const village = await fixture.create("PartyBrand", { field: "VILLAGE", focus: "EFFICIENCY" });
    const organ = await fixture.create("PartyBrand", { field: "ORGAN", focus: "ENRICHMENT" });
    await fixture.create("PartyBrand", { field: "ENTERPRISE", focus: "ENRICHMENT", ...deleted });
    expect(await found("party-brand-focus-matches-field")).toEqual([
      { recordId: village.id, detail: "所属领域 村，创建重点 提高效能" },
      { recordId: organ.id, detail: "所属领域 机关，创建重点 创业富民" },
    ]);
    expect((await found("party-brand-focus-matches-field", "en"))[0]?.detail).toBe("field village, focus efficiency");
  });
});
