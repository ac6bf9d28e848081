// A small hand-built city for the report tests: 2 towns, 3 zones (and a deleted one), a few
// records of every plan including soft-deleted ones that must not count, and annual targets.
// The expected figures in the tests are worked out by hand from this file.
import type { PrismaClient } from "@p181/db";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const gone = { deletedAt: day("2015-12-31") };

export interface ReportFixture {
  towns: { TA: number; TB: number };
  zones: { A1: number; A2: number; B1: number };
  /** Records that break rules, for the violations report. */
  broken: {
    smallTeam: number;
    unqualifiedInstructor: number;
    unassessedCadre: number;
    wrongPlanTarget: number;
    offFocusBrand: number;
    backwardsPlan: number;
  };
}

export async function buildReportFixture(prisma: PrismaClient): Promise<ReportFixture> {
  const TA = (await prisma.town.create({ data: { code: "TA", name: "甲镇", kind: "TOWN" } })).id;
  const TB = (await prisma.town.create({ data: { code: "TB", name: "乙街道", kind: "STREET" } })).id;
  const zone = async (code: string, name: string, townId: number, extra = {}) =>
    (await prisma.zone.create({ data: { code, name, townId, kind: "VILLAGE", ...extra } })).id;
  const A1 = await zone("TA-01", "东村", TA, { economicallyWeak: true });
  const A2 = await zone("TA-02", "西村", TA);
  const B1 = await zone("TB-01", "南社区", TB);
  await zone("TA-09", "撤并村", TA, gone);

  // Organisations: one per zone, a town committee outside any zone, a dissolved one.
  const organisation = async (code: string, townId: number, zoneId: number | null, extra = {}) =>
    (
      await prisma.partyOrganisation.create({
        data: {
          code,
          name: `${code}党组织`,
          type: "BRANCH",
          field: "RURAL",
          townId,
          zoneId,
          foundedOn: day("2000-07-01"),
          ...extra,
        },
      })
    ).id;
  const OA1 = await organisation("OA1", TA, A1);
  const OA2 = await organisation("OA2", TA, A2);
  const OB1 = await organisation("OB1", TB, B1);
  const OA0 = await organisation("OA0", TA, null, { type: "PARTY_COMMITTEE" });
  await organisation("ODIS", TB, B1, { status: "DISSOLVED" });

  let memberCount = 0;
  const member = async (organisationId: number, zoneId: number | null, extra = {}) =>
    (
      await prisma.partyMember.create({
        data: {
          idNumber: `ID${++memberCount}`,
          name: `党员${memberCount}`,
          gender: "MALE",
          birthDate: day("1980-01-01"),
          education: "BACHELOR",
          organisationId,
          zoneId,
          category: "FULL",
          joinedOn: day("2005-07-01"),
          ...extra,
        },
      })
    ).id;
  for (let i = 0; i < 3; i++) await member(OA1, A1);
  await member(OA2, A2);
  await member(OB1, B1);
  await member(OB1, B1);
  await member(OA0, null);
  await member(OA1, A1, gone);

  // 村(区)域党建
  const centre = async (zoneId: number, name: string, openedOn: string, extra = {}) =>
    (
      await prisma.serviceCentre.create({
        data: {
          zoneId,
          kind: "PARTY_MEMBER",
          name,
          address: "村部",
          floorAreaM2: 200,
          staffCount: 3,
          services: ["代办"],
          openingHours: "8:30-17:00",
          openedOn: day(openedOn),
          ...extra,
        },
      })
    ).id;
  const c1 = await centre(A1, "东村中心", "2012-03-01");
  await centre(A2, "西村中心", "2013-05-01");
  const c3 = await centre(B1, "南社区中心", "2012-07-01");
  const c4 = await centre(B1, "旧中心", "2012-08-01", gone);
  const service = (centreId: number, extra = {}) =>
    prisma.serviceRecord.create({
      data: {
        centreId,
        servedOn: day("2013-01-01"),
        serviceType: "代办",
        description: "代办",
        beneficiaries: 1,
        handledBy: "张",
        ...extra,
      },
    });
  await service(c1);
  await service(c1);
  await service(c1, gone);
  await service(c3);
  await service(c4);

  const meeting = async (zoneId: number, heldOn: string, extra = {}) =>
    (
      await prisma.jointMeeting.create({
        data: { zoneId, heldOn: day(heldOn), title: "联席会", topics: "议题", attendeeCount: 20, ...extra },
      })
    ).id;
  const m1 = await meeting(A1, "2012-04-01");
  await meeting(A1, "2014-06-01");
  const m3 = await meeting(B1, "2013-02-01");
  await meeting(A2, "2012-04-01", gone);
  const decision = async (meetingId: number) =>
    (await prisma.meetingDecision.create({ data: { meetingId, sequence: 1, content: "决议" } })).id;
  const d1 = await decision(m1);
  const d3 = await decision(m3);
  // Overdue on 2013-07-01: the two open items due before it.
  for (const [decisionId, status, dueOn, extra] of [
    [d1, "DONE", "2012-05-01", {}],
    [d1, "OPEN", "2012-06-01", {}],
    [d1, "IN_PROGRESS", "2014-01-01", {}],
    [d1, "CANCELLED", "2012-05-01", {}],
    [d1, "DONE", "2012-05-01", gone],
    [d1, "OPEN", "2012-05-01", gone],
    [d3, "DONE", "2013-03-01", {}],
    [d3, "IN_PROGRESS", "2013-03-01", {}],
  ] as const) {
    await prisma.followUpItem.create({
      data: { decisionId, description: "事项", ownerName: "李", status, dueOn: day(dueOn), ...extra },
    });
  }

  const opinion = (zoneId: number, receivedOn: string, resolvedOn: string | null, extra = {}) =>
    prisma.publicOpinion.create({
      data: {
        zoneId,
        source: "HOTLINE",
        category: "OTHER",
        content: "诉求",
        receivedOn: day(receivedOn),
        resolvedOn: resolvedOn ? day(resolvedOn) : null,
        status: resolvedOn ? "RESOLVED" : "RECEIVED",
        ...extra,
      },
    });
  await opinion(A1, "2012-01-10", "2012-02-01");
  await opinion(A1, "2012-11-01", "2013-01-15");
  await opinion(A2, "2013-03-01", null);
  await opinion(B1, "2013-04-01", null, { status: "CLOSED" });
  await opinion(B1, "2014-01-01", "2014-03-01");
  await opinion(A1, "2012-04-01", "2012-05-01", gone);

  const grid = await prisma.gridArea.create({ data: { zoneId: A1, code: "G1", name: "一网格", dutyOfficer: "王" } });
  for (const extra of [{}, {}, gone]) {
    await prisma.socialCase.create({
      data: { gridId: grid.id, reportedOn: day("2013-03-01"), category: "DISPUTE", description: "纠纷", ...extra },
    });
  }

  // 百名年轻机关干部一线大派驻
  const cadre = async (hostZoneId: number, selectedYear: number, startOn: string, extra = {}) =>
    (
      await prisma.postedCadre.create({
        data: {
          name: `干部${selectedYear}-${hostZoneId}`,
          gender: "FEMALE",
          birthDate: day("1986-01-01"),
          sourceUnit: "市发改委",
          originalPost: "科员",
          selectedYear,
          hostZoneId,
          hostPost: "书记助理",
          startOn: day(startOn),
          ...extra,
        },
      })
    ).id;
  const k1 = await cadre(A1, 2012, "2012-03-01");
  const k2 = await cadre(B1, 2012, "2012-03-01");
  const k3 = await cadre(A2, 2014, "2014-03-01");
  const k4 = await cadre(A1, 2013, "2013-03-01", gone);
  const assess = (cadreId: number, year: number, period: "H1" | "H2" | "ANNUAL", extra = {}) =>
    prisma.cadreAssessment.create({
      data: { cadreId, year, period, score: 88, grade: "GOOD", assessedOn: day(`${year}-12-20`), ...extra },
    });
  await assess(k1, 2012, "ANNUAL");
  await assess(k1, 2013, "H1");
  await assess(k1, 2013, "H2");
  await assess(k3, 2014, "ANNUAL");
  await assess(k3, 2015, "ANNUAL", gone);
  await assess(k4, 2013, "ANNUAL");
  for (const cadreId of [k1, k1, k3, k4]) {
    await prisma.opinionDiaryEntry.create({
      data: { cadreId, writtenOn: day("2013-05-01"), title: "走访", content: "记录" },
    });
  }

  // 百名党代表大巡访
  const representative = async (townId: number) =>
    (
      await prisma.partyRepresentative.create({
        data: { name: `代表${townId}`, gender: "MALE", townId, congressTerm: 11, termStart: day("2011-09-01") },
      })
    ).id;
  const r1 = await representative(TA);
  const r2 = await representative(TB);
  for (const [targetOrganisationId, startOn, extra] of [
    [OA1, "2012-05-01", {}],
    [OA0, "2013-05-01", {}],
    [OB1, "2014-05-01", {}],
    [OA1, "2012-06-01", gone],
  ] as const) {
    await prisma.representativeTour.create({
      data: { kind: "CENTRAL_INSPECTION", targetOrganisationId, startOn: day(startOn), ...extra },
    });
  }
  for (const [representativeId, submittedOn] of [
    [r1, "2012-06-01"],
    [r1, "2013-06-01"],
    [r2, "2012-07-01"],
  ] as const) {
    await prisma.proposal.create({
      data: { representativeId, kind: "PROPOSAL", title: "提案", content: "内容", submittedOn: day(submittedOn) },
    });
  }

  // 百场讲学拉练大培训
  for (const [townId, heldOn, actualAttendees, extra] of [
    [null, "2012-04-01", 50, {}],
    [TA, "2012-09-01", 30, {}],
    [TB, "2013-03-01", null, {}],
    [null, "2012-10-01", 100, gone],
  ] as const) {
    await prisma.trainingSession.create({
      data: {
        title: "讲学",
        kind: "EXPERT_LECTURE",
        topic: "PARTY_SPIRIT",
        heldOn: day(heldOn),
        hours: 3,
        organiser: "组织部",
        townId,
        actualAttendees,
        ...extra,
      },
    });
  }

  // 百个创新创业人才团队大引进
  const talent = (
    townId: number,
    zoneId: number | null,
    stage: "CONTACT" | "SIGNED" | "LANDED",
    signedOn: string | null,
    landedOn: string | null,
    extra = {},
  ) =>
    prisma.talentTeam.create({
      data: {
        name: `团队${townId}-${stage}-${landedOn}`,
        leaderName: "周",
        field: "NEW_ENERGY",
        originKind: "DOMESTIC",
        projectName: "项目",
        channel: "DIRECT",
        townId,
        zoneId,
        stage,
        contactedOn: day("2011-06-01"),
        signedOn: signedOn ? day(signedOn) : null,
        landedOn: landedOn ? day(landedOn) : null,
        ...extra,
      },
    });
  await talent(TA, A1, "LANDED", "2012-02-01", "2012-06-01");
  await talent(TB, null, "LANDED", "2013-01-01", "2013-04-01");
  await talent(TA, null, "SIGNED", "2013-05-01", null);
  await talent(TA, A1, "LANDED", "2012-01-01", "2012-03-01", gone);

  // 百个基层党建品牌大创建
  const brand = async (
    organisationId: number,
    field: "VILLAGE" | "COMMUNITY",
    focus: "ENRICHMENT" | "EFFICIENCY" | "SERVING_PEOPLE",
    launchedOn: string,
    stage: "CULTIVATING" | "ESTABLISHED" | "NAMED",
    namedOn: string | null,
    extra = {},
  ) =>
    (
      await prisma.partyBrand.create({
        data: {
          name: `品牌${organisationId}-${launchedOn}`,
          organisationId,
          field,
          focus,
          stage,
          launchedOn: day(launchedOn),
          namedOn: namedOn ? day(namedOn) : null,
          ...extra,
        },
      })
    ).id;
  await brand(OA1, "VILLAGE", "ENRICHMENT", "2012-03-01", "NAMED", "2013-10-01");
  const offFocusBrand = await brand(OB1, "VILLAGE", "EFFICIENCY", "2013-01-01", "CULTIVATING", null);
  await brand(OA0, "COMMUNITY", "SERVING_PEOPLE", "2014-02-01", "ESTABLISHED", null);
  await brand(OA1, "VILLAGE", "ENRICHMENT", "2012-05-01", "CULTIVATING", null, gone);

  // 百支党员志愿者队伍大服务 (volunteers live in no zone, so they leave the member counts alone)
  const team = async (organisationId: number, zoneId: number, foundedOn: string, size: number, extra = {}) => {
    const id = (
      await prisma.volunteerTeam.create({
        data: {
          name: `队伍${organisationId}-${foundedOn}`,
          organisationId,
          zoneId,
          specialty: "MEDICAL",
          leaderName: "钱",
          foundedOn: day(foundedOn),
          ...extra,
        },
      })
    ).id;
    for (let i = 0; i < size; i++) {
      await prisma.volunteerMembership.create({
        data: { teamId: id, memberId: await member(organisationId, null), joinedOn: day(foundedOn) },
      });
    }
    return id;
  };
  const v1 = await team(OA1, A1, "2012-03-01", 10);
  const smallTeam = await team(OB1, B1, "2013-06-01", 3);
  const v3 = await team(OA2, A2, "2012-01-01", 0, { active: false });
  const v4 = await team(OA1, A1, "2012-01-01", 0, gone);
  for (const [teamId, servedOn, hours, extra] of [
    [v1, "2012-05-01", 12.5, {}],
    [v1, "2013-05-01", 10, {}],
    [smallTeam, "2013-08-01", 4, {}],
    [v3, "2012-06-01", 3, {}],
    [v1, "2012-07-01", 100, gone],
    [v4, "2012-08-01", 50, {}],
  ] as const) {
    await prisma.volunteerService.create({
      data: { teamId, servedOn: day(servedOn), kind: "MEDICAL", hours, participants: 5, beneficiaries: 20, ...extra },
    });
  }

  // 百名非公企业党建指导员促转型
  const instructor = async (name: string, townId: number | null, education: "BACHELOR" | "SENIOR_HIGH") =>
    (
      await prisma.instructor.create({
        data: {
          name,
          gender: "MALE",
          birthDate: day("1970-01-01"),
          sourceKind: townId ? "TOWN" : "DEPARTMENT",
          sourceUnit: "组织部",
          townId,
          education,
          partyWorkYears: 5,
          economicWorkYears: 5,
          leadershipYears: 5,
          appointedOn: day("2012-01-01"),
        },
      })
    ).id;
  const i1 = await instructor("合格指导员", TA, "BACHELOR");
  const unqualifiedInstructor = await instructor("高中指导员", null, "SENIOR_HIGH");
  const enterprise = async (code: string, townId: number, zoneId: number | null) =>
    (
      await prisma.enterprise.create({
        data: { name: `${code}公司`, creditCode: code, townId, zoneId, category: "KEY", ownership: "PRIVATE" },
      })
    ).id;
  const e1 = await enterprise("E1", TA, A1);
  const e2 = await enterprise("E2", TB, B1);
  const e3 = await enterprise("E3", TA, null);
  const assign = async (
    instructorId: number,
    enterpriseId: number,
    startOn: string,
    endOn: string | null,
    extra = {},
  ) =>
    (
      await prisma.instructorAssignment.create({
        data: { instructorId, enterpriseId, startOn: day(startOn), endOn: endOn ? day(endOn) : null, ...extra },
      })
    ).id;
  const a1 = await assign(i1, e1, "2012-03-01", "2013-06-30");
  await assign(i1, e3, "2014-01-01", null);
  const a3 = await assign(unqualifiedInstructor, e2, "2013-01-01", "2013-12-31");
  await assign(unqualifiedInstructor, e1, "2015-01-01", null, gone);
  for (const [assignmentId, visitedOn, kind, extra] of [
    [a1, "2012-05-01", "ENTERPRISE_VISIT", {}],
    [a1, "2012-09-01", "TOWN_REPORT", {}],
    [a1, "2013-03-01", "ENTERPRISE_VISIT", {}],
    [a3, "2013-04-01", "ENTERPRISE_VISIT", {}],
    [a3, "2013-05-01", "ENTERPRISE_VISIT", gone],
  ] as const) {
    await prisma.enterpriseVisit.create({ data: { assignmentId, visitedOn: day(visitedOn), kind, ...extra } });
  }

  // 百名农村党员和大学生村官创新业
  const entrepreneur = async (zoneId: number) =>
    (
      await prisma.entrepreneur.create({
        data: {
          name: `创业者${zoneId}`,
          gender: "MALE",
          birthDate: day("1988-01-01"),
          kind: "COLLEGE_VILLAGE_OFFICIAL",
          zoneId,
          education: "BACHELOR",
        },
      })
    ).id;
  const en1 = await entrepreneur(A1);
  const en2 = await entrepreneur(B1);
  for (const [entrepreneurId, zoneId, startedOn, jobsCreated, extra] of [
    [en1, A1, "2012-05-01", 5, {}],
    [en1, A2, "2013-02-01", 3, {}],
    [en2, B1, "2013-06-01", 0, {}],
    [en2, B1, "2012-06-01", 10, gone],
  ] as const) {
    await prisma.ventureProject.create({
      data: {
        entrepreneurId,
        name: `项目${startedOn}`,
        industry: "PLANTING",
        zoneId,
        startedOn: day(startedOn),
        jobsCreated,
        ...extra,
      },
    });
  }

  // 标杆管理
  const office = await prisma.office.create({ data: { code: "K1", name: "组织科" } });
  const benchmark = async (selectedOn: string, extra = {}) =>
    (
      await prisma.benchmark.create({
        data: {
          officeId: office.id,
          workArea: "组织",
          benchmarkUnit: "张家港",
          bestPractice: "经验",
          selectedOn: day(selectedOn),
          ...extra,
        },
      })
    ).id;
  const bm1 = await benchmark("2012-02-01");
  const bm2 = await benchmark("2014-02-01");
  const bm3 = await benchmark("2012-03-01", gone);
  const plan = async (benchmarkId: number, startOn: string, endOn: string) =>
    (
      await prisma.catchUpPlan.create({
        data: { benchmarkId, title: `赶超${startOn}`, measures: "措施", startOn: day(startOn), endOn: day(endOn) },
      })
    ).id;
  await plan(bm1, "2012-03-01", "2012-12-31");
  await plan(bm3, "2012-04-01", "2012-12-31");
  const backwardsPlan = await plan(bm2, "2014-03-01", "2013-01-01");

  // 年度目标
  const target = async (
    plan: string,
    metric: string,
    year: number,
    value: number,
    scope: { level: "CITY" | "TOWN" | "ZONE"; code: string; townId?: number; zoneId?: number } = {
      level: "CITY",
      code: "CITY",
    },
    extra = {},
  ) =>
    (
      await prisma.annualTarget.create({
        data: {
          plan: plan as never,
          metric: metric as never,
          year,
          value,
          scopeLevel: scope.level,
          scopeCode: scope.code,
          townId: scope.townId ?? null,
          zoneId: scope.zoneId ?? null,
          ...extra,
        },
      })
    ).id;
  await target("ZONE_PARTY_BUILDING", "SERVICE_CENTRES", 2012, 4);
  await target("ZONE_PARTY_BUILDING", "SERVICE_CENTRES", 2013, 2);
  await target("TRAINING", "TRAINING_SESSIONS", 2012, 2);
  await target("TRAINING", "TRAINING_SESSIONS", 2013, 0);
  await target("TRAINING", "TRAINING_ATTENDEES", 2012, 100);
  await target("VOLUNTEERS", "VOLUNTEER_TEAMS", 2012, 1);
  await target("VOLUNTEERS", "VOLUNTEER_TEAMS", 2013, 4);
  await target("VOLUNTEERS", "VOLUNTEER_HOURS", 2012, 10);
  await target("VOLUNTEERS", "VOLUNTEER_HOURS", 2013, 20);
  await target("INSTRUCTORS", "INSTRUCTORS_ASSIGNED", 2013, 2);
  await target("BRANDS", "BRANDS_CREATED", 2012, 2);
  await target("BRANDS", "BRANDS_CREATED", 2013, 5, undefined, gone);
  const wrongPlanTarget = await target("TRAINING", "BRANDS_NAMED", 2013, 1);
  await target("ZONE_PARTY_BUILDING", "SERVICE_CENTRES", 2012, 1, { level: "TOWN", code: "TA", townId: TA });
  await target("ZONE_PARTY_BUILDING", "SERVICE_CENTRES", 2012, 2, { level: "TOWN", code: "TB", townId: TB });
  await target("REPRESENTATIVE_TOURS", "PROPOSALS", 2012, 2, { level: "TOWN", code: "TA", townId: TA });
  await target("ZONE_PARTY_BUILDING", "SERVICE_CENTRES", 2012, 1, { level: "ZONE", code: "TA-01", zoneId: A1 });
  await target("ZONE_PARTY_BUILDING", "JOINT_MEETINGS", 2012, 2, { level: "ZONE", code: "TA-01", zoneId: A1 });

  return {
    towns: { TA, TB },
    zones: { A1, A2, B1 },
    broken: { smallTeam, unqualifiedInstructor, unassessedCadre: k2, wrongPlanTarget, offFocusBrand, backwardsPlan },
  };
}
