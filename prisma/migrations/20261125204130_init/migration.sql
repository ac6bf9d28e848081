-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "CatchUpStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'ACHIEVED', 'NOT_ACHIEVED');

-- CreateEnum
CREATE TYPE "EvaluationSource" AS ENUM ('SELF', 'OPEN_APPRAISAL', 'LEADERSHIP');

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('CITY_ADMIN', 'TOWN_ADMIN', 'ZONE_SECRETARY', 'PLAN_OFFICER', 'VIEWER');

-- CreateEnum
CREATE TYPE "TownKind" AS ENUM ('TOWN', 'STREET', 'DISTRICT');

-- CreateEnum
CREATE TYPE "ZoneKind" AS ENUM ('VILLAGE', 'COMMUNITY', 'PARK');

-- CreateEnum
CREATE TYPE "ProgrammePlan" AS ENUM ('ZONE_PARTY_BUILDING', 'YOUNG_CADRES', 'REPRESENTATIVE_TOURS', 'TRAINING', 'TALENT_TEAMS', 'BRANDS', 'VOLUNTEERS', 'INSTRUCTORS', 'ENTREPRENEURSHIP', 'BENCHMARKING');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "Education" AS ENUM ('PRIMARY', 'JUNIOR_HIGH', 'SENIOR_HIGH', 'JUNIOR_COLLEGE', 'BACHELOR', 'MASTER', 'DOCTORATE');

-- CreateEnum
CREATE TYPE "Grade" AS ENUM ('EXCELLENT', 'GOOD', 'PASS', 'FAIL');

-- CreateEnum
CREATE TYPE "BrandField" AS ENUM ('ORGAN', 'VILLAGE', 'COMMUNITY', 'ENTERPRISE');

-- CreateEnum
CREATE TYPE "BrandFocus" AS ENUM ('INNOVATION_UPGRADING', 'ENRICHMENT', 'SOCIAL_MANAGEMENT', 'SERVING_PEOPLE', 'EFFICIENCY');

-- CreateEnum
CREATE TYPE "BrandStage" AS ENUM ('CULTIVATING', 'ESTABLISHED', 'NAMED');

-- CreateEnum
CREATE TYPE "PublicityChannel" AS ENUM ('NEWSPAPER', 'TELEVISION', 'WEBSITE', 'NEW_MEDIA', 'EXHIBITION');

-- CreateEnum
CREATE TYPE "EntrepreneurKind" AS ENUM ('RURAL_PARTY_MEMBER', 'COLLEGE_VILLAGE_OFFICIAL');

-- CreateEnum
CREATE TYPE "VentureIndustry" AS ENUM ('PLANTING', 'BREEDING', 'AGRO_PROCESSING', 'E_COMMERCE', 'RURAL_TOURISM', 'RURAL_SERVICES', 'MANUFACTURING');

-- CreateEnum
CREATE TYPE "VentureStatus" AS ENUM ('INCUBATING', 'OPERATING', 'SUSPENDED', 'CLOSED');

-- CreateEnum
CREATE TYPE "SupportKind" AS ENUM ('FINANCE', 'LAND', 'FUNDS', 'INFORMATION');

-- CreateEnum
CREATE TYPE "RecognitionLevel" AS ENUM ('CITY', 'PREFECTURE', 'PROVINCE');

-- CreateEnum
CREATE TYPE "InstructorSourceKind" AS ENUM ('TOWN', 'DEPARTMENT');

-- CreateEnum
CREATE TYPE "EnterpriseCategory" AS ENUM ('KEY', 'GROWTH', 'OTHER');

-- CreateEnum
CREATE TYPE "EnterpriseOwnership" AS ENUM ('PRIVATE', 'FOREIGN', 'JOINT', 'OTHER');

-- CreateEnum
CREATE TYPE "VisitKind" AS ENUM ('ENTERPRISE_VISIT', 'TOWN_REPORT');

-- CreateEnum
CREATE TYPE "GuidancePlanStatus" AS ENUM ('DRAFT', 'ACTIVE', 'COMPLETED');

-- CreateEnum
CREATE TYPE "RepresentativeStatus" AS ENUM ('ACTIVE', 'SUSPENDED', 'TERMINATED');

-- CreateEnum
CREATE TYPE "TourKind" AS ENUM ('CENTRAL_INSPECTION', 'FIXED_VISIT', 'INDIVIDUAL_INTERVIEW');

-- CreateEnum
CREATE TYPE "BriefingKind" AS ENUM ('WORK_BRIEFING', 'DECISION_PARTICIPATION', 'MEETING_ATTENDANCE');

-- CreateEnum
CREATE TYPE "PledgeStatus" AS ENUM ('PLEDGED', 'FULFILLED', 'PARTLY_FULFILLED', 'UNFULFILLED');

-- CreateEnum
CREATE TYPE "ProposalKind" AS ENUM ('PROPOSAL', 'MOTION');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('SUBMITTED', 'ACCEPTED', 'HANDLING', 'COMPLETED', 'DECLINED');

-- CreateEnum
CREATE TYPE "TalentPlatformKind" AS ENUM ('SCI_TECH_CENTRE', 'EXPERT_BUILDING', 'POSTDOC_STATION', 'ACADEMICIAN_STATION');

-- CreateEnum
CREATE TYPE "RecruitmentEventKind" AS ENUM ('TALENT_FAIR', 'ROADSHOW', 'HEADHUNTER_CAMPAIGN', 'OVERSEAS_TRIP');

-- CreateEnum
CREATE TYPE "EmergingIndustry" AS ENUM ('NEW_ENERGY', 'NEW_MATERIALS', 'BIOMEDICINE', 'ELECTRONIC_INFORMATION', 'HIGH_END_EQUIPMENT', 'ENERGY_SAVING', 'MODERN_AGRICULTURE', 'OTHER');

-- CreateEnum
CREATE TYPE "TalentOriginKind" AS ENUM ('DOMESTIC', 'OVERSEAS');

-- CreateEnum
CREATE TYPE "TalentStage" AS ENUM ('CONTACT', 'SIGNED', 'LANDED');

-- CreateEnum
CREATE TYPE "TalentChannel" AS ENUM ('HEADHUNTER', 'RECRUITMENT_EVENT', 'REFERRAL', 'DIRECT');

-- CreateEnum
CREATE TYPE "TrainingKind" AS ENUM ('EXPERT_LECTURE', 'THEMATIC_STUDY', 'PROFESSIONAL_TRAINING', 'FIELD_TRIP');

-- CreateEnum
CREATE TYPE "TrainingTopic" AS ENUM ('PARTY_SPIRIT', 'NEW_INDUSTRIALISATION', 'URBAN_PLANNING', 'FINANCE', 'CRISIS_MANAGEMENT', 'SOCIAL_MANAGEMENT', 'ENTREPRENEURSHIP', 'OTHER');

-- CreateEnum
CREATE TYPE "AudienceGroup" AS ENUM ('LEADING_CADRES', 'CIVIL_SERVANTS', 'PARTY_MEMBERS', 'ENTERPRISE_TALENT', 'COLLEGE_VILLAGE_OFFICIALS', 'VILLAGE_CADRES', 'YOUTH_LEAGUE_CADRES', 'TRADE_UNION_CADRES', 'WOMEN_CADRES', 'RETIRED_CADRES', 'ORGANISATION_CADRES');

-- CreateEnum
CREATE TYPE "VolunteerSpecialty" AS ENUM ('MEDICAL', 'LEGAL', 'EDUCATION', 'AGRI_TECH', 'ELDERLY_CARE', 'ENVIRONMENT', 'CULTURE', 'SAFETY', 'OTHER');

-- CreateEnum
CREATE TYPE "VolunteerRole" AS ENUM ('LEADER', 'MEMBER');

-- CreateEnum
CREATE TYPE "AppraisalGrade" AS ENUM ('EXCELLENT', 'QUALIFIED', 'BASICALLY_QUALIFIED', 'UNQUALIFIED');

