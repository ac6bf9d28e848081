// Tiny records for rule tests: one creator per model, filling every required field with
// something valid so that a test only states the fields it is about.
import type { PrismaClient } from "@p181/db";

export const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

type Data = Record<string, unknown>;
type Creator = (data?: Data) => Promise<{ id: number }>;

export interface RuleFixture {
  townId: number;
  zoneId: number;
  organisationId: number;
  /** Creates a valid record of the model, overridden by data. */
  create(model: string, data?: Data): Promise<{ id: number }>;
}

let counter = 0;
const next = () => ++counter;

export async function ruleFixture(prisma: PrismaClient, code: string): Promise<RuleFixture> {
  const town = await prisma.town.create({ data: { code, name: `${code}镇`, kind: "TOWN" } });
  const zone = await prisma.zone.create({
    data: { code: `${code}-01`, name: "东村", kind: "VILLAGE", townId: town.id },
  });
  const townId = town.id;
  const zoneId = zone.id;
  const organisation = await prisma.partyOrganisation.create({
    data: {
      code: `${code}-P`,
      name: `${code}村党委`,
      type: "PARTY_COMMITTEE",
      field: "RURAL",
      townId,
      zoneId,
      foundedOn: day("2001-07-01"),
    },
  });
  const organisationId = organisation.id;
  const representative = await prisma.partyRepresentative.create({
    data: { name: "王代表", gender: "MALE", townId, congressTerm: 11, termStart: day("2011-09-01") },
  });
  const instructor = await prisma.instructor.create({
    data: {
      name: "李指导",
      gender: "MALE",
      birthDate: day("1975-01-01"),
      sourceKind: "TOWN",
      sourceUnit: "镇党委",
      townId,
      education: "BACHELOR",
      partyWorkYears: 5,
      economicWorkYears: 5,
      leadershipYears: 5,
      appointedOn: day("2012-03-01"),
    },
  });
  const grid = await prisma.gridArea.create({
    data: { zoneId, code: `${code}-G1`, name: "一号网格", dutyOfficer: "赵网格" },
  });
  const office = await prisma.office.create({ data: { code: `${code}-O`, name: `${code}科` } });
  const session = await prisma.trainingSession.create({
    data: {
      title: "党性教育",
      kind: "EXPERT_LECTURE",
      topic: "PARTY_SPIRIT",
      heldOn: day("2013-05-01"),
      hours: 3,
      organiser: "组织部",
    },
  });
  const team = await prisma.volunteerTeam.create({
    data: {
      name: `${code}队`,
      organisationId,
      specialty: "MEDICAL",
      leaderName: "钱队长",
      foundedOn: day("2012-01-01"),
      active: false,
    },
  });

  const member: Creator = (data) =>
    prisma.partyMember.create({
      data: {
        idNumber: `${code}-${next()}`,
        name: `党员${counter}`,
        gender: "FEMALE",
        birthDate: day("1980-01-01"),
        education: "BACHELOR",
        organisationId,
        zoneId,
        category: "FULL",
        joinedOn: day("2005-07-01"),
        ...data,
      },
    });
  const cadre: Creator = (data) =>
    prisma.postedCadre.create({
      data: {
        name: `干部${next()}`,
        gender: "MALE",
        birthDate: day("1985-01-01"),
        sourceUnit: "市委办",
        originalPost: "科员",
        selectedYear: 2012,
        hostZoneId: zoneId,
        hostPost: "村书记助理",
        startOn: day("2012-03-01"),
        ...data,
      },
    });
  const brand: Creator = (data) =>
    prisma.partyBrand.create({
      data: {
        name: `品牌${next()}`,
        organisationId,
        field: "COMMUNITY",
        focus: "SERVING_PEOPLE",
        launchedOn: day("2012-05-01"),
        ...data,
      },
    });
  const benchmark: Creator = (data) =>
    prisma.benchmark.create({
      data: {
        officeId: office.id,
        workArea: "组织建设",
        benchmarkUnit: "张家港",
        bestPractice: "经验",
        selectedOn: day("2012-02-01"),
        ...data,
      },
    });

  const creators: Record<string, Creator> = {
    PartyMember: member,
    PostedCadre: cadre,
    PartyBrand: brand,
    Benchmark: benchmark,
    LeadershipTeam: (data) =>
      prisma.leadershipTeam.create({
        data: { organisationId, termNumber: next(), termStart: day("2011-01-01"), ...data },
      }),
    PartyRepresentative: (data) =>
      prisma.partyRepresentative.create({
        data: {
          name: `代表${next()}`,
          gender: "FEMALE",
          townId,
          congressTerm: 11,
          termStart: day("2011-09-01"),
          ...data,
        },
      }),
    RepresentativeTour: (data) =>
      prisma.representativeTour.create({
        data: { kind: "FIXED_VISIT", targetOrganisationId: organisationId, startOn: day("2012-04-01"), ...data },
      }),
    Proposal: (data) =>
      prisma.proposal.create({
        data: {
          representativeId: representative.id,
          kind: "PROPOSAL",
          title: `提案${next()}`,
          content: "内容",
          submittedOn: day("2012-03-01"),
          ...data,
        },
      }),
    PublicOpinion: (data) =>
      prisma.publicOpinion.create({
        data: {
          zoneId,
          source: "HOTLINE",
          category: "OTHER",
          content: `民情${next()}`,
          receivedOn: day("2012-03-01"),
          ...data,
        },
      }),
    SocialCase: (data) =>
      prisma.socialCase.create({
        data: {
          gridId: grid.id,
          reportedOn: day("2012-03-01"),
          category: "OTHER",
          description: `事件${next()}`,
          ...data,
        },
      }),
    InstructorAssignment: async (data) => {
      const enterprise = await prisma.enterprise.create({
        data: {
          name: `企业${next()}`,
          creditCode: `${code}-C${counter}`,
          townId,
          zoneId,
          category: "KEY",
          ownership: "PRIVATE",
        },
      });
      return prisma.instructorAssignment.create({
        data: { instructorId: instructor.id, enterpriseId: enterprise.id, startOn: day("2012-03-01"), ...data },
      });
    },
    Instructor: (data) =>
      prisma.instructor.create({
        data: {
          name: `指导员${next()}`,
          gender: "FEMALE",
          birthDate: day("1978-01-01"),
          sourceKind: "DEPARTMENT",
          sourceUnit: "经信委",
          education: "BACHELOR",
          partyWorkYears: 3,
          economicWorkYears: 2,
          leadershipYears: 2,
          appointedOn: day("2012-03-01"),
          ...data,
        },
      }),
    VolunteerTeam: (data) =>
      prisma.volunteerTeam.create({
        data: {
          name: `队伍${next()}`,
          organisationId,
          zoneId,
          specialty: "LEGAL",
          leaderName: "孙队长",
          foundedOn: day("2012-01-01"),
          ...data,
        },
      }),
    VolunteerMembership: async (data) => {
      const joined = await member();
      return prisma.volunteerMembership.create({
        data: { teamId: team.id, memberId: joined.id, joinedOn: day("2012-01-01"), ...data },
      });
    },
    TalentTeam: (data) =>
      prisma.talentTeam.create({
        data: {
          name: `团队${next()}`,
          leaderName: "周博士",
          field: "NEW_ENERGY",
          originKind: "DOMESTIC",
          projectName: "光伏",
          channel: "DIRECT",
          townId,
          contactedOn: day("2011-01-01"),
          ...data,
        },
      }),
    CatchUpPlan: async (data) => {
      const target = await benchmark();
      return prisma.catchUpPlan.create({
        data: {
          benchmarkId: target.id,
          title: `赶超${next()}`,
          measures: "措施",
          startOn: day("2012-03-01"),
          endOn: day("2013-03-01"),
          ...data,
        },
      });
    },
    CadreAssessment: async (data) => {
      const assessed = await cadre();
      return prisma.cadreAssessment.create({
        data: {
          cadreId: assessed.id,
          year: 2012,
          period: "ANNUAL",
          score: 80,
          grade: "GOOD",
          assessedOn: day("2012-12-20"),
          ...data,
        },
      });
    },
    RepresentativeReview: (data) =>
      prisma.representativeReview.create({
        data: { representativeId: representative.id, year: 1900 + next(), score: 80, grade: "GOOD", ...data },
      }),
    BrandEvaluation: async (data) => {
      const evaluated = await brand();
      return prisma.brandEvaluation.create({
        data: { brandId: evaluated.id, year: 2013, score: 80, grade: "GOOD", evaluator: "组织部", ...data },
      });
    },
    BenchmarkEvaluation: async (data) => {
      const evaluated = await benchmark();
      return prisma.benchmarkEvaluation.create({
        data: {
          benchmarkId: evaluated.id,
          evaluatedOn: day("2013-06-30"),
          period: "2013H1",
          score: 80,
          source: "SELF",
          ...data,
        },
      });
    },
    TrainingEvaluation: (data) =>
      prisma.trainingEvaluation.create({
        data: {
          sessionId: session.id,
          evaluatedOn: day("2013-05-02"),
          respondents: 30,
          satisfaction: 90,
          effectiveness: "GOOD",
          ...data,
        },
      }),
    TrainingSession: (data) =>
      prisma.trainingSession.create({
        data: {
          title: `培训${next()}`,
          kind: "THEMATIC_STUDY",
          topic: "FINANCE",
          heldOn: day("2013-06-01"),
          hours: 2,
          organiser: "组织部",
          ...data,
        },
      }),
    AnnualTarget: (data) =>
      prisma.annualTarget.create({
        data: {
          plan: "TRAINING",
          year: 1900 + next(),
          scopeLevel: "CITY",
          scopeCode: "CITY",
          metric: "TRAINING_SESSIONS",
          value: 100,
          ...data,
        },
      }),
  };

  return {
    townId,
    zoneId,
    organisationId,
    create(model, data) {
      const creator = creators[model];
      if (!creator) throw new Error(`No fixture creator for ${model}`);
      return creator(data);
    },
  };
}
