// The write check refuses exactly the writes that break "write" rules (nothing is written),
// and the violations list locates every violating record in its town and zone.
import type { Prisma } from "@p181/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backendsUnderTest, createTestDatabase, type TestDatabase } from "@p181/db/testing";
import { day, ruleFixture, type RuleFixture } from "./fixture.ts";
import { assertRules, listViolations, RuleViolationError, type WrittenRows } from "./index.ts";

function written(entries: Record<string, number[]>): WrittenRows {
  return new Map(Object.entries(entries).map(([model, ids]) => [model, new Set(ids)]));
}

describe.each(backendsUnderTest())("rule checks on %s", (backend) => {
  let db: TestDatabase;
  let here: RuleFixture;
  let there: RuleFixture;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    here = await ruleFixture(db.prisma, "AS");
    there = await ruleFixture(db.prisma, "AT");
  });
  afterAll(() => db?.drop());

  /** Creates a team with `size` current members through tx, returning what was written. */
  async function createTeam(tx: Prisma.TransactionClient, name: string, size: number) {
    const team = await tx.volunteerTeam.create({
      data: {
        name,
        organisationId: here.organisationId,
        zoneId: here.zoneId,
        specialty: "MEDICAL",
        leaderName: "队长",
        foundedOn: day("2012-01-01"),
      },
    });
    const members: number[] = [];
    const memberships: number[] = [];
    for (let index = 0; index < size; index++) {
      const member = await tx.partyMember.create({
        data: {
          idNumber: `${name}-${index}`,
          name: `${name}队员${index}`,
          gender: "MALE",
          birthDate: day("1980-01-01"),
          education: "BACHELOR",
          organisationId: here.organisationId,
          category: "FULL",
          joinedOn: day("2000-07-01"),
        },
      });
      const membership = await tx.volunteerMembership.create({
        data: { teamId: team.id, memberId: member.id, joinedOn: day("2012-01-01") },
      });
      members.push(member.id);
      memberships.push(membership.id);
    }
    return { team: team.id, members, memberships };
  }

  describe("listViolations", () => {
    const ids: Record<"team" | "instructor" | "cadre" | "plan", number> = { team: 0, instructor: 0, cadre: 0, plan: 0 };
    beforeAll(async () => {
      ids.team = await db.prisma.$transaction((tx) => createTeam(tx, "小队", 3)).then((created) => created.team);
      ids.instructor = (
        await there.create("Instructor", { townId: there.townId, education: "SENIOR_HIGH", name: "低学历" })
      ).id;
      ids.cadre = (await there.create("PostedCadre", { hostZoneId: there.zoneId, name: "未考核" })).id;
      ids.plan = (
        await there.create("CatchUpPlan", { title: "倒排计划", startOn: day("2013-05-01"), endOn: day("2013-01-01") })
      ).id;
    });

    const rowOf = (name: keyof typeof ids) => {
      const rows = {
        team: {
          rule: "volunteer-team-min-members",
          entity: "VolunteerTeam",
          recordLabel: "小队",
          field: "memberships",
          detail: "现有 3 人",
          town: "AS",
          zone: "AS-01",
        },
        instructor: {
          rule: "instructor-education",
          entity: "Instructor",
          recordLabel: "低学历",
          field: "education",
          detail: "现为高中/中专",
          town: "AT",
          zone: null,
        },
        cadre: {
          rule: "posted-cadre-assessed",
          entity: "PostedCadre",
          recordLabel: "未考核",
          field: "assessments",
          detail: "2012-03-01 起派驻，尚无考核",
          town: "AT",
          zone: "AT-01",
        },
        plan: {
          rule: "catch-up-plan-end-on-not-before-start-on",
          entity: "CatchUpPlan",
          recordLabel: "倒排计划",
          field: "endOn",
          detail: "结束日期 2013-01-01 早于开始日期 2013-05-01",
          town: null,
          zone: null,
        },
      } as const;
      return { ...rows[name], recordId: ids[name] };
    };

    async function list(filter: Parameters<typeof listViolations>[1] = {}) {
      return (await listViolations(db.prisma, filter)).map((row) => ({
        rule: row.rule.id,
        entity: row.rule.entity,
        field: row.rule.field,
        recordId: row.recordId,
        recordLabel: row.recordLabel,
        detail: row.detail.zh,
        town: row.townCode,
        zone: row.zoneCode,
      }));
    }

    it("lists every violating record, in rule order, with its label, town and zone", async () => {
      expect(await list()).toEqual([rowOf("team"), rowOf("instructor"), rowOf("cadre"), rowOf("plan")]);
      const [team] = await listViolations(db.prisma, { ruleIds: ["volunteer-team-min-members"] });
      expect(team).toMatchObject({ townId: here.townId, townName: "AS镇", zoneId: here.zoneId, zoneName: "东村" });
      expect(team?.rule.label).toBe("党员志愿者队伍不少于10人");
    });

    it("filters by rule, town and zone", async () => {
      expect(await list({ ruleIds: ["posted-cadre-assessed"] })).toEqual([rowOf("cadre")]);
      expect(await list({ townId: there.townId })).toEqual([rowOf("instructor"), rowOf("cadre")]);
      expect(await list({ zoneId: here.zoneId })).toEqual([rowOf("team")]);
      expect(await list({ townId: here.townId, zoneId: there.zoneId })).toEqual([]);
      expect(await list({ ruleIds: [] })).toEqual([]);
    });
  });

  describe("assertRules", () => {
    it("passes writes that keep the rules", async () => {
      const created = await db.prisma.$transaction(async (tx) => {
        const team = await createTeam(tx, "满编队", 10);
        await assertRules(
          tx,
          written({ VolunteerTeam: [team.team], VolunteerMembership: team.memberships, PartyMember: team.members }),
        );
        return team;
      });
      expect(await db.prisma.volunteerMembership.count({ where: { teamId: created.team } })).toBe(10);
    });

    it("refuses a new team under 10 members and writes nothing", async () => {
      let teamId = 0;
      const failure = await db.prisma
        .$transaction(async (tx) => {
          const team = await createTeam(tx, "七人队", 7);
          teamId = team.team;
          await assertRules(tx, written({ VolunteerTeam: [team.team], VolunteerMembership: team.memberships }));
        })
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(RuleViolationError);
      const error = failure as RuleViolationError;
      expect(error.message).toBe(
        `VolunteerTeam ${teamId} memberships: 党员志愿者队伍不少于10人（现有 7 人） (a volunteer team has at least 10 members; has 7 members)`,
      );
      expect(error.extensions).toEqual({
        code: "RULE_VIOLATION",
        violations: [
          {
            rule: "volunteer-team-min-members",
            entity: "VolunteerTeam",
            recordId: teamId,
            field: "memberships",
            message: "a volunteer team has at least 10 members",
            label: "党员志愿者队伍不少于10人",
            detail: "现有 7 人",
            detailEn: "has 7 members",
            values: { members: 7 },
          },
        ],
      });
      expect(await db.prisma.volunteerTeam.count({ where: { name: "七人队" } })).toBe(0);
    });

    it("checks the team when a membership ends or a member is soft-deleted", async () => {
      const team = await db.prisma.$transaction((tx) => createTeam(tx, "十人队", 10));
      const leaving = team.memberships[0]!;
      await expect(
        db.prisma.$transaction(async (tx) => {
          await tx.volunteerMembership.update({ where: { id: leaving }, data: { leftOn: day("2014-01-01") } });
          await assertRules(tx, written({ VolunteerMembership: [leaving] }));
        }),
      ).rejects.toThrow(
        `VolunteerTeam ${team.team} memberships: 党员志愿者队伍不少于10人（现有 9 人） (a volunteer team has at least 10 members; has 9 members)`,
      );
      expect((await db.prisma.volunteerMembership.findUniqueOrThrow({ where: { id: leaving } })).leftOn).toBeNull();

      const gone = team.members[1]!;
      await expect(
        db.prisma.$transaction(async (tx) => {
          await tx.partyMember.update({ where: { id: gone }, data: { deletedAt: new Date() } });
          await assertRules(tx, written({ PartyMember: [gone] }));
        }),
      ).rejects.toThrow(/现有 9 人/);
      expect((await db.prisma.partyMember.findUniqueOrThrow({ where: { id: gone } })).deletedAt).toBeNull();
    });

    it("ignores report rules and violations the writes did not touch", async () => {
      const cadre = await here.create("PostedCadre", { startOn: day("2012-03-01") });
      await db.prisma.$transaction(async (tx) => {
        await tx.postedCadre.update({ where: { id: cadre.id }, data: { hostPost: "第一书记" } });
        const instructor = await tx.instructor.create({
          data: {
            name: "合格",
            gender: "MALE",
            birthDate: day("1970-01-01"),
            sourceKind: "TOWN",
            sourceUnit: "镇",
            education: "MASTER",
            partyWorkYears: 10,
            economicWorkYears: 10,
            leadershipYears: 10,
            appointedOn: day("2013-01-01"),
          },
        });
        await assertRules(tx, written({ PostedCadre: [cadre.id], Instructor: [instructor.id], Town: [here.townId] }));
      });
      await expect(assertRules(db.prisma, new Map())).resolves.toBeUndefined();
    });

    it("refuses a bulk write with bad rows, listing each, and writes none of it", async () => {
      const before = await db.prisma.annualTarget.count();
      const failure = await db.prisma
        .$transaction(async (tx) => {
          const rows = [
            { plan: "TRAINING", metric: "TRAINING_SESSIONS", value: 100 },
            { plan: "BRANDS", metric: "TRAINING_SESSIONS", value: 100 },
            { plan: "TRAINING", metric: "TRAINING_ATTENDEES", value: -1 },
          ] as const;
          const ids: number[] = [];
          for (const row of rows) {
            const target = await tx.annualTarget.create({
              data: { ...row, year: 2013, scopeLevel: "CITY", scopeCode: "CITY" },
            });
            ids.push(target.id);
          }
          await assertRules(tx, written({ AnnualTarget: ids }));
        })
        .catch((error: unknown) => error as RuleViolationError);
      expect(failure).toBeInstanceOf(RuleViolationError);
      expect((failure as RuleViolationError).violations.map((v) => [v.rule, v.detail, v.detailEn])).toEqual([
        [
          "annual-target-metric-plan",
          "指标“培训场次”属于“百场讲学拉练大培训”，不属于“百个基层党建品牌大创建”",
          "training sessions belongs to training, not brands",
        ],
        ["annual-target-value-non-negative", "现为 -1", "is -1"],
      ]);
      expect(await db.prisma.annualTarget.count()).toBe(before);
    });

    it("spells out five violations in the message and carries all of them", async () => {
      const failure = await db.prisma
        .$transaction(async (tx) => {
          const ids: number[] = [];
          for (let index = 0; index < 7; index++) {
            const instructor = await tx.instructor.create({
              data: {
                name: `无学历${index}`,
                gender: "MALE",
                birthDate: day("1970-01-01"),
                sourceKind: "TOWN",
                sourceUnit: "镇",
                education: "PRIMARY",
                partyWorkYears: 10,
                economicWorkYears: 10,
                leadershipYears: 10,
                appointedOn: day("2013-01-01"),
              },
            });
            ids.push(instructor.id);
          }
          await assertRules(tx, written({ Instructor: ids }));
        })
        .catch((error: unknown) => error as RuleViolationError);
      expect(failure).toBeInstanceOf(RuleViolationError);
      expect((failure as RuleViolationError).violations).toHaveLength(7);
      expect((failure as RuleViolationError).message).toMatch(
        /^Instructor \d+ education: 党建指导员学历应为大专、本科、硕士、博士（现为小学及以下） \(.*; has primary\); .*; and 2 more$/,
      );
    });
  });
});