-- CreateEnum
CREATE TYPE "CadreStatus" AS ENUM ('POSTED', 'COMPLETED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "AssessmentPeriod" AS ENUM ('H1', 'H2', 'ANNUAL');

-- CreateEnum
CREATE TYPE "TargetScopeLevel" AS ENUM ('CITY', 'TOWN', 'ZONE');

-- CreateEnum
CREATE TYPE "TargetMetric" AS ENUM ('SERVICE_CENTRES', 'JOINT_MEETINGS', 'OPINIONS_RESOLVED', 'CADRES_POSTED', 'CADRE_ASSESSMENTS', 'REPRESENTATIVE_TOURS', 'PROPOSALS', 'TRAINING_SESSIONS', 'TRAINING_ATTENDEES', 'TALENT_TEAMS_LANDED', 'BRANDS_CREATED', 'BRANDS_NAMED', 'VOLUNTEER_TEAMS', 'VOLUNTEER_HOURS', 'INSTRUCTORS_ASSIGNED', 'ENTERPRISE_VISITS', 'VENTURE_PROJECTS', 'VENTURE_JOBS', 'BENCHMARKS_SET', 'CATCH_UP_PLANS');

-- CreateEnum
CREATE TYPE "OrganisationType" AS ENUM ('PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH');

-- CreateEnum
CREATE TYPE "OrganisationField" AS ENUM ('RURAL', 'COMMUNITY', 'GOVERNMENT_ORGAN', 'PUBLIC_INSTITUTION', 'STATE_ENTERPRISE', 'NON_PUBLIC_ENTERPRISE', 'SOCIAL_ORGANISATION');

-- CreateEnum
CREATE TYPE "OrganisationStatus" AS ENUM ('ACTIVE', 'MERGED', 'DISSOLVED');

-- CreateEnum
CREATE TYPE "LeadershipPost" AS ENUM ('SECRETARY', 'DEPUTY_SECRETARY', 'COMMITTEE_MEMBER');

-- CreateEnum
CREATE TYPE "ServiceCentreKind" AS ENUM ('VILLAGE_COMPREHENSIVE', 'PARTY_MEMBER');

-- CreateEnum
CREATE TYPE "FollowUpStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "OpinionSource" AS ENUM ('DOOR_VISIT', 'HOTLINE', 'WORKSTATION', 'MEETING', 'ONLINE', 'LETTER');

-- CreateEnum
CREATE TYPE "OpinionCategory" AS ENUM ('INFRASTRUCTURE', 'ENVIRONMENT', 'SOCIAL_SECURITY', 'EMPLOYMENT', 'DISPUTE', 'PUBLIC_SAFETY', 'OTHER');

-- CreateEnum
CREATE TYPE "OpinionStatus" AS ENUM ('RECEIVED', 'HANDLING', 'RESOLVED', 'CLOSED');

-- CreateEnum
CREATE TYPE "MemberCategory" AS ENUM ('FULL', 'PROBATIONARY');

-- CreateEnum
CREATE TYPE "MemberFlowStatus" AS ENUM ('SETTLED', 'OUTFLOW', 'INFLOW');

-- CreateEnum
CREATE TYPE "SocialCaseCategory" AS ENUM ('DISPUTE', 'PUBLIC_SAFETY', 'ENVIRONMENT', 'FACILITY', 'SPECIAL_GROUP', 'OTHER');

-- CreateEnum
CREATE TYPE "SocialCaseStatus" AS ENUM ('REPORTED', 'HANDLING', 'RESOLVED', 'CLOSED');

-- CreateTable
CREATE TABLE "Office" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "headName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Office_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Benchmark" (
    "id" SERIAL NOT NULL,
    "officeId" INTEGER NOT NULL,
    "workArea" TEXT NOT NULL,
    "benchmarkUnit" TEXT NOT NULL,
    "bestPractice" TEXT NOT NULL,
    "selectedOn" DATE NOT NULL,
    "reviewedOn" DATE,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Benchmark_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BenchmarkIndicator" (
    "id" SERIAL NOT NULL,
    "benchmarkId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT,
    "baseline" DECIMAL(14,2) NOT NULL,
    "target" DECIMAL(14,2) NOT NULL,
    "benchmarkValue" DECIMAL(14,2) NOT NULL,
    "higherIsBetter" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "BenchmarkIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CatchUpPlan" (
    "id" SERIAL NOT NULL,
    "benchmarkId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "measures" TEXT NOT NULL,
    "startOn" DATE NOT NULL,
    "endOn" DATE NOT NULL,
    "status" "CatchUpStatus" NOT NULL DEFAULT 'PLANNED',
    "pledgeLetterId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "CatchUpPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BenchmarkEvaluation" (
    "id" SERIAL NOT NULL,
    "benchmarkId" INTEGER NOT NULL,
    "indicatorId" INTEGER,
    "evaluatedOn" DATE NOT NULL,
    "period" TEXT NOT NULL,
    "actualValue" DECIMAL(14,2),
    "score" DECIMAL(5,2) NOT NULL,
    "source" "EvaluationSource" NOT NULL,
    "comments" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "BenchmarkEvaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT,
    "role" "UserRole" NOT NULL DEFAULT 'VIEWER',
    "townId" INTEGER,
    "zoneId" INTEGER,
    "plans" "ProgrammePlan"[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Town" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "TownKind" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Town_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Zone" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "townId" INTEGER NOT NULL,
    "kind" "ZoneKind" NOT NULL,
    "economicallyWeak" BOOLEAN NOT NULL DEFAULT false,
    "population" INTEGER,
    "households" INTEGER,
    "areaKm2" DECIMAL(10,2),
    "organisationCovered" BOOLEAN NOT NULL DEFAULT false,
    "workCovered" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Zone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartyBrand" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "field" "BrandField" NOT NULL,
    "focus" "BrandFocus" NOT NULL,
    "stage" "BrandStage" NOT NULL DEFAULT 'CULTIVATING',
    "launchedOn" DATE NOT NULL,
    "namedOn" DATE,
    "slogan" TEXT,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "PartyBrand_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BrandPublicity" (
    "id" SERIAL NOT NULL,
    "brandId" INTEGER NOT NULL,
    "channel" "PublicityChannel" NOT NULL,
    "title" TEXT NOT NULL,
    "publishedOn" DATE NOT NULL,
    "reach" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "BrandPublicity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BrandEvaluation" (
    "id" SERIAL NOT NULL,
    "brandId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "score" DECIMAL(5,2) NOT NULL,
    "grade" "Grade" NOT NULL,
    "evaluator" TEXT NOT NULL,
    "comments" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "BrandEvaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Entrepreneur" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "gender" "Gender" NOT NULL,
    "birthDate" DATE NOT NULL,
    "kind" "EntrepreneurKind" NOT NULL,
    "memberId" INTEGER,
    "zoneId" INTEGER NOT NULL,
    "education" "Education" NOT NULL,
    "phone" TEXT,
    "idNumber" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Entrepreneur_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VentureProject" (
    "id" SERIAL NOT NULL,
    "entrepreneurId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "industry" "VentureIndustry" NOT NULL,
    "zoneId" INTEGER NOT NULL,
    "startedOn" DATE NOT NULL,
    "investment" DECIMAL(14,2),
    "jobsCreated" INTEGER NOT NULL DEFAULT 0,
    "annualRevenue" DECIMAL(14,2),
    "status" "VentureStatus" NOT NULL DEFAULT 'INCUBATING',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "VentureProject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VentureSupport" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "kind" "SupportKind" NOT NULL,
    "amount" DECIMAL(14,2),
    "provider" TEXT NOT NULL,
    "description" TEXT,
    "grantedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "VentureSupport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EntrepreneurTraining" (
    "id" SERIAL NOT NULL,
    "entrepreneurId" INTEGER NOT NULL,
    "course" TEXT NOT NULL,
    "provider" TEXT,
    "trainedOn" DATE NOT NULL,
    "hours" DECIMAL(5,1),
    "keyCultivation" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "EntrepreneurTraining_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelRecognition" (
    "id" SERIAL NOT NULL,
    "entrepreneurId" INTEGER NOT NULL,
    "projectId" INTEGER,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "level" "RecognitionLevel" NOT NULL,
    "recognisedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "ModelRecognition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Instructor" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "gender" "Gender" NOT NULL,
    "birthDate" DATE NOT NULL,
    "sourceKind" "InstructorSourceKind" NOT NULL,
    "sourceUnit" TEXT NOT NULL,
    "townId" INTEGER,
    "education" "Education" NOT NULL,
    "partyWorkYears" INTEGER NOT NULL DEFAULT 0,
    "economicWorkYears" INTEGER NOT NULL DEFAULT 0,
    "leadershipYears" INTEGER NOT NULL DEFAULT 0,
    "appointedOn" DATE NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Instructor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Enterprise" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "creditCode" TEXT NOT NULL,
    "townId" INTEGER NOT NULL,
    "zoneId" INTEGER,
    "category" "EnterpriseCategory" NOT NULL,
    "ownership" "EnterpriseOwnership" NOT NULL,
    "industry" TEXT,
    "employees" INTEGER,
    "annualRevenue" DECIMAL(14,2),
    "organisationId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Enterprise_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InstructorAssignment" (
    "id" SERIAL NOT NULL,
    "instructorId" INTEGER NOT NULL,
    "enterpriseId" INTEGER NOT NULL,
    "startOn" DATE NOT NULL,
    "endOn" DATE,
    "tasks" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "InstructorAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EnterpriseVisit" (
    "id" SERIAL NOT NULL,
    "assignmentId" INTEGER NOT NULL,
    "kind" "VisitKind" NOT NULL,
    "visitedOn" DATE NOT NULL,
    "findings" TEXT,
    "suggestions" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "EnterpriseVisit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GuidancePlan" (
    "id" SERIAL NOT NULL,
    "assignmentId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "goals" TEXT NOT NULL,
    "measures" TEXT,
    "status" "GuidancePlanStatus" NOT NULL DEFAULT 'DRAFT',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "GuidancePlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartyRepresentative" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "gender" "Gender" NOT NULL,
    "memberId" INTEGER,
    "organisationId" INTEGER,
    "townId" INTEGER NOT NULL,
    "congressTerm" INTEGER NOT NULL,
    "termStart" DATE NOT NULL,
    "termEnd" DATE,
    "status" "RepresentativeStatus" NOT NULL DEFAULT 'ACTIVE',
    "statusChangedOn" DATE,
    "statusReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "PartyRepresentative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RepresentativeTour" (
    "id" SERIAL NOT NULL,
    "kind" "TourKind" NOT NULL,
    "targetOrganisationId" INTEGER NOT NULL,
    "startOn" DATE NOT NULL,
    "endOn" DATE,
    "findings" TEXT,
    "suggestions" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "RepresentativeTour_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TourParticipant" (
    "id" SERIAL NOT NULL,
    "tourId" INTEGER NOT NULL,
    "representativeId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "TourParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RepresentativeBriefing" (
    "id" SERIAL NOT NULL,
    "kind" "BriefingKind" NOT NULL,
    "title" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "summary" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "RepresentativeBriefing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BriefingAttendance" (
    "id" SERIAL NOT NULL,
    "briefingId" INTEGER NOT NULL,
    "representativeId" INTEGER NOT NULL,
    "attended" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "BriefingAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PledgeLetter" (
    "id" SERIAL NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "goals" TEXT NOT NULL,
    "signedOn" DATE NOT NULL,
    "supervisorRepresentativeId" INTEGER,
    "status" "PledgeStatus" NOT NULL DEFAULT 'PLEDGED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "PledgeLetter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RepresentativeWorkstation" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "townId" INTEGER NOT NULL,
    "zoneId" INTEGER,
    "address" TEXT,
    "establishedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "RepresentativeWorkstation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReceptionDay" (
    "id" SERIAL NOT NULL,
    "workstationId" INTEGER NOT NULL,
    "representativeId" INTEGER NOT NULL,
    "heldOn" DATE NOT NULL,
    "visitorCount" INTEGER NOT NULL DEFAULT 0,
    "issuesRaised" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "ReceptionDay_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" SERIAL NOT NULL,
    "representativeId" INTEGER NOT NULL,
    "kind" "ProposalKind" NOT NULL,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "submittedOn" DATE NOT NULL,
    "handlingUnit" TEXT,
    "status" "ProposalStatus" NOT NULL DEFAULT 'SUBMITTED',
    "response" TEXT,
    "respondedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RepresentativeReview" (
    "id" SERIAL NOT NULL,
    "representativeId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "score" DECIMAL(5,2) NOT NULL,
    "grade" "Grade" NOT NULL,
    "comments" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "RepresentativeReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TalentPlatform" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "TalentPlatformKind" NOT NULL,
    "townId" INTEGER,
    "establishedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "TalentPlatform_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecruitmentEvent" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "RecruitmentEventKind" NOT NULL,
    "heldOn" DATE NOT NULL,
    "location" TEXT,
    "organiser" TEXT NOT NULL,
    "participants" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "RecruitmentEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TalentTeam" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "leaderName" TEXT NOT NULL,
    "leaderTitle" TEXT,
    "field" "EmergingIndustry" NOT NULL,
    "originKind" "TalentOriginKind" NOT NULL,
    "origin" TEXT,
    "projectName" TEXT NOT NULL,
    "investment" DECIMAL(14,2),
    "memberCount" INTEGER,
    "stage" "TalentStage" NOT NULL DEFAULT 'CONTACT',
    "channel" "TalentChannel" NOT NULL,
    "recruitmentEventId" INTEGER,
    "platformId" INTEGER,
    "townId" INTEGER NOT NULL,
    "zoneId" INTEGER,
    "contactedOn" DATE NOT NULL,
    "signedOn" DATE,
    "landedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "TalentTeam_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingSession" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "TrainingKind" NOT NULL,
    "topic" "TrainingTopic" NOT NULL,
    "heldOn" DATE NOT NULL,
    "hours" DECIMAL(5,1) NOT NULL,
    "lecturer" TEXT,
    "location" TEXT,
    "organiser" TEXT NOT NULL,
    "townId" INTEGER,
    "plannedAttendees" INTEGER,
    "actualAttendees" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "TrainingSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingAudience" (
    "id" SERIAL NOT NULL,
    "sessionId" INTEGER NOT NULL,
    "audience" "AudienceGroup" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "TrainingAudience_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingAttendance" (
    "id" SERIAL NOT NULL,
    "sessionId" INTEGER NOT NULL,
    "memberId" INTEGER,
    "attendeeName" TEXT NOT NULL,
    "unit" TEXT,
    "attended" BOOLEAN NOT NULL DEFAULT true,
    "hours" DECIMAL(5,1),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "TrainingAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingEvaluation" (
    "id" SERIAL NOT NULL,
    "sessionId" INTEGER NOT NULL,
    "evaluatedOn" DATE NOT NULL,
    "respondents" INTEGER NOT NULL,
    "satisfaction" DECIMAL(5,2) NOT NULL,
    "effectiveness" "Grade" NOT NULL,
    "comments" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "TrainingEvaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerTeam" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "zoneId" INTEGER,
    "specialty" "VolunteerSpecialty" NOT NULL,
    "leaderName" TEXT NOT NULL,
    "foundedOn" DATE NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "VolunteerTeam_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerMembership" (
    "id" SERIAL NOT NULL,
    "teamId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "role" "VolunteerRole" NOT NULL DEFAULT 'MEMBER',
    "joinedOn" DATE NOT NULL,
    "leftOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "VolunteerMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerService" (
    "id" SERIAL NOT NULL,
    "teamId" INTEGER NOT NULL,
    "servedOn" DATE NOT NULL,
    "kind" "VolunteerSpecialty" NOT NULL,
    "hours" DECIMAL(8,1) NOT NULL,
    "participants" INTEGER NOT NULL,
    "beneficiaries" INTEGER NOT NULL,
    "location" TEXT,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "VolunteerService_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemberAppraisal" (
    "id" SERIAL NOT NULL,
    "memberId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "volunteerHours" DECIMAL(7,1) NOT NULL DEFAULT 0,
    "grade" "AppraisalGrade" NOT NULL,
    "comments" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "MemberAppraisal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostedCadre" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "gender" "Gender" NOT NULL,
    "birthDate" DATE NOT NULL,
    "sourceUnit" TEXT NOT NULL,
    "originalPost" TEXT NOT NULL,
    "strengths" TEXT,
    "gaps" TEXT,
    "selectedYear" INTEGER NOT NULL,
    "hostZoneId" INTEGER NOT NULL,
    "hostPost" TEXT NOT NULL,
    "startOn" DATE NOT NULL,
    "endOn" DATE,
    "pairedZoneId" INTEGER,
    "reliefFundsRaised" DECIMAL(14,2),
    "status" "CadreStatus" NOT NULL DEFAULT 'POSTED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "PostedCadre_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CadreTrainingPlan" (
    "id" SERIAL NOT NULL,
    "cadreId" INTEGER NOT NULL,
    "strengths" TEXT NOT NULL,
    "gaps" TEXT NOT NULL,
    "goals" TEXT NOT NULL,
    "measures" TEXT NOT NULL,
    "plannedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "CadreTrainingPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OpinionWorkstation" (
    "id" SERIAL NOT NULL,
    "zoneId" INTEGER NOT NULL,
    "cadreId" INTEGER,
    "name" TEXT NOT NULL,
    "address" TEXT,
    "establishedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "OpinionWorkstation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OpinionDiaryEntry" (
    "id" SERIAL NOT NULL,
    "cadreId" INTEGER NOT NULL,
    "writtenOn" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "householdsVisited" INTEGER NOT NULL DEFAULT 0,
    "issuesFound" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "OpinionDiaryEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CadreAssessment" (
    "id" SERIAL NOT NULL,
    "cadreId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "period" "AssessmentPeriod" NOT NULL,
    "score" DECIMAL(5,2) NOT NULL,
    "grade" "Grade" NOT NULL,
    "assessedOn" DATE NOT NULL,
    "comments" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "CadreAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnualTarget" (
    "id" SERIAL NOT NULL,
    "plan" "ProgrammePlan" NOT NULL,
    "year" INTEGER NOT NULL,
    "scopeLevel" "TargetScopeLevel" NOT NULL,
    "scopeCode" TEXT NOT NULL,
    "townId" INTEGER,
    "zoneId" INTEGER,
    "metric" "TargetMetric" NOT NULL,
    "value" DECIMAL(14,2) NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "AnnualTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartyOrganisation" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "OrganisationType" NOT NULL,
    "field" "OrganisationField" NOT NULL,
    "parentId" INTEGER,
    "townId" INTEGER NOT NULL,
    "zoneId" INTEGER,
    "foundedOn" DATE NOT NULL,
    "status" "OrganisationStatus" NOT NULL DEFAULT 'ACTIVE',
    "secretaryName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "PartyOrganisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LeadershipTeam" (
    "id" SERIAL NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "termNumber" INTEGER NOT NULL,
    "termStart" DATE NOT NULL,
    "termEnd" DATE,
    "electedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "LeadershipTeam_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LeadershipTeamMember" (
    "id" SERIAL NOT NULL,
    "teamId" INTEGER NOT NULL,
    "memberId" INTEGER,
    "name" TEXT NOT NULL,
    "gender" "Gender" NOT NULL,
    "birthDate" DATE NOT NULL,
    "education" "Education" NOT NULL,
    "post" "LeadershipPost" NOT NULL,
    "concurrentPost" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "LeadershipTeamMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceCentre" (
    "id" SERIAL NOT NULL,
    "zoneId" INTEGER NOT NULL,
    "kind" "ServiceCentreKind" NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "floorAreaM2" DECIMAL(10,2) NOT NULL,
    "staffCount" INTEGER NOT NULL,
    "services" TEXT[],
    "openingHours" TEXT NOT NULL,
    "openedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "ServiceCentre_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceRecord" (
    "id" SERIAL NOT NULL,
    "centreId" INTEGER NOT NULL,
    "servedOn" DATE NOT NULL,
    "serviceType" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "beneficiaries" INTEGER NOT NULL,
    "handledBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "ServiceRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JointMeeting" (
    "id" SERIAL NOT NULL,
    "zoneId" INTEGER NOT NULL,
    "heldOn" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "topics" TEXT NOT NULL,
    "attendeeCount" INTEGER NOT NULL,
    "minutes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "JointMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JointMeetingParticipant" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "representativeName" TEXT NOT NULL,
    "attendees" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "JointMeetingParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingDecision" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "MeetingDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUpItem" (
    "id" SERIAL NOT NULL,
    "decisionId" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "ownerName" TEXT NOT NULL,
    "dueOn" DATE,
    "status" "FollowUpStatus" NOT NULL DEFAULT 'OPEN',
    "completedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "FollowUpItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicOpinion" (
    "id" SERIAL NOT NULL,
    "zoneId" INTEGER NOT NULL,
    "workstationId" INTEGER,
    "source" "OpinionSource" NOT NULL,
    "category" "OpinionCategory" NOT NULL,
    "content" TEXT NOT NULL,
    "residentName" TEXT,
    "residentPhone" TEXT,
    "handlerName" TEXT,
    "status" "OpinionStatus" NOT NULL DEFAULT 'RECEIVED',
    "response" TEXT,
    "receivedOn" DATE NOT NULL,
    "respondedOn" DATE,
    "resolvedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "PublicOpinion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartyMember" (
    "id" SERIAL NOT NULL,
    "idNumber" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "gender" "Gender" NOT NULL,
    "birthDate" DATE NOT NULL,
    "phone" TEXT,
    "education" "Education" NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "zoneId" INTEGER,
    "category" "MemberCategory" NOT NULL,
    "joinedOn" DATE NOT NULL,
    "flowStatus" "MemberFlowStatus" NOT NULL DEFAULT 'SETTLED',
    "skills" TEXT[],
    "occupation" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "PartyMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GridArea" (
    "id" SERIAL NOT NULL,
    "zoneId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "dutyOfficer" TEXT NOT NULL,
    "households" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "GridArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SocialCase" (
    "id" SERIAL NOT NULL,
    "gridId" INTEGER NOT NULL,
    "reportedOn" DATE NOT NULL,
    "category" "SocialCaseCategory" NOT NULL,
    "description" TEXT NOT NULL,
    "status" "SocialCaseStatus" NOT NULL DEFAULT 'REPORTED',
    "resolvedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" INTEGER,
    "updatedById" INTEGER,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "SocialCase_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Office_code_key" ON "Office"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Office_name_key" ON "Office"("name");

-- CreateIndex
CREATE INDEX "Office_createdById_idx" ON "Office"("createdById");

-- CreateIndex
CREATE INDEX "Office_updatedById_idx" ON "Office"("updatedById");

-- CreateIndex
CREATE INDEX "Benchmark_officeId_idx" ON "Benchmark"("officeId");

-- CreateIndex
CREATE INDEX "Benchmark_selectedOn_idx" ON "Benchmark"("selectedOn");

-- CreateIndex
CREATE INDEX "Benchmark_createdById_idx" ON "Benchmark"("createdById");

-- CreateIndex
CREATE INDEX "Benchmark_updatedById_idx" ON "Benchmark"("updatedById");

-- CreateIndex
CREATE INDEX "BenchmarkIndicator_benchmarkId_idx" ON "BenchmarkIndicator"("benchmarkId");

-- CreateIndex
CREATE INDEX "BenchmarkIndicator_createdById_idx" ON "BenchmarkIndicator"("createdById");

-- CreateIndex
CREATE INDEX "BenchmarkIndicator_updatedById_idx" ON "BenchmarkIndicator"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "BenchmarkIndicator_benchmarkId_name_key" ON "BenchmarkIndicator"("benchmarkId", "name");

-- CreateIndex
CREATE INDEX "CatchUpPlan_benchmarkId_idx" ON "CatchUpPlan"("benchmarkId");

-- CreateIndex
CREATE INDEX "CatchUpPlan_pledgeLetterId_idx" ON "CatchUpPlan"("pledgeLetterId");

-- CreateIndex
CREATE INDEX "CatchUpPlan_status_idx" ON "CatchUpPlan"("status");

-- CreateIndex
CREATE INDEX "CatchUpPlan_startOn_idx" ON "CatchUpPlan"("startOn");

-- CreateIndex
CREATE INDEX "CatchUpPlan_createdById_idx" ON "CatchUpPlan"("createdById");

-- CreateIndex
CREATE INDEX "CatchUpPlan_updatedById_idx" ON "CatchUpPlan"("updatedById");

-- CreateIndex
CREATE INDEX "BenchmarkEvaluation_benchmarkId_idx" ON "BenchmarkEvaluation"("benchmarkId");

-- CreateIndex
CREATE INDEX "BenchmarkEvaluation_indicatorId_idx" ON "BenchmarkEvaluation"("indicatorId");

-- CreateIndex
CREATE INDEX "BenchmarkEvaluation_evaluatedOn_idx" ON "BenchmarkEvaluation"("evaluatedOn");

-- CreateIndex
CREATE INDEX "BenchmarkEvaluation_period_idx" ON "BenchmarkEvaluation"("period");

-- CreateIndex
CREATE INDEX "BenchmarkEvaluation_createdById_idx" ON "BenchmarkEvaluation"("createdById");

-- CreateIndex
CREATE INDEX "BenchmarkEvaluation_updatedById_idx" ON "BenchmarkEvaluation"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "User_townId_idx" ON "User"("townId");

-- CreateIndex
CREATE INDEX "User_zoneId_idx" ON "User"("zoneId");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE INDEX "User_createdById_idx" ON "User"("createdById");

-- CreateIndex
CREATE INDEX "User_updatedById_idx" ON "User"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "Town_code_key" ON "Town"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Town_name_key" ON "Town"("name");

-- CreateIndex
CREATE INDEX "Town_kind_idx" ON "Town"("kind");

-- CreateIndex
CREATE INDEX "Town_createdById_idx" ON "Town"("createdById");

-- CreateIndex
CREATE INDEX "Town_updatedById_idx" ON "Town"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "Zone_code_key" ON "Zone"("code");

-- CreateIndex
CREATE INDEX "Zone_townId_idx" ON "Zone"("townId");

-- CreateIndex
CREATE INDEX "Zone_kind_idx" ON "Zone"("kind");

-- CreateIndex
CREATE INDEX "Zone_economicallyWeak_idx" ON "Zone"("economicallyWeak");

-- CreateIndex
CREATE INDEX "Zone_createdById_idx" ON "Zone"("createdById");

-- CreateIndex
CREATE INDEX "Zone_updatedById_idx" ON "Zone"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "Zone_townId_name_key" ON "Zone"("townId", "name");

-- CreateIndex
CREATE INDEX "PartyBrand_organisationId_idx" ON "PartyBrand"("organisationId");

-- CreateIndex
CREATE INDEX "PartyBrand_field_idx" ON "PartyBrand"("field");

-- CreateIndex
CREATE INDEX "PartyBrand_stage_idx" ON "PartyBrand"("stage");

-- CreateIndex
CREATE INDEX "PartyBrand_launchedOn_idx" ON "PartyBrand"("launchedOn");

-- CreateIndex
CREATE INDEX "PartyBrand_namedOn_idx" ON "PartyBrand"("namedOn");

-- CreateIndex
CREATE INDEX "PartyBrand_createdById_idx" ON "PartyBrand"("createdById");

-- CreateIndex
CREATE INDEX "PartyBrand_updatedById_idx" ON "PartyBrand"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "PartyBrand_organisationId_name_key" ON "PartyBrand"("organisationId", "name");

-- CreateIndex
CREATE INDEX "BrandPublicity_brandId_idx" ON "BrandPublicity"("brandId");

-- CreateIndex
CREATE INDEX "BrandPublicity_publishedOn_idx" ON "BrandPublicity"("publishedOn");

-- CreateIndex
CREATE INDEX "BrandPublicity_createdById_idx" ON "BrandPublicity"("createdById");

-- CreateIndex
CREATE INDEX "BrandPublicity_updatedById_idx" ON "BrandPublicity"("updatedById");

-- CreateIndex
CREATE INDEX "BrandEvaluation_brandId_idx" ON "BrandEvaluation"("brandId");

-- CreateIndex
CREATE INDEX "BrandEvaluation_year_idx" ON "BrandEvaluation"("year");

-- CreateIndex
CREATE INDEX "BrandEvaluation_createdById_idx" ON "BrandEvaluation"("createdById");

-- CreateIndex
CREATE INDEX "BrandEvaluation_updatedById_idx" ON "BrandEvaluation"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "BrandEvaluation_brandId_year_key" ON "BrandEvaluation"("brandId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Entrepreneur_idNumber_key" ON "Entrepreneur"("idNumber");

-- CreateIndex
CREATE INDEX "Entrepreneur_memberId_idx" ON "Entrepreneur"("memberId");

-- CreateIndex
CREATE INDEX "Entrepreneur_zoneId_idx" ON "Entrepreneur"("zoneId");

-- CreateIndex
CREATE INDEX "Entrepreneur_kind_idx" ON "Entrepreneur"("kind");

-- CreateIndex
CREATE INDEX "Entrepreneur_createdById_idx" ON "Entrepreneur"("createdById");

-- CreateIndex
CREATE INDEX "Entrepreneur_updatedById_idx" ON "Entrepreneur"("updatedById");

-- CreateIndex
CREATE INDEX "VentureProject_entrepreneurId_idx" ON "VentureProject"("entrepreneurId");

-- CreateIndex
CREATE INDEX "VentureProject_zoneId_idx" ON "VentureProject"("zoneId");

-- CreateIndex
CREATE INDEX "VentureProject_industry_idx" ON "VentureProject"("industry");

-- CreateIndex
CREATE INDEX "VentureProject_status_idx" ON "VentureProject"("status");

-- CreateIndex
CREATE INDEX "VentureProject_startedOn_idx" ON "VentureProject"("startedOn");

-- CreateIndex
CREATE INDEX "VentureProject_createdById_idx" ON "VentureProject"("createdById");

-- CreateIndex
CREATE INDEX "VentureProject_updatedById_idx" ON "VentureProject"("updatedById");

-- CreateIndex
CREATE INDEX "VentureSupport_projectId_idx" ON "VentureSupport"("projectId");

-- CreateIndex
CREATE INDEX "VentureSupport_kind_idx" ON "VentureSupport"("kind");

-- CreateIndex
CREATE INDEX "VentureSupport_grantedOn_idx" ON "VentureSupport"("grantedOn");

-- CreateIndex
CREATE INDEX "VentureSupport_createdById_idx" ON "VentureSupport"("createdById");

-- CreateIndex
CREATE INDEX "VentureSupport_updatedById_idx" ON "VentureSupport"("updatedById");

-- CreateIndex
CREATE INDEX "EntrepreneurTraining_entrepreneurId_idx" ON "EntrepreneurTraining"("entrepreneurId");

-- CreateIndex
CREATE INDEX "EntrepreneurTraining_trainedOn_idx" ON "EntrepreneurTraining"("trainedOn");

-- CreateIndex
CREATE INDEX "EntrepreneurTraining_createdById_idx" ON "EntrepreneurTraining"("createdById");

-- CreateIndex
CREATE INDEX "EntrepreneurTraining_updatedById_idx" ON "EntrepreneurTraining"("updatedById");

-- CreateIndex
CREATE INDEX "ModelRecognition_entrepreneurId_idx" ON "ModelRecognition"("entrepreneurId");

-- CreateIndex
CREATE INDEX "ModelRecognition_projectId_idx" ON "ModelRecognition"("projectId");

-- CreateIndex
CREATE INDEX "ModelRecognition_year_idx" ON "ModelRecognition"("year");

-- CreateIndex
CREATE INDEX "ModelRecognition_createdById_idx" ON "ModelRecognition"("createdById");

-- CreateIndex
CREATE INDEX "ModelRecognition_updatedById_idx" ON "ModelRecognition"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "ModelRecognition_entrepreneurId_year_title_key" ON "ModelRecognition"("entrepreneurId", "year", "title");

-- CreateIndex
CREATE INDEX "Instructor_townId_idx" ON "Instructor"("townId");

-- CreateIndex
CREATE INDEX "Instructor_appointedOn_idx" ON "Instructor"("appointedOn");

-- CreateIndex
CREATE INDEX "Instructor_createdById_idx" ON "Instructor"("createdById");

-- CreateIndex
CREATE INDEX "Instructor_updatedById_idx" ON "Instructor"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "Enterprise_creditCode_key" ON "Enterprise"("creditCode");

-- CreateIndex
CREATE INDEX "Enterprise_townId_idx" ON "Enterprise"("townId");

-- CreateIndex
CREATE INDEX "Enterprise_zoneId_idx" ON "Enterprise"("zoneId");

-- CreateIndex
CREATE INDEX "Enterprise_organisationId_idx" ON "Enterprise"("organisationId");

-- CreateIndex
CREATE INDEX "Enterprise_category_idx" ON "Enterprise"("category");

-- CreateIndex
CREATE INDEX "Enterprise_createdById_idx" ON "Enterprise"("createdById");

-- CreateIndex
CREATE INDEX "Enterprise_updatedById_idx" ON "Enterprise"("updatedById");

-- CreateIndex
CREATE INDEX "InstructorAssignment_instructorId_idx" ON "InstructorAssignment"("instructorId");

-- CreateIndex
CREATE INDEX "InstructorAssignment_enterpriseId_idx" ON "InstructorAssignment"("enterpriseId");

-- CreateIndex
CREATE INDEX "InstructorAssignment_startOn_idx" ON "InstructorAssignment"("startOn");

-- CreateIndex
CREATE INDEX "InstructorAssignment_createdById_idx" ON "InstructorAssignment"("createdById");

-- CreateIndex
CREATE INDEX "InstructorAssignment_updatedById_idx" ON "InstructorAssignment"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "InstructorAssignment_instructorId_enterpriseId_startOn_key" ON "InstructorAssignment"("instructorId", "enterpriseId", "startOn");

-- CreateIndex
CREATE INDEX "EnterpriseVisit_assignmentId_idx" ON "EnterpriseVisit"("assignmentId");

-- CreateIndex
CREATE INDEX "EnterpriseVisit_visitedOn_idx" ON "EnterpriseVisit"("visitedOn");

-- CreateIndex
CREATE INDEX "EnterpriseVisit_kind_idx" ON "EnterpriseVisit"("kind");

-- CreateIndex
CREATE INDEX "EnterpriseVisit_createdById_idx" ON "EnterpriseVisit"("createdById");

-- CreateIndex
CREATE INDEX "EnterpriseVisit_updatedById_idx" ON "EnterpriseVisit"("updatedById");

-- CreateIndex
CREATE INDEX "GuidancePlan_assignmentId_idx" ON "GuidancePlan"("assignmentId");

-- CreateIndex
CREATE INDEX "GuidancePlan_year_idx" ON "GuidancePlan"("year");

-- CreateIndex
CREATE INDEX "GuidancePlan_createdById_idx" ON "GuidancePlan"("createdById");

-- CreateIndex
CREATE INDEX "GuidancePlan_updatedById_idx" ON "GuidancePlan"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "GuidancePlan_assignmentId_year_key" ON "GuidancePlan"("assignmentId", "year");

-- CreateIndex
CREATE INDEX "PartyRepresentative_memberId_idx" ON "PartyRepresentative"("memberId");

-- CreateIndex
CREATE INDEX "PartyRepresentative_organisationId_idx" ON "PartyRepresentative"("organisationId");

-- CreateIndex
CREATE INDEX "PartyRepresentative_townId_idx" ON "PartyRepresentative"("townId");

-- CreateIndex
CREATE INDEX "PartyRepresentative_congressTerm_idx" ON "PartyRepresentative"("congressTerm");

-- CreateIndex
CREATE INDEX "PartyRepresentative_status_idx" ON "PartyRepresentative"("status");

-- CreateIndex
CREATE INDEX "PartyRepresentative_createdById_idx" ON "PartyRepresentative"("createdById");

-- CreateIndex
CREATE INDEX "PartyRepresentative_updatedById_idx" ON "PartyRepresentative"("updatedById");

-- CreateIndex
CREATE INDEX "RepresentativeTour_targetOrganisationId_idx" ON "RepresentativeTour"("targetOrganisationId");

-- CreateIndex
CREATE INDEX "RepresentativeTour_kind_idx" ON "RepresentativeTour"("kind");

-- CreateIndex
CREATE INDEX "RepresentativeTour_startOn_idx" ON "RepresentativeTour"("startOn");

-- CreateIndex
CREATE INDEX "RepresentativeTour_createdById_idx" ON "RepresentativeTour"("createdById");

-- CreateIndex
CREATE INDEX "RepresentativeTour_updatedById_idx" ON "RepresentativeTour"("updatedById");

-- CreateIndex
CREATE INDEX "TourParticipant_tourId_idx" ON "TourParticipant"("tourId");

-- CreateIndex
CREATE INDEX "TourParticipant_representativeId_idx" ON "TourParticipant"("representativeId");

-- CreateIndex
CREATE INDEX "TourParticipant_createdById_idx" ON "TourParticipant"("createdById");

-- CreateIndex
CREATE INDEX "TourParticipant_updatedById_idx" ON "TourParticipant"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "TourParticipant_tourId_representativeId_key" ON "TourParticipant"("tourId", "representativeId");

-- CreateIndex
CREATE INDEX "RepresentativeBriefing_kind_idx" ON "RepresentativeBriefing"("kind");

-- CreateIndex
CREATE INDEX "RepresentativeBriefing_heldOn_idx" ON "RepresentativeBriefing"("heldOn");

-- CreateIndex
CREATE INDEX "RepresentativeBriefing_createdById_idx" ON "RepresentativeBriefing"("createdById");

-- CreateIndex
CREATE INDEX "RepresentativeBriefing_updatedById_idx" ON "RepresentativeBriefing"("updatedById");

-- CreateIndex
CREATE INDEX "BriefingAttendance_briefingId_idx" ON "BriefingAttendance"("briefingId");

-- CreateIndex
CREATE INDEX "BriefingAttendance_representativeId_idx" ON "BriefingAttendance"("representativeId");

-- CreateIndex
CREATE INDEX "BriefingAttendance_createdById_idx" ON "BriefingAttendance"("createdById");

-- CreateIndex
CREATE INDEX "BriefingAttendance_updatedById_idx" ON "BriefingAttendance"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "BriefingAttendance_briefingId_representativeId_key" ON "BriefingAttendance"("briefingId", "representativeId");

-- CreateIndex
CREATE INDEX "PledgeLetter_organisationId_idx" ON "PledgeLetter"("organisationId");

-- CreateIndex
CREATE INDEX "PledgeLetter_supervisorRepresentativeId_idx" ON "PledgeLetter"("supervisorRepresentativeId");

-- CreateIndex
CREATE INDEX "PledgeLetter_year_idx" ON "PledgeLetter"("year");

-- CreateIndex
CREATE INDEX "PledgeLetter_status_idx" ON "PledgeLetter"("status");

-- CreateIndex
CREATE INDEX "PledgeLetter_createdById_idx" ON "PledgeLetter"("createdById");

-- CreateIndex
CREATE INDEX "PledgeLetter_updatedById_idx" ON "PledgeLetter"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "PledgeLetter_organisationId_year_key" ON "PledgeLetter"("organisationId", "year");

-- CreateIndex
CREATE INDEX "RepresentativeWorkstation_townId_idx" ON "RepresentativeWorkstation"("townId");

-- CreateIndex
CREATE INDEX "RepresentativeWorkstation_zoneId_idx" ON "RepresentativeWorkstation"("zoneId");

-- CreateIndex
CREATE INDEX "RepresentativeWorkstation_createdById_idx" ON "RepresentativeWorkstation"("createdById");

-- CreateIndex
CREATE INDEX "RepresentativeWorkstation_updatedById_idx" ON "RepresentativeWorkstation"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "RepresentativeWorkstation_townId_name_key" ON "RepresentativeWorkstation"("townId", "name");

-- CreateIndex
CREATE INDEX "ReceptionDay_workstationId_idx" ON "ReceptionDay"("workstationId");

-- CreateIndex
CREATE INDEX "ReceptionDay_representativeId_idx" ON "ReceptionDay"("representativeId");

-- CreateIndex
CREATE INDEX "ReceptionDay_heldOn_idx" ON "ReceptionDay"("heldOn");

-- CreateIndex
CREATE INDEX "ReceptionDay_createdById_idx" ON "ReceptionDay"("createdById");

-- CreateIndex
CREATE INDEX "ReceptionDay_updatedById_idx" ON "ReceptionDay"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "ReceptionDay_workstationId_representativeId_heldOn_key" ON "ReceptionDay"("workstationId", "representativeId", "heldOn");

-- CreateIndex
CREATE INDEX "Proposal_representativeId_idx" ON "Proposal"("representativeId");

-- CreateIndex
CREATE INDEX "Proposal_status_idx" ON "Proposal"("status");

-- CreateIndex
CREATE INDEX "Proposal_submittedOn_idx" ON "Proposal"("submittedOn");

-- CreateIndex
CREATE INDEX "Proposal_createdById_idx" ON "Proposal"("createdById");

-- CreateIndex
CREATE INDEX "Proposal_updatedById_idx" ON "Proposal"("updatedById");

-- CreateIndex
CREATE INDEX "RepresentativeReview_representativeId_idx" ON "RepresentativeReview"("representativeId");

-- CreateIndex
CREATE INDEX "RepresentativeReview_year_idx" ON "RepresentativeReview"("year");

-- CreateIndex
CREATE INDEX "RepresentativeReview_createdById_idx" ON "RepresentativeReview"("createdById");

-- CreateIndex
CREATE INDEX "RepresentativeReview_updatedById_idx" ON "RepresentativeReview"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "RepresentativeReview_representativeId_year_key" ON "RepresentativeReview"("representativeId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "TalentPlatform_name_key" ON "TalentPlatform"("name");

-- CreateIndex
CREATE INDEX "TalentPlatform_townId_idx" ON "TalentPlatform"("townId");

-- CreateIndex
CREATE INDEX "TalentPlatform_kind_idx" ON "TalentPlatform"("kind");

-- CreateIndex
CREATE INDEX "TalentPlatform_createdById_idx" ON "TalentPlatform"("createdById");

-- CreateIndex
CREATE INDEX "TalentPlatform_updatedById_idx" ON "TalentPlatform"("updatedById");

-- CreateIndex
CREATE INDEX "RecruitmentEvent_kind_idx" ON "RecruitmentEvent"("kind");

-- CreateIndex
CREATE INDEX "RecruitmentEvent_heldOn_idx" ON "RecruitmentEvent"("heldOn");

-- CreateIndex
CREATE INDEX "RecruitmentEvent_createdById_idx" ON "RecruitmentEvent"("createdById");

-- CreateIndex
CREATE INDEX "RecruitmentEvent_updatedById_idx" ON "RecruitmentEvent"("updatedById");

-- CreateIndex
CREATE INDEX "TalentTeam_recruitmentEventId_idx" ON "TalentTeam"("recruitmentEventId");

-- CreateIndex
CREATE INDEX "TalentTeam_platformId_idx" ON "TalentTeam"("platformId");

-- CreateIndex
CREATE INDEX "TalentTeam_townId_idx" ON "TalentTeam"("townId");

-- CreateIndex
CREATE INDEX "TalentTeam_zoneId_idx" ON "TalentTeam"("zoneId");

-- CreateIndex
CREATE INDEX "TalentTeam_stage_idx" ON "TalentTeam"("stage");

-- CreateIndex
CREATE INDEX "TalentTeam_field_idx" ON "TalentTeam"("field");

-- CreateIndex
CREATE INDEX "TalentTeam_landedOn_idx" ON "TalentTeam"("landedOn");

-- CreateIndex
CREATE INDEX "TalentTeam_createdById_idx" ON "TalentTeam"("createdById");

-- CreateIndex
CREATE INDEX "TalentTeam_updatedById_idx" ON "TalentTeam"("updatedById");

-- CreateIndex
CREATE INDEX "TrainingSession_townId_idx" ON "TrainingSession"("townId");

-- CreateIndex
CREATE INDEX "TrainingSession_kind_idx" ON "TrainingSession"("kind");

-- CreateIndex
CREATE INDEX "TrainingSession_topic_idx" ON "TrainingSession"("topic");

-- CreateIndex
CREATE INDEX "TrainingSession_heldOn_idx" ON "TrainingSession"("heldOn");

-- CreateIndex
CREATE INDEX "TrainingSession_createdById_idx" ON "TrainingSession"("createdById");

-- CreateIndex
CREATE INDEX "TrainingSession_updatedById_idx" ON "TrainingSession"("updatedById");

-- CreateIndex
CREATE INDEX "TrainingAudience_sessionId_idx" ON "TrainingAudience"("sessionId");

-- CreateIndex
CREATE INDEX "TrainingAudience_audience_idx" ON "TrainingAudience"("audience");

-- CreateIndex
CREATE INDEX "TrainingAudience_createdById_idx" ON "TrainingAudience"("createdById");

-- CreateIndex
CREATE INDEX "TrainingAudience_updatedById_idx" ON "TrainingAudience"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingAudience_sessionId_audience_key" ON "TrainingAudience"("sessionId", "audience");

-- CreateIndex
CREATE INDEX "TrainingAttendance_sessionId_idx" ON "TrainingAttendance"("sessionId");

-- CreateIndex
CREATE INDEX "TrainingAttendance_memberId_idx" ON "TrainingAttendance"("memberId");

-- CreateIndex
CREATE INDEX "TrainingAttendance_createdById_idx" ON "TrainingAttendance"("createdById");

-- CreateIndex
CREATE INDEX "TrainingAttendance_updatedById_idx" ON "TrainingAttendance"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingAttendance_sessionId_memberId_key" ON "TrainingAttendance"("sessionId", "memberId");

-- CreateIndex
CREATE INDEX "TrainingEvaluation_sessionId_idx" ON "TrainingEvaluation"("sessionId");

-- CreateIndex
CREATE INDEX "TrainingEvaluation_evaluatedOn_idx" ON "TrainingEvaluation"("evaluatedOn");

-- CreateIndex
CREATE INDEX "TrainingEvaluation_createdById_idx" ON "TrainingEvaluation"("createdById");

-- CreateIndex
CREATE INDEX "TrainingEvaluation_updatedById_idx" ON "TrainingEvaluation"("updatedById");

-- CreateIndex
CREATE INDEX "VolunteerTeam_organisationId_idx" ON "VolunteerTeam"("organisationId");

-- CreateIndex
CREATE INDEX "VolunteerTeam_zoneId_idx" ON "VolunteerTeam"("zoneId");

-- CreateIndex
CREATE INDEX "VolunteerTeam_specialty_idx" ON "VolunteerTeam"("specialty");

-- CreateIndex
CREATE INDEX "VolunteerTeam_foundedOn_idx" ON "VolunteerTeam"("foundedOn");

-- CreateIndex
CREATE INDEX "VolunteerTeam_createdById_idx" ON "VolunteerTeam"("createdById");

-- CreateIndex
CREATE INDEX "VolunteerTeam_updatedById_idx" ON "VolunteerTeam"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "VolunteerTeam_organisationId_name_key" ON "VolunteerTeam"("organisationId", "name");

-- CreateIndex
CREATE INDEX "VolunteerMembership_teamId_idx" ON "VolunteerMembership"("teamId");

-- CreateIndex
CREATE INDEX "VolunteerMembership_memberId_idx" ON "VolunteerMembership"("memberId");

-- CreateIndex
CREATE INDEX "VolunteerMembership_createdById_idx" ON "VolunteerMembership"("createdById");

-- CreateIndex
CREATE INDEX "VolunteerMembership_updatedById_idx" ON "VolunteerMembership"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "VolunteerMembership_teamId_memberId_key" ON "VolunteerMembership"("teamId", "memberId");

-- CreateIndex
CREATE INDEX "VolunteerService_teamId_idx" ON "VolunteerService"("teamId");

-- CreateIndex
CREATE INDEX "VolunteerService_servedOn_idx" ON "VolunteerService"("servedOn");

-- CreateIndex
CREATE INDEX "VolunteerService_kind_idx" ON "VolunteerService"("kind");

-- CreateIndex
CREATE INDEX "VolunteerService_createdById_idx" ON "VolunteerService"("createdById");

-- CreateIndex
CREATE INDEX "VolunteerService_updatedById_idx" ON "VolunteerService"("updatedById");

-- CreateIndex
CREATE INDEX "MemberAppraisal_memberId_idx" ON "MemberAppraisal"("memberId");

-- CreateIndex
CREATE INDEX "MemberAppraisal_year_idx" ON "MemberAppraisal"("year");

-- CreateIndex
CREATE INDEX "MemberAppraisal_createdById_idx" ON "MemberAppraisal"("createdById");

-- CreateIndex
CREATE INDEX "MemberAppraisal_updatedById_idx" ON "MemberAppraisal"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "MemberAppraisal_memberId_year_key" ON "MemberAppraisal"("memberId", "year");

-- CreateIndex
CREATE INDEX "PostedCadre_hostZoneId_idx" ON "PostedCadre"("hostZoneId");

-- CreateIndex
CREATE INDEX "PostedCadre_pairedZoneId_idx" ON "PostedCadre"("pairedZoneId");

-- CreateIndex
CREATE INDEX "PostedCadre_selectedYear_idx" ON "PostedCadre"("selectedYear");

-- CreateIndex
CREATE INDEX "PostedCadre_status_idx" ON "PostedCadre"("status");

-- CreateIndex
CREATE INDEX "PostedCadre_startOn_idx" ON "PostedCadre"("startOn");

-- CreateIndex
CREATE INDEX "PostedCadre_createdById_idx" ON "PostedCadre"("createdById");

-- CreateIndex
CREATE INDEX "PostedCadre_updatedById_idx" ON "PostedCadre"("updatedById");

-- CreateIndex
CREATE INDEX "CadreTrainingPlan_cadreId_idx" ON "CadreTrainingPlan"("cadreId");

-- CreateIndex
CREATE INDEX "CadreTrainingPlan_plannedOn_idx" ON "CadreTrainingPlan"("plannedOn");

-- CreateIndex
CREATE INDEX "CadreTrainingPlan_createdById_idx" ON "CadreTrainingPlan"("createdById");

-- CreateIndex
CREATE INDEX "CadreTrainingPlan_updatedById_idx" ON "CadreTrainingPlan"("updatedById");

-- CreateIndex
CREATE INDEX "OpinionWorkstation_zoneId_idx" ON "OpinionWorkstation"("zoneId");

-- CreateIndex
CREATE INDEX "OpinionWorkstation_cadreId_idx" ON "OpinionWorkstation"("cadreId");

-- CreateIndex
CREATE INDEX "OpinionWorkstation_createdById_idx" ON "OpinionWorkstation"("createdById");

-- CreateIndex
CREATE INDEX "OpinionWorkstation_updatedById_idx" ON "OpinionWorkstation"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "OpinionWorkstation_zoneId_name_key" ON "OpinionWorkstation"("zoneId", "name");

-- CreateIndex
CREATE INDEX "OpinionDiaryEntry_cadreId_idx" ON "OpinionDiaryEntry"("cadreId");

-- CreateIndex
CREATE INDEX "OpinionDiaryEntry_writtenOn_idx" ON "OpinionDiaryEntry"("writtenOn");

-- CreateIndex
CREATE INDEX "OpinionDiaryEntry_createdById_idx" ON "OpinionDiaryEntry"("createdById");

-- CreateIndex
CREATE INDEX "OpinionDiaryEntry_updatedById_idx" ON "OpinionDiaryEntry"("updatedById");

-- CreateIndex
CREATE INDEX "CadreAssessment_cadreId_idx" ON "CadreAssessment"("cadreId");

-- CreateIndex
CREATE INDEX "CadreAssessment_year_idx" ON "CadreAssessment"("year");

-- CreateIndex
CREATE INDEX "CadreAssessment_createdById_idx" ON "CadreAssessment"("createdById");

-- CreateIndex
CREATE INDEX "CadreAssessment_updatedById_idx" ON "CadreAssessment"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "CadreAssessment_cadreId_year_period_key" ON "CadreAssessment"("cadreId", "year", "period");

-- CreateIndex
CREATE INDEX "AnnualTarget_plan_year_idx" ON "AnnualTarget"("plan", "year");

-- CreateIndex
CREATE INDEX "AnnualTarget_townId_idx" ON "AnnualTarget"("townId");

-- CreateIndex
CREATE INDEX "AnnualTarget_zoneId_idx" ON "AnnualTarget"("zoneId");

-- CreateIndex
CREATE INDEX "AnnualTarget_createdById_idx" ON "AnnualTarget"("createdById");

-- CreateIndex
CREATE INDEX "AnnualTarget_updatedById_idx" ON "AnnualTarget"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "AnnualTarget_plan_year_scopeLevel_scopeCode_metric_key" ON "AnnualTarget"("plan", "year", "scopeLevel", "scopeCode", "metric");

-- CreateIndex
CREATE UNIQUE INDEX "PartyOrganisation_code_key" ON "PartyOrganisation"("code");

-- CreateIndex
CREATE INDEX "PartyOrganisation_parentId_idx" ON "PartyOrganisation"("parentId");

-- CreateIndex
CREATE INDEX "PartyOrganisation_townId_idx" ON "PartyOrganisation"("townId");

-- CreateIndex
CREATE INDEX "PartyOrganisation_zoneId_idx" ON "PartyOrganisation"("zoneId");

-- CreateIndex
CREATE INDEX "PartyOrganisation_type_idx" ON "PartyOrganisation"("type");

-- CreateIndex
CREATE INDEX "PartyOrganisation_field_idx" ON "PartyOrganisation"("field");

-- CreateIndex
CREATE INDEX "PartyOrganisation_status_idx" ON "PartyOrganisation"("status");

-- CreateIndex
CREATE INDEX "PartyOrganisation_createdById_idx" ON "PartyOrganisation"("createdById");

-- CreateIndex
CREATE INDEX "PartyOrganisation_updatedById_idx" ON "PartyOrganisation"("updatedById");

-- CreateIndex
CREATE INDEX "LeadershipTeam_organisationId_idx" ON "LeadershipTeam"("organisationId");

-- CreateIndex
CREATE INDEX "LeadershipTeam_termStart_idx" ON "LeadershipTeam"("termStart");

-- CreateIndex
CREATE INDEX "LeadershipTeam_createdById_idx" ON "LeadershipTeam"("createdById");

-- CreateIndex
CREATE INDEX "LeadershipTeam_updatedById_idx" ON "LeadershipTeam"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "LeadershipTeam_organisationId_termNumber_key" ON "LeadershipTeam"("organisationId", "termNumber");

-- CreateIndex
CREATE INDEX "LeadershipTeamMember_teamId_idx" ON "LeadershipTeamMember"("teamId");

-- CreateIndex
CREATE INDEX "LeadershipTeamMember_memberId_idx" ON "LeadershipTeamMember"("memberId");

-- CreateIndex
CREATE INDEX "LeadershipTeamMember_post_idx" ON "LeadershipTeamMember"("post");

-- CreateIndex
CREATE INDEX "LeadershipTeamMember_createdById_idx" ON "LeadershipTeamMember"("createdById");

-- CreateIndex
CREATE INDEX "LeadershipTeamMember_updatedById_idx" ON "LeadershipTeamMember"("updatedById");

-- CreateIndex
CREATE INDEX "ServiceCentre_zoneId_idx" ON "ServiceCentre"("zoneId");

-- CreateIndex
CREATE INDEX "ServiceCentre_kind_idx" ON "ServiceCentre"("kind");

-- CreateIndex
CREATE INDEX "ServiceCentre_openedOn_idx" ON "ServiceCentre"("openedOn");

-- CreateIndex
CREATE INDEX "ServiceCentre_createdById_idx" ON "ServiceCentre"("createdById");

-- CreateIndex
CREATE INDEX "ServiceCentre_updatedById_idx" ON "ServiceCentre"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceCentre_zoneId_name_key" ON "ServiceCentre"("zoneId", "name");

-- CreateIndex
CREATE INDEX "ServiceRecord_centreId_idx" ON "ServiceRecord"("centreId");

-- CreateIndex
CREATE INDEX "ServiceRecord_servedOn_idx" ON "ServiceRecord"("servedOn");

-- CreateIndex
CREATE INDEX "ServiceRecord_createdById_idx" ON "ServiceRecord"("createdById");

-- CreateIndex
CREATE INDEX "ServiceRecord_updatedById_idx" ON "ServiceRecord"("updatedById");

-- CreateIndex
CREATE INDEX "JointMeeting_zoneId_idx" ON "JointMeeting"("zoneId");

-- CreateIndex
CREATE INDEX "JointMeeting_heldOn_idx" ON "JointMeeting"("heldOn");

-- CreateIndex
CREATE INDEX "JointMeeting_createdById_idx" ON "JointMeeting"("createdById");

-- CreateIndex
CREATE INDEX "JointMeeting_updatedById_idx" ON "JointMeeting"("updatedById");

-- CreateIndex
CREATE INDEX "JointMeetingParticipant_meetingId_idx" ON "JointMeetingParticipant"("meetingId");

-- CreateIndex
CREATE INDEX "JointMeetingParticipant_organisationId_idx" ON "JointMeetingParticipant"("organisationId");

-- CreateIndex
CREATE INDEX "JointMeetingParticipant_createdById_idx" ON "JointMeetingParticipant"("createdById");

-- CreateIndex
CREATE INDEX "JointMeetingParticipant_updatedById_idx" ON "JointMeetingParticipant"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "JointMeetingParticipant_meetingId_organisationId_key" ON "JointMeetingParticipant"("meetingId", "organisationId");

-- CreateIndex
CREATE INDEX "MeetingDecision_meetingId_idx" ON "MeetingDecision"("meetingId");

-- CreateIndex
CREATE INDEX "MeetingDecision_createdById_idx" ON "MeetingDecision"("createdById");

-- CreateIndex
CREATE INDEX "MeetingDecision_updatedById_idx" ON "MeetingDecision"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingDecision_meetingId_sequence_key" ON "MeetingDecision"("meetingId", "sequence");

-- CreateIndex
CREATE INDEX "FollowUpItem_decisionId_idx" ON "FollowUpItem"("decisionId");

-- CreateIndex
CREATE INDEX "FollowUpItem_status_idx" ON "FollowUpItem"("status");

-- CreateIndex
CREATE INDEX "FollowUpItem_dueOn_idx" ON "FollowUpItem"("dueOn");

-- CreateIndex
CREATE INDEX "FollowUpItem_createdById_idx" ON "FollowUpItem"("createdById");

-- CreateIndex
CREATE INDEX "FollowUpItem_updatedById_idx" ON "FollowUpItem"("updatedById");

-- CreateIndex
CREATE INDEX "PublicOpinion_zoneId_idx" ON "PublicOpinion"("zoneId");

-- CreateIndex
CREATE INDEX "PublicOpinion_workstationId_idx" ON "PublicOpinion"("workstationId");

-- CreateIndex
CREATE INDEX "PublicOpinion_status_idx" ON "PublicOpinion"("status");

-- CreateIndex
CREATE INDEX "PublicOpinion_category_idx" ON "PublicOpinion"("category");

-- CreateIndex
CREATE INDEX "PublicOpinion_receivedOn_idx" ON "PublicOpinion"("receivedOn");

-- CreateIndex
CREATE INDEX "PublicOpinion_resolvedOn_idx" ON "PublicOpinion"("resolvedOn");

-- CreateIndex
CREATE INDEX "PublicOpinion_createdById_idx" ON "PublicOpinion"("createdById");

-- CreateIndex
CREATE INDEX "PublicOpinion_updatedById_idx" ON "PublicOpinion"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "PartyMember_idNumber_key" ON "PartyMember"("idNumber");

-- CreateIndex
CREATE INDEX "PartyMember_organisationId_idx" ON "PartyMember"("organisationId");

-- CreateIndex
CREATE INDEX "PartyMember_zoneId_idx" ON "PartyMember"("zoneId");

-- CreateIndex
CREATE INDEX "PartyMember_category_idx" ON "PartyMember"("category");

-- CreateIndex
CREATE INDEX "PartyMember_flowStatus_idx" ON "PartyMember"("flowStatus");

-- CreateIndex
CREATE INDEX "PartyMember_joinedOn_idx" ON "PartyMember"("joinedOn");

-- CreateIndex
CREATE INDEX "PartyMember_createdById_idx" ON "PartyMember"("createdById");

-- CreateIndex
CREATE INDEX "PartyMember_updatedById_idx" ON "PartyMember"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "GridArea_code_key" ON "GridArea"("code");

-- CreateIndex
CREATE INDEX "GridArea_zoneId_idx" ON "GridArea"("zoneId");

-- CreateIndex
CREATE INDEX "GridArea_createdById_idx" ON "GridArea"("createdById");

-- CreateIndex
CREATE INDEX "GridArea_updatedById_idx" ON "GridArea"("updatedById");

-- CreateIndex
CREATE INDEX "SocialCase_gridId_idx" ON "SocialCase"("gridId");

-- CreateIndex
CREATE INDEX "SocialCase_status_idx" ON "SocialCase"("status");

-- CreateIndex
CREATE INDEX "SocialCase_reportedOn_idx" ON "SocialCase"("reportedOn");

-- CreateIndex
CREATE INDEX "SocialCase_createdById_idx" ON "SocialCase"("createdById");

-- CreateIndex
CREATE INDEX "SocialCase_updatedById_idx" ON "SocialCase"("updatedById");

-- AddForeignKey
ALTER TABLE "Office" ADD CONSTRAINT "Office_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Office" ADD CONSTRAINT "Office_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Benchmark" ADD CONSTRAINT "Benchmark_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Benchmark" ADD CONSTRAINT "Benchmark_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Benchmark" ADD CONSTRAINT "Benchmark_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenchmarkIndicator" ADD CONSTRAINT "BenchmarkIndicator_benchmarkId_fkey" FOREIGN KEY ("benchmarkId") REFERENCES "Benchmark"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenchmarkIndicator" ADD CONSTRAINT "BenchmarkIndicator_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenchmarkIndicator" ADD CONSTRAINT "BenchmarkIndicator_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatchUpPlan" ADD CONSTRAINT "CatchUpPlan_benchmarkId_fkey" FOREIGN KEY ("benchmarkId") REFERENCES "Benchmark"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatchUpPlan" ADD CONSTRAINT "CatchUpPlan_pledgeLetterId_fkey" FOREIGN KEY ("pledgeLetterId") REFERENCES "PledgeLetter"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatchUpPlan" ADD CONSTRAINT "CatchUpPlan_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatchUpPlan" ADD CONSTRAINT "CatchUpPlan_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenchmarkEvaluation" ADD CONSTRAINT "BenchmarkEvaluation_benchmarkId_fkey" FOREIGN KEY ("benchmarkId") REFERENCES "Benchmark"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenchmarkEvaluation" ADD CONSTRAINT "BenchmarkEvaluation_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "BenchmarkIndicator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenchmarkEvaluation" ADD CONSTRAINT "BenchmarkEvaluation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenchmarkEvaluation" ADD CONSTRAINT "BenchmarkEvaluation_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_townId_fkey" FOREIGN KEY ("townId") REFERENCES "Town"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Town" ADD CONSTRAINT "Town_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Town" ADD CONSTRAINT "Town_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Zone" ADD CONSTRAINT "Zone_townId_fkey" FOREIGN KEY ("townId") REFERENCES "Town"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Zone" ADD CONSTRAINT "Zone_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Zone" ADD CONSTRAINT "Zone_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyBrand" ADD CONSTRAINT "PartyBrand_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "PartyOrganisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyBrand" ADD CONSTRAINT "PartyBrand_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyBrand" ADD CONSTRAINT "PartyBrand_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BrandPublicity" ADD CONSTRAINT "BrandPublicity_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "PartyBrand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BrandPublicity" ADD CONSTRAINT "BrandPublicity_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BrandPublicity" ADD CONSTRAINT "BrandPublicity_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BrandEvaluation" ADD CONSTRAINT "BrandEvaluation_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "PartyBrand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BrandEvaluation" ADD CONSTRAINT "BrandEvaluation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BrandEvaluation" ADD CONSTRAINT "BrandEvaluation_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Entrepreneur" ADD CONSTRAINT "Entrepreneur_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "PartyMember"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Entrepreneur" ADD CONSTRAINT "Entrepreneur_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Entrepreneur" ADD CONSTRAINT "Entrepreneur_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Entrepreneur" ADD CONSTRAINT "Entrepreneur_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VentureProject" ADD CONSTRAINT "VentureProject_entrepreneurId_fkey" FOREIGN KEY ("entrepreneurId") REFERENCES "Entrepreneur"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VentureProject" ADD CONSTRAINT "VentureProject_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VentureProject" ADD CONSTRAINT "VentureProject_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VentureProject" ADD CONSTRAINT "VentureProject_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VentureSupport" ADD CONSTRAINT "VentureSupport_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "VentureProject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VentureSupport" ADD CONSTRAINT "VentureSupport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VentureSupport" ADD CONSTRAINT "VentureSupport_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntrepreneurTraining" ADD CONSTRAINT "EntrepreneurTraining_entrepreneurId_fkey" FOREIGN KEY ("entrepreneurId") REFERENCES "Entrepreneur"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntrepreneurTraining" ADD CONSTRAINT "EntrepreneurTraining_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntrepreneurTraining" ADD CONSTRAINT "EntrepreneurTraining_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelRecognition" ADD CONSTRAINT "ModelRecognition_entrepreneurId_fkey" FOREIGN KEY ("entrepreneurId") REFERENCES "Entrepreneur"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelRecognition" ADD CONSTRAINT "ModelRecognition_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "VentureProject"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelRecognition" ADD CONSTRAINT "ModelRecognition_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelRecognition" ADD CONSTRAINT "ModelRecognition_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Instructor" ADD CONSTRAINT "Instructor_townId_fkey" FOREIGN KEY ("townId") REFERENCES "Town"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Instructor" ADD CONSTRAINT "Instructor_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Instructor" ADD CONSTRAINT "Instructor_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enterprise" ADD CONSTRAINT "Enterprise_townId_fkey" FOREIGN KEY ("townId") REFERENCES "Town"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enterprise" ADD CONSTRAINT "Enterprise_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enterprise" ADD CONSTRAINT "Enterprise_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "PartyOrganisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enterprise" ADD CONSTRAINT "Enterprise_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enterprise" ADD CONSTRAINT "Enterprise_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstructorAssignment" ADD CONSTRAINT "InstructorAssignment_instructorId_fkey" FOREIGN KEY ("instructorId") REFERENCES "Instructor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstructorAssignment" ADD CONSTRAINT "InstructorAssignment_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstructorAssignment" ADD CONSTRAINT "InstructorAssignment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstructorAssignment" ADD CONSTRAINT "InstructorAssignment_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnterpriseVisit" ADD CONSTRAINT "EnterpriseVisit_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "InstructorAssignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnterpriseVisit" ADD CONSTRAINT "EnterpriseVisit_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnterpriseVisit" ADD CONSTRAINT "EnterpriseVisit_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuidancePlan" ADD CONSTRAINT "GuidancePlan_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "InstructorAssignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuidancePlan" ADD CONSTRAINT "GuidancePlan_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuidancePlan" ADD CONSTRAINT "GuidancePlan_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyRepresentative" ADD CONSTRAINT "PartyRepresentative_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "PartyMember"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyRepresentative" ADD CONSTRAINT "PartyRepresentative_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "PartyOrganisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyRepresentative" ADD CONSTRAINT "PartyRepresentative_townId_fkey" FOREIGN KEY ("townId") REFERENCES "Town"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyRepresentative" ADD CONSTRAINT "PartyRepresentative_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyRepresentative" ADD CONSTRAINT "PartyRepresentative_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepresentativeTour" ADD CONSTRAINT "RepresentativeTour_targetOrganisationId_fkey" FOREIGN KEY ("targetOrganisationId") REFERENCES "PartyOrganisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepresentativeTour" ADD CONSTRAINT "RepresentativeTour_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepresentativeTour" ADD CONSTRAINT "RepresentativeTour_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TourParticipant" ADD CONSTRAINT "TourParticipant_tourId_fkey" FOREIGN KEY ("tourId") REFERENCES "RepresentativeTour"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TourParticipant" ADD CONSTRAINT "TourParticipant_representativeId_fkey" FOREIGN KEY ("representativeId") REFERENCES "PartyRepresentative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TourParticipant" ADD CONSTRAINT "TourParticipant_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TourParticipant" ADD CONSTRAINT "TourParticipant_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepresentativeBriefing" ADD CONSTRAINT "RepresentativeBriefing_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepresentativeBriefing" ADD CONSTRAINT "RepresentativeBriefing_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefingAttendance" ADD CONSTRAINT "BriefingAttendance_briefingId_fkey" FOREIGN KEY ("briefingId") REFERENCES "RepresentativeBriefing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefingAttendance" ADD CONSTRAINT "BriefingAttendance_representativeId_fkey" FOREIGN KEY ("representativeId") REFERENCES "PartyRepresentative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefingAttendance" ADD CONSTRAINT "BriefingAttendance_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefingAttendance" ADD CONSTRAINT "BriefingAttendance_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeLetter" ADD CONSTRAINT "PledgeLetter_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "PartyOrganisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeLetter" ADD CONSTRAINT "PledgeLetter_supervisorRepresentativeId_fkey" FOREIGN KEY ("supervisorRepresentativeId") REFERENCES "PartyRepresentative"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeLetter" ADD CONSTRAINT "PledgeLetter_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeLetter" ADD CONSTRAINT "PledgeLetter_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepresentativeWorkstation" ADD CONSTRAINT "RepresentativeWorkstation_townId_fkey" FOREIGN KEY ("townId") REFERENCES "Town"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepresentativeWorkstation" ADD CONSTRAINT "RepresentativeWorkstation_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepresentativeWorkstation" ADD CONSTRAINT "RepresentativeWorkstation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepresentativeWorkstation" ADD CONSTRAINT "RepresentativeWorkstation_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceptionDay" ADD CONSTRAINT "ReceptionDay_workstationId_fkey" FOREIGN KEY ("workstationId") REFERENCES "RepresentativeWorkstation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceptionDay" ADD CONSTRAINT "ReceptionDay_representativeId_fkey" FOREIGN KEY ("representativeId") REFERENCES "PartyRepresentative"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceptionDay" ADD CONSTRAINT "ReceptionDay_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceptionDay" ADD CONSTRAINT "ReceptionDay_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_representativeId_fkey" FOREIGN KEY ("representativeId") REFERENCES "PartyRepresentative"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepresentativeReview" ADD CONSTRAINT "RepresentativeReview_representativeId_fkey" FOREIGN KEY ("representativeId") REFERENCES "PartyRepresentative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepresentativeReview" ADD CONSTRAINT "RepresentativeReview_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepresentativeReview" ADD CONSTRAINT "RepresentativeReview_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TalentPlatform" ADD CONSTRAINT "TalentPlatform_townId_fkey" FOREIGN KEY ("townId") REFERENCES "Town"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TalentPlatform" ADD CONSTRAINT "TalentPlatform_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TalentPlatform" ADD CONSTRAINT "TalentPlatform_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecruitmentEvent" ADD CONSTRAINT "RecruitmentEvent_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecruitmentEvent" ADD CONSTRAINT "RecruitmentEvent_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TalentTeam" ADD CONSTRAINT "TalentTeam_recruitmentEventId_fkey" FOREIGN KEY ("recruitmentEventId") REFERENCES "RecruitmentEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TalentTeam" ADD CONSTRAINT "TalentTeam_platformId_fkey" FOREIGN KEY ("platformId") REFERENCES "TalentPlatform"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TalentTeam" ADD CONSTRAINT "TalentTeam_townId_fkey" FOREIGN KEY ("townId") REFERENCES "Town"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TalentTeam" ADD CONSTRAINT "TalentTeam_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TalentTeam" ADD CONSTRAINT "TalentTeam_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TalentTeam" ADD CONSTRAINT "TalentTeam_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_townId_fkey" FOREIGN KEY ("townId") REFERENCES "Town"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingAudience" ADD CONSTRAINT "TrainingAudience_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrainingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingAudience" ADD CONSTRAINT "TrainingAudience_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingAudience" ADD CONSTRAINT "TrainingAudience_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingAttendance" ADD CONSTRAINT "TrainingAttendance_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrainingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingAttendance" ADD CONSTRAINT "TrainingAttendance_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "PartyMember"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingAttendance" ADD CONSTRAINT "TrainingAttendance_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingAttendance" ADD CONSTRAINT "TrainingAttendance_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingEvaluation" ADD CONSTRAINT "TrainingEvaluation_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrainingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingEvaluation" ADD CONSTRAINT "TrainingEvaluation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingEvaluation" ADD CONSTRAINT "TrainingEvaluation_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerTeam" ADD CONSTRAINT "VolunteerTeam_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "PartyOrganisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerTeam" ADD CONSTRAINT "VolunteerTeam_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerTeam" ADD CONSTRAINT "VolunteerTeam_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerTeam" ADD CONSTRAINT "VolunteerTeam_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerMembership" ADD CONSTRAINT "VolunteerMembership_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "VolunteerTeam"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerMembership" ADD CONSTRAINT "VolunteerMembership_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "PartyMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerMembership" ADD CONSTRAINT "VolunteerMembership_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerMembership" ADD CONSTRAINT "VolunteerMembership_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerService" ADD CONSTRAINT "VolunteerService_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "VolunteerTeam"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerService" ADD CONSTRAINT "VolunteerService_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerService" ADD CONSTRAINT "VolunteerService_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberAppraisal" ADD CONSTRAINT "MemberAppraisal_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "PartyMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberAppraisal" ADD CONSTRAINT "MemberAppraisal_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberAppraisal" ADD CONSTRAINT "MemberAppraisal_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostedCadre" ADD CONSTRAINT "PostedCadre_hostZoneId_fkey" FOREIGN KEY ("hostZoneId") REFERENCES "Zone"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostedCadre" ADD CONSTRAINT "PostedCadre_pairedZoneId_fkey" FOREIGN KEY ("pairedZoneId") REFERENCES "Zone"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostedCadre" ADD CONSTRAINT "PostedCadre_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostedCadre" ADD CONSTRAINT "PostedCadre_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CadreTrainingPlan" ADD CONSTRAINT "CadreTrainingPlan_cadreId_fkey" FOREIGN KEY ("cadreId") REFERENCES "PostedCadre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CadreTrainingPlan" ADD CONSTRAINT "CadreTrainingPlan_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CadreTrainingPlan" ADD CONSTRAINT "CadreTrainingPlan_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpinionWorkstation" ADD CONSTRAINT "OpinionWorkstation_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpinionWorkstation" ADD CONSTRAINT "OpinionWorkstation_cadreId_fkey" FOREIGN KEY ("cadreId") REFERENCES "PostedCadre"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpinionWorkstation" ADD CONSTRAINT "OpinionWorkstation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpinionWorkstation" ADD CONSTRAINT "OpinionWorkstation_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpinionDiaryEntry" ADD CONSTRAINT "OpinionDiaryEntry_cadreId_fkey" FOREIGN KEY ("cadreId") REFERENCES "PostedCadre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpinionDiaryEntry" ADD CONSTRAINT "OpinionDiaryEntry_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpinionDiaryEntry" ADD CONSTRAINT "OpinionDiaryEntry_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CadreAssessment" ADD CONSTRAINT "CadreAssessment_cadreId_fkey" FOREIGN KEY ("cadreId") REFERENCES "PostedCadre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CadreAssessment" ADD CONSTRAINT "CadreAssessment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CadreAssessment" ADD CONSTRAINT "CadreAssessment_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualTarget" ADD CONSTRAINT "AnnualTarget_townId_fkey" FOREIGN KEY ("townId") REFERENCES "Town"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualTarget" ADD CONSTRAINT "AnnualTarget_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualTarget" ADD CONSTRAINT "AnnualTarget_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualTarget" ADD CONSTRAINT "AnnualTarget_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyOrganisation" ADD CONSTRAINT "PartyOrganisation_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "PartyOrganisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyOrganisation" ADD CONSTRAINT "PartyOrganisation_townId_fkey" FOREIGN KEY ("townId") REFERENCES "Town"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyOrganisation" ADD CONSTRAINT "PartyOrganisation_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyOrganisation" ADD CONSTRAINT "PartyOrganisation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyOrganisation" ADD CONSTRAINT "PartyOrganisation_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadershipTeam" ADD CONSTRAINT "LeadershipTeam_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "PartyOrganisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadershipTeam" ADD CONSTRAINT "LeadershipTeam_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadershipTeam" ADD CONSTRAINT "LeadershipTeam_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadershipTeamMember" ADD CONSTRAINT "LeadershipTeamMember_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "LeadershipTeam"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadershipTeamMember" ADD CONSTRAINT "LeadershipTeamMember_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "PartyMember"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadershipTeamMember" ADD CONSTRAINT "LeadershipTeamMember_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadershipTeamMember" ADD CONSTRAINT "LeadershipTeamMember_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceCentre" ADD CONSTRAINT "ServiceCentre_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceCentre" ADD CONSTRAINT "ServiceCentre_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceCentre" ADD CONSTRAINT "ServiceCentre_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceRecord" ADD CONSTRAINT "ServiceRecord_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "ServiceCentre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceRecord" ADD CONSTRAINT "ServiceRecord_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceRecord" ADD CONSTRAINT "ServiceRecord_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointMeeting" ADD CONSTRAINT "JointMeeting_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointMeeting" ADD CONSTRAINT "JointMeeting_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointMeeting" ADD CONSTRAINT "JointMeeting_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointMeetingParticipant" ADD CONSTRAINT "JointMeetingParticipant_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "JointMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointMeetingParticipant" ADD CONSTRAINT "JointMeetingParticipant_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "PartyOrganisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointMeetingParticipant" ADD CONSTRAINT "JointMeetingParticipant_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointMeetingParticipant" ADD CONSTRAINT "JointMeetingParticipant_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDecision" ADD CONSTRAINT "MeetingDecision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "JointMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDecision" ADD CONSTRAINT "MeetingDecision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDecision" ADD CONSTRAINT "MeetingDecision_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpItem" ADD CONSTRAINT "FollowUpItem_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "MeetingDecision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpItem" ADD CONSTRAINT "FollowUpItem_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpItem" ADD CONSTRAINT "FollowUpItem_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicOpinion" ADD CONSTRAINT "PublicOpinion_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicOpinion" ADD CONSTRAINT "PublicOpinion_workstationId_fkey" FOREIGN KEY ("workstationId") REFERENCES "OpinionWorkstation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicOpinion" ADD CONSTRAINT "PublicOpinion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicOpinion" ADD CONSTRAINT "PublicOpinion_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyMember" ADD CONSTRAINT "PartyMember_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "PartyOrganisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyMember" ADD CONSTRAINT "PartyMember_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyMember" ADD CONSTRAINT "PartyMember_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyMember" ADD CONSTRAINT "PartyMember_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GridArea" ADD CONSTRAINT "GridArea_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GridArea" ADD CONSTRAINT "GridArea_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GridArea" ADD CONSTRAINT "GridArea_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialCase" ADD CONSTRAINT "SocialCase_gridId_fkey" FOREIGN KEY ("gridId") REFERENCES "GridArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialCase" ADD CONSTRAINT "SocialCase_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialCase" ADD CONSTRAINT "SocialCase_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
