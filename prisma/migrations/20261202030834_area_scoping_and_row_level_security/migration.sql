-- AlterTable
ALTER TABLE "Town" ADD COLUMN     "areaTownId" INTEGER;

-- AlterTable
ALTER TABLE "Zone" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "PartyBrand" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "BrandPublicity" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "BrandEvaluation" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "Entrepreneur" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "VentureProject" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "VentureSupport" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "EntrepreneurTraining" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "ModelRecognition" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "Instructor" ADD COLUMN     "areaTownId" INTEGER;

-- AlterTable
ALTER TABLE "Enterprise" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "InstructorAssignment" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "EnterpriseVisit" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "GuidancePlan" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "PartyRepresentative" ADD COLUMN     "areaTownId" INTEGER;

-- AlterTable
ALTER TABLE "RepresentativeTour" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "TourParticipant" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "BriefingAttendance" ADD COLUMN     "areaTownId" INTEGER;

-- AlterTable
ALTER TABLE "PledgeLetter" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "RepresentativeWorkstation" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "ReceptionDay" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "areaTownId" INTEGER;

-- AlterTable
ALTER TABLE "RepresentativeReview" ADD COLUMN     "areaTownId" INTEGER;

-- AlterTable
ALTER TABLE "TalentPlatform" ADD COLUMN     "areaTownId" INTEGER;

-- AlterTable
ALTER TABLE "TalentTeam" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "TrainingSession" ADD COLUMN     "areaTownId" INTEGER;

-- AlterTable
ALTER TABLE "TrainingAudience" ADD COLUMN     "areaTownId" INTEGER;

-- AlterTable
ALTER TABLE "TrainingAttendance" ADD COLUMN     "areaTownId" INTEGER;

-- AlterTable
ALTER TABLE "TrainingEvaluation" ADD COLUMN     "areaTownId" INTEGER;

-- AlterTable
ALTER TABLE "VolunteerTeam" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "VolunteerMembership" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "VolunteerService" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "MemberAppraisal" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "PostedCadre" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "CadreTrainingPlan" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "OpinionWorkstation" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "OpinionDiaryEntry" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "CadreAssessment" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER,
ADD COLUMN     "personalAfter" JSONB,
ADD COLUMN     "personalBefore" JSONB;

-- AlterTable
ALTER TABLE "AnnualTarget" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "PartyOrganisation" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "LeadershipTeam" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "LeadershipTeamMember" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "ServiceCentre" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "ServiceRecord" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "JointMeeting" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "JointMeetingParticipant" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "MeetingDecision" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "FollowUpItem" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "PublicOpinion" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "PartyMember" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "GridArea" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- AlterTable
ALTER TABLE "SocialCase" ADD COLUMN     "areaTownId" INTEGER,
ADD COLUMN     "areaZoneId" INTEGER;

-- CreateIndex
CREATE INDEX "Town_areaTownId_idx" ON "Town"("areaTownId");

-- CreateIndex
CREATE INDEX "Zone_areaTownId_idx" ON "Zone"("areaTownId");

-- CreateIndex
CREATE INDEX "Zone_areaZoneId_idx" ON "Zone"("areaZoneId");

-- CreateIndex
CREATE INDEX "PartyBrand_areaTownId_idx" ON "PartyBrand"("areaTownId");

-- CreateIndex
CREATE INDEX "PartyBrand_areaZoneId_idx" ON "PartyBrand"("areaZoneId");

-- CreateIndex
CREATE INDEX "BrandPublicity_areaTownId_idx" ON "BrandPublicity"("areaTownId");

-- CreateIndex
CREATE INDEX "BrandPublicity_areaZoneId_idx" ON "BrandPublicity"("areaZoneId");

-- CreateIndex
CREATE INDEX "BrandEvaluation_areaTownId_idx" ON "BrandEvaluation"("areaTownId");

-- CreateIndex
CREATE INDEX "BrandEvaluation_areaZoneId_idx" ON "BrandEvaluation"("areaZoneId");

-- CreateIndex
CREATE INDEX "Entrepreneur_areaTownId_idx" ON "Entrepreneur"("areaTownId");

-- CreateIndex
CREATE INDEX "Entrepreneur_areaZoneId_idx" ON "Entrepreneur"("areaZoneId");

-- CreateIndex
CREATE INDEX "VentureProject_areaTownId_idx" ON "VentureProject"("areaTownId");

-- CreateIndex
CREATE INDEX "VentureProject_areaZoneId_idx" ON "VentureProject"("areaZoneId");

-- CreateIndex
CREATE INDEX "VentureSupport_areaTownId_idx" ON "VentureSupport"("areaTownId");

-- CreateIndex
CREATE INDEX "VentureSupport_areaZoneId_idx" ON "VentureSupport"("areaZoneId");

-- CreateIndex
CREATE INDEX "EntrepreneurTraining_areaTownId_idx" ON "EntrepreneurTraining"("areaTownId");

-- CreateIndex
CREATE INDEX "EntrepreneurTraining_areaZoneId_idx" ON "EntrepreneurTraining"("areaZoneId");

-- CreateIndex
CREATE INDEX "ModelRecognition_areaTownId_idx" ON "ModelRecognition"("areaTownId");

-- CreateIndex
CREATE INDEX "ModelRecognition_areaZoneId_idx" ON "ModelRecognition"("areaZoneId");

-- CreateIndex
CREATE INDEX "Instructor_areaTownId_idx" ON "Instructor"("areaTownId");

-- CreateIndex
CREATE INDEX "Enterprise_areaTownId_idx" ON "Enterprise"("areaTownId");

-- CreateIndex
CREATE INDEX "Enterprise_areaZoneId_idx" ON "Enterprise"("areaZoneId");

-- CreateIndex
CREATE INDEX "InstructorAssignment_areaTownId_idx" ON "InstructorAssignment"("areaTownId");

-- CreateIndex
CREATE INDEX "InstructorAssignment_areaZoneId_idx" ON "InstructorAssignment"("areaZoneId");

-- CreateIndex
CREATE INDEX "EnterpriseVisit_areaTownId_idx" ON "EnterpriseVisit"("areaTownId");

-- CreateIndex
CREATE INDEX "EnterpriseVisit_areaZoneId_idx" ON "EnterpriseVisit"("areaZoneId");

-- CreateIndex
CREATE INDEX "GuidancePlan_areaTownId_idx" ON "GuidancePlan"("areaTownId");

-- CreateIndex
CREATE INDEX "GuidancePlan_areaZoneId_idx" ON "GuidancePlan"("areaZoneId");

-- CreateIndex
CREATE INDEX "PartyRepresentative_areaTownId_idx" ON "PartyRepresentative"("areaTownId");

-- CreateIndex
CREATE INDEX "RepresentativeTour_areaTownId_idx" ON "RepresentativeTour"("areaTownId");

-- CreateIndex
CREATE INDEX "RepresentativeTour_areaZoneId_idx" ON "RepresentativeTour"("areaZoneId");

-- CreateIndex
CREATE INDEX "TourParticipant_areaTownId_idx" ON "TourParticipant"("areaTownId");

-- CreateIndex
CREATE INDEX "TourParticipant_areaZoneId_idx" ON "TourParticipant"("areaZoneId");

-- CreateIndex
CREATE INDEX "BriefingAttendance_areaTownId_idx" ON "BriefingAttendance"("areaTownId");

-- CreateIndex
CREATE INDEX "PledgeLetter_areaTownId_idx" ON "PledgeLetter"("areaTownId");

-- CreateIndex
CREATE INDEX "PledgeLetter_areaZoneId_idx" ON "PledgeLetter"("areaZoneId");

-- CreateIndex
CREATE INDEX "RepresentativeWorkstation_areaTownId_idx" ON "RepresentativeWorkstation"("areaTownId");

-- CreateIndex
CREATE INDEX "RepresentativeWorkstation_areaZoneId_idx" ON "RepresentativeWorkstation"("areaZoneId");

-- CreateIndex
CREATE INDEX "ReceptionDay_areaTownId_idx" ON "ReceptionDay"("areaTownId");

-- CreateIndex
CREATE INDEX "ReceptionDay_areaZoneId_idx" ON "ReceptionDay"("areaZoneId");

-- CreateIndex
CREATE INDEX "Proposal_areaTownId_idx" ON "Proposal"("areaTownId");

-- CreateIndex
CREATE INDEX "RepresentativeReview_areaTownId_idx" ON "RepresentativeReview"("areaTownId");

-- CreateIndex
CREATE INDEX "TalentPlatform_areaTownId_idx" ON "TalentPlatform"("areaTownId");

-- CreateIndex
CREATE INDEX "TalentTeam_areaTownId_idx" ON "TalentTeam"("areaTownId");

-- CreateIndex
CREATE INDEX "TalentTeam_areaZoneId_idx" ON "TalentTeam"("areaZoneId");

-- CreateIndex
CREATE INDEX "TrainingSession_areaTownId_idx" ON "TrainingSession"("areaTownId");

-- CreateIndex
CREATE INDEX "TrainingAudience_areaTownId_idx" ON "TrainingAudience"("areaTownId");

-- CreateIndex
CREATE INDEX "TrainingAttendance_areaTownId_idx" ON "TrainingAttendance"("areaTownId");

-- CreateIndex
CREATE INDEX "TrainingEvaluation_areaTownId_idx" ON "TrainingEvaluation"("areaTownId");

-- CreateIndex
CREATE INDEX "VolunteerTeam_areaTownId_idx" ON "VolunteerTeam"("areaTownId");

-- CreateIndex
CREATE INDEX "VolunteerTeam_areaZoneId_idx" ON "VolunteerTeam"("areaZoneId");

-- CreateIndex
CREATE INDEX "VolunteerMembership_areaTownId_idx" ON "VolunteerMembership"("areaTownId");

-- CreateIndex
CREATE INDEX "VolunteerMembership_areaZoneId_idx" ON "VolunteerMembership"("areaZoneId");

-- CreateIndex
CREATE INDEX "VolunteerService_areaTownId_idx" ON "VolunteerService"("areaTownId");

-- CreateIndex
CREATE INDEX "VolunteerService_areaZoneId_idx" ON "VolunteerService"("areaZoneId");

-- CreateIndex
CREATE INDEX "MemberAppraisal_areaTownId_idx" ON "MemberAppraisal"("areaTownId");

-- CreateIndex
CREATE INDEX "MemberAppraisal_areaZoneId_idx" ON "MemberAppraisal"("areaZoneId");

-- CreateIndex
CREATE INDEX "PostedCadre_areaTownId_idx" ON "PostedCadre"("areaTownId");

-- CreateIndex
CREATE INDEX "PostedCadre_areaZoneId_idx" ON "PostedCadre"("areaZoneId");

-- CreateIndex
CREATE INDEX "CadreTrainingPlan_areaTownId_idx" ON "CadreTrainingPlan"("areaTownId");

-- CreateIndex
CREATE INDEX "CadreTrainingPlan_areaZoneId_idx" ON "CadreTrainingPlan"("areaZoneId");

-- CreateIndex
CREATE INDEX "OpinionWorkstation_areaTownId_idx" ON "OpinionWorkstation"("areaTownId");

-- CreateIndex
CREATE INDEX "OpinionWorkstation_areaZoneId_idx" ON "OpinionWorkstation"("areaZoneId");

-- CreateIndex
CREATE INDEX "OpinionDiaryEntry_areaTownId_idx" ON "OpinionDiaryEntry"("areaTownId");

-- CreateIndex
CREATE INDEX "OpinionDiaryEntry_areaZoneId_idx" ON "OpinionDiaryEntry"("areaZoneId");

-- CreateIndex
CREATE INDEX "CadreAssessment_areaTownId_idx" ON "CadreAssessment"("areaTownId");

-- CreateIndex
CREATE INDEX "CadreAssessment_areaZoneId_idx" ON "CadreAssessment"("areaZoneId");

-- CreateIndex
CREATE INDEX "AuditLog_areaTownId_idx" ON "AuditLog"("areaTownId");

-- CreateIndex
CREATE INDEX "AuditLog_areaZoneId_idx" ON "AuditLog"("areaZoneId");

-- CreateIndex
CREATE INDEX "AnnualTarget_areaTownId_idx" ON "AnnualTarget"("areaTownId");

-- CreateIndex
CREATE INDEX "AnnualTarget_areaZoneId_idx" ON "AnnualTarget"("areaZoneId");

-- CreateIndex
CREATE INDEX "PartyOrganisation_areaTownId_idx" ON "PartyOrganisation"("areaTownId");

-- CreateIndex
CREATE INDEX "PartyOrganisation_areaZoneId_idx" ON "PartyOrganisation"("areaZoneId");

-- CreateIndex
CREATE INDEX "LeadershipTeam_areaTownId_idx" ON "LeadershipTeam"("areaTownId");

-- CreateIndex
CREATE INDEX "LeadershipTeam_areaZoneId_idx" ON "LeadershipTeam"("areaZoneId");

-- CreateIndex
CREATE INDEX "LeadershipTeamMember_areaTownId_idx" ON "LeadershipTeamMember"("areaTownId");

-- CreateIndex
CREATE INDEX "LeadershipTeamMember_areaZoneId_idx" ON "LeadershipTeamMember"("areaZoneId");

-- CreateIndex
CREATE INDEX "ServiceCentre_areaTownId_idx" ON "ServiceCentre"("areaTownId");

-- CreateIndex
CREATE INDEX "ServiceCentre_areaZoneId_idx" ON "ServiceCentre"("areaZoneId");

-- CreateIndex
CREATE INDEX "ServiceRecord_areaTownId_idx" ON "ServiceRecord"("areaTownId");

-- CreateIndex
CREATE INDEX "ServiceRecord_areaZoneId_idx" ON "ServiceRecord"("areaZoneId");

-- CreateIndex
CREATE INDEX "JointMeeting_areaTownId_idx" ON "JointMeeting"("areaTownId");

-- CreateIndex
CREATE INDEX "JointMeeting_areaZoneId_idx" ON "JointMeeting"("areaZoneId");

-- CreateIndex
CREATE INDEX "JointMeetingParticipant_areaTownId_idx" ON "JointMeetingParticipant"("areaTownId");

-- CreateIndex
CREATE INDEX "JointMeetingParticipant_areaZoneId_idx" ON "JointMeetingParticipant"("areaZoneId");

-- CreateIndex
CREATE INDEX "MeetingDecision_areaTownId_idx" ON "MeetingDecision"("areaTownId");

-- CreateIndex
CREATE INDEX "MeetingDecision_areaZoneId_idx" ON "MeetingDecision"("areaZoneId");

-- CreateIndex
CREATE INDEX "FollowUpItem_areaTownId_idx" ON "FollowUpItem"("areaTownId");

-- CreateIndex
CREATE INDEX "FollowUpItem_areaZoneId_idx" ON "FollowUpItem"("areaZoneId");

-- CreateIndex
CREATE INDEX "PublicOpinion_areaTownId_idx" ON "PublicOpinion"("areaTownId");

-- CreateIndex
CREATE INDEX "PublicOpinion_areaZoneId_idx" ON "PublicOpinion"("areaZoneId");

-- CreateIndex
CREATE INDEX "PartyMember_areaTownId_idx" ON "PartyMember"("areaTownId");

-- CreateIndex
CREATE INDEX "PartyMember_areaZoneId_idx" ON "PartyMember"("areaZoneId");

-- CreateIndex
CREATE INDEX "GridArea_areaTownId_idx" ON "GridArea"("areaTownId");

-- CreateIndex
CREATE INDEX "GridArea_areaZoneId_idx" ON "GridArea"("areaZoneId");

-- CreateIndex
CREATE INDEX "SocialCase_areaTownId_idx" ON "SocialCase"("areaTownId");

-- CreateIndex
CREATE INDEX "SocialCase_areaZoneId_idx" ON "SocialCase"("areaZoneId");

-- Row-level security, areas and column privileges (generated by prisma/src/security; do not edit).

CREATE SCHEMA IF NOT EXISTS p181;

-- Request traffic runs as one of these (SET LOCAL ROLE per transaction). They are created
-- once per server; the user running the migrations becomes a member so it may switch to them.
DO $$ BEGIN CREATE ROLE p181_city NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE p181_city_limited NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE p181_town NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE p181_zone NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE p181_anonymous NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN
  EXECUTE format('GRANT p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous TO %I', current_user);
EXCEPTION WHEN insufficient_privilege OR invalid_grant_operation THEN
  RAISE NOTICE 'grant p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous to the API''s database user yourself: %', SQLERRM;
END $$;
GRANT USAGE ON SCHEMA public, p181 TO p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;

CREATE OR REPLACE FUNCTION p181.claim(name text) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('p181.' || name, true), '')
$$;

CREATE OR REPLACE FUNCTION p181.claim_id(name text) RETURNS integer LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('p181.' || name, true), '')::integer
$$;

-- Rows a viewer may read (the audit log's policy; business tables have one policy per role).
-- Town admins: their town and city-level rows. Zone secretaries: their zone's rows of
-- entities that have zones, their town's and city-level rows of others.
CREATE OR REPLACE FUNCTION p181.can_read(town integer, zone integer, zoned boolean) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT CASE p181.claim('role')
    WHEN 'CITY_ADMIN' THEN true
    WHEN 'PLAN_OFFICER' THEN true
    WHEN 'VIEWER' THEN true
    WHEN 'TOWN_ADMIN' THEN town IS NULL OR town = p181.claim_id('town')
    WHEN 'ZONE_SECRETARY' THEN CASE WHEN zoned THEN zone = p181.claim_id('zone') ELSE town IS NULL OR town = p181.claim_id('town') END
    ELSE false
  END
$$;


-- The town of a record with a zone: the zone's town. A record whose own town disagrees is
-- refused.
CREATE OR REPLACE FUNCTION p181.zone_town(zone integer) RETURNS integer LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT "townId" FROM "Zone" WHERE "id" = zone
$$;

CREATE OR REPLACE FUNCTION p181.refuse_zone(entity text, zone_field text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION USING ERRCODE = 'P1810',
    MESSAGE = format('%s.%s: 所选村(区)域不属于该记录所在的镇(街道/区) / the zone lies in another town than the record', entity, zone_field),
    TABLE = entity, COLUMN = zone_field;
END $$;

CREATE OR REPLACE FUNCTION p181.refuse_reference(entity text, field text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION USING ERRCODE = 'P1811',
    MESSAGE = format('%s.%s: 引用的记录不存在或不在您的管理范围内 / refers to a record that does not exist or is outside your area', entity, field),
    TABLE = entity, COLUMN = field;
END $$;

CREATE OR REPLACE FUNCTION p181.zoned(entity text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT entity = ANY (ARRAY['Zone', 'PartyBrand', 'BrandPublicity', 'BrandEvaluation', 'Entrepreneur', 'VentureProject', 'VentureSupport', 'EntrepreneurTraining', 'ModelRecognition', 'Enterprise', 'InstructorAssignment', 'EnterpriseVisit', 'GuidancePlan', 'RepresentativeTour', 'TourParticipant', 'PledgeLetter', 'RepresentativeWorkstation', 'ReceptionDay', 'TalentTeam', 'VolunteerTeam', 'VolunteerMembership', 'VolunteerService', 'MemberAppraisal', 'PostedCadre', 'CadreTrainingPlan', 'OpinionWorkstation', 'OpinionDiaryEntry', 'CadreAssessment', 'AnnualTarget', 'PartyOrganisation', 'LeadershipTeam', 'LeadershipTeamMember', 'ServiceCentre', 'ServiceRecord', 'JointMeeting', 'JointMeetingParticipant', 'MeetingDecision', 'FollowUpItem', 'PublicOpinion', 'PartyMember', 'GridArea', 'SocialCase'])
$$;

CREATE OR REPLACE FUNCTION p181."Town_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := NEW."id";
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "Town";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "Town" FOR EACH ROW EXECUTE FUNCTION p181."Town_area"();
DROP TRIGGER IF EXISTS p181_propagate ON "Town";

CREATE OR REPLACE FUNCTION p181."Zone_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := NEW."townId";
  NEW."areaZoneId" := NEW."id";
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "Zone";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "Zone" FOR EACH ROW EXECUTE FUNCTION p181."Zone_area"();
CREATE OR REPLACE FUNCTION p181."Zone_propagate"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE "Entrepreneur" SET "areaTownId" = NULL WHERE "zoneId" = NEW."id";
  UPDATE "VentureProject" SET "areaTownId" = NULL WHERE "zoneId" = NEW."id";
  UPDATE "Enterprise" SET "areaTownId" = NULL WHERE "zoneId" = NEW."id";
  UPDATE "RepresentativeWorkstation" SET "areaTownId" = NULL WHERE "zoneId" = NEW."id";
  UPDATE "TalentTeam" SET "areaTownId" = NULL WHERE "zoneId" = NEW."id";
  UPDATE "VolunteerTeam" SET "areaTownId" = NULL WHERE "zoneId" = NEW."id";
  UPDATE "PostedCadre" SET "areaTownId" = NULL WHERE "hostZoneId" = NEW."id";
  UPDATE "OpinionWorkstation" SET "areaTownId" = NULL WHERE "zoneId" = NEW."id";
  UPDATE "AnnualTarget" SET "areaTownId" = NULL WHERE "zoneId" = NEW."id";
  UPDATE "PartyOrganisation" SET "areaTownId" = NULL WHERE "zoneId" = NEW."id";
  UPDATE "ServiceCentre" SET "areaTownId" = NULL WHERE "zoneId" = NEW."id";
  UPDATE "JointMeeting" SET "areaTownId" = NULL WHERE "zoneId" = NEW."id";
  UPDATE "PublicOpinion" SET "areaTownId" = NULL WHERE "zoneId" = NEW."id";
  UPDATE "PartyMember" SET "areaTownId" = NULL WHERE "zoneId" = NEW."id";
  UPDATE "GridArea" SET "areaTownId" = NULL WHERE "zoneId" = NEW."id";
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS p181_propagate ON "Zone";
CREATE TRIGGER p181_propagate AFTER UPDATE ON "Zone" FOR EACH ROW
  WHEN (OLD."areaTownId" IS DISTINCT FROM NEW."areaTownId" OR OLD."areaZoneId" IS DISTINCT FROM NEW."areaZoneId") EXECUTE FUNCTION p181."Zone_propagate"();

CREATE OR REPLACE FUNCTION p181."PartyBrand_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "PartyOrganisation" p WHERE p."id" = NEW."organisationId");
  NEW."areaZoneId" := (SELECT p."areaZoneId" FROM "PartyOrganisation" p WHERE p."id" = NEW."organisationId");
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "PartyBrand";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "PartyBrand" FOR EACH ROW EXECUTE FUNCTION p181."PartyBrand_area"();
CREATE OR REPLACE FUNCTION p181."PartyBrand_propagate"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE "BrandPublicity" SET "areaTownId" = NULL WHERE "brandId" = NEW."id";
  UPDATE "BrandEvaluation" SET "areaTownId" = NULL WHERE "brandId" = NEW."id";
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS p181_propagate ON "PartyBrand";
CREATE TRIGGER p181_propagate AFTER UPDATE ON "PartyBrand" FOR EACH ROW
  WHEN (OLD."areaTownId" IS DISTINCT FROM NEW."areaTownId" OR OLD."areaZoneId" IS DISTINCT FROM NEW."areaZoneId") EXECUTE FUNCTION p181."PartyBrand_propagate"();

CREATE OR REPLACE FUNCTION p181."BrandPublicity_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "PartyBrand" p WHERE p."id" = NEW."brandId");
  NEW."areaZoneId" := (SELECT p."areaZoneId" FROM "PartyBrand" p WHERE p."id" = NEW."brandId");
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "BrandPublicity";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "BrandPublicity" FOR EACH ROW EXECUTE FUNCTION p181."BrandPublicity_area"();
DROP TRIGGER IF EXISTS p181_propagate ON "BrandPublicity";

CREATE OR REPLACE FUNCTION p181."BrandEvaluation_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "PartyBrand" p WHERE p."id" = NEW."brandId");
  NEW."areaZoneId" := (SELECT p."areaZoneId" FROM "PartyBrand" p WHERE p."id" = NEW."brandId");
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "BrandEvaluation";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "BrandEvaluation" FOR EACH ROW EXECUTE FUNCTION p181."BrandEvaluation_area"();
DROP TRIGGER IF EXISTS p181_propagate ON "BrandEvaluation";

CREATE OR REPLACE FUNCTION p181."Entrepreneur_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "Zone" p WHERE p."id" = NEW."zoneId");
  NEW."areaZoneId" := NEW."zoneId";
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "Entrepreneur";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "Entrepreneur" FOR EACH ROW EXECUTE FUNCTION p181."Entrepreneur_area"();
CREATE OR REPLACE FUNCTION p181."Entrepreneur_propagate"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE "EntrepreneurTraining" SET "areaTownId" = NULL WHERE "entrepreneurId" = NEW."id";
  UPDATE "ModelRecognition" SET "areaTownId" = NULL WHERE "entrepreneurId" = NEW."id";
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS p181_propagate ON "Entrepreneur";
CREATE TRIGGER p181_propagate AFTER UPDATE ON "Entrepreneur" FOR EACH ROW
  WHEN (OLD."areaTownId" IS DISTINCT FROM NEW."areaTownId" OR OLD."areaZoneId" IS DISTINCT FROM NEW."areaZoneId") EXECUTE FUNCTION p181."Entrepreneur_propagate"();

CREATE OR REPLACE FUNCTION p181."VentureProject_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "Zone" p WHERE p."id" = NEW."zoneId");
  NEW."areaZoneId" := NEW."zoneId";
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "VentureProject";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "VentureProject" FOR EACH ROW EXECUTE FUNCTION p181."VentureProject_area"();
CREATE OR REPLACE FUNCTION p181."VentureProject_propagate"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE "VentureSupport" SET "areaTownId" = NULL WHERE "projectId" = NEW."id";
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS p181_propagate ON "VentureProject";
CREATE TRIGGER p181_propagate AFTER UPDATE ON "VentureProject" FOR EACH ROW
  WHEN (OLD."areaTownId" IS DISTINCT FROM NEW."areaTownId" OR OLD."areaZoneId" IS DISTINCT FROM NEW."areaZoneId") EXECUTE FUNCTION p181."VentureProject_propagate"();

CREATE OR REPLACE FUNCTION p181."VentureSupport_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "VentureProject" p WHERE p."id" = NEW."projectId");
  NEW."areaZoneId" := (SELECT p."areaZoneId" FROM "VentureProject" p WHERE p."id" = NEW."projectId");
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "VentureSupport";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "VentureSupport" FOR EACH ROW EXECUTE FUNCTION p181."VentureSupport_area"();
DROP TRIGGER IF EXISTS p181_propagate ON "VentureSupport";

CREATE OR REPLACE FUNCTION p181."EntrepreneurTraining_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "Entrepreneur" p WHERE p."id" = NEW."entrepreneurId");
  NEW."areaZoneId" := (SELECT p."areaZoneId" FROM "Entrepreneur" p WHERE p."id" = NEW."entrepreneurId");
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "EntrepreneurTraining";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "EntrepreneurTraining" FOR EACH ROW EXECUTE FUNCTION p181."EntrepreneurTraining_area"();
DROP TRIGGER IF EXISTS p181_propagate ON "EntrepreneurTraining";

CREATE OR REPLACE FUNCTION p181."ModelRecognition_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "Entrepreneur" p WHERE p."id" = NEW."entrepreneurId");
  NEW."areaZoneId" := (SELECT p."areaZoneId" FROM "Entrepreneur" p WHERE p."id" = NEW."entrepreneurId");
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "ModelRecognition";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "ModelRecognition" FOR EACH ROW EXECUTE FUNCTION p181."ModelRecognition_area"();
DROP TRIGGER IF EXISTS p181_propagate ON "ModelRecognition";

CREATE OR REPLACE FUNCTION p181."Instructor_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := NEW."townId";
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "Instructor";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "Instructor" FOR EACH ROW EXECUTE FUNCTION p181."Instructor_area"();
DROP TRIGGER IF EXISTS p181_propagate ON "Instructor";

CREATE OR REPLACE FUNCTION p181."Enterprise_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := NEW."townId";
  NEW."areaZoneId" := NEW."zoneId";
  IF NEW."areaZoneId" IS NOT NULL THEN
    IF NEW."areaTownId" IS NULL THEN NEW."areaTownId" := p181.zone_town(NEW."areaZoneId");
    ELSIF NEW."areaTownId" IS DISTINCT FROM p181.zone_town(NEW."areaZoneId") THEN
      PERFORM p181.refuse_zone('Enterprise', 'zoneId');
    END IF;
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "Enterprise";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "Enterprise" FOR EACH ROW EXECUTE FUNCTION p181."Enterprise_area"();
CREATE OR REPLACE FUNCTION p181."Enterprise_propagate"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE "InstructorAssignment" SET "areaTownId" = NULL WHERE "enterpriseId" = NEW."id";
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS p181_propagate ON "Enterprise";
CREATE TRIGGER p181_propagate AFTER UPDATE ON "Enterprise" FOR EACH ROW
  WHEN (OLD."areaTownId" IS DISTINCT FROM NEW."areaTownId" OR OLD."areaZoneId" IS DISTINCT FROM NEW."areaZoneId") EXECUTE FUNCTION p181."Enterprise_propagate"();

CREATE OR REPLACE FUNCTION p181."InstructorAssignment_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "Enterprise" p WHERE p."id" = NEW."enterpriseId");
  NEW."areaZoneId" := (SELECT p."areaZoneId" FROM "Enterprise" p WHERE p."id" = NEW."enterpriseId");
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "InstructorAssignment";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "InstructorAssignment" FOR EACH ROW EXECUTE FUNCTION p181."InstructorAssignment_area"();
CREATE OR REPLACE FUNCTION p181."InstructorAssignment_propagate"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE "EnterpriseVisit" SET "areaTownId" = NULL WHERE "assignmentId" = NEW."id";
  UPDATE "GuidancePlan" SET "areaTownId" = NULL WHERE "assignmentId" = NEW."id";
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS p181_propagate ON "InstructorAssignment";
CREATE TRIGGER p181_propagate AFTER UPDATE ON "InstructorAssignment" FOR EACH ROW
  WHEN (OLD."areaTownId" IS DISTINCT FROM NEW."areaTownId" OR OLD."areaZoneId" IS DISTINCT FROM NEW."areaZoneId") EXECUTE FUNCTION p181."InstructorAssignment_propagate"();

CREATE OR REPLACE FUNCTION p181."EnterpriseVisit_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "InstructorAssignment" p WHERE p."id" = NEW."assignmentId");
  NEW."areaZoneId" := (SELECT p."areaZoneId" FROM "InstructorAssignment" p WHERE p."id" = NEW."assignmentId");
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "EnterpriseVisit";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "EnterpriseVisit" FOR EACH ROW EXECUTE FUNCTION p181."EnterpriseVisit_area"();
DROP TRIGGER IF EXISTS p181_propagate ON "EnterpriseVisit";

CREATE OR REPLACE FUNCTION p181."GuidancePlan_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "InstructorAssignment" p WHERE p."id" = NEW."assignmentId");
  NEW."areaZoneId" := (SELECT p."areaZoneId" FROM "InstructorAssignment" p WHERE p."id" = NEW."assignmentId");
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "GuidancePlan";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "GuidancePlan" FOR EACH ROW EXECUTE FUNCTION p181."GuidancePlan_area"();
DROP TRIGGER IF EXISTS p181_propagate ON "GuidancePlan";

CREATE OR REPLACE FUNCTION p181."PartyRepresentative_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := NEW."townId";
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "PartyRepresentative";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "PartyRepresentative" FOR EACH ROW EXECUTE FUNCTION p181."PartyRepresentative_area"();
CREATE OR REPLACE FUNCTION p181."PartyRepresentative_propagate"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE "BriefingAttendance" SET "areaTownId" = NULL WHERE "representativeId" = NEW."id";
  UPDATE "Proposal" SET "areaTownId" = NULL WHERE "representativeId" = NEW."id";
  UPDATE "RepresentativeReview" SET "areaTownId" = NULL WHERE "representativeId" = NEW."id";
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS p181_propagate ON "PartyRepresentative";
CREATE TRIGGER p181_propagate AFTER UPDATE ON "PartyRepresentative" FOR EACH ROW
  WHEN (OLD."areaTownId" IS DISTINCT FROM NEW."areaTownId") EXECUTE FUNCTION p181."PartyRepresentative_propagate"();

CREATE OR REPLACE FUNCTION p181."RepresentativeTour_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "PartyOrganisation" p WHERE p."id" = NEW."targetOrganisationId");
  NEW."areaZoneId" := (SELECT p."areaZoneId" FROM "PartyOrganisation" p WHERE p."id" = NEW."targetOrganisationId");
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "RepresentativeTour";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "RepresentativeTour" FOR EACH ROW EXECUTE FUNCTION p181."RepresentativeTour_area"();
CREATE OR REPLACE FUNCTION p181."RepresentativeTour_propagate"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE "TourParticipant" SET "areaTownId" = NULL WHERE "tourId" = NEW."id";
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS p181_propagate ON "RepresentativeTour";
CREATE TRIGGER p181_propagate AFTER UPDATE ON "RepresentativeTour" FOR EACH ROW
  WHEN (OLD."areaTownId" IS DISTINCT FROM NEW."areaTownId" OR OLD."areaZoneId" IS DISTINCT FROM NEW."areaZoneId") EXECUTE FUNCTION p181."RepresentativeTour_propagate"();

CREATE OR REPLACE FUNCTION p181."TourParticipant_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "RepresentativeTour" p WHERE p."id" = NEW."tourId");
  NEW."areaZoneId" := (SELECT p."areaZoneId" FROM "RepresentativeTour" p WHERE p."id" = NEW."tourId");
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "TourParticipant";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "TourParticipant" FOR EACH ROW EXECUTE FUNCTION p181."TourParticipant_area"();
DROP TRIGGER IF EXISTS p181_propagate ON "TourParticipant";

CREATE OR REPLACE FUNCTION p181."BriefingAttendance_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "PartyRepresentative" p WHERE p."id" = NEW."representativeId");
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "BriefingAttendance";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "BriefingAttendance" FOR EACH ROW EXECUTE FUNCTION p181."BriefingAttendance_area"();
DROP TRIGGER IF EXISTS p181_propagate ON "BriefingAttendance";

CREATE OR REPLACE FUNCTION p181."PledgeLetter_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "PartyOrganisation" p WHERE p."id" = NEW."organisationId");
  NEW."areaZoneId" := (SELECT p."areaZoneId" FROM "PartyOrganisation" p WHERE p."id" = NEW."organisationId");
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "PledgeLetter";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "PledgeLetter" FOR EACH ROW EXECUTE FUNCTION p181."PledgeLetter_area"();
DROP TRIGGER IF EXISTS p181_propagate ON "PledgeLetter";

CREATE OR REPLACE FUNCTION p181."RepresentativeWorkstation_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := NEW."townId";
  NEW."areaZoneId" := NEW."zoneId";
  IF NEW."areaZoneId" IS NOT NULL THEN
    IF NEW."areaTownId" IS NULL THEN NEW."areaTownId" := p181.zone_town(NEW."areaZoneId");
    ELSIF NEW."areaTownId" IS DISTINCT FROM p181.zone_town(NEW."areaZoneId") THEN
      PERFORM p181.refuse_zone('RepresentativeWorkstation', 'zoneId');
    END IF;
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "RepresentativeWorkstation";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "RepresentativeWorkstation" FOR EACH ROW EXECUTE FUNCTION p181."RepresentativeWorkstation_area"();
CREATE OR REPLACE FUNCTION p181."RepresentativeWorkstation_propagate"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE "ReceptionDay" SET "areaTownId" = NULL WHERE "workstationId" = NEW."id";
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS p181_propagate ON "RepresentativeWorkstation";
CREATE TRIGGER p181_propagate AFTER UPDATE ON "RepresentativeWorkstation" FOR EACH ROW
  WHEN (OLD."areaTownId" IS DISTINCT FROM NEW."areaTownId" OR OLD."areaZoneId" IS DISTINCT FROM NEW."areaZoneId") EXECUTE FUNCTION p181."RepresentativeWorkstation_propagate"();

CREATE OR REPLACE FUNCTION p181."ReceptionDay_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "RepresentativeWorkstation" p WHERE p."id" = NEW."workstationId");
  NEW."areaZoneId" := (SELECT p."areaZoneId" FROM "RepresentativeWorkstation" p WHERE p."id" = NEW."workstationId");
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "ReceptionDay";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "ReceptionDay" FOR EACH ROW EXECUTE FUNCTION p181."ReceptionDay_area"();
DROP TRIGGER IF EXISTS p181_propagate ON "ReceptionDay";

CREATE OR REPLACE FUNCTION p181."Proposal_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "PartyRepresentative" p WHERE p."id" = NEW."representativeId");
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "Proposal";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "Proposal" FOR EACH ROW EXECUTE FUNCTION p181."Proposal_area"();
DROP TRIGGER IF EXISTS p181_propagate ON "Proposal";

CREATE OR REPLACE FUNCTION p181."RepresentativeReview_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "PartyRepresentative" p WHERE p."id" = NEW."representativeId");
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "RepresentativeReview";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "RepresentativeReview" FOR EACH ROW EXECUTE FUNCTION p181."RepresentativeReview_area"();
DROP TRIGGER IF EXISTS p181_propagate ON "RepresentativeReview";

CREATE OR REPLACE FUNCTION p181."TalentPlatform_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := NEW."townId";
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "TalentPlatform";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "TalentPlatform" FOR EACH ROW EXECUTE FUNCTION p181."TalentPlatform_area"();
DROP TRIGGER IF EXISTS p181_propagate ON "TalentPlatform";

CREATE OR REPLACE FUNCTION p181."TalentTeam_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := NEW."townId";
  NEW."areaZoneId" := NEW."zoneId";
  IF NEW."areaZoneId" IS NOT NULL THEN
    IF NEW."areaTownId" IS NULL THEN NEW."areaTownId" := p181.zone_town(NEW."areaZoneId");
    ELSIF NEW."areaTownId" IS DISTINCT FROM p181.zone_town(NEW."areaZoneId") THEN
      PERFORM p181.refuse_zone('TalentTeam', 'zoneId');
    END IF;
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "TalentTeam";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "TalentTeam" FOR EACH ROW EXECUTE FUNCTION p181."TalentTeam_area"();
DROP TRIGGER IF EXISTS p181_propagate ON "TalentTeam";

CREATE OR REPLACE FUNCTION p181."TrainingSession_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := NEW."townId";
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "TrainingSession";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "TrainingSession" FOR EACH ROW EXECUTE FUNCTION p181."TrainingSession_area"();
CREATE OR REPLACE FUNCTION p181."TrainingSession_propagate"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE "TrainingAudience" SET "areaTownId" = NULL WHERE "sessionId" = NEW."id";
  UPDATE "TrainingAttendance" SET "areaTownId" = NULL WHERE "sessionId" = NEW."id";
  UPDATE "TrainingEvaluation" SET "areaTownId" = NULL WHERE "sessionId" = NEW."id";
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS p181_propagate ON "TrainingSession";
CREATE TRIGGER p181_propagate AFTER UPDATE ON "TrainingSession" FOR EACH ROW
  WHEN (OLD."areaTownId" IS DISTINCT FROM NEW."areaTownId") EXECUTE FUNCTION p181."TrainingSession_propagate"();

CREATE OR REPLACE FUNCTION p181."TrainingAudience_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "TrainingSession" p WHERE p."id" = NEW."sessionId");
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "TrainingAudience";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "TrainingAudience" FOR EACH ROW EXECUTE FUNCTION p181."TrainingAudience_area"();
DROP TRIGGER IF EXISTS p181_propagate ON "TrainingAudience";

CREATE OR REPLACE FUNCTION p181."TrainingAttendance_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "TrainingSession" p WHERE p."id" = NEW."sessionId");
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "TrainingAttendance";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "TrainingAttendance" FOR EACH ROW EXECUTE FUNCTION p181."TrainingAttendance_area"();
DROP TRIGGER IF EXISTS p181_propagate ON "TrainingAttendance";

CREATE OR REPLACE FUNCTION p181."TrainingEvaluation_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "TrainingSession" p WHERE p."id" = NEW."sessionId");
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "TrainingEvaluation";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "TrainingEvaluation" FOR EACH ROW EXECUTE FUNCTION p181."TrainingEvaluation_area"();
DROP TRIGGER IF EXISTS p181_propagate ON "TrainingEvaluation";

CREATE OR REPLACE FUNCTION p181."VolunteerTeam_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "PartyOrganisation" p WHERE p."id" = NEW."organisationId");
  NEW."areaZoneId" := NEW."zoneId";
  IF NEW."areaZoneId" IS NOT NULL THEN NEW."areaTownId" := p181.zone_town(NEW."areaZoneId"); END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "VolunteerTeam";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "VolunteerTeam" FOR EACH ROW EXECUTE FUNCTION p181."VolunteerTeam_area"();
CREATE OR REPLACE FUNCTION p181."VolunteerTeam_propagate"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE "VolunteerMembership" SET "areaTownId" = NULL WHERE "teamId" = NEW."id";
  UPDATE "VolunteerService" SET "areaTownId" = NULL WHERE "teamId" = NEW."id";
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS p181_propagate ON "VolunteerTeam";
CREATE TRIGGER p181_propagate AFTER UPDATE ON "VolunteerTeam" FOR EACH ROW
  WHEN (OLD."areaTownId" IS DISTINCT FROM NEW."areaTownId" OR OLD."areaZoneId" IS DISTINCT FROM NEW."areaZoneId") EXECUTE FUNCTION p181."VolunteerTeam_propagate"();

CREATE OR REPLACE FUNCTION p181."VolunteerMembership_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "VolunteerTeam" p WHERE p."id" = NEW."teamId");
  NEW."areaZoneId" := (SELECT p."areaZoneId" FROM "VolunteerTeam" p WHERE p."id" = NEW."teamId");
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "VolunteerMembership";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "VolunteerMembership" FOR EACH ROW EXECUTE FUNCTION p181."VolunteerMembership_area"();
DROP TRIGGER IF EXISTS p181_propagate ON "VolunteerMembership";

CREATE OR REPLACE FUNCTION p181."VolunteerService_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "VolunteerTeam" p WHERE p."id" = NEW."teamId");
  NEW."areaZoneId" := (SELECT p."areaZoneId" FROM "VolunteerTeam" p WHERE p."id" = NEW."teamId");
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "VolunteerService";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "VolunteerService" FOR EACH ROW EXECUTE FUNCTION p181."VolunteerService_area"();
DROP TRIGGER IF EXISTS p181_propagate ON "VolunteerService";

CREATE OR REPLACE FUNCTION p181."MemberAppraisal_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "PartyMember" p WHERE p."id" = NEW."memberId");
  NEW."areaZoneId" := (SELECT p."areaZoneId" FROM "PartyMember" p WHERE p."id" = NEW."memberId");
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "MemberAppraisal";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "MemberAppraisal" FOR EACH ROW EXECUTE FUNCTION p181."MemberAppraisal_area"();
DROP TRIGGER IF EXISTS p181_propagate ON "MemberAppraisal";

CREATE OR REPLACE FUNCTION p181."PostedCadre_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "Zone" p WHERE p."id" = NEW."hostZoneId");
  NEW."areaZoneId" := NEW."hostZoneId";
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "PostedCadre";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "PostedCadre" FOR EACH ROW EXECUTE FUNCTION p181."PostedCadre_area"();
CREATE OR REPLACE FUNCTION p181."PostedCadre_propagate"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE "CadreTrainingPlan" SET "areaTownId" = NULL WHERE "cadreId" = NEW."id";
  UPDATE "OpinionDiaryEntry" SET "areaTownId" = NULL WHERE "cadreId" = NEW."id";
  UPDATE "CadreAssessment" SET "areaTownId" = NULL WHERE "cadreId" = NEW."id";
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS p181_propagate ON "PostedCadre";
CREATE TRIGGER p181_propagate AFTER UPDATE ON "PostedCadre" FOR EACH ROW
  WHEN (OLD."areaTownId" IS DISTINCT FROM NEW."areaTownId" OR OLD."areaZoneId" IS DISTINCT FROM NEW."areaZoneId") EXECUTE FUNCTION p181."PostedCadre_propagate"();

CREATE OR REPLACE FUNCTION p181."CadreTrainingPlan_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "PostedCadre" p WHERE p."id" = NEW."cadreId");
  NEW."areaZoneId" := (SELECT p."areaZoneId" FROM "PostedCadre" p WHERE p."id" = NEW."cadreId");
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "CadreTrainingPlan";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "CadreTrainingPlan" FOR EACH ROW EXECUTE FUNCTION p181."CadreTrainingPlan_area"();
DROP TRIGGER IF EXISTS p181_propagate ON "CadreTrainingPlan";

CREATE OR REPLACE FUNCTION p181."OpinionWorkstation_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "Zone" p WHERE p."id" = NEW."zoneId");
  NEW."areaZoneId" := NEW."zoneId";
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "OpinionWorkstation";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "OpinionWorkstation" FOR EACH ROW EXECUTE FUNCTION p181."OpinionWorkstation_area"();
DROP TRIGGER IF EXISTS p181_propagate ON "OpinionWorkstation";

CREATE OR REPLACE FUNCTION p181."OpinionDiaryEntry_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "PostedCadre" p WHERE p."id" = NEW."cadreId");
  NEW."areaZoneId" := (SELECT p."areaZoneId" FROM "PostedCadre" p WHERE p."id" = NEW."cadreId");
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "OpinionDiaryEntry";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "OpinionDiaryEntry" FOR EACH ROW EXECUTE FUNCTION p181."OpinionDiaryEntry_area"();
DROP TRIGGER IF EXISTS p181_propagate ON "OpinionDiaryEntry";

CREATE OR REPLACE FUNCTION p181."CadreAssessment_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "PostedCadre" p WHERE p."id" = NEW."cadreId");
  NEW."areaZoneId" := (SELECT p."areaZoneId" FROM "PostedCadre" p WHERE p."id" = NEW."cadreId");
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "CadreAssessment";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "CadreAssessment" FOR EACH ROW EXECUTE FUNCTION p181."CadreAssessment_area"();
DROP TRIGGER IF EXISTS p181_propagate ON "CadreAssessment";

CREATE OR REPLACE FUNCTION p181."AnnualTarget_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := NEW."townId";
  NEW."areaZoneId" := NEW."zoneId";
  IF NEW."areaZoneId" IS NOT NULL THEN
    IF NEW."areaTownId" IS NULL THEN NEW."areaTownId" := p181.zone_town(NEW."areaZoneId");
    ELSIF NEW."areaTownId" IS DISTINCT FROM p181.zone_town(NEW."areaZoneId") THEN
      PERFORM p181.refuse_zone('AnnualTarget', 'zoneId');
    END IF;
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "AnnualTarget";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "AnnualTarget" FOR EACH ROW EXECUTE FUNCTION p181."AnnualTarget_area"();
DROP TRIGGER IF EXISTS p181_propagate ON "AnnualTarget";

CREATE OR REPLACE FUNCTION p181."PartyOrganisation_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := NEW."townId";
  NEW."areaZoneId" := NEW."zoneId";
  IF NEW."areaZoneId" IS NOT NULL THEN
    IF NEW."areaTownId" IS NULL THEN NEW."areaTownId" := p181.zone_town(NEW."areaZoneId");
    ELSIF NEW."areaTownId" IS DISTINCT FROM p181.zone_town(NEW."areaZoneId") THEN
      PERFORM p181.refuse_zone('PartyOrganisation', 'zoneId');
    END IF;
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "PartyOrganisation";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "PartyOrganisation" FOR EACH ROW EXECUTE FUNCTION p181."PartyOrganisation_area"();
CREATE OR REPLACE FUNCTION p181."PartyOrganisation_propagate"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE "PartyBrand" SET "areaTownId" = NULL WHERE "organisationId" = NEW."id";
  UPDATE "RepresentativeTour" SET "areaTownId" = NULL WHERE "targetOrganisationId" = NEW."id";
  UPDATE "PledgeLetter" SET "areaTownId" = NULL WHERE "organisationId" = NEW."id";
  UPDATE "VolunteerTeam" SET "areaTownId" = NULL WHERE "organisationId" = NEW."id";
  UPDATE "LeadershipTeam" SET "areaTownId" = NULL WHERE "organisationId" = NEW."id";
  UPDATE "PartyMember" SET "areaTownId" = NULL WHERE "organisationId" = NEW."id";
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS p181_propagate ON "PartyOrganisation";
CREATE TRIGGER p181_propagate AFTER UPDATE ON "PartyOrganisation" FOR EACH ROW
  WHEN (OLD."areaTownId" IS DISTINCT FROM NEW."areaTownId" OR OLD."areaZoneId" IS DISTINCT FROM NEW."areaZoneId") EXECUTE FUNCTION p181."PartyOrganisation_propagate"();

CREATE OR REPLACE FUNCTION p181."LeadershipTeam_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "PartyOrganisation" p WHERE p."id" = NEW."organisationId");
  NEW."areaZoneId" := (SELECT p."areaZoneId" FROM "PartyOrganisation" p WHERE p."id" = NEW."organisationId");
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "LeadershipTeam";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "LeadershipTeam" FOR EACH ROW EXECUTE FUNCTION p181."LeadershipTeam_area"();
CREATE OR REPLACE FUNCTION p181."LeadershipTeam_propagate"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE "LeadershipTeamMember" SET "areaTownId" = NULL WHERE "teamId" = NEW."id";
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS p181_propagate ON "LeadershipTeam";
CREATE TRIGGER p181_propagate AFTER UPDATE ON "LeadershipTeam" FOR EACH ROW
  WHEN (OLD."areaTownId" IS DISTINCT FROM NEW."areaTownId" OR OLD."areaZoneId" IS DISTINCT FROM NEW."areaZoneId") EXECUTE FUNCTION p181."LeadershipTeam_propagate"();

CREATE OR REPLACE FUNCTION p181."LeadershipTeamMember_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "LeadershipTeam" p WHERE p."id" = NEW."teamId");
  NEW."areaZoneId" := (SELECT p."areaZoneId" FROM "LeadershipTeam" p WHERE p."id" = NEW."teamId");
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "LeadershipTeamMember";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "LeadershipTeamMember" FOR EACH ROW EXECUTE FUNCTION p181."LeadershipTeamMember_area"();
DROP TRIGGER IF EXISTS p181_propagate ON "LeadershipTeamMember";

CREATE OR REPLACE FUNCTION p181."ServiceCentre_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "Zone" p WHERE p."id" = NEW."zoneId");
  NEW."areaZoneId" := NEW."zoneId";
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "ServiceCentre";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "ServiceCentre" FOR EACH ROW EXECUTE FUNCTION p181."ServiceCentre_area"();
CREATE OR REPLACE FUNCTION p181."ServiceCentre_propagate"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE "ServiceRecord" SET "areaTownId" = NULL WHERE "centreId" = NEW."id";
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS p181_propagate ON "ServiceCentre";
CREATE TRIGGER p181_propagate AFTER UPDATE ON "ServiceCentre" FOR EACH ROW
  WHEN (OLD."areaTownId" IS DISTINCT FROM NEW."areaTownId" OR OLD."areaZoneId" IS DISTINCT FROM NEW."areaZoneId") EXECUTE FUNCTION p181."ServiceCentre_propagate"();

CREATE OR REPLACE FUNCTION p181."ServiceRecord_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "ServiceCentre" p WHERE p."id" = NEW."centreId");
  NEW."areaZoneId" := (SELECT p."areaZoneId" FROM "ServiceCentre" p WHERE p."id" = NEW."centreId");
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "ServiceRecord";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "ServiceRecord" FOR EACH ROW EXECUTE FUNCTION p181."ServiceRecord_area"();
DROP TRIGGER IF EXISTS p181_propagate ON "ServiceRecord";

CREATE OR REPLACE FUNCTION p181."JointMeeting_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "Zone" p WHERE p."id" = NEW."zoneId");
  NEW."areaZoneId" := NEW."zoneId";
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "JointMeeting";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "JointMeeting" FOR EACH ROW EXECUTE FUNCTION p181."JointMeeting_area"();
CREATE OR REPLACE FUNCTION p181."JointMeeting_propagate"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE "JointMeetingParticipant" SET "areaTownId" = NULL WHERE "meetingId" = NEW."id";
  UPDATE "MeetingDecision" SET "areaTownId" = NULL WHERE "meetingId" = NEW."id";
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS p181_propagate ON "JointMeeting";
CREATE TRIGGER p181_propagate AFTER UPDATE ON "JointMeeting" FOR EACH ROW
  WHEN (OLD."areaTownId" IS DISTINCT FROM NEW."areaTownId" OR OLD."areaZoneId" IS DISTINCT FROM NEW."areaZoneId") EXECUTE FUNCTION p181."JointMeeting_propagate"();

CREATE OR REPLACE FUNCTION p181."JointMeetingParticipant_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "JointMeeting" p WHERE p."id" = NEW."meetingId");
  NEW."areaZoneId" := (SELECT p."areaZoneId" FROM "JointMeeting" p WHERE p."id" = NEW."meetingId");
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "JointMeetingParticipant";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "JointMeetingParticipant" FOR EACH ROW EXECUTE FUNCTION p181."JointMeetingParticipant_area"();
DROP TRIGGER IF EXISTS p181_propagate ON "JointMeetingParticipant";

CREATE OR REPLACE FUNCTION p181."MeetingDecision_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "JointMeeting" p WHERE p."id" = NEW."meetingId");
  NEW."areaZoneId" := (SELECT p."areaZoneId" FROM "JointMeeting" p WHERE p."id" = NEW."meetingId");
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "MeetingDecision";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "MeetingDecision" FOR EACH ROW EXECUTE FUNCTION p181."MeetingDecision_area"();
CREATE OR REPLACE FUNCTION p181."MeetingDecision_propagate"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE "FollowUpItem" SET "areaTownId" = NULL WHERE "decisionId" = NEW."id";
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS p181_propagate ON "MeetingDecision";
CREATE TRIGGER p181_propagate AFTER UPDATE ON "MeetingDecision" FOR EACH ROW
  WHEN (OLD."areaTownId" IS DISTINCT FROM NEW."areaTownId" OR OLD."areaZoneId" IS DISTINCT FROM NEW."areaZoneId") EXECUTE FUNCTION p181."MeetingDecision_propagate"();

CREATE OR REPLACE FUNCTION p181."FollowUpItem_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "MeetingDecision" p WHERE p."id" = NEW."decisionId");
  NEW."areaZoneId" := (SELECT p."areaZoneId" FROM "MeetingDecision" p WHERE p."id" = NEW."decisionId");
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "FollowUpItem";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "FollowUpItem" FOR EACH ROW EXECUTE FUNCTION p181."FollowUpItem_area"();
DROP TRIGGER IF EXISTS p181_propagate ON "FollowUpItem";

CREATE OR REPLACE FUNCTION p181."PublicOpinion_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "Zone" p WHERE p."id" = NEW."zoneId");
  NEW."areaZoneId" := NEW."zoneId";
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "PublicOpinion";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "PublicOpinion" FOR EACH ROW EXECUTE FUNCTION p181."PublicOpinion_area"();
DROP TRIGGER IF EXISTS p181_propagate ON "PublicOpinion";

CREATE OR REPLACE FUNCTION p181."PartyMember_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "PartyOrganisation" p WHERE p."id" = NEW."organisationId");
  NEW."areaZoneId" := NEW."zoneId";
  IF NEW."areaZoneId" IS NOT NULL THEN NEW."areaTownId" := p181.zone_town(NEW."areaZoneId"); END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "PartyMember";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "PartyMember" FOR EACH ROW EXECUTE FUNCTION p181."PartyMember_area"();
CREATE OR REPLACE FUNCTION p181."PartyMember_propagate"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE "MemberAppraisal" SET "areaTownId" = NULL WHERE "memberId" = NEW."id";
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS p181_propagate ON "PartyMember";
CREATE TRIGGER p181_propagate AFTER UPDATE ON "PartyMember" FOR EACH ROW
  WHEN (OLD."areaTownId" IS DISTINCT FROM NEW."areaTownId" OR OLD."areaZoneId" IS DISTINCT FROM NEW."areaZoneId") EXECUTE FUNCTION p181."PartyMember_propagate"();

CREATE OR REPLACE FUNCTION p181."GridArea_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "Zone" p WHERE p."id" = NEW."zoneId");
  NEW."areaZoneId" := NEW."zoneId";
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "GridArea";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "GridArea" FOR EACH ROW EXECUTE FUNCTION p181."GridArea_area"();
CREATE OR REPLACE FUNCTION p181."GridArea_propagate"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE "SocialCase" SET "areaTownId" = NULL WHERE "gridId" = NEW."id";
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS p181_propagate ON "GridArea";
CREATE TRIGGER p181_propagate AFTER UPDATE ON "GridArea" FOR EACH ROW
  WHEN (OLD."areaTownId" IS DISTINCT FROM NEW."areaTownId" OR OLD."areaZoneId" IS DISTINCT FROM NEW."areaZoneId") EXECUTE FUNCTION p181."GridArea_propagate"();

CREATE OR REPLACE FUNCTION p181."SocialCase_area"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW."areaTownId" := (SELECT p."areaTownId" FROM "GridArea" p WHERE p."id" = NEW."gridId");
  NEW."areaZoneId" := (SELECT p."areaZoneId" FROM "GridArea" p WHERE p."id" = NEW."gridId");
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_set_area ON "SocialCase";
CREATE TRIGGER p181_set_area BEFORE INSERT OR UPDATE ON "SocialCase" FOR EACH ROW EXECUTE FUNCTION p181."SocialCase_area"();
DROP TRIGGER IF EXISTS p181_propagate ON "SocialCase";

DROP TRIGGER IF EXISTS p181_check_references ON "Office";

CREATE OR REPLACE FUNCTION p181."Benchmark_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."officeId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."officeId" IS DISTINCT FROM OLD."officeId")
     AND NOT EXISTS (SELECT 1 FROM "Office" WHERE "id" = NEW."officeId") THEN
    PERFORM p181.refuse_reference('Benchmark', 'officeId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "Benchmark";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "Benchmark" FOR EACH ROW EXECUTE FUNCTION p181."Benchmark_references"();

CREATE OR REPLACE FUNCTION p181."BenchmarkIndicator_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."benchmarkId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."benchmarkId" IS DISTINCT FROM OLD."benchmarkId")
     AND NOT EXISTS (SELECT 1 FROM "Benchmark" WHERE "id" = NEW."benchmarkId") THEN
    PERFORM p181.refuse_reference('BenchmarkIndicator', 'benchmarkId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "BenchmarkIndicator";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "BenchmarkIndicator" FOR EACH ROW EXECUTE FUNCTION p181."BenchmarkIndicator_references"();

CREATE OR REPLACE FUNCTION p181."CatchUpPlan_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."benchmarkId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."benchmarkId" IS DISTINCT FROM OLD."benchmarkId")
     AND NOT EXISTS (SELECT 1 FROM "Benchmark" WHERE "id" = NEW."benchmarkId") THEN
    PERFORM p181.refuse_reference('CatchUpPlan', 'benchmarkId');
  END IF;
  IF NEW."pledgeLetterId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."pledgeLetterId" IS DISTINCT FROM OLD."pledgeLetterId")
     AND NOT EXISTS (SELECT 1 FROM "PledgeLetter" WHERE "id" = NEW."pledgeLetterId") THEN
    PERFORM p181.refuse_reference('CatchUpPlan', 'pledgeLetterId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "CatchUpPlan";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "CatchUpPlan" FOR EACH ROW EXECUTE FUNCTION p181."CatchUpPlan_references"();

CREATE OR REPLACE FUNCTION p181."BenchmarkEvaluation_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."benchmarkId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."benchmarkId" IS DISTINCT FROM OLD."benchmarkId")
     AND NOT EXISTS (SELECT 1 FROM "Benchmark" WHERE "id" = NEW."benchmarkId") THEN
    PERFORM p181.refuse_reference('BenchmarkEvaluation', 'benchmarkId');
  END IF;
  IF NEW."indicatorId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."indicatorId" IS DISTINCT FROM OLD."indicatorId")
     AND NOT EXISTS (SELECT 1 FROM "BenchmarkIndicator" WHERE "id" = NEW."indicatorId") THEN
    PERFORM p181.refuse_reference('BenchmarkEvaluation', 'indicatorId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "BenchmarkEvaluation";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "BenchmarkEvaluation" FOR EACH ROW EXECUTE FUNCTION p181."BenchmarkEvaluation_references"();

CREATE OR REPLACE FUNCTION p181."User_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."townId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."townId" IS DISTINCT FROM OLD."townId")
     AND NOT EXISTS (SELECT 1 FROM "Town" WHERE "id" = NEW."townId") THEN
    PERFORM p181.refuse_reference('User', 'townId');
  END IF;
  IF NEW."zoneId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."zoneId" IS DISTINCT FROM OLD."zoneId")
     AND NOT EXISTS (SELECT 1 FROM "Zone" WHERE "id" = NEW."zoneId") THEN
    PERFORM p181.refuse_reference('User', 'zoneId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "User";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "User" FOR EACH ROW EXECUTE FUNCTION p181."User_references"();

DROP TRIGGER IF EXISTS p181_check_references ON "Town";

CREATE OR REPLACE FUNCTION p181."Zone_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."townId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."townId" IS DISTINCT FROM OLD."townId")
     AND NOT EXISTS (SELECT 1 FROM "Town" WHERE "id" = NEW."townId") THEN
    PERFORM p181.refuse_reference('Zone', 'townId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "Zone";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "Zone" FOR EACH ROW EXECUTE FUNCTION p181."Zone_references"();

CREATE OR REPLACE FUNCTION p181."PartyBrand_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."organisationId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."organisationId" IS DISTINCT FROM OLD."organisationId")
     AND NOT EXISTS (SELECT 1 FROM "PartyOrganisation" WHERE "id" = NEW."organisationId") THEN
    PERFORM p181.refuse_reference('PartyBrand', 'organisationId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "PartyBrand";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "PartyBrand" FOR EACH ROW EXECUTE FUNCTION p181."PartyBrand_references"();

CREATE OR REPLACE FUNCTION p181."BrandPublicity_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."brandId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."brandId" IS DISTINCT FROM OLD."brandId")
     AND NOT EXISTS (SELECT 1 FROM "PartyBrand" WHERE "id" = NEW."brandId") THEN
    PERFORM p181.refuse_reference('BrandPublicity', 'brandId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "BrandPublicity";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "BrandPublicity" FOR EACH ROW EXECUTE FUNCTION p181."BrandPublicity_references"();

CREATE OR REPLACE FUNCTION p181."BrandEvaluation_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."brandId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."brandId" IS DISTINCT FROM OLD."brandId")
     AND NOT EXISTS (SELECT 1 FROM "PartyBrand" WHERE "id" = NEW."brandId") THEN
    PERFORM p181.refuse_reference('BrandEvaluation', 'brandId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "BrandEvaluation";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "BrandEvaluation" FOR EACH ROW EXECUTE FUNCTION p181."BrandEvaluation_references"();

CREATE OR REPLACE FUNCTION p181."Entrepreneur_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."memberId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."memberId" IS DISTINCT FROM OLD."memberId")
     AND NOT EXISTS (SELECT 1 FROM "PartyMember" WHERE "id" = NEW."memberId") THEN
    PERFORM p181.refuse_reference('Entrepreneur', 'memberId');
  END IF;
  IF NEW."zoneId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."zoneId" IS DISTINCT FROM OLD."zoneId")
     AND NOT EXISTS (SELECT 1 FROM "Zone" WHERE "id" = NEW."zoneId") THEN
    PERFORM p181.refuse_reference('Entrepreneur', 'zoneId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "Entrepreneur";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "Entrepreneur" FOR EACH ROW EXECUTE FUNCTION p181."Entrepreneur_references"();

CREATE OR REPLACE FUNCTION p181."VentureProject_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."entrepreneurId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."entrepreneurId" IS DISTINCT FROM OLD."entrepreneurId")
     AND NOT EXISTS (SELECT 1 FROM "Entrepreneur" WHERE "id" = NEW."entrepreneurId") THEN
    PERFORM p181.refuse_reference('VentureProject', 'entrepreneurId');
  END IF;
  IF NEW."zoneId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."zoneId" IS DISTINCT FROM OLD."zoneId")
     AND NOT EXISTS (SELECT 1 FROM "Zone" WHERE "id" = NEW."zoneId") THEN
    PERFORM p181.refuse_reference('VentureProject', 'zoneId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "VentureProject";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "VentureProject" FOR EACH ROW EXECUTE FUNCTION p181."VentureProject_references"();

CREATE OR REPLACE FUNCTION p181."VentureSupport_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."projectId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."projectId" IS DISTINCT FROM OLD."projectId")
     AND NOT EXISTS (SELECT 1 FROM "VentureProject" WHERE "id" = NEW."projectId") THEN
    PERFORM p181.refuse_reference('VentureSupport', 'projectId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "VentureSupport";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "VentureSupport" FOR EACH ROW EXECUTE FUNCTION p181."VentureSupport_references"();

CREATE OR REPLACE FUNCTION p181."EntrepreneurTraining_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."entrepreneurId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."entrepreneurId" IS DISTINCT FROM OLD."entrepreneurId")
     AND NOT EXISTS (SELECT 1 FROM "Entrepreneur" WHERE "id" = NEW."entrepreneurId") THEN
    PERFORM p181.refuse_reference('EntrepreneurTraining', 'entrepreneurId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "EntrepreneurTraining";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "EntrepreneurTraining" FOR EACH ROW EXECUTE FUNCTION p181."EntrepreneurTraining_references"();

CREATE OR REPLACE FUNCTION p181."ModelRecognition_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."entrepreneurId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."entrepreneurId" IS DISTINCT FROM OLD."entrepreneurId")
     AND NOT EXISTS (SELECT 1 FROM "Entrepreneur" WHERE "id" = NEW."entrepreneurId") THEN
    PERFORM p181.refuse_reference('ModelRecognition', 'entrepreneurId');
  END IF;
  IF NEW."projectId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."projectId" IS DISTINCT FROM OLD."projectId")
     AND NOT EXISTS (SELECT 1 FROM "VentureProject" WHERE "id" = NEW."projectId") THEN
    PERFORM p181.refuse_reference('ModelRecognition', 'projectId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "ModelRecognition";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "ModelRecognition" FOR EACH ROW EXECUTE FUNCTION p181."ModelRecognition_references"();

CREATE OR REPLACE FUNCTION p181."Instructor_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."townId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."townId" IS DISTINCT FROM OLD."townId")
     AND NOT EXISTS (SELECT 1 FROM "Town" WHERE "id" = NEW."townId") THEN
    PERFORM p181.refuse_reference('Instructor', 'townId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "Instructor";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "Instructor" FOR EACH ROW EXECUTE FUNCTION p181."Instructor_references"();

CREATE OR REPLACE FUNCTION p181."Enterprise_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."townId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."townId" IS DISTINCT FROM OLD."townId")
     AND NOT EXISTS (SELECT 1 FROM "Town" WHERE "id" = NEW."townId") THEN
    PERFORM p181.refuse_reference('Enterprise', 'townId');
  END IF;
  IF NEW."zoneId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."zoneId" IS DISTINCT FROM OLD."zoneId")
     AND NOT EXISTS (SELECT 1 FROM "Zone" WHERE "id" = NEW."zoneId") THEN
    PERFORM p181.refuse_reference('Enterprise', 'zoneId');
  END IF;
  IF NEW."organisationId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."organisationId" IS DISTINCT FROM OLD."organisationId")
     AND NOT EXISTS (SELECT 1 FROM "PartyOrganisation" WHERE "id" = NEW."organisationId") THEN
    PERFORM p181.refuse_reference('Enterprise', 'organisationId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "Enterprise";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "Enterprise" FOR EACH ROW EXECUTE FUNCTION p181."Enterprise_references"();

CREATE OR REPLACE FUNCTION p181."InstructorAssignment_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."instructorId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."instructorId" IS DISTINCT FROM OLD."instructorId")
     AND NOT EXISTS (SELECT 1 FROM "Instructor" WHERE "id" = NEW."instructorId") THEN
    PERFORM p181.refuse_reference('InstructorAssignment', 'instructorId');
  END IF;
  IF NEW."enterpriseId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."enterpriseId" IS DISTINCT FROM OLD."enterpriseId")
     AND NOT EXISTS (SELECT 1 FROM "Enterprise" WHERE "id" = NEW."enterpriseId") THEN
    PERFORM p181.refuse_reference('InstructorAssignment', 'enterpriseId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "InstructorAssignment";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "InstructorAssignment" FOR EACH ROW EXECUTE FUNCTION p181."InstructorAssignment_references"();

CREATE OR REPLACE FUNCTION p181."EnterpriseVisit_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."assignmentId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."assignmentId" IS DISTINCT FROM OLD."assignmentId")
     AND NOT EXISTS (SELECT 1 FROM "InstructorAssignment" WHERE "id" = NEW."assignmentId") THEN
    PERFORM p181.refuse_reference('EnterpriseVisit', 'assignmentId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "EnterpriseVisit";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "EnterpriseVisit" FOR EACH ROW EXECUTE FUNCTION p181."EnterpriseVisit_references"();

CREATE OR REPLACE FUNCTION p181."GuidancePlan_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."assignmentId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."assignmentId" IS DISTINCT FROM OLD."assignmentId")
     AND NOT EXISTS (SELECT 1 FROM "InstructorAssignment" WHERE "id" = NEW."assignmentId") THEN
    PERFORM p181.refuse_reference('GuidancePlan', 'assignmentId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "GuidancePlan";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "GuidancePlan" FOR EACH ROW EXECUTE FUNCTION p181."GuidancePlan_references"();

CREATE OR REPLACE FUNCTION p181."PartyRepresentative_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."memberId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."memberId" IS DISTINCT FROM OLD."memberId")
     AND NOT EXISTS (SELECT 1 FROM "PartyMember" WHERE "id" = NEW."memberId") THEN
    PERFORM p181.refuse_reference('PartyRepresentative', 'memberId');
  END IF;
  IF NEW."organisationId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."organisationId" IS DISTINCT FROM OLD."organisationId")
     AND NOT EXISTS (SELECT 1 FROM "PartyOrganisation" WHERE "id" = NEW."organisationId") THEN
    PERFORM p181.refuse_reference('PartyRepresentative', 'organisationId');
  END IF;
  IF NEW."townId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."townId" IS DISTINCT FROM OLD."townId")
     AND NOT EXISTS (SELECT 1 FROM "Town" WHERE "id" = NEW."townId") THEN
    PERFORM p181.refuse_reference('PartyRepresentative', 'townId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "PartyRepresentative";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "PartyRepresentative" FOR EACH ROW EXECUTE FUNCTION p181."PartyRepresentative_references"();

CREATE OR REPLACE FUNCTION p181."RepresentativeTour_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."targetOrganisationId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."targetOrganisationId" IS DISTINCT FROM OLD."targetOrganisationId")
     AND NOT EXISTS (SELECT 1 FROM "PartyOrganisation" WHERE "id" = NEW."targetOrganisationId") THEN
    PERFORM p181.refuse_reference('RepresentativeTour', 'targetOrganisationId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "RepresentativeTour";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "RepresentativeTour" FOR EACH ROW EXECUTE FUNCTION p181."RepresentativeTour_references"();

CREATE OR REPLACE FUNCTION p181."TourParticipant_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."tourId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."tourId" IS DISTINCT FROM OLD."tourId")
     AND NOT EXISTS (SELECT 1 FROM "RepresentativeTour" WHERE "id" = NEW."tourId") THEN
    PERFORM p181.refuse_reference('TourParticipant', 'tourId');
  END IF;
  IF NEW."representativeId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."representativeId" IS DISTINCT FROM OLD."representativeId")
     AND NOT EXISTS (SELECT 1 FROM "PartyRepresentative" WHERE "id" = NEW."representativeId") THEN
    PERFORM p181.refuse_reference('TourParticipant', 'representativeId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "TourParticipant";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "TourParticipant" FOR EACH ROW EXECUTE FUNCTION p181."TourParticipant_references"();

DROP TRIGGER IF EXISTS p181_check_references ON "RepresentativeBriefing";

CREATE OR REPLACE FUNCTION p181."BriefingAttendance_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."briefingId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."briefingId" IS DISTINCT FROM OLD."briefingId")
     AND NOT EXISTS (SELECT 1 FROM "RepresentativeBriefing" WHERE "id" = NEW."briefingId") THEN
    PERFORM p181.refuse_reference('BriefingAttendance', 'briefingId');
  END IF;
  IF NEW."representativeId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."representativeId" IS DISTINCT FROM OLD."representativeId")
     AND NOT EXISTS (SELECT 1 FROM "PartyRepresentative" WHERE "id" = NEW."representativeId") THEN
    PERFORM p181.refuse_reference('BriefingAttendance', 'representativeId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "BriefingAttendance";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "BriefingAttendance" FOR EACH ROW EXECUTE FUNCTION p181."BriefingAttendance_references"();

CREATE OR REPLACE FUNCTION p181."PledgeLetter_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."organisationId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."organisationId" IS DISTINCT FROM OLD."organisationId")
     AND NOT EXISTS (SELECT 1 FROM "PartyOrganisation" WHERE "id" = NEW."organisationId") THEN
    PERFORM p181.refuse_reference('PledgeLetter', 'organisationId');
  END IF;
  IF NEW."supervisorRepresentativeId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."supervisorRepresentativeId" IS DISTINCT FROM OLD."supervisorRepresentativeId")
     AND NOT EXISTS (SELECT 1 FROM "PartyRepresentative" WHERE "id" = NEW."supervisorRepresentativeId") THEN
    PERFORM p181.refuse_reference('PledgeLetter', 'supervisorRepresentativeId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "PledgeLetter";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "PledgeLetter" FOR EACH ROW EXECUTE FUNCTION p181."PledgeLetter_references"();

CREATE OR REPLACE FUNCTION p181."RepresentativeWorkstation_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."townId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."townId" IS DISTINCT FROM OLD."townId")
     AND NOT EXISTS (SELECT 1 FROM "Town" WHERE "id" = NEW."townId") THEN
    PERFORM p181.refuse_reference('RepresentativeWorkstation', 'townId');
  END IF;
  IF NEW."zoneId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."zoneId" IS DISTINCT FROM OLD."zoneId")
     AND NOT EXISTS (SELECT 1 FROM "Zone" WHERE "id" = NEW."zoneId") THEN
    PERFORM p181.refuse_reference('RepresentativeWorkstation', 'zoneId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "RepresentativeWorkstation";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "RepresentativeWorkstation" FOR EACH ROW EXECUTE FUNCTION p181."RepresentativeWorkstation_references"();

CREATE OR REPLACE FUNCTION p181."ReceptionDay_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."workstationId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."workstationId" IS DISTINCT FROM OLD."workstationId")
     AND NOT EXISTS (SELECT 1 FROM "RepresentativeWorkstation" WHERE "id" = NEW."workstationId") THEN
    PERFORM p181.refuse_reference('ReceptionDay', 'workstationId');
  END IF;
  IF NEW."representativeId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."representativeId" IS DISTINCT FROM OLD."representativeId")
     AND NOT EXISTS (SELECT 1 FROM "PartyRepresentative" WHERE "id" = NEW."representativeId") THEN
    PERFORM p181.refuse_reference('ReceptionDay', 'representativeId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "ReceptionDay";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "ReceptionDay" FOR EACH ROW EXECUTE FUNCTION p181."ReceptionDay_references"();

CREATE OR REPLACE FUNCTION p181."Proposal_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."representativeId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."representativeId" IS DISTINCT FROM OLD."representativeId")
     AND NOT EXISTS (SELECT 1 FROM "PartyRepresentative" WHERE "id" = NEW."representativeId") THEN
    PERFORM p181.refuse_reference('Proposal', 'representativeId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "Proposal";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "Proposal" FOR EACH ROW EXECUTE FUNCTION p181."Proposal_references"();

CREATE OR REPLACE FUNCTION p181."RepresentativeReview_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."representativeId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."representativeId" IS DISTINCT FROM OLD."representativeId")
     AND NOT EXISTS (SELECT 1 FROM "PartyRepresentative" WHERE "id" = NEW."representativeId") THEN
    PERFORM p181.refuse_reference('RepresentativeReview', 'representativeId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "RepresentativeReview";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "RepresentativeReview" FOR EACH ROW EXECUTE FUNCTION p181."RepresentativeReview_references"();

CREATE OR REPLACE FUNCTION p181."TalentPlatform_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."townId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."townId" IS DISTINCT FROM OLD."townId")
     AND NOT EXISTS (SELECT 1 FROM "Town" WHERE "id" = NEW."townId") THEN
    PERFORM p181.refuse_reference('TalentPlatform', 'townId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "TalentPlatform";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "TalentPlatform" FOR EACH ROW EXECUTE FUNCTION p181."TalentPlatform_references"();

DROP TRIGGER IF EXISTS p181_check_references ON "RecruitmentEvent";

CREATE OR REPLACE FUNCTION p181."TalentTeam_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."recruitmentEventId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."recruitmentEventId" IS DISTINCT FROM OLD."recruitmentEventId")
     AND NOT EXISTS (SELECT 1 FROM "RecruitmentEvent" WHERE "id" = NEW."recruitmentEventId") THEN
    PERFORM p181.refuse_reference('TalentTeam', 'recruitmentEventId');
  END IF;
  IF NEW."platformId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."platformId" IS DISTINCT FROM OLD."platformId")
     AND NOT EXISTS (SELECT 1 FROM "TalentPlatform" WHERE "id" = NEW."platformId") THEN
    PERFORM p181.refuse_reference('TalentTeam', 'platformId');
  END IF;
  IF NEW."townId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."townId" IS DISTINCT FROM OLD."townId")
     AND NOT EXISTS (SELECT 1 FROM "Town" WHERE "id" = NEW."townId") THEN
    PERFORM p181.refuse_reference('TalentTeam', 'townId');
  END IF;
  IF NEW."zoneId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."zoneId" IS DISTINCT FROM OLD."zoneId")
     AND NOT EXISTS (SELECT 1 FROM "Zone" WHERE "id" = NEW."zoneId") THEN
    PERFORM p181.refuse_reference('TalentTeam', 'zoneId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "TalentTeam";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "TalentTeam" FOR EACH ROW EXECUTE FUNCTION p181."TalentTeam_references"();

CREATE OR REPLACE FUNCTION p181."TrainingSession_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."townId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."townId" IS DISTINCT FROM OLD."townId")
     AND NOT EXISTS (SELECT 1 FROM "Town" WHERE "id" = NEW."townId") THEN
    PERFORM p181.refuse_reference('TrainingSession', 'townId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "TrainingSession";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "TrainingSession" FOR EACH ROW EXECUTE FUNCTION p181."TrainingSession_references"();

CREATE OR REPLACE FUNCTION p181."TrainingAudience_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."sessionId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."sessionId" IS DISTINCT FROM OLD."sessionId")
     AND NOT EXISTS (SELECT 1 FROM "TrainingSession" WHERE "id" = NEW."sessionId") THEN
    PERFORM p181.refuse_reference('TrainingAudience', 'sessionId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "TrainingAudience";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "TrainingAudience" FOR EACH ROW EXECUTE FUNCTION p181."TrainingAudience_references"();

CREATE OR REPLACE FUNCTION p181."TrainingAttendance_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."sessionId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."sessionId" IS DISTINCT FROM OLD."sessionId")
     AND NOT EXISTS (SELECT 1 FROM "TrainingSession" WHERE "id" = NEW."sessionId") THEN
    PERFORM p181.refuse_reference('TrainingAttendance', 'sessionId');
  END IF;
  IF NEW."memberId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."memberId" IS DISTINCT FROM OLD."memberId")
     AND NOT EXISTS (SELECT 1 FROM "PartyMember" WHERE "id" = NEW."memberId") THEN
    PERFORM p181.refuse_reference('TrainingAttendance', 'memberId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "TrainingAttendance";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "TrainingAttendance" FOR EACH ROW EXECUTE FUNCTION p181."TrainingAttendance_references"();

CREATE OR REPLACE FUNCTION p181."TrainingEvaluation_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."sessionId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."sessionId" IS DISTINCT FROM OLD."sessionId")
     AND NOT EXISTS (SELECT 1 FROM "TrainingSession" WHERE "id" = NEW."sessionId") THEN
    PERFORM p181.refuse_reference('TrainingEvaluation', 'sessionId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "TrainingEvaluation";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "TrainingEvaluation" FOR EACH ROW EXECUTE FUNCTION p181."TrainingEvaluation_references"();

CREATE OR REPLACE FUNCTION p181."VolunteerTeam_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."organisationId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."organisationId" IS DISTINCT FROM OLD."organisationId")
     AND NOT EXISTS (SELECT 1 FROM "PartyOrganisation" WHERE "id" = NEW."organisationId") THEN
    PERFORM p181.refuse_reference('VolunteerTeam', 'organisationId');
  END IF;
  IF NEW."zoneId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."zoneId" IS DISTINCT FROM OLD."zoneId")
     AND NOT EXISTS (SELECT 1 FROM "Zone" WHERE "id" = NEW."zoneId") THEN
    PERFORM p181.refuse_reference('VolunteerTeam', 'zoneId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "VolunteerTeam";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "VolunteerTeam" FOR EACH ROW EXECUTE FUNCTION p181."VolunteerTeam_references"();

CREATE OR REPLACE FUNCTION p181."VolunteerMembership_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."teamId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."teamId" IS DISTINCT FROM OLD."teamId")
     AND NOT EXISTS (SELECT 1 FROM "VolunteerTeam" WHERE "id" = NEW."teamId") THEN
    PERFORM p181.refuse_reference('VolunteerMembership', 'teamId');
  END IF;
  IF NEW."memberId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."memberId" IS DISTINCT FROM OLD."memberId")
     AND NOT EXISTS (SELECT 1 FROM "PartyMember" WHERE "id" = NEW."memberId") THEN
    PERFORM p181.refuse_reference('VolunteerMembership', 'memberId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "VolunteerMembership";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "VolunteerMembership" FOR EACH ROW EXECUTE FUNCTION p181."VolunteerMembership_references"();

CREATE OR REPLACE FUNCTION p181."VolunteerService_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."teamId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."teamId" IS DISTINCT FROM OLD."teamId")
     AND NOT EXISTS (SELECT 1 FROM "VolunteerTeam" WHERE "id" = NEW."teamId") THEN
    PERFORM p181.refuse_reference('VolunteerService', 'teamId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "VolunteerService";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "VolunteerService" FOR EACH ROW EXECUTE FUNCTION p181."VolunteerService_references"();

CREATE OR REPLACE FUNCTION p181."MemberAppraisal_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."memberId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."memberId" IS DISTINCT FROM OLD."memberId")
     AND NOT EXISTS (SELECT 1 FROM "PartyMember" WHERE "id" = NEW."memberId") THEN
    PERFORM p181.refuse_reference('MemberAppraisal', 'memberId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "MemberAppraisal";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "MemberAppraisal" FOR EACH ROW EXECUTE FUNCTION p181."MemberAppraisal_references"();

CREATE OR REPLACE FUNCTION p181."PostedCadre_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."hostZoneId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."hostZoneId" IS DISTINCT FROM OLD."hostZoneId")
     AND NOT EXISTS (SELECT 1 FROM "Zone" WHERE "id" = NEW."hostZoneId") THEN
    PERFORM p181.refuse_reference('PostedCadre', 'hostZoneId');
  END IF;
  IF NEW."pairedZoneId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."pairedZoneId" IS DISTINCT FROM OLD."pairedZoneId")
     AND NOT EXISTS (SELECT 1 FROM "Zone" WHERE "id" = NEW."pairedZoneId") THEN
    PERFORM p181.refuse_reference('PostedCadre', 'pairedZoneId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "PostedCadre";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "PostedCadre" FOR EACH ROW EXECUTE FUNCTION p181."PostedCadre_references"();

CREATE OR REPLACE FUNCTION p181."CadreTrainingPlan_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."cadreId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."cadreId" IS DISTINCT FROM OLD."cadreId")
     AND NOT EXISTS (SELECT 1 FROM "PostedCadre" WHERE "id" = NEW."cadreId") THEN
    PERFORM p181.refuse_reference('CadreTrainingPlan', 'cadreId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "CadreTrainingPlan";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "CadreTrainingPlan" FOR EACH ROW EXECUTE FUNCTION p181."CadreTrainingPlan_references"();

CREATE OR REPLACE FUNCTION p181."OpinionWorkstation_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."zoneId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."zoneId" IS DISTINCT FROM OLD."zoneId")
     AND NOT EXISTS (SELECT 1 FROM "Zone" WHERE "id" = NEW."zoneId") THEN
    PERFORM p181.refuse_reference('OpinionWorkstation', 'zoneId');
  END IF;
  IF NEW."cadreId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."cadreId" IS DISTINCT FROM OLD."cadreId")
     AND NOT EXISTS (SELECT 1 FROM "PostedCadre" WHERE "id" = NEW."cadreId") THEN
    PERFORM p181.refuse_reference('OpinionWorkstation', 'cadreId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "OpinionWorkstation";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "OpinionWorkstation" FOR EACH ROW EXECUTE FUNCTION p181."OpinionWorkstation_references"();

CREATE OR REPLACE FUNCTION p181."OpinionDiaryEntry_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."cadreId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."cadreId" IS DISTINCT FROM OLD."cadreId")
     AND NOT EXISTS (SELECT 1 FROM "PostedCadre" WHERE "id" = NEW."cadreId") THEN
    PERFORM p181.refuse_reference('OpinionDiaryEntry', 'cadreId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "OpinionDiaryEntry";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "OpinionDiaryEntry" FOR EACH ROW EXECUTE FUNCTION p181."OpinionDiaryEntry_references"();

CREATE OR REPLACE FUNCTION p181."CadreAssessment_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."cadreId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."cadreId" IS DISTINCT FROM OLD."cadreId")
     AND NOT EXISTS (SELECT 1 FROM "PostedCadre" WHERE "id" = NEW."cadreId") THEN
    PERFORM p181.refuse_reference('CadreAssessment', 'cadreId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "CadreAssessment";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "CadreAssessment" FOR EACH ROW EXECUTE FUNCTION p181."CadreAssessment_references"();

CREATE OR REPLACE FUNCTION p181."AnnualTarget_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."townId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."townId" IS DISTINCT FROM OLD."townId")
     AND NOT EXISTS (SELECT 1 FROM "Town" WHERE "id" = NEW."townId") THEN
    PERFORM p181.refuse_reference('AnnualTarget', 'townId');
  END IF;
  IF NEW."zoneId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."zoneId" IS DISTINCT FROM OLD."zoneId")
     AND NOT EXISTS (SELECT 1 FROM "Zone" WHERE "id" = NEW."zoneId") THEN
    PERFORM p181.refuse_reference('AnnualTarget', 'zoneId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "AnnualTarget";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "AnnualTarget" FOR EACH ROW EXECUTE FUNCTION p181."AnnualTarget_references"();

CREATE OR REPLACE FUNCTION p181."PartyOrganisation_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."parentId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."parentId" IS DISTINCT FROM OLD."parentId")
     AND NOT EXISTS (SELECT 1 FROM "PartyOrganisation" WHERE "id" = NEW."parentId") THEN
    PERFORM p181.refuse_reference('PartyOrganisation', 'parentId');
  END IF;
  IF NEW."townId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."townId" IS DISTINCT FROM OLD."townId")
     AND NOT EXISTS (SELECT 1 FROM "Town" WHERE "id" = NEW."townId") THEN
    PERFORM p181.refuse_reference('PartyOrganisation', 'townId');
  END IF;
  IF NEW."zoneId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."zoneId" IS DISTINCT FROM OLD."zoneId")
     AND NOT EXISTS (SELECT 1 FROM "Zone" WHERE "id" = NEW."zoneId") THEN
    PERFORM p181.refuse_reference('PartyOrganisation', 'zoneId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "PartyOrganisation";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "PartyOrganisation" FOR EACH ROW EXECUTE FUNCTION p181."PartyOrganisation_references"();

CREATE OR REPLACE FUNCTION p181."LeadershipTeam_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."organisationId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."organisationId" IS DISTINCT FROM OLD."organisationId")
     AND NOT EXISTS (SELECT 1 FROM "PartyOrganisation" WHERE "id" = NEW."organisationId") THEN
    PERFORM p181.refuse_reference('LeadershipTeam', 'organisationId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "LeadershipTeam";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "LeadershipTeam" FOR EACH ROW EXECUTE FUNCTION p181."LeadershipTeam_references"();

CREATE OR REPLACE FUNCTION p181."LeadershipTeamMember_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."teamId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."teamId" IS DISTINCT FROM OLD."teamId")
     AND NOT EXISTS (SELECT 1 FROM "LeadershipTeam" WHERE "id" = NEW."teamId") THEN
    PERFORM p181.refuse_reference('LeadershipTeamMember', 'teamId');
  END IF;
  IF NEW."memberId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."memberId" IS DISTINCT FROM OLD."memberId")
     AND NOT EXISTS (SELECT 1 FROM "PartyMember" WHERE "id" = NEW."memberId") THEN
    PERFORM p181.refuse_reference('LeadershipTeamMember', 'memberId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "LeadershipTeamMember";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "LeadershipTeamMember" FOR EACH ROW EXECUTE FUNCTION p181."LeadershipTeamMember_references"();

CREATE OR REPLACE FUNCTION p181."ServiceCentre_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."zoneId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."zoneId" IS DISTINCT FROM OLD."zoneId")
     AND NOT EXISTS (SELECT 1 FROM "Zone" WHERE "id" = NEW."zoneId") THEN
    PERFORM p181.refuse_reference('ServiceCentre', 'zoneId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "ServiceCentre";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "ServiceCentre" FOR EACH ROW EXECUTE FUNCTION p181."ServiceCentre_references"();

CREATE OR REPLACE FUNCTION p181."ServiceRecord_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."centreId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."centreId" IS DISTINCT FROM OLD."centreId")
     AND NOT EXISTS (SELECT 1 FROM "ServiceCentre" WHERE "id" = NEW."centreId") THEN
    PERFORM p181.refuse_reference('ServiceRecord', 'centreId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "ServiceRecord";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "ServiceRecord" FOR EACH ROW EXECUTE FUNCTION p181."ServiceRecord_references"();

CREATE OR REPLACE FUNCTION p181."JointMeeting_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."zoneId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."zoneId" IS DISTINCT FROM OLD."zoneId")
     AND NOT EXISTS (SELECT 1 FROM "Zone" WHERE "id" = NEW."zoneId") THEN
    PERFORM p181.refuse_reference('JointMeeting', 'zoneId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "JointMeeting";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "JointMeeting" FOR EACH ROW EXECUTE FUNCTION p181."JointMeeting_references"();

CREATE OR REPLACE FUNCTION p181."JointMeetingParticipant_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."meetingId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."meetingId" IS DISTINCT FROM OLD."meetingId")
     AND NOT EXISTS (SELECT 1 FROM "JointMeeting" WHERE "id" = NEW."meetingId") THEN
    PERFORM p181.refuse_reference('JointMeetingParticipant', 'meetingId');
  END IF;
  IF NEW."organisationId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."organisationId" IS DISTINCT FROM OLD."organisationId")
     AND NOT EXISTS (SELECT 1 FROM "PartyOrganisation" WHERE "id" = NEW."organisationId") THEN
    PERFORM p181.refuse_reference('JointMeetingParticipant', 'organisationId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "JointMeetingParticipant";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "JointMeetingParticipant" FOR EACH ROW EXECUTE FUNCTION p181."JointMeetingParticipant_references"();

CREATE OR REPLACE FUNCTION p181."MeetingDecision_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."meetingId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."meetingId" IS DISTINCT FROM OLD."meetingId")
     AND NOT EXISTS (SELECT 1 FROM "JointMeeting" WHERE "id" = NEW."meetingId") THEN
    PERFORM p181.refuse_reference('MeetingDecision', 'meetingId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "MeetingDecision";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "MeetingDecision" FOR EACH ROW EXECUTE FUNCTION p181."MeetingDecision_references"();

CREATE OR REPLACE FUNCTION p181."FollowUpItem_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."decisionId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."decisionId" IS DISTINCT FROM OLD."decisionId")
     AND NOT EXISTS (SELECT 1 FROM "MeetingDecision" WHERE "id" = NEW."decisionId") THEN
    PERFORM p181.refuse_reference('FollowUpItem', 'decisionId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "FollowUpItem";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "FollowUpItem" FOR EACH ROW EXECUTE FUNCTION p181."FollowUpItem_references"();

CREATE OR REPLACE FUNCTION p181."PublicOpinion_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."zoneId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."zoneId" IS DISTINCT FROM OLD."zoneId")
     AND NOT EXISTS (SELECT 1 FROM "Zone" WHERE "id" = NEW."zoneId") THEN
    PERFORM p181.refuse_reference('PublicOpinion', 'zoneId');
  END IF;
  IF NEW."workstationId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."workstationId" IS DISTINCT FROM OLD."workstationId")
     AND NOT EXISTS (SELECT 1 FROM "OpinionWorkstation" WHERE "id" = NEW."workstationId") THEN
    PERFORM p181.refuse_reference('PublicOpinion', 'workstationId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "PublicOpinion";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "PublicOpinion" FOR EACH ROW EXECUTE FUNCTION p181."PublicOpinion_references"();

CREATE OR REPLACE FUNCTION p181."PartyMember_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."organisationId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."organisationId" IS DISTINCT FROM OLD."organisationId")
     AND NOT EXISTS (SELECT 1 FROM "PartyOrganisation" WHERE "id" = NEW."organisationId") THEN
    PERFORM p181.refuse_reference('PartyMember', 'organisationId');
  END IF;
  IF NEW."zoneId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."zoneId" IS DISTINCT FROM OLD."zoneId")
     AND NOT EXISTS (SELECT 1 FROM "Zone" WHERE "id" = NEW."zoneId") THEN
    PERFORM p181.refuse_reference('PartyMember', 'zoneId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "PartyMember";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "PartyMember" FOR EACH ROW EXECUTE FUNCTION p181."PartyMember_references"();

CREATE OR REPLACE FUNCTION p181."GridArea_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."zoneId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."zoneId" IS DISTINCT FROM OLD."zoneId")
     AND NOT EXISTS (SELECT 1 FROM "Zone" WHERE "id" = NEW."zoneId") THEN
    PERFORM p181.refuse_reference('GridArea', 'zoneId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "GridArea";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "GridArea" FOR EACH ROW EXECUTE FUNCTION p181."GridArea_references"();

CREATE OR REPLACE FUNCTION p181."SocialCase_references"() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user NOT IN ('p181_city', 'p181_city_limited', 'p181_town', 'p181_zone', 'p181_anonymous') THEN RETURN NEW; END IF;
  IF NEW."gridId" IS NOT NULL AND (TG_OP = 'INSERT' OR NEW."gridId" IS DISTINCT FROM OLD."gridId")
     AND NOT EXISTS (SELECT 1 FROM "GridArea" WHERE "id" = NEW."gridId") THEN
    PERFORM p181.refuse_reference('SocialCase', 'gridId');
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS p181_check_references ON "SocialCase";
CREATE TRIGGER p181_check_references BEFORE INSERT OR UPDATE ON "SocialCase" FOR EACH ROW EXECUTE FUNCTION p181."SocialCase_references"();

-- Office
ALTER TABLE "Office" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "Office";
DROP POLICY IF EXISTS p181_insert_city ON "Office";
DROP POLICY IF EXISTS p181_update_city ON "Office";
DROP POLICY IF EXISTS p181_read_city_limited ON "Office";
DROP POLICY IF EXISTS p181_insert_city_limited ON "Office";
DROP POLICY IF EXISTS p181_update_city_limited ON "Office";
DROP POLICY IF EXISTS p181_read_town ON "Office";
DROP POLICY IF EXISTS p181_insert_town ON "Office";
DROP POLICY IF EXISTS p181_update_town ON "Office";
DROP POLICY IF EXISTS p181_read_zone ON "Office";
DROP POLICY IF EXISTS p181_insert_zone ON "Office";
DROP POLICY IF EXISTS p181_update_zone ON "Office";
CREATE POLICY p181_read_city ON "Office" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "Office" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "Office" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "Office" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "Office" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'BENCHMARKING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "Office" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'BENCHMARKING' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'BENCHMARKING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "Office" FOR SELECT TO p181_town USING (true);
CREATE POLICY p181_read_zone ON "Office" FOR SELECT TO p181_zone USING (true);
REVOKE ALL ON "Office" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "code", "name", "headName", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Office" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "code", "name", "headName", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Office" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "code", "name", "headName", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Office" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "code", "name", "headName", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Office" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "code", "name", "headName", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Office" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "code", "name", "headName", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Office" TO p181_city_limited, p181_anonymous;

-- Benchmark
ALTER TABLE "Benchmark" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "Benchmark";
DROP POLICY IF EXISTS p181_insert_city ON "Benchmark";
DROP POLICY IF EXISTS p181_update_city ON "Benchmark";
DROP POLICY IF EXISTS p181_read_city_limited ON "Benchmark";
DROP POLICY IF EXISTS p181_insert_city_limited ON "Benchmark";
DROP POLICY IF EXISTS p181_update_city_limited ON "Benchmark";
DROP POLICY IF EXISTS p181_read_town ON "Benchmark";
DROP POLICY IF EXISTS p181_insert_town ON "Benchmark";
DROP POLICY IF EXISTS p181_update_town ON "Benchmark";
DROP POLICY IF EXISTS p181_read_zone ON "Benchmark";
DROP POLICY IF EXISTS p181_insert_zone ON "Benchmark";
DROP POLICY IF EXISTS p181_update_zone ON "Benchmark";
CREATE POLICY p181_read_city ON "Benchmark" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "Benchmark" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "Benchmark" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "Benchmark" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "Benchmark" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'BENCHMARKING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "Benchmark" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'BENCHMARKING' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'BENCHMARKING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "Benchmark" FOR SELECT TO p181_town USING (true);
CREATE POLICY p181_read_zone ON "Benchmark" FOR SELECT TO p181_zone USING (true);
REVOKE ALL ON "Benchmark" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "officeId", "workArea", "benchmarkUnit", "bestPractice", "selectedOn", "reviewedOn", "active", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Benchmark" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "officeId", "workArea", "benchmarkUnit", "bestPractice", "selectedOn", "reviewedOn", "active", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Benchmark" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "officeId", "workArea", "benchmarkUnit", "bestPractice", "selectedOn", "reviewedOn", "active", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Benchmark" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "officeId", "workArea", "benchmarkUnit", "bestPractice", "selectedOn", "reviewedOn", "active", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Benchmark" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "officeId", "workArea", "benchmarkUnit", "bestPractice", "selectedOn", "reviewedOn", "active", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Benchmark" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "officeId", "workArea", "benchmarkUnit", "bestPractice", "selectedOn", "reviewedOn", "active", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Benchmark" TO p181_city_limited, p181_anonymous;

-- BenchmarkIndicator
ALTER TABLE "BenchmarkIndicator" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "BenchmarkIndicator";
DROP POLICY IF EXISTS p181_insert_city ON "BenchmarkIndicator";
DROP POLICY IF EXISTS p181_update_city ON "BenchmarkIndicator";
DROP POLICY IF EXISTS p181_read_city_limited ON "BenchmarkIndicator";
DROP POLICY IF EXISTS p181_insert_city_limited ON "BenchmarkIndicator";
DROP POLICY IF EXISTS p181_update_city_limited ON "BenchmarkIndicator";
DROP POLICY IF EXISTS p181_read_town ON "BenchmarkIndicator";
DROP POLICY IF EXISTS p181_insert_town ON "BenchmarkIndicator";
DROP POLICY IF EXISTS p181_update_town ON "BenchmarkIndicator";
DROP POLICY IF EXISTS p181_read_zone ON "BenchmarkIndicator";
DROP POLICY IF EXISTS p181_insert_zone ON "BenchmarkIndicator";
DROP POLICY IF EXISTS p181_update_zone ON "BenchmarkIndicator";
CREATE POLICY p181_read_city ON "BenchmarkIndicator" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "BenchmarkIndicator" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "BenchmarkIndicator" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "BenchmarkIndicator" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "BenchmarkIndicator" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'BENCHMARKING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "BenchmarkIndicator" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'BENCHMARKING' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'BENCHMARKING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "BenchmarkIndicator" FOR SELECT TO p181_town USING (true);
CREATE POLICY p181_read_zone ON "BenchmarkIndicator" FOR SELECT TO p181_zone USING (true);
REVOKE ALL ON "BenchmarkIndicator" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "benchmarkId", "name", "unit", "baseline", "target", "benchmarkValue", "higherIsBetter", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "BenchmarkIndicator" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "benchmarkId", "name", "unit", "baseline", "target", "benchmarkValue", "higherIsBetter", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "BenchmarkIndicator" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "benchmarkId", "name", "unit", "baseline", "target", "benchmarkValue", "higherIsBetter", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "BenchmarkIndicator" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "benchmarkId", "name", "unit", "baseline", "target", "benchmarkValue", "higherIsBetter", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "BenchmarkIndicator" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "benchmarkId", "name", "unit", "baseline", "target", "benchmarkValue", "higherIsBetter", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "BenchmarkIndicator" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "benchmarkId", "name", "unit", "baseline", "target", "benchmarkValue", "higherIsBetter", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "BenchmarkIndicator" TO p181_city_limited, p181_anonymous;

-- CatchUpPlan
ALTER TABLE "CatchUpPlan" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "CatchUpPlan";
DROP POLICY IF EXISTS p181_insert_city ON "CatchUpPlan";
DROP POLICY IF EXISTS p181_update_city ON "CatchUpPlan";
DROP POLICY IF EXISTS p181_read_city_limited ON "CatchUpPlan";
DROP POLICY IF EXISTS p181_insert_city_limited ON "CatchUpPlan";
DROP POLICY IF EXISTS p181_update_city_limited ON "CatchUpPlan";
DROP POLICY IF EXISTS p181_read_town ON "CatchUpPlan";
DROP POLICY IF EXISTS p181_insert_town ON "CatchUpPlan";
DROP POLICY IF EXISTS p181_update_town ON "CatchUpPlan";
DROP POLICY IF EXISTS p181_read_zone ON "CatchUpPlan";
DROP POLICY IF EXISTS p181_insert_zone ON "CatchUpPlan";
DROP POLICY IF EXISTS p181_update_zone ON "CatchUpPlan";
CREATE POLICY p181_read_city ON "CatchUpPlan" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "CatchUpPlan" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "CatchUpPlan" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "CatchUpPlan" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "CatchUpPlan" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'BENCHMARKING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "CatchUpPlan" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'BENCHMARKING' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'BENCHMARKING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "CatchUpPlan" FOR SELECT TO p181_town USING (true);
CREATE POLICY p181_read_zone ON "CatchUpPlan" FOR SELECT TO p181_zone USING (true);
REVOKE ALL ON "CatchUpPlan" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "benchmarkId", "title", "measures", "startOn", "endOn", "status", "pledgeLetterId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "CatchUpPlan" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "benchmarkId", "title", "measures", "startOn", "endOn", "status", "pledgeLetterId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "CatchUpPlan" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "benchmarkId", "title", "measures", "startOn", "endOn", "status", "pledgeLetterId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "CatchUpPlan" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "benchmarkId", "title", "measures", "startOn", "endOn", "status", "pledgeLetterId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "CatchUpPlan" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "benchmarkId", "title", "measures", "startOn", "endOn", "status", "pledgeLetterId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "CatchUpPlan" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "benchmarkId", "title", "measures", "startOn", "endOn", "status", "pledgeLetterId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "CatchUpPlan" TO p181_city_limited, p181_anonymous;

-- BenchmarkEvaluation
ALTER TABLE "BenchmarkEvaluation" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "BenchmarkEvaluation";
DROP POLICY IF EXISTS p181_insert_city ON "BenchmarkEvaluation";
DROP POLICY IF EXISTS p181_update_city ON "BenchmarkEvaluation";
DROP POLICY IF EXISTS p181_read_city_limited ON "BenchmarkEvaluation";
DROP POLICY IF EXISTS p181_insert_city_limited ON "BenchmarkEvaluation";
DROP POLICY IF EXISTS p181_update_city_limited ON "BenchmarkEvaluation";
DROP POLICY IF EXISTS p181_read_town ON "BenchmarkEvaluation";
DROP POLICY IF EXISTS p181_insert_town ON "BenchmarkEvaluation";
DROP POLICY IF EXISTS p181_update_town ON "BenchmarkEvaluation";
DROP POLICY IF EXISTS p181_read_zone ON "BenchmarkEvaluation";
DROP POLICY IF EXISTS p181_insert_zone ON "BenchmarkEvaluation";
DROP POLICY IF EXISTS p181_update_zone ON "BenchmarkEvaluation";
CREATE POLICY p181_read_city ON "BenchmarkEvaluation" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "BenchmarkEvaluation" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "BenchmarkEvaluation" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "BenchmarkEvaluation" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "BenchmarkEvaluation" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'BENCHMARKING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "BenchmarkEvaluation" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'BENCHMARKING' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'BENCHMARKING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "BenchmarkEvaluation" FOR SELECT TO p181_town USING (true);
CREATE POLICY p181_read_zone ON "BenchmarkEvaluation" FOR SELECT TO p181_zone USING (true);
REVOKE ALL ON "BenchmarkEvaluation" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "benchmarkId", "indicatorId", "evaluatedOn", "period", "actualValue", "score", "source", "comments", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "BenchmarkEvaluation" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "benchmarkId", "indicatorId", "evaluatedOn", "period", "actualValue", "score", "source", "comments", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "BenchmarkEvaluation" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "benchmarkId", "indicatorId", "evaluatedOn", "period", "actualValue", "score", "source", "comments", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "BenchmarkEvaluation" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "benchmarkId", "indicatorId", "evaluatedOn", "period", "actualValue", "score", "source", "comments", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "BenchmarkEvaluation" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "benchmarkId", "indicatorId", "evaluatedOn", "period", "actualValue", "score", "source", "comments", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "BenchmarkEvaluation" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "benchmarkId", "indicatorId", "evaluatedOn", "period", "actualValue", "score", "source", "comments", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "BenchmarkEvaluation" TO p181_city_limited, p181_anonymous;

-- Town
ALTER TABLE "Town" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "Town";
DROP POLICY IF EXISTS p181_insert_city ON "Town";
DROP POLICY IF EXISTS p181_update_city ON "Town";
DROP POLICY IF EXISTS p181_read_city_limited ON "Town";
DROP POLICY IF EXISTS p181_insert_city_limited ON "Town";
DROP POLICY IF EXISTS p181_update_city_limited ON "Town";
DROP POLICY IF EXISTS p181_read_town ON "Town";
DROP POLICY IF EXISTS p181_insert_town ON "Town";
DROP POLICY IF EXISTS p181_update_town ON "Town";
DROP POLICY IF EXISTS p181_read_zone ON "Town";
DROP POLICY IF EXISTS p181_insert_zone ON "Town";
DROP POLICY IF EXISTS p181_update_zone ON "Town";
CREATE POLICY p181_read_city ON "Town" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "Town" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "Town" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "Town" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_read_town ON "Town" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "Town" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "Town" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "Town" FOR SELECT TO p181_zone USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
REVOKE ALL ON "Town" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "code", "name", "kind", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Town" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "code", "name", "kind", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Town" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "code", "name", "kind", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Town" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "code", "name", "kind", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Town" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "code", "name", "kind", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Town" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "code", "name", "kind", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Town" TO p181_city_limited, p181_anonymous;

-- Zone
ALTER TABLE "Zone" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "Zone";
DROP POLICY IF EXISTS p181_insert_city ON "Zone";
DROP POLICY IF EXISTS p181_update_city ON "Zone";
DROP POLICY IF EXISTS p181_read_city_limited ON "Zone";
DROP POLICY IF EXISTS p181_insert_city_limited ON "Zone";
DROP POLICY IF EXISTS p181_update_city_limited ON "Zone";
DROP POLICY IF EXISTS p181_read_town ON "Zone";
DROP POLICY IF EXISTS p181_insert_town ON "Zone";
DROP POLICY IF EXISTS p181_update_town ON "Zone";
DROP POLICY IF EXISTS p181_read_zone ON "Zone";
DROP POLICY IF EXISTS p181_insert_zone ON "Zone";
DROP POLICY IF EXISTS p181_update_zone ON "Zone";
CREATE POLICY p181_read_city ON "Zone" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "Zone" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "Zone" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "Zone" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_read_town ON "Zone" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "Zone" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "Zone" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "Zone" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "Zone" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "Zone" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "Zone" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "code", "name", "townId", "kind", "economicallyWeak", "population", "households", "areaKm2", "organisationCovered", "workCovered", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Zone" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "code", "name", "townId", "kind", "economicallyWeak", "population", "households", "areaKm2", "organisationCovered", "workCovered", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Zone" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "code", "name", "townId", "kind", "economicallyWeak", "population", "households", "areaKm2", "organisationCovered", "workCovered", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Zone" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "code", "name", "townId", "kind", "economicallyWeak", "population", "households", "areaKm2", "organisationCovered", "workCovered", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Zone" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "code", "name", "townId", "kind", "economicallyWeak", "population", "households", "areaKm2", "organisationCovered", "workCovered", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Zone" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "code", "name", "townId", "kind", "economicallyWeak", "population", "households", "areaKm2", "organisationCovered", "workCovered", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Zone" TO p181_city_limited, p181_anonymous;

-- PartyBrand
ALTER TABLE "PartyBrand" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "PartyBrand";
DROP POLICY IF EXISTS p181_insert_city ON "PartyBrand";
DROP POLICY IF EXISTS p181_update_city ON "PartyBrand";
DROP POLICY IF EXISTS p181_read_city_limited ON "PartyBrand";
DROP POLICY IF EXISTS p181_insert_city_limited ON "PartyBrand";
DROP POLICY IF EXISTS p181_update_city_limited ON "PartyBrand";
DROP POLICY IF EXISTS p181_read_town ON "PartyBrand";
DROP POLICY IF EXISTS p181_insert_town ON "PartyBrand";
DROP POLICY IF EXISTS p181_update_town ON "PartyBrand";
DROP POLICY IF EXISTS p181_read_zone ON "PartyBrand";
DROP POLICY IF EXISTS p181_insert_zone ON "PartyBrand";
DROP POLICY IF EXISTS p181_update_zone ON "PartyBrand";
CREATE POLICY p181_read_city ON "PartyBrand" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "PartyBrand" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "PartyBrand" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "PartyBrand" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "PartyBrand" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'BRANDS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "PartyBrand" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'BRANDS' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'BRANDS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "PartyBrand" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "PartyBrand" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "PartyBrand" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "PartyBrand" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "PartyBrand" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "PartyBrand" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "PartyBrand" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "name", "organisationId", "field", "focus", "stage", "launchedOn", "namedOn", "slogan", "description", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PartyBrand" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "name", "organisationId", "field", "focus", "stage", "launchedOn", "namedOn", "slogan", "description", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PartyBrand" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "name", "organisationId", "field", "focus", "stage", "launchedOn", "namedOn", "slogan", "description", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PartyBrand" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "name", "organisationId", "field", "focus", "stage", "launchedOn", "namedOn", "slogan", "description", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PartyBrand" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "name", "organisationId", "field", "focus", "stage", "launchedOn", "namedOn", "slogan", "description", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PartyBrand" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "name", "organisationId", "field", "focus", "stage", "launchedOn", "namedOn", "slogan", "description", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PartyBrand" TO p181_city_limited, p181_anonymous;

-- BrandPublicity
ALTER TABLE "BrandPublicity" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "BrandPublicity";
DROP POLICY IF EXISTS p181_insert_city ON "BrandPublicity";
DROP POLICY IF EXISTS p181_update_city ON "BrandPublicity";
DROP POLICY IF EXISTS p181_read_city_limited ON "BrandPublicity";
DROP POLICY IF EXISTS p181_insert_city_limited ON "BrandPublicity";
DROP POLICY IF EXISTS p181_update_city_limited ON "BrandPublicity";
DROP POLICY IF EXISTS p181_read_town ON "BrandPublicity";
DROP POLICY IF EXISTS p181_insert_town ON "BrandPublicity";
DROP POLICY IF EXISTS p181_update_town ON "BrandPublicity";
DROP POLICY IF EXISTS p181_read_zone ON "BrandPublicity";
DROP POLICY IF EXISTS p181_insert_zone ON "BrandPublicity";
DROP POLICY IF EXISTS p181_update_zone ON "BrandPublicity";
CREATE POLICY p181_read_city ON "BrandPublicity" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "BrandPublicity" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "BrandPublicity" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "BrandPublicity" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "BrandPublicity" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'BRANDS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "BrandPublicity" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'BRANDS' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'BRANDS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "BrandPublicity" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "BrandPublicity" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "BrandPublicity" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "BrandPublicity" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "BrandPublicity" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "BrandPublicity" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "BrandPublicity" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "brandId", "channel", "title", "publishedOn", "reach", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "BrandPublicity" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "brandId", "channel", "title", "publishedOn", "reach", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "BrandPublicity" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "brandId", "channel", "title", "publishedOn", "reach", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "BrandPublicity" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "brandId", "channel", "title", "publishedOn", "reach", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "BrandPublicity" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "brandId", "channel", "title", "publishedOn", "reach", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "BrandPublicity" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "brandId", "channel", "title", "publishedOn", "reach", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "BrandPublicity" TO p181_city_limited, p181_anonymous;

-- BrandEvaluation
ALTER TABLE "BrandEvaluation" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "BrandEvaluation";
DROP POLICY IF EXISTS p181_insert_city ON "BrandEvaluation";
DROP POLICY IF EXISTS p181_update_city ON "BrandEvaluation";
DROP POLICY IF EXISTS p181_read_city_limited ON "BrandEvaluation";
DROP POLICY IF EXISTS p181_insert_city_limited ON "BrandEvaluation";
DROP POLICY IF EXISTS p181_update_city_limited ON "BrandEvaluation";
DROP POLICY IF EXISTS p181_read_town ON "BrandEvaluation";
DROP POLICY IF EXISTS p181_insert_town ON "BrandEvaluation";
DROP POLICY IF EXISTS p181_update_town ON "BrandEvaluation";
DROP POLICY IF EXISTS p181_read_zone ON "BrandEvaluation";
DROP POLICY IF EXISTS p181_insert_zone ON "BrandEvaluation";
DROP POLICY IF EXISTS p181_update_zone ON "BrandEvaluation";
CREATE POLICY p181_read_city ON "BrandEvaluation" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "BrandEvaluation" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "BrandEvaluation" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "BrandEvaluation" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "BrandEvaluation" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'BRANDS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "BrandEvaluation" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'BRANDS' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'BRANDS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "BrandEvaluation" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "BrandEvaluation" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "BrandEvaluation" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "BrandEvaluation" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "BrandEvaluation" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "BrandEvaluation" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "BrandEvaluation" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "brandId", "year", "score", "grade", "evaluator", "comments", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "BrandEvaluation" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "brandId", "year", "score", "grade", "evaluator", "comments", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "BrandEvaluation" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "brandId", "year", "score", "grade", "evaluator", "comments", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "BrandEvaluation" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "brandId", "year", "score", "grade", "evaluator", "comments", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "BrandEvaluation" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "brandId", "year", "score", "grade", "evaluator", "comments", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "BrandEvaluation" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "brandId", "year", "score", "grade", "evaluator", "comments", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "BrandEvaluation" TO p181_city_limited, p181_anonymous;

-- Entrepreneur
ALTER TABLE "Entrepreneur" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "Entrepreneur";
DROP POLICY IF EXISTS p181_insert_city ON "Entrepreneur";
DROP POLICY IF EXISTS p181_update_city ON "Entrepreneur";
DROP POLICY IF EXISTS p181_read_city_limited ON "Entrepreneur";
DROP POLICY IF EXISTS p181_insert_city_limited ON "Entrepreneur";
DROP POLICY IF EXISTS p181_update_city_limited ON "Entrepreneur";
DROP POLICY IF EXISTS p181_read_town ON "Entrepreneur";
DROP POLICY IF EXISTS p181_insert_town ON "Entrepreneur";
DROP POLICY IF EXISTS p181_update_town ON "Entrepreneur";
DROP POLICY IF EXISTS p181_read_zone ON "Entrepreneur";
DROP POLICY IF EXISTS p181_insert_zone ON "Entrepreneur";
DROP POLICY IF EXISTS p181_update_zone ON "Entrepreneur";
CREATE POLICY p181_read_city ON "Entrepreneur" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "Entrepreneur" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "Entrepreneur" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "Entrepreneur" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "Entrepreneur" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ENTREPRENEURSHIP' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "Entrepreneur" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ENTREPRENEURSHIP' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ENTREPRENEURSHIP' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "Entrepreneur" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "Entrepreneur" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "Entrepreneur" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "Entrepreneur" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "Entrepreneur" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "Entrepreneur" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "Entrepreneur" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "name", "gender", "birthDate", "kind", "memberId", "zoneId", "education", "phone", "idNumber", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Entrepreneur" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "name", "gender", "birthDate", "kind", "memberId", "zoneId", "education", "phone", "idNumber", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Entrepreneur" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "name", "gender", "birthDate", "kind", "memberId", "zoneId", "education", "phone", "idNumber", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Entrepreneur" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "name", "gender", "kind", "memberId", "zoneId", "education", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Entrepreneur" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "name", "gender", "kind", "memberId", "zoneId", "education", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Entrepreneur" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "name", "gender", "kind", "memberId", "zoneId", "education", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Entrepreneur" TO p181_city_limited, p181_anonymous;

-- VentureProject
ALTER TABLE "VentureProject" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "VentureProject";
DROP POLICY IF EXISTS p181_insert_city ON "VentureProject";
DROP POLICY IF EXISTS p181_update_city ON "VentureProject";
DROP POLICY IF EXISTS p181_read_city_limited ON "VentureProject";
DROP POLICY IF EXISTS p181_insert_city_limited ON "VentureProject";
DROP POLICY IF EXISTS p181_update_city_limited ON "VentureProject";
DROP POLICY IF EXISTS p181_read_town ON "VentureProject";
DROP POLICY IF EXISTS p181_insert_town ON "VentureProject";
DROP POLICY IF EXISTS p181_update_town ON "VentureProject";
DROP POLICY IF EXISTS p181_read_zone ON "VentureProject";
DROP POLICY IF EXISTS p181_insert_zone ON "VentureProject";
DROP POLICY IF EXISTS p181_update_zone ON "VentureProject";
CREATE POLICY p181_read_city ON "VentureProject" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "VentureProject" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "VentureProject" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "VentureProject" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "VentureProject" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ENTREPRENEURSHIP' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "VentureProject" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ENTREPRENEURSHIP' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ENTREPRENEURSHIP' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "VentureProject" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "VentureProject" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "VentureProject" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "VentureProject" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "VentureProject" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "VentureProject" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "VentureProject" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "entrepreneurId", "name", "industry", "zoneId", "startedOn", "investment", "jobsCreated", "annualRevenue", "status", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "VentureProject" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "entrepreneurId", "name", "industry", "zoneId", "startedOn", "investment", "jobsCreated", "annualRevenue", "status", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "VentureProject" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "entrepreneurId", "name", "industry", "zoneId", "startedOn", "investment", "jobsCreated", "annualRevenue", "status", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "VentureProject" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "entrepreneurId", "name", "industry", "zoneId", "startedOn", "investment", "jobsCreated", "annualRevenue", "status", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "VentureProject" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "entrepreneurId", "name", "industry", "zoneId", "startedOn", "investment", "jobsCreated", "annualRevenue", "status", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "VentureProject" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "entrepreneurId", "name", "industry", "zoneId", "startedOn", "investment", "jobsCreated", "annualRevenue", "status", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "VentureProject" TO p181_city_limited, p181_anonymous;

-- VentureSupport
ALTER TABLE "VentureSupport" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "VentureSupport";
DROP POLICY IF EXISTS p181_insert_city ON "VentureSupport";
DROP POLICY IF EXISTS p181_update_city ON "VentureSupport";
DROP POLICY IF EXISTS p181_read_city_limited ON "VentureSupport";
DROP POLICY IF EXISTS p181_insert_city_limited ON "VentureSupport";
DROP POLICY IF EXISTS p181_update_city_limited ON "VentureSupport";
DROP POLICY IF EXISTS p181_read_town ON "VentureSupport";
DROP POLICY IF EXISTS p181_insert_town ON "VentureSupport";
DROP POLICY IF EXISTS p181_update_town ON "VentureSupport";
DROP POLICY IF EXISTS p181_read_zone ON "VentureSupport";
DROP POLICY IF EXISTS p181_insert_zone ON "VentureSupport";
DROP POLICY IF EXISTS p181_update_zone ON "VentureSupport";
CREATE POLICY p181_read_city ON "VentureSupport" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "VentureSupport" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "VentureSupport" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "VentureSupport" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "VentureSupport" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ENTREPRENEURSHIP' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "VentureSupport" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ENTREPRENEURSHIP' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ENTREPRENEURSHIP' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "VentureSupport" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "VentureSupport" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "VentureSupport" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "VentureSupport" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "VentureSupport" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "VentureSupport" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "VentureSupport" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "projectId", "kind", "amount", "provider", "description", "grantedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "VentureSupport" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "projectId", "kind", "amount", "provider", "description", "grantedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "VentureSupport" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "projectId", "kind", "amount", "provider", "description", "grantedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "VentureSupport" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "projectId", "kind", "amount", "provider", "description", "grantedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "VentureSupport" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "projectId", "kind", "amount", "provider", "description", "grantedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "VentureSupport" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "projectId", "kind", "amount", "provider", "description", "grantedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "VentureSupport" TO p181_city_limited, p181_anonymous;

-- EntrepreneurTraining
ALTER TABLE "EntrepreneurTraining" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "EntrepreneurTraining";
DROP POLICY IF EXISTS p181_insert_city ON "EntrepreneurTraining";
DROP POLICY IF EXISTS p181_update_city ON "EntrepreneurTraining";
DROP POLICY IF EXISTS p181_read_city_limited ON "EntrepreneurTraining";
DROP POLICY IF EXISTS p181_insert_city_limited ON "EntrepreneurTraining";
DROP POLICY IF EXISTS p181_update_city_limited ON "EntrepreneurTraining";
DROP POLICY IF EXISTS p181_read_town ON "EntrepreneurTraining";
DROP POLICY IF EXISTS p181_insert_town ON "EntrepreneurTraining";
DROP POLICY IF EXISTS p181_update_town ON "EntrepreneurTraining";
DROP POLICY IF EXISTS p181_read_zone ON "EntrepreneurTraining";
DROP POLICY IF EXISTS p181_insert_zone ON "EntrepreneurTraining";
DROP POLICY IF EXISTS p181_update_zone ON "EntrepreneurTraining";
CREATE POLICY p181_read_city ON "EntrepreneurTraining" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "EntrepreneurTraining" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "EntrepreneurTraining" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "EntrepreneurTraining" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "EntrepreneurTraining" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ENTREPRENEURSHIP' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "EntrepreneurTraining" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ENTREPRENEURSHIP' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ENTREPRENEURSHIP' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "EntrepreneurTraining" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "EntrepreneurTraining" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "EntrepreneurTraining" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "EntrepreneurTraining" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "EntrepreneurTraining" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "EntrepreneurTraining" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "EntrepreneurTraining" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "entrepreneurId", "course", "provider", "trainedOn", "hours", "keyCultivation", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "EntrepreneurTraining" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "entrepreneurId", "course", "provider", "trainedOn", "hours", "keyCultivation", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "EntrepreneurTraining" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "entrepreneurId", "course", "provider", "trainedOn", "hours", "keyCultivation", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "EntrepreneurTraining" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "entrepreneurId", "course", "provider", "trainedOn", "hours", "keyCultivation", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "EntrepreneurTraining" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "entrepreneurId", "course", "provider", "trainedOn", "hours", "keyCultivation", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "EntrepreneurTraining" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "entrepreneurId", "course", "provider", "trainedOn", "hours", "keyCultivation", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "EntrepreneurTraining" TO p181_city_limited, p181_anonymous;

-- ModelRecognition
ALTER TABLE "ModelRecognition" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "ModelRecognition";
DROP POLICY IF EXISTS p181_insert_city ON "ModelRecognition";
DROP POLICY IF EXISTS p181_update_city ON "ModelRecognition";
DROP POLICY IF EXISTS p181_read_city_limited ON "ModelRecognition";
DROP POLICY IF EXISTS p181_insert_city_limited ON "ModelRecognition";
DROP POLICY IF EXISTS p181_update_city_limited ON "ModelRecognition";
DROP POLICY IF EXISTS p181_read_town ON "ModelRecognition";
DROP POLICY IF EXISTS p181_insert_town ON "ModelRecognition";
DROP POLICY IF EXISTS p181_update_town ON "ModelRecognition";
DROP POLICY IF EXISTS p181_read_zone ON "ModelRecognition";
DROP POLICY IF EXISTS p181_insert_zone ON "ModelRecognition";
DROP POLICY IF EXISTS p181_update_zone ON "ModelRecognition";
CREATE POLICY p181_read_city ON "ModelRecognition" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "ModelRecognition" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "ModelRecognition" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "ModelRecognition" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "ModelRecognition" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ENTREPRENEURSHIP' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "ModelRecognition" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ENTREPRENEURSHIP' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ENTREPRENEURSHIP' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "ModelRecognition" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "ModelRecognition" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "ModelRecognition" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "ModelRecognition" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "ModelRecognition" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "ModelRecognition" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "ModelRecognition" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "entrepreneurId", "projectId", "year", "title", "level", "recognisedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "ModelRecognition" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "entrepreneurId", "projectId", "year", "title", "level", "recognisedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "ModelRecognition" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "entrepreneurId", "projectId", "year", "title", "level", "recognisedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "ModelRecognition" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "entrepreneurId", "projectId", "year", "title", "level", "recognisedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "ModelRecognition" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "entrepreneurId", "projectId", "year", "title", "level", "recognisedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "ModelRecognition" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "entrepreneurId", "projectId", "year", "title", "level", "recognisedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "ModelRecognition" TO p181_city_limited, p181_anonymous;

-- Instructor
ALTER TABLE "Instructor" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "Instructor";
DROP POLICY IF EXISTS p181_insert_city ON "Instructor";
DROP POLICY IF EXISTS p181_update_city ON "Instructor";
DROP POLICY IF EXISTS p181_read_city_limited ON "Instructor";
DROP POLICY IF EXISTS p181_insert_city_limited ON "Instructor";
DROP POLICY IF EXISTS p181_update_city_limited ON "Instructor";
DROP POLICY IF EXISTS p181_read_town ON "Instructor";
DROP POLICY IF EXISTS p181_insert_town ON "Instructor";
DROP POLICY IF EXISTS p181_update_town ON "Instructor";
DROP POLICY IF EXISTS p181_read_zone ON "Instructor";
DROP POLICY IF EXISTS p181_insert_zone ON "Instructor";
DROP POLICY IF EXISTS p181_update_zone ON "Instructor";
CREATE POLICY p181_read_city ON "Instructor" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "Instructor" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "Instructor" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "Instructor" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "Instructor" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'INSTRUCTORS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "Instructor" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'INSTRUCTORS' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'INSTRUCTORS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "Instructor" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "Instructor" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "Instructor" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "Instructor" FOR SELECT TO p181_zone USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
REVOKE ALL ON "Instructor" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "name", "gender", "birthDate", "sourceKind", "sourceUnit", "townId", "education", "partyWorkYears", "economicWorkYears", "leadershipYears", "appointedOn", "active", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Instructor" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "name", "gender", "birthDate", "sourceKind", "sourceUnit", "townId", "education", "partyWorkYears", "economicWorkYears", "leadershipYears", "appointedOn", "active", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Instructor" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "name", "gender", "birthDate", "sourceKind", "sourceUnit", "townId", "education", "partyWorkYears", "economicWorkYears", "leadershipYears", "appointedOn", "active", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Instructor" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "name", "gender", "sourceKind", "sourceUnit", "townId", "education", "partyWorkYears", "economicWorkYears", "leadershipYears", "appointedOn", "active", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Instructor" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "name", "gender", "sourceKind", "sourceUnit", "townId", "education", "partyWorkYears", "economicWorkYears", "leadershipYears", "appointedOn", "active", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Instructor" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "name", "gender", "sourceKind", "sourceUnit", "townId", "education", "partyWorkYears", "economicWorkYears", "leadershipYears", "appointedOn", "active", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Instructor" TO p181_city_limited, p181_anonymous;

-- Enterprise
ALTER TABLE "Enterprise" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "Enterprise";
DROP POLICY IF EXISTS p181_insert_city ON "Enterprise";
DROP POLICY IF EXISTS p181_update_city ON "Enterprise";
DROP POLICY IF EXISTS p181_read_city_limited ON "Enterprise";
DROP POLICY IF EXISTS p181_insert_city_limited ON "Enterprise";
DROP POLICY IF EXISTS p181_update_city_limited ON "Enterprise";
DROP POLICY IF EXISTS p181_read_town ON "Enterprise";
DROP POLICY IF EXISTS p181_insert_town ON "Enterprise";
DROP POLICY IF EXISTS p181_update_town ON "Enterprise";
DROP POLICY IF EXISTS p181_read_zone ON "Enterprise";
DROP POLICY IF EXISTS p181_insert_zone ON "Enterprise";
DROP POLICY IF EXISTS p181_update_zone ON "Enterprise";
CREATE POLICY p181_read_city ON "Enterprise" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "Enterprise" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "Enterprise" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "Enterprise" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "Enterprise" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'INSTRUCTORS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "Enterprise" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'INSTRUCTORS' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'INSTRUCTORS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "Enterprise" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "Enterprise" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "Enterprise" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "Enterprise" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "Enterprise" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "Enterprise" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "Enterprise" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "name", "creditCode", "townId", "zoneId", "category", "ownership", "industry", "employees", "annualRevenue", "organisationId", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Enterprise" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "name", "creditCode", "townId", "zoneId", "category", "ownership", "industry", "employees", "annualRevenue", "organisationId", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Enterprise" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "name", "creditCode", "townId", "zoneId", "category", "ownership", "industry", "employees", "annualRevenue", "organisationId", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Enterprise" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "name", "creditCode", "townId", "zoneId", "category", "ownership", "industry", "employees", "annualRevenue", "organisationId", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Enterprise" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "name", "creditCode", "townId", "zoneId", "category", "ownership", "industry", "employees", "annualRevenue", "organisationId", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Enterprise" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "name", "creditCode", "townId", "zoneId", "category", "ownership", "industry", "employees", "annualRevenue", "organisationId", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Enterprise" TO p181_city_limited, p181_anonymous;

-- InstructorAssignment
ALTER TABLE "InstructorAssignment" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "InstructorAssignment";
DROP POLICY IF EXISTS p181_insert_city ON "InstructorAssignment";
DROP POLICY IF EXISTS p181_update_city ON "InstructorAssignment";
DROP POLICY IF EXISTS p181_read_city_limited ON "InstructorAssignment";
DROP POLICY IF EXISTS p181_insert_city_limited ON "InstructorAssignment";
DROP POLICY IF EXISTS p181_update_city_limited ON "InstructorAssignment";
DROP POLICY IF EXISTS p181_read_town ON "InstructorAssignment";
DROP POLICY IF EXISTS p181_insert_town ON "InstructorAssignment";
DROP POLICY IF EXISTS p181_update_town ON "InstructorAssignment";
DROP POLICY IF EXISTS p181_read_zone ON "InstructorAssignment";
DROP POLICY IF EXISTS p181_insert_zone ON "InstructorAssignment";
DROP POLICY IF EXISTS p181_update_zone ON "InstructorAssignment";
CREATE POLICY p181_read_city ON "InstructorAssignment" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "InstructorAssignment" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "InstructorAssignment" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "InstructorAssignment" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "InstructorAssignment" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'INSTRUCTORS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "InstructorAssignment" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'INSTRUCTORS' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'INSTRUCTORS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "InstructorAssignment" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "InstructorAssignment" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "InstructorAssignment" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "InstructorAssignment" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "InstructorAssignment" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "InstructorAssignment" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "InstructorAssignment" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "instructorId", "enterpriseId", "startOn", "endOn", "tasks", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "InstructorAssignment" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "instructorId", "enterpriseId", "startOn", "endOn", "tasks", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "InstructorAssignment" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "instructorId", "enterpriseId", "startOn", "endOn", "tasks", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "InstructorAssignment" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "instructorId", "enterpriseId", "startOn", "endOn", "tasks", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "InstructorAssignment" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "instructorId", "enterpriseId", "startOn", "endOn", "tasks", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "InstructorAssignment" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "instructorId", "enterpriseId", "startOn", "endOn", "tasks", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "InstructorAssignment" TO p181_city_limited, p181_anonymous;

-- EnterpriseVisit
ALTER TABLE "EnterpriseVisit" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "EnterpriseVisit";
DROP POLICY IF EXISTS p181_insert_city ON "EnterpriseVisit";
DROP POLICY IF EXISTS p181_update_city ON "EnterpriseVisit";
DROP POLICY IF EXISTS p181_read_city_limited ON "EnterpriseVisit";
DROP POLICY IF EXISTS p181_insert_city_limited ON "EnterpriseVisit";
DROP POLICY IF EXISTS p181_update_city_limited ON "EnterpriseVisit";
DROP POLICY IF EXISTS p181_read_town ON "EnterpriseVisit";
DROP POLICY IF EXISTS p181_insert_town ON "EnterpriseVisit";
DROP POLICY IF EXISTS p181_update_town ON "EnterpriseVisit";
DROP POLICY IF EXISTS p181_read_zone ON "EnterpriseVisit";
DROP POLICY IF EXISTS p181_insert_zone ON "EnterpriseVisit";
DROP POLICY IF EXISTS p181_update_zone ON "EnterpriseVisit";
CREATE POLICY p181_read_city ON "EnterpriseVisit" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "EnterpriseVisit" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "EnterpriseVisit" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "EnterpriseVisit" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "EnterpriseVisit" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'INSTRUCTORS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "EnterpriseVisit" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'INSTRUCTORS' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'INSTRUCTORS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "EnterpriseVisit" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "EnterpriseVisit" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "EnterpriseVisit" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "EnterpriseVisit" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "EnterpriseVisit" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "EnterpriseVisit" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "EnterpriseVisit" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "assignmentId", "kind", "visitedOn", "findings", "suggestions", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "EnterpriseVisit" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "assignmentId", "kind", "visitedOn", "findings", "suggestions", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "EnterpriseVisit" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "assignmentId", "kind", "visitedOn", "findings", "suggestions", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "EnterpriseVisit" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "assignmentId", "kind", "visitedOn", "findings", "suggestions", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "EnterpriseVisit" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "assignmentId", "kind", "visitedOn", "findings", "suggestions", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "EnterpriseVisit" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "assignmentId", "kind", "visitedOn", "findings", "suggestions", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "EnterpriseVisit" TO p181_city_limited, p181_anonymous;

-- GuidancePlan
ALTER TABLE "GuidancePlan" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "GuidancePlan";
DROP POLICY IF EXISTS p181_insert_city ON "GuidancePlan";
DROP POLICY IF EXISTS p181_update_city ON "GuidancePlan";
DROP POLICY IF EXISTS p181_read_city_limited ON "GuidancePlan";
DROP POLICY IF EXISTS p181_insert_city_limited ON "GuidancePlan";
DROP POLICY IF EXISTS p181_update_city_limited ON "GuidancePlan";
DROP POLICY IF EXISTS p181_read_town ON "GuidancePlan";
DROP POLICY IF EXISTS p181_insert_town ON "GuidancePlan";
DROP POLICY IF EXISTS p181_update_town ON "GuidancePlan";
DROP POLICY IF EXISTS p181_read_zone ON "GuidancePlan";
DROP POLICY IF EXISTS p181_insert_zone ON "GuidancePlan";
DROP POLICY IF EXISTS p181_update_zone ON "GuidancePlan";
CREATE POLICY p181_read_city ON "GuidancePlan" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "GuidancePlan" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "GuidancePlan" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "GuidancePlan" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "GuidancePlan" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'INSTRUCTORS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "GuidancePlan" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'INSTRUCTORS' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'INSTRUCTORS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "GuidancePlan" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "GuidancePlan" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "GuidancePlan" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "GuidancePlan" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "GuidancePlan" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "GuidancePlan" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "GuidancePlan" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "assignmentId", "year", "title", "goals", "measures", "status", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "GuidancePlan" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "assignmentId", "year", "title", "goals", "measures", "status", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "GuidancePlan" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "assignmentId", "year", "title", "goals", "measures", "status", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "GuidancePlan" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "assignmentId", "year", "title", "goals", "measures", "status", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "GuidancePlan" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "assignmentId", "year", "title", "goals", "measures", "status", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "GuidancePlan" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "assignmentId", "year", "title", "goals", "measures", "status", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "GuidancePlan" TO p181_city_limited, p181_anonymous;

-- PartyRepresentative
ALTER TABLE "PartyRepresentative" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "PartyRepresentative";
DROP POLICY IF EXISTS p181_insert_city ON "PartyRepresentative";
DROP POLICY IF EXISTS p181_update_city ON "PartyRepresentative";
DROP POLICY IF EXISTS p181_read_city_limited ON "PartyRepresentative";
DROP POLICY IF EXISTS p181_insert_city_limited ON "PartyRepresentative";
DROP POLICY IF EXISTS p181_update_city_limited ON "PartyRepresentative";
DROP POLICY IF EXISTS p181_read_town ON "PartyRepresentative";
DROP POLICY IF EXISTS p181_insert_town ON "PartyRepresentative";
DROP POLICY IF EXISTS p181_update_town ON "PartyRepresentative";
DROP POLICY IF EXISTS p181_read_zone ON "PartyRepresentative";
DROP POLICY IF EXISTS p181_insert_zone ON "PartyRepresentative";
DROP POLICY IF EXISTS p181_update_zone ON "PartyRepresentative";
CREATE POLICY p181_read_city ON "PartyRepresentative" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "PartyRepresentative" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "PartyRepresentative" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "PartyRepresentative" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "PartyRepresentative" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'REPRESENTATIVE_TOURS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "PartyRepresentative" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'REPRESENTATIVE_TOURS' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'REPRESENTATIVE_TOURS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "PartyRepresentative" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "PartyRepresentative" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "PartyRepresentative" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "PartyRepresentative" FOR SELECT TO p181_zone USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
REVOKE ALL ON "PartyRepresentative" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "name", "gender", "memberId", "organisationId", "townId", "congressTerm", "termStart", "termEnd", "status", "statusChangedOn", "statusReason", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PartyRepresentative" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "name", "gender", "memberId", "organisationId", "townId", "congressTerm", "termStart", "termEnd", "status", "statusChangedOn", "statusReason", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PartyRepresentative" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "name", "gender", "memberId", "organisationId", "townId", "congressTerm", "termStart", "termEnd", "status", "statusChangedOn", "statusReason", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PartyRepresentative" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "name", "gender", "memberId", "organisationId", "townId", "congressTerm", "termStart", "termEnd", "status", "statusChangedOn", "statusReason", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PartyRepresentative" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "name", "gender", "memberId", "organisationId", "townId", "congressTerm", "termStart", "termEnd", "status", "statusChangedOn", "statusReason", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PartyRepresentative" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "name", "gender", "memberId", "organisationId", "townId", "congressTerm", "termStart", "termEnd", "status", "statusChangedOn", "statusReason", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PartyRepresentative" TO p181_city_limited, p181_anonymous;

-- RepresentativeTour
ALTER TABLE "RepresentativeTour" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "RepresentativeTour";
DROP POLICY IF EXISTS p181_insert_city ON "RepresentativeTour";
DROP POLICY IF EXISTS p181_update_city ON "RepresentativeTour";
DROP POLICY IF EXISTS p181_read_city_limited ON "RepresentativeTour";
DROP POLICY IF EXISTS p181_insert_city_limited ON "RepresentativeTour";
DROP POLICY IF EXISTS p181_update_city_limited ON "RepresentativeTour";
DROP POLICY IF EXISTS p181_read_town ON "RepresentativeTour";
DROP POLICY IF EXISTS p181_insert_town ON "RepresentativeTour";
DROP POLICY IF EXISTS p181_update_town ON "RepresentativeTour";
DROP POLICY IF EXISTS p181_read_zone ON "RepresentativeTour";
DROP POLICY IF EXISTS p181_insert_zone ON "RepresentativeTour";
DROP POLICY IF EXISTS p181_update_zone ON "RepresentativeTour";
CREATE POLICY p181_read_city ON "RepresentativeTour" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "RepresentativeTour" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "RepresentativeTour" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "RepresentativeTour" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "RepresentativeTour" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'REPRESENTATIVE_TOURS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "RepresentativeTour" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'REPRESENTATIVE_TOURS' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'REPRESENTATIVE_TOURS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "RepresentativeTour" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "RepresentativeTour" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "RepresentativeTour" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "RepresentativeTour" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "RepresentativeTour" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "RepresentativeTour" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "RepresentativeTour" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "kind", "targetOrganisationId", "startOn", "endOn", "findings", "suggestions", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "RepresentativeTour" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "kind", "targetOrganisationId", "startOn", "endOn", "findings", "suggestions", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "RepresentativeTour" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "kind", "targetOrganisationId", "startOn", "endOn", "findings", "suggestions", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "RepresentativeTour" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "kind", "targetOrganisationId", "startOn", "endOn", "findings", "suggestions", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "RepresentativeTour" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "kind", "targetOrganisationId", "startOn", "endOn", "findings", "suggestions", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "RepresentativeTour" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "kind", "targetOrganisationId", "startOn", "endOn", "findings", "suggestions", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "RepresentativeTour" TO p181_city_limited, p181_anonymous;

-- TourParticipant
ALTER TABLE "TourParticipant" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "TourParticipant";
DROP POLICY IF EXISTS p181_insert_city ON "TourParticipant";
DROP POLICY IF EXISTS p181_update_city ON "TourParticipant";
DROP POLICY IF EXISTS p181_read_city_limited ON "TourParticipant";
DROP POLICY IF EXISTS p181_insert_city_limited ON "TourParticipant";
DROP POLICY IF EXISTS p181_update_city_limited ON "TourParticipant";
DROP POLICY IF EXISTS p181_read_town ON "TourParticipant";
DROP POLICY IF EXISTS p181_insert_town ON "TourParticipant";
DROP POLICY IF EXISTS p181_update_town ON "TourParticipant";
DROP POLICY IF EXISTS p181_read_zone ON "TourParticipant";
DROP POLICY IF EXISTS p181_insert_zone ON "TourParticipant";
DROP POLICY IF EXISTS p181_update_zone ON "TourParticipant";
CREATE POLICY p181_read_city ON "TourParticipant" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "TourParticipant" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "TourParticipant" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "TourParticipant" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "TourParticipant" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'REPRESENTATIVE_TOURS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "TourParticipant" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'REPRESENTATIVE_TOURS' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'REPRESENTATIVE_TOURS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "TourParticipant" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "TourParticipant" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "TourParticipant" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "TourParticipant" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "TourParticipant" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "TourParticipant" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "TourParticipant" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "tourId", "representativeId", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TourParticipant" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "tourId", "representativeId", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TourParticipant" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "tourId", "representativeId", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TourParticipant" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "tourId", "representativeId", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TourParticipant" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "tourId", "representativeId", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TourParticipant" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "tourId", "representativeId", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TourParticipant" TO p181_city_limited, p181_anonymous;

-- RepresentativeBriefing
ALTER TABLE "RepresentativeBriefing" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "RepresentativeBriefing";
DROP POLICY IF EXISTS p181_insert_city ON "RepresentativeBriefing";
DROP POLICY IF EXISTS p181_update_city ON "RepresentativeBriefing";
DROP POLICY IF EXISTS p181_read_city_limited ON "RepresentativeBriefing";
DROP POLICY IF EXISTS p181_insert_city_limited ON "RepresentativeBriefing";
DROP POLICY IF EXISTS p181_update_city_limited ON "RepresentativeBriefing";
DROP POLICY IF EXISTS p181_read_town ON "RepresentativeBriefing";
DROP POLICY IF EXISTS p181_insert_town ON "RepresentativeBriefing";
DROP POLICY IF EXISTS p181_update_town ON "RepresentativeBriefing";
DROP POLICY IF EXISTS p181_read_zone ON "RepresentativeBriefing";
DROP POLICY IF EXISTS p181_insert_zone ON "RepresentativeBriefing";
DROP POLICY IF EXISTS p181_update_zone ON "RepresentativeBriefing";
CREATE POLICY p181_read_city ON "RepresentativeBriefing" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "RepresentativeBriefing" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "RepresentativeBriefing" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "RepresentativeBriefing" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "RepresentativeBriefing" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'REPRESENTATIVE_TOURS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "RepresentativeBriefing" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'REPRESENTATIVE_TOURS' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'REPRESENTATIVE_TOURS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "RepresentativeBriefing" FOR SELECT TO p181_town USING (true);
CREATE POLICY p181_read_zone ON "RepresentativeBriefing" FOR SELECT TO p181_zone USING (true);
REVOKE ALL ON "RepresentativeBriefing" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "kind", "title", "heldOn", "summary", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "RepresentativeBriefing" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "kind", "title", "heldOn", "summary", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "RepresentativeBriefing" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "kind", "title", "heldOn", "summary", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "RepresentativeBriefing" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "kind", "title", "heldOn", "summary", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "RepresentativeBriefing" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "kind", "title", "heldOn", "summary", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "RepresentativeBriefing" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "kind", "title", "heldOn", "summary", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "RepresentativeBriefing" TO p181_city_limited, p181_anonymous;

-- BriefingAttendance
ALTER TABLE "BriefingAttendance" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "BriefingAttendance";
DROP POLICY IF EXISTS p181_insert_city ON "BriefingAttendance";
DROP POLICY IF EXISTS p181_update_city ON "BriefingAttendance";
DROP POLICY IF EXISTS p181_read_city_limited ON "BriefingAttendance";
DROP POLICY IF EXISTS p181_insert_city_limited ON "BriefingAttendance";
DROP POLICY IF EXISTS p181_update_city_limited ON "BriefingAttendance";
DROP POLICY IF EXISTS p181_read_town ON "BriefingAttendance";
DROP POLICY IF EXISTS p181_insert_town ON "BriefingAttendance";
DROP POLICY IF EXISTS p181_update_town ON "BriefingAttendance";
DROP POLICY IF EXISTS p181_read_zone ON "BriefingAttendance";
DROP POLICY IF EXISTS p181_insert_zone ON "BriefingAttendance";
DROP POLICY IF EXISTS p181_update_zone ON "BriefingAttendance";
CREATE POLICY p181_read_city ON "BriefingAttendance" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "BriefingAttendance" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "BriefingAttendance" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "BriefingAttendance" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "BriefingAttendance" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'REPRESENTATIVE_TOURS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "BriefingAttendance" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'REPRESENTATIVE_TOURS' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'REPRESENTATIVE_TOURS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "BriefingAttendance" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "BriefingAttendance" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "BriefingAttendance" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "BriefingAttendance" FOR SELECT TO p181_zone USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
REVOKE ALL ON "BriefingAttendance" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "briefingId", "representativeId", "attended", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "BriefingAttendance" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "briefingId", "representativeId", "attended", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "BriefingAttendance" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "briefingId", "representativeId", "attended", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "BriefingAttendance" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "briefingId", "representativeId", "attended", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "BriefingAttendance" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "briefingId", "representativeId", "attended", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "BriefingAttendance" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "briefingId", "representativeId", "attended", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "BriefingAttendance" TO p181_city_limited, p181_anonymous;

-- PledgeLetter
ALTER TABLE "PledgeLetter" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "PledgeLetter";
DROP POLICY IF EXISTS p181_insert_city ON "PledgeLetter";
DROP POLICY IF EXISTS p181_update_city ON "PledgeLetter";
DROP POLICY IF EXISTS p181_read_city_limited ON "PledgeLetter";
DROP POLICY IF EXISTS p181_insert_city_limited ON "PledgeLetter";
DROP POLICY IF EXISTS p181_update_city_limited ON "PledgeLetter";
DROP POLICY IF EXISTS p181_read_town ON "PledgeLetter";
DROP POLICY IF EXISTS p181_insert_town ON "PledgeLetter";
DROP POLICY IF EXISTS p181_update_town ON "PledgeLetter";
DROP POLICY IF EXISTS p181_read_zone ON "PledgeLetter";
DROP POLICY IF EXISTS p181_insert_zone ON "PledgeLetter";
DROP POLICY IF EXISTS p181_update_zone ON "PledgeLetter";
CREATE POLICY p181_read_city ON "PledgeLetter" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "PledgeLetter" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "PledgeLetter" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "PledgeLetter" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "PledgeLetter" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'REPRESENTATIVE_TOURS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "PledgeLetter" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'REPRESENTATIVE_TOURS' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'REPRESENTATIVE_TOURS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "PledgeLetter" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "PledgeLetter" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "PledgeLetter" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "PledgeLetter" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "PledgeLetter" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "PledgeLetter" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "PledgeLetter" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "organisationId", "year", "title", "goals", "signedOn", "supervisorRepresentativeId", "status", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PledgeLetter" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "organisationId", "year", "title", "goals", "signedOn", "supervisorRepresentativeId", "status", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PledgeLetter" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "organisationId", "year", "title", "goals", "signedOn", "supervisorRepresentativeId", "status", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PledgeLetter" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "organisationId", "year", "title", "goals", "signedOn", "supervisorRepresentativeId", "status", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PledgeLetter" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "organisationId", "year", "title", "goals", "signedOn", "supervisorRepresentativeId", "status", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PledgeLetter" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "organisationId", "year", "title", "goals", "signedOn", "supervisorRepresentativeId", "status", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PledgeLetter" TO p181_city_limited, p181_anonymous;

-- RepresentativeWorkstation
ALTER TABLE "RepresentativeWorkstation" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "RepresentativeWorkstation";
DROP POLICY IF EXISTS p181_insert_city ON "RepresentativeWorkstation";
DROP POLICY IF EXISTS p181_update_city ON "RepresentativeWorkstation";
DROP POLICY IF EXISTS p181_read_city_limited ON "RepresentativeWorkstation";
DROP POLICY IF EXISTS p181_insert_city_limited ON "RepresentativeWorkstation";
DROP POLICY IF EXISTS p181_update_city_limited ON "RepresentativeWorkstation";
DROP POLICY IF EXISTS p181_read_town ON "RepresentativeWorkstation";
DROP POLICY IF EXISTS p181_insert_town ON "RepresentativeWorkstation";
DROP POLICY IF EXISTS p181_update_town ON "RepresentativeWorkstation";
DROP POLICY IF EXISTS p181_read_zone ON "RepresentativeWorkstation";
DROP POLICY IF EXISTS p181_insert_zone ON "RepresentativeWorkstation";
DROP POLICY IF EXISTS p181_update_zone ON "RepresentativeWorkstation";
CREATE POLICY p181_read_city ON "RepresentativeWorkstation" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "RepresentativeWorkstation" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "RepresentativeWorkstation" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "RepresentativeWorkstation" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "RepresentativeWorkstation" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'REPRESENTATIVE_TOURS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "RepresentativeWorkstation" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'REPRESENTATIVE_TOURS' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'REPRESENTATIVE_TOURS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "RepresentativeWorkstation" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "RepresentativeWorkstation" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "RepresentativeWorkstation" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "RepresentativeWorkstation" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "RepresentativeWorkstation" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "RepresentativeWorkstation" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "RepresentativeWorkstation" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "name", "townId", "zoneId", "address", "establishedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "RepresentativeWorkstation" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "name", "townId", "zoneId", "address", "establishedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "RepresentativeWorkstation" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "name", "townId", "zoneId", "address", "establishedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "RepresentativeWorkstation" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "name", "townId", "zoneId", "address", "establishedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "RepresentativeWorkstation" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "name", "townId", "zoneId", "address", "establishedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "RepresentativeWorkstation" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "name", "townId", "zoneId", "address", "establishedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "RepresentativeWorkstation" TO p181_city_limited, p181_anonymous;

-- ReceptionDay
ALTER TABLE "ReceptionDay" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "ReceptionDay";
DROP POLICY IF EXISTS p181_insert_city ON "ReceptionDay";
DROP POLICY IF EXISTS p181_update_city ON "ReceptionDay";
DROP POLICY IF EXISTS p181_read_city_limited ON "ReceptionDay";
DROP POLICY IF EXISTS p181_insert_city_limited ON "ReceptionDay";
DROP POLICY IF EXISTS p181_update_city_limited ON "ReceptionDay";
DROP POLICY IF EXISTS p181_read_town ON "ReceptionDay";
DROP POLICY IF EXISTS p181_insert_town ON "ReceptionDay";
DROP POLICY IF EXISTS p181_update_town ON "ReceptionDay";
DROP POLICY IF EXISTS p181_read_zone ON "ReceptionDay";
DROP POLICY IF EXISTS p181_insert_zone ON "ReceptionDay";
DROP POLICY IF EXISTS p181_update_zone ON "ReceptionDay";
CREATE POLICY p181_read_city ON "ReceptionDay" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "ReceptionDay" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "ReceptionDay" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "ReceptionDay" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "ReceptionDay" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'REPRESENTATIVE_TOURS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "ReceptionDay" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'REPRESENTATIVE_TOURS' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'REPRESENTATIVE_TOURS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "ReceptionDay" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "ReceptionDay" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "ReceptionDay" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "ReceptionDay" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "ReceptionDay" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "ReceptionDay" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "ReceptionDay" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "workstationId", "representativeId", "heldOn", "visitorCount", "issuesRaised", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "ReceptionDay" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "workstationId", "representativeId", "heldOn", "visitorCount", "issuesRaised", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "ReceptionDay" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "workstationId", "representativeId", "heldOn", "visitorCount", "issuesRaised", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "ReceptionDay" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "workstationId", "representativeId", "heldOn", "visitorCount", "issuesRaised", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "ReceptionDay" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "workstationId", "representativeId", "heldOn", "visitorCount", "issuesRaised", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "ReceptionDay" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "workstationId", "representativeId", "heldOn", "visitorCount", "issuesRaised", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "ReceptionDay" TO p181_city_limited, p181_anonymous;

-- Proposal
ALTER TABLE "Proposal" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "Proposal";
DROP POLICY IF EXISTS p181_insert_city ON "Proposal";
DROP POLICY IF EXISTS p181_update_city ON "Proposal";
DROP POLICY IF EXISTS p181_read_city_limited ON "Proposal";
DROP POLICY IF EXISTS p181_insert_city_limited ON "Proposal";
DROP POLICY IF EXISTS p181_update_city_limited ON "Proposal";
DROP POLICY IF EXISTS p181_read_town ON "Proposal";
DROP POLICY IF EXISTS p181_insert_town ON "Proposal";
DROP POLICY IF EXISTS p181_update_town ON "Proposal";
DROP POLICY IF EXISTS p181_read_zone ON "Proposal";
DROP POLICY IF EXISTS p181_insert_zone ON "Proposal";
DROP POLICY IF EXISTS p181_update_zone ON "Proposal";
CREATE POLICY p181_read_city ON "Proposal" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "Proposal" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "Proposal" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "Proposal" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "Proposal" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'REPRESENTATIVE_TOURS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "Proposal" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'REPRESENTATIVE_TOURS' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'REPRESENTATIVE_TOURS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "Proposal" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "Proposal" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "Proposal" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "Proposal" FOR SELECT TO p181_zone USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
REVOKE ALL ON "Proposal" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "representativeId", "kind", "title", "content", "submittedOn", "handlingUnit", "status", "response", "respondedOn", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Proposal" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "representativeId", "kind", "title", "content", "submittedOn", "handlingUnit", "status", "response", "respondedOn", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Proposal" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "representativeId", "kind", "title", "content", "submittedOn", "handlingUnit", "status", "response", "respondedOn", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Proposal" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "representativeId", "kind", "title", "content", "submittedOn", "handlingUnit", "status", "response", "respondedOn", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Proposal" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "representativeId", "kind", "title", "content", "submittedOn", "handlingUnit", "status", "response", "respondedOn", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Proposal" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "representativeId", "kind", "title", "content", "submittedOn", "handlingUnit", "status", "response", "respondedOn", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "Proposal" TO p181_city_limited, p181_anonymous;

-- RepresentativeReview
ALTER TABLE "RepresentativeReview" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "RepresentativeReview";
DROP POLICY IF EXISTS p181_insert_city ON "RepresentativeReview";
DROP POLICY IF EXISTS p181_update_city ON "RepresentativeReview";
DROP POLICY IF EXISTS p181_read_city_limited ON "RepresentativeReview";
DROP POLICY IF EXISTS p181_insert_city_limited ON "RepresentativeReview";
DROP POLICY IF EXISTS p181_update_city_limited ON "RepresentativeReview";
DROP POLICY IF EXISTS p181_read_town ON "RepresentativeReview";
DROP POLICY IF EXISTS p181_insert_town ON "RepresentativeReview";
DROP POLICY IF EXISTS p181_update_town ON "RepresentativeReview";
DROP POLICY IF EXISTS p181_read_zone ON "RepresentativeReview";
DROP POLICY IF EXISTS p181_insert_zone ON "RepresentativeReview";
DROP POLICY IF EXISTS p181_update_zone ON "RepresentativeReview";
CREATE POLICY p181_read_city ON "RepresentativeReview" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "RepresentativeReview" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "RepresentativeReview" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "RepresentativeReview" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "RepresentativeReview" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'REPRESENTATIVE_TOURS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "RepresentativeReview" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'REPRESENTATIVE_TOURS' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'REPRESENTATIVE_TOURS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "RepresentativeReview" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "RepresentativeReview" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "RepresentativeReview" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "RepresentativeReview" FOR SELECT TO p181_zone USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
REVOKE ALL ON "RepresentativeReview" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "representativeId", "year", "score", "grade", "comments", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "RepresentativeReview" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "representativeId", "year", "score", "grade", "comments", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "RepresentativeReview" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "representativeId", "year", "score", "grade", "comments", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "RepresentativeReview" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "representativeId", "year", "score", "grade", "comments", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "RepresentativeReview" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "representativeId", "year", "score", "grade", "comments", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "RepresentativeReview" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "representativeId", "year", "score", "grade", "comments", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "RepresentativeReview" TO p181_city_limited, p181_anonymous;

-- TalentPlatform
ALTER TABLE "TalentPlatform" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "TalentPlatform";
DROP POLICY IF EXISTS p181_insert_city ON "TalentPlatform";
DROP POLICY IF EXISTS p181_update_city ON "TalentPlatform";
DROP POLICY IF EXISTS p181_read_city_limited ON "TalentPlatform";
DROP POLICY IF EXISTS p181_insert_city_limited ON "TalentPlatform";
DROP POLICY IF EXISTS p181_update_city_limited ON "TalentPlatform";
DROP POLICY IF EXISTS p181_read_town ON "TalentPlatform";
DROP POLICY IF EXISTS p181_insert_town ON "TalentPlatform";
DROP POLICY IF EXISTS p181_update_town ON "TalentPlatform";
DROP POLICY IF EXISTS p181_read_zone ON "TalentPlatform";
DROP POLICY IF EXISTS p181_insert_zone ON "TalentPlatform";
DROP POLICY IF EXISTS p181_update_zone ON "TalentPlatform";
CREATE POLICY p181_read_city ON "TalentPlatform" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "TalentPlatform" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "TalentPlatform" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "TalentPlatform" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "TalentPlatform" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'TALENT_TEAMS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "TalentPlatform" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'TALENT_TEAMS' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'TALENT_TEAMS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "TalentPlatform" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "TalentPlatform" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "TalentPlatform" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "TalentPlatform" FOR SELECT TO p181_zone USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
REVOKE ALL ON "TalentPlatform" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "name", "kind", "townId", "establishedOn", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TalentPlatform" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "name", "kind", "townId", "establishedOn", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TalentPlatform" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "name", "kind", "townId", "establishedOn", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TalentPlatform" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "name", "kind", "townId", "establishedOn", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TalentPlatform" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "name", "kind", "townId", "establishedOn", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TalentPlatform" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "name", "kind", "townId", "establishedOn", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TalentPlatform" TO p181_city_limited, p181_anonymous;

-- RecruitmentEvent
ALTER TABLE "RecruitmentEvent" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "RecruitmentEvent";
DROP POLICY IF EXISTS p181_insert_city ON "RecruitmentEvent";
DROP POLICY IF EXISTS p181_update_city ON "RecruitmentEvent";
DROP POLICY IF EXISTS p181_read_city_limited ON "RecruitmentEvent";
DROP POLICY IF EXISTS p181_insert_city_limited ON "RecruitmentEvent";
DROP POLICY IF EXISTS p181_update_city_limited ON "RecruitmentEvent";
DROP POLICY IF EXISTS p181_read_town ON "RecruitmentEvent";
DROP POLICY IF EXISTS p181_insert_town ON "RecruitmentEvent";
DROP POLICY IF EXISTS p181_update_town ON "RecruitmentEvent";
DROP POLICY IF EXISTS p181_read_zone ON "RecruitmentEvent";
DROP POLICY IF EXISTS p181_insert_zone ON "RecruitmentEvent";
DROP POLICY IF EXISTS p181_update_zone ON "RecruitmentEvent";
CREATE POLICY p181_read_city ON "RecruitmentEvent" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "RecruitmentEvent" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "RecruitmentEvent" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "RecruitmentEvent" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "RecruitmentEvent" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'TALENT_TEAMS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "RecruitmentEvent" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'TALENT_TEAMS' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'TALENT_TEAMS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "RecruitmentEvent" FOR SELECT TO p181_town USING (true);
CREATE POLICY p181_read_zone ON "RecruitmentEvent" FOR SELECT TO p181_zone USING (true);
REVOKE ALL ON "RecruitmentEvent" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "name", "kind", "heldOn", "location", "organiser", "participants", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "RecruitmentEvent" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "name", "kind", "heldOn", "location", "organiser", "participants", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "RecruitmentEvent" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "name", "kind", "heldOn", "location", "organiser", "participants", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "RecruitmentEvent" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "name", "kind", "heldOn", "location", "organiser", "participants", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "RecruitmentEvent" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "name", "kind", "heldOn", "location", "organiser", "participants", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "RecruitmentEvent" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "name", "kind", "heldOn", "location", "organiser", "participants", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "RecruitmentEvent" TO p181_city_limited, p181_anonymous;

-- TalentTeam
ALTER TABLE "TalentTeam" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "TalentTeam";
DROP POLICY IF EXISTS p181_insert_city ON "TalentTeam";
DROP POLICY IF EXISTS p181_update_city ON "TalentTeam";
DROP POLICY IF EXISTS p181_read_city_limited ON "TalentTeam";
DROP POLICY IF EXISTS p181_insert_city_limited ON "TalentTeam";
DROP POLICY IF EXISTS p181_update_city_limited ON "TalentTeam";
DROP POLICY IF EXISTS p181_read_town ON "TalentTeam";
DROP POLICY IF EXISTS p181_insert_town ON "TalentTeam";
DROP POLICY IF EXISTS p181_update_town ON "TalentTeam";
DROP POLICY IF EXISTS p181_read_zone ON "TalentTeam";
DROP POLICY IF EXISTS p181_insert_zone ON "TalentTeam";
DROP POLICY IF EXISTS p181_update_zone ON "TalentTeam";
CREATE POLICY p181_read_city ON "TalentTeam" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "TalentTeam" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "TalentTeam" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "TalentTeam" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "TalentTeam" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'TALENT_TEAMS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "TalentTeam" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'TALENT_TEAMS' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'TALENT_TEAMS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "TalentTeam" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "TalentTeam" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "TalentTeam" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "TalentTeam" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "TalentTeam" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "TalentTeam" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "TalentTeam" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "name", "leaderName", "leaderTitle", "field", "originKind", "origin", "projectName", "investment", "memberCount", "stage", "channel", "recruitmentEventId", "platformId", "townId", "zoneId", "contactedOn", "signedOn", "landedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TalentTeam" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "name", "leaderName", "leaderTitle", "field", "originKind", "origin", "projectName", "investment", "memberCount", "stage", "channel", "recruitmentEventId", "platformId", "townId", "zoneId", "contactedOn", "signedOn", "landedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TalentTeam" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "name", "leaderName", "leaderTitle", "field", "originKind", "origin", "projectName", "investment", "memberCount", "stage", "channel", "recruitmentEventId", "platformId", "townId", "zoneId", "contactedOn", "signedOn", "landedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TalentTeam" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "name", "leaderName", "leaderTitle", "field", "originKind", "origin", "projectName", "investment", "memberCount", "stage", "channel", "recruitmentEventId", "platformId", "townId", "zoneId", "contactedOn", "signedOn", "landedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TalentTeam" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "name", "leaderName", "leaderTitle", "field", "originKind", "origin", "projectName", "investment", "memberCount", "stage", "channel", "recruitmentEventId", "platformId", "townId", "zoneId", "contactedOn", "signedOn", "landedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TalentTeam" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "name", "leaderName", "leaderTitle", "field", "originKind", "origin", "projectName", "investment", "memberCount", "stage", "channel", "recruitmentEventId", "platformId", "townId", "zoneId", "contactedOn", "signedOn", "landedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TalentTeam" TO p181_city_limited, p181_anonymous;

-- TrainingSession
ALTER TABLE "TrainingSession" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "TrainingSession";
DROP POLICY IF EXISTS p181_insert_city ON "TrainingSession";
DROP POLICY IF EXISTS p181_update_city ON "TrainingSession";
DROP POLICY IF EXISTS p181_read_city_limited ON "TrainingSession";
DROP POLICY IF EXISTS p181_insert_city_limited ON "TrainingSession";
DROP POLICY IF EXISTS p181_update_city_limited ON "TrainingSession";
DROP POLICY IF EXISTS p181_read_town ON "TrainingSession";
DROP POLICY IF EXISTS p181_insert_town ON "TrainingSession";
DROP POLICY IF EXISTS p181_update_town ON "TrainingSession";
DROP POLICY IF EXISTS p181_read_zone ON "TrainingSession";
DROP POLICY IF EXISTS p181_insert_zone ON "TrainingSession";
DROP POLICY IF EXISTS p181_update_zone ON "TrainingSession";
CREATE POLICY p181_read_city ON "TrainingSession" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "TrainingSession" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "TrainingSession" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "TrainingSession" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "TrainingSession" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'TRAINING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "TrainingSession" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'TRAINING' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'TRAINING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "TrainingSession" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "TrainingSession" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "TrainingSession" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "TrainingSession" FOR SELECT TO p181_zone USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
REVOKE ALL ON "TrainingSession" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "title", "kind", "topic", "heldOn", "hours", "lecturer", "location", "organiser", "townId", "plannedAttendees", "actualAttendees", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TrainingSession" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "title", "kind", "topic", "heldOn", "hours", "lecturer", "location", "organiser", "townId", "plannedAttendees", "actualAttendees", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TrainingSession" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "title", "kind", "topic", "heldOn", "hours", "lecturer", "location", "organiser", "townId", "plannedAttendees", "actualAttendees", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TrainingSession" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "title", "kind", "topic", "heldOn", "hours", "lecturer", "location", "organiser", "townId", "plannedAttendees", "actualAttendees", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TrainingSession" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "title", "kind", "topic", "heldOn", "hours", "lecturer", "location", "organiser", "townId", "plannedAttendees", "actualAttendees", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TrainingSession" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "title", "kind", "topic", "heldOn", "hours", "lecturer", "location", "organiser", "townId", "plannedAttendees", "actualAttendees", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TrainingSession" TO p181_city_limited, p181_anonymous;

-- TrainingAudience
ALTER TABLE "TrainingAudience" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "TrainingAudience";
DROP POLICY IF EXISTS p181_insert_city ON "TrainingAudience";
DROP POLICY IF EXISTS p181_update_city ON "TrainingAudience";
DROP POLICY IF EXISTS p181_read_city_limited ON "TrainingAudience";
DROP POLICY IF EXISTS p181_insert_city_limited ON "TrainingAudience";
DROP POLICY IF EXISTS p181_update_city_limited ON "TrainingAudience";
DROP POLICY IF EXISTS p181_read_town ON "TrainingAudience";
DROP POLICY IF EXISTS p181_insert_town ON "TrainingAudience";
DROP POLICY IF EXISTS p181_update_town ON "TrainingAudience";
DROP POLICY IF EXISTS p181_read_zone ON "TrainingAudience";
DROP POLICY IF EXISTS p181_insert_zone ON "TrainingAudience";
DROP POLICY IF EXISTS p181_update_zone ON "TrainingAudience";
CREATE POLICY p181_read_city ON "TrainingAudience" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "TrainingAudience" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "TrainingAudience" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "TrainingAudience" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "TrainingAudience" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'TRAINING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "TrainingAudience" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'TRAINING' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'TRAINING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "TrainingAudience" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "TrainingAudience" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "TrainingAudience" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "TrainingAudience" FOR SELECT TO p181_zone USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
REVOKE ALL ON "TrainingAudience" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "sessionId", "audience", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TrainingAudience" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "sessionId", "audience", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TrainingAudience" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "sessionId", "audience", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TrainingAudience" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "sessionId", "audience", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TrainingAudience" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "sessionId", "audience", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TrainingAudience" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "sessionId", "audience", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TrainingAudience" TO p181_city_limited, p181_anonymous;

-- TrainingAttendance
ALTER TABLE "TrainingAttendance" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "TrainingAttendance";
DROP POLICY IF EXISTS p181_insert_city ON "TrainingAttendance";
DROP POLICY IF EXISTS p181_update_city ON "TrainingAttendance";
DROP POLICY IF EXISTS p181_read_city_limited ON "TrainingAttendance";
DROP POLICY IF EXISTS p181_insert_city_limited ON "TrainingAttendance";
DROP POLICY IF EXISTS p181_update_city_limited ON "TrainingAttendance";
DROP POLICY IF EXISTS p181_read_town ON "TrainingAttendance";
DROP POLICY IF EXISTS p181_insert_town ON "TrainingAttendance";
DROP POLICY IF EXISTS p181_update_town ON "TrainingAttendance";
DROP POLICY IF EXISTS p181_read_zone ON "TrainingAttendance";
DROP POLICY IF EXISTS p181_insert_zone ON "TrainingAttendance";
DROP POLICY IF EXISTS p181_update_zone ON "TrainingAttendance";
CREATE POLICY p181_read_city ON "TrainingAttendance" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "TrainingAttendance" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "TrainingAttendance" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "TrainingAttendance" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "TrainingAttendance" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'TRAINING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "TrainingAttendance" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'TRAINING' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'TRAINING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "TrainingAttendance" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "TrainingAttendance" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "TrainingAttendance" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "TrainingAttendance" FOR SELECT TO p181_zone USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
REVOKE ALL ON "TrainingAttendance" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "sessionId", "memberId", "attendeeName", "unit", "attended", "hours", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TrainingAttendance" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "sessionId", "memberId", "attendeeName", "unit", "attended", "hours", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TrainingAttendance" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "sessionId", "memberId", "attendeeName", "unit", "attended", "hours", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TrainingAttendance" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "sessionId", "memberId", "attendeeName", "unit", "attended", "hours", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TrainingAttendance" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "sessionId", "memberId", "attendeeName", "unit", "attended", "hours", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TrainingAttendance" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "sessionId", "memberId", "attendeeName", "unit", "attended", "hours", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TrainingAttendance" TO p181_city_limited, p181_anonymous;

-- TrainingEvaluation
ALTER TABLE "TrainingEvaluation" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "TrainingEvaluation";
DROP POLICY IF EXISTS p181_insert_city ON "TrainingEvaluation";
DROP POLICY IF EXISTS p181_update_city ON "TrainingEvaluation";
DROP POLICY IF EXISTS p181_read_city_limited ON "TrainingEvaluation";
DROP POLICY IF EXISTS p181_insert_city_limited ON "TrainingEvaluation";
DROP POLICY IF EXISTS p181_update_city_limited ON "TrainingEvaluation";
DROP POLICY IF EXISTS p181_read_town ON "TrainingEvaluation";
DROP POLICY IF EXISTS p181_insert_town ON "TrainingEvaluation";
DROP POLICY IF EXISTS p181_update_town ON "TrainingEvaluation";
DROP POLICY IF EXISTS p181_read_zone ON "TrainingEvaluation";
DROP POLICY IF EXISTS p181_insert_zone ON "TrainingEvaluation";
DROP POLICY IF EXISTS p181_update_zone ON "TrainingEvaluation";
CREATE POLICY p181_read_city ON "TrainingEvaluation" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "TrainingEvaluation" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "TrainingEvaluation" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "TrainingEvaluation" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "TrainingEvaluation" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'TRAINING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "TrainingEvaluation" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'TRAINING' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'TRAINING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "TrainingEvaluation" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "TrainingEvaluation" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "TrainingEvaluation" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "TrainingEvaluation" FOR SELECT TO p181_zone USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
REVOKE ALL ON "TrainingEvaluation" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "sessionId", "evaluatedOn", "respondents", "satisfaction", "effectiveness", "comments", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TrainingEvaluation" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "sessionId", "evaluatedOn", "respondents", "satisfaction", "effectiveness", "comments", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TrainingEvaluation" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "sessionId", "evaluatedOn", "respondents", "satisfaction", "effectiveness", "comments", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TrainingEvaluation" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "sessionId", "evaluatedOn", "respondents", "satisfaction", "effectiveness", "comments", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TrainingEvaluation" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "sessionId", "evaluatedOn", "respondents", "satisfaction", "effectiveness", "comments", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TrainingEvaluation" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "sessionId", "evaluatedOn", "respondents", "satisfaction", "effectiveness", "comments", "areaTownId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "TrainingEvaluation" TO p181_city_limited, p181_anonymous;

-- VolunteerTeam
ALTER TABLE "VolunteerTeam" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "VolunteerTeam";
DROP POLICY IF EXISTS p181_insert_city ON "VolunteerTeam";
DROP POLICY IF EXISTS p181_update_city ON "VolunteerTeam";
DROP POLICY IF EXISTS p181_read_city_limited ON "VolunteerTeam";
DROP POLICY IF EXISTS p181_insert_city_limited ON "VolunteerTeam";
DROP POLICY IF EXISTS p181_update_city_limited ON "VolunteerTeam";
DROP POLICY IF EXISTS p181_read_town ON "VolunteerTeam";
DROP POLICY IF EXISTS p181_insert_town ON "VolunteerTeam";
DROP POLICY IF EXISTS p181_update_town ON "VolunteerTeam";
DROP POLICY IF EXISTS p181_read_zone ON "VolunteerTeam";
DROP POLICY IF EXISTS p181_insert_zone ON "VolunteerTeam";
DROP POLICY IF EXISTS p181_update_zone ON "VolunteerTeam";
CREATE POLICY p181_read_city ON "VolunteerTeam" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "VolunteerTeam" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "VolunteerTeam" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "VolunteerTeam" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "VolunteerTeam" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'VOLUNTEERS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "VolunteerTeam" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'VOLUNTEERS' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'VOLUNTEERS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "VolunteerTeam" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "VolunteerTeam" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "VolunteerTeam" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "VolunteerTeam" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "VolunteerTeam" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "VolunteerTeam" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "VolunteerTeam" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "name", "organisationId", "zoneId", "specialty", "leaderName", "foundedOn", "active", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "VolunteerTeam" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "name", "organisationId", "zoneId", "specialty", "leaderName", "foundedOn", "active", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "VolunteerTeam" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "name", "organisationId", "zoneId", "specialty", "leaderName", "foundedOn", "active", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "VolunteerTeam" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "name", "organisationId", "zoneId", "specialty", "leaderName", "foundedOn", "active", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "VolunteerTeam" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "name", "organisationId", "zoneId", "specialty", "leaderName", "foundedOn", "active", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "VolunteerTeam" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "name", "organisationId", "zoneId", "specialty", "leaderName", "foundedOn", "active", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "VolunteerTeam" TO p181_city_limited, p181_anonymous;

-- VolunteerMembership
ALTER TABLE "VolunteerMembership" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "VolunteerMembership";
DROP POLICY IF EXISTS p181_insert_city ON "VolunteerMembership";
DROP POLICY IF EXISTS p181_update_city ON "VolunteerMembership";
DROP POLICY IF EXISTS p181_read_city_limited ON "VolunteerMembership";
DROP POLICY IF EXISTS p181_insert_city_limited ON "VolunteerMembership";
DROP POLICY IF EXISTS p181_update_city_limited ON "VolunteerMembership";
DROP POLICY IF EXISTS p181_read_town ON "VolunteerMembership";
DROP POLICY IF EXISTS p181_insert_town ON "VolunteerMembership";
DROP POLICY IF EXISTS p181_update_town ON "VolunteerMembership";
DROP POLICY IF EXISTS p181_read_zone ON "VolunteerMembership";
DROP POLICY IF EXISTS p181_insert_zone ON "VolunteerMembership";
DROP POLICY IF EXISTS p181_update_zone ON "VolunteerMembership";
CREATE POLICY p181_read_city ON "VolunteerMembership" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "VolunteerMembership" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "VolunteerMembership" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "VolunteerMembership" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "VolunteerMembership" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'VOLUNTEERS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "VolunteerMembership" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'VOLUNTEERS' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'VOLUNTEERS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "VolunteerMembership" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "VolunteerMembership" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "VolunteerMembership" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "VolunteerMembership" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "VolunteerMembership" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "VolunteerMembership" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "VolunteerMembership" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "teamId", "memberId", "role", "joinedOn", "leftOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "VolunteerMembership" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "teamId", "memberId", "role", "joinedOn", "leftOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "VolunteerMembership" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "teamId", "memberId", "role", "joinedOn", "leftOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "VolunteerMembership" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "teamId", "memberId", "role", "joinedOn", "leftOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "VolunteerMembership" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "teamId", "memberId", "role", "joinedOn", "leftOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "VolunteerMembership" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "teamId", "memberId", "role", "joinedOn", "leftOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "VolunteerMembership" TO p181_city_limited, p181_anonymous;

-- VolunteerService
ALTER TABLE "VolunteerService" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "VolunteerService";
DROP POLICY IF EXISTS p181_insert_city ON "VolunteerService";
DROP POLICY IF EXISTS p181_update_city ON "VolunteerService";
DROP POLICY IF EXISTS p181_read_city_limited ON "VolunteerService";
DROP POLICY IF EXISTS p181_insert_city_limited ON "VolunteerService";
DROP POLICY IF EXISTS p181_update_city_limited ON "VolunteerService";
DROP POLICY IF EXISTS p181_read_town ON "VolunteerService";
DROP POLICY IF EXISTS p181_insert_town ON "VolunteerService";
DROP POLICY IF EXISTS p181_update_town ON "VolunteerService";
DROP POLICY IF EXISTS p181_read_zone ON "VolunteerService";
DROP POLICY IF EXISTS p181_insert_zone ON "VolunteerService";
DROP POLICY IF EXISTS p181_update_zone ON "VolunteerService";
CREATE POLICY p181_read_city ON "VolunteerService" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "VolunteerService" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "VolunteerService" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "VolunteerService" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "VolunteerService" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'VOLUNTEERS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "VolunteerService" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'VOLUNTEERS' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'VOLUNTEERS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "VolunteerService" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "VolunteerService" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "VolunteerService" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "VolunteerService" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "VolunteerService" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "VolunteerService" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "VolunteerService" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "teamId", "servedOn", "kind", "hours", "participants", "beneficiaries", "location", "description", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "VolunteerService" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "teamId", "servedOn", "kind", "hours", "participants", "beneficiaries", "location", "description", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "VolunteerService" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "teamId", "servedOn", "kind", "hours", "participants", "beneficiaries", "location", "description", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "VolunteerService" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "teamId", "servedOn", "kind", "hours", "participants", "beneficiaries", "location", "description", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "VolunteerService" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "teamId", "servedOn", "kind", "hours", "participants", "beneficiaries", "location", "description", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "VolunteerService" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "teamId", "servedOn", "kind", "hours", "participants", "beneficiaries", "location", "description", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "VolunteerService" TO p181_city_limited, p181_anonymous;

-- MemberAppraisal
ALTER TABLE "MemberAppraisal" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "MemberAppraisal";
DROP POLICY IF EXISTS p181_insert_city ON "MemberAppraisal";
DROP POLICY IF EXISTS p181_update_city ON "MemberAppraisal";
DROP POLICY IF EXISTS p181_read_city_limited ON "MemberAppraisal";
DROP POLICY IF EXISTS p181_insert_city_limited ON "MemberAppraisal";
DROP POLICY IF EXISTS p181_update_city_limited ON "MemberAppraisal";
DROP POLICY IF EXISTS p181_read_town ON "MemberAppraisal";
DROP POLICY IF EXISTS p181_insert_town ON "MemberAppraisal";
DROP POLICY IF EXISTS p181_update_town ON "MemberAppraisal";
DROP POLICY IF EXISTS p181_read_zone ON "MemberAppraisal";
DROP POLICY IF EXISTS p181_insert_zone ON "MemberAppraisal";
DROP POLICY IF EXISTS p181_update_zone ON "MemberAppraisal";
CREATE POLICY p181_read_city ON "MemberAppraisal" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "MemberAppraisal" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "MemberAppraisal" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "MemberAppraisal" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "MemberAppraisal" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'VOLUNTEERS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "MemberAppraisal" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'VOLUNTEERS' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'VOLUNTEERS' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "MemberAppraisal" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "MemberAppraisal" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "MemberAppraisal" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "MemberAppraisal" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "MemberAppraisal" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "MemberAppraisal" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "MemberAppraisal" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "memberId", "year", "volunteerHours", "grade", "comments", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "MemberAppraisal" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "memberId", "year", "volunteerHours", "grade", "comments", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "MemberAppraisal" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "memberId", "year", "volunteerHours", "grade", "comments", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "MemberAppraisal" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "memberId", "year", "volunteerHours", "grade", "comments", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "MemberAppraisal" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "memberId", "year", "volunteerHours", "grade", "comments", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "MemberAppraisal" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "memberId", "year", "volunteerHours", "grade", "comments", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "MemberAppraisal" TO p181_city_limited, p181_anonymous;

-- PostedCadre
ALTER TABLE "PostedCadre" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "PostedCadre";
DROP POLICY IF EXISTS p181_insert_city ON "PostedCadre";
DROP POLICY IF EXISTS p181_update_city ON "PostedCadre";
DROP POLICY IF EXISTS p181_read_city_limited ON "PostedCadre";
DROP POLICY IF EXISTS p181_insert_city_limited ON "PostedCadre";
DROP POLICY IF EXISTS p181_update_city_limited ON "PostedCadre";
DROP POLICY IF EXISTS p181_read_town ON "PostedCadre";
DROP POLICY IF EXISTS p181_insert_town ON "PostedCadre";
DROP POLICY IF EXISTS p181_update_town ON "PostedCadre";
DROP POLICY IF EXISTS p181_read_zone ON "PostedCadre";
DROP POLICY IF EXISTS p181_insert_zone ON "PostedCadre";
DROP POLICY IF EXISTS p181_update_zone ON "PostedCadre";
CREATE POLICY p181_read_city ON "PostedCadre" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "PostedCadre" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "PostedCadre" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "PostedCadre" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "PostedCadre" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'YOUNG_CADRES' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "PostedCadre" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'YOUNG_CADRES' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'YOUNG_CADRES' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "PostedCadre" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "PostedCadre" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "PostedCadre" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "PostedCadre" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "PostedCadre" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "PostedCadre" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "PostedCadre" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "name", "gender", "birthDate", "sourceUnit", "originalPost", "strengths", "gaps", "selectedYear", "hostZoneId", "hostPost", "startOn", "endOn", "pairedZoneId", "reliefFundsRaised", "status", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PostedCadre" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "name", "gender", "birthDate", "sourceUnit", "originalPost", "strengths", "gaps", "selectedYear", "hostZoneId", "hostPost", "startOn", "endOn", "pairedZoneId", "reliefFundsRaised", "status", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PostedCadre" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "name", "gender", "birthDate", "sourceUnit", "originalPost", "strengths", "gaps", "selectedYear", "hostZoneId", "hostPost", "startOn", "endOn", "pairedZoneId", "reliefFundsRaised", "status", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PostedCadre" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "name", "gender", "sourceUnit", "originalPost", "strengths", "gaps", "selectedYear", "hostZoneId", "hostPost", "startOn", "endOn", "pairedZoneId", "reliefFundsRaised", "status", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PostedCadre" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "name", "gender", "sourceUnit", "originalPost", "strengths", "gaps", "selectedYear", "hostZoneId", "hostPost", "startOn", "endOn", "pairedZoneId", "reliefFundsRaised", "status", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PostedCadre" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "name", "gender", "sourceUnit", "originalPost", "strengths", "gaps", "selectedYear", "hostZoneId", "hostPost", "startOn", "endOn", "pairedZoneId", "reliefFundsRaised", "status", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PostedCadre" TO p181_city_limited, p181_anonymous;

-- CadreTrainingPlan
ALTER TABLE "CadreTrainingPlan" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "CadreTrainingPlan";
DROP POLICY IF EXISTS p181_insert_city ON "CadreTrainingPlan";
DROP POLICY IF EXISTS p181_update_city ON "CadreTrainingPlan";
DROP POLICY IF EXISTS p181_read_city_limited ON "CadreTrainingPlan";
DROP POLICY IF EXISTS p181_insert_city_limited ON "CadreTrainingPlan";
DROP POLICY IF EXISTS p181_update_city_limited ON "CadreTrainingPlan";
DROP POLICY IF EXISTS p181_read_town ON "CadreTrainingPlan";
DROP POLICY IF EXISTS p181_insert_town ON "CadreTrainingPlan";
DROP POLICY IF EXISTS p181_update_town ON "CadreTrainingPlan";
DROP POLICY IF EXISTS p181_read_zone ON "CadreTrainingPlan";
DROP POLICY IF EXISTS p181_insert_zone ON "CadreTrainingPlan";
DROP POLICY IF EXISTS p181_update_zone ON "CadreTrainingPlan";
CREATE POLICY p181_read_city ON "CadreTrainingPlan" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "CadreTrainingPlan" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "CadreTrainingPlan" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "CadreTrainingPlan" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "CadreTrainingPlan" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'YOUNG_CADRES' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "CadreTrainingPlan" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'YOUNG_CADRES' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'YOUNG_CADRES' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "CadreTrainingPlan" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "CadreTrainingPlan" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "CadreTrainingPlan" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "CadreTrainingPlan" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "CadreTrainingPlan" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "CadreTrainingPlan" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "CadreTrainingPlan" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "cadreId", "strengths", "gaps", "goals", "measures", "plannedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "CadreTrainingPlan" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "cadreId", "strengths", "gaps", "goals", "measures", "plannedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "CadreTrainingPlan" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "cadreId", "strengths", "gaps", "goals", "measures", "plannedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "CadreTrainingPlan" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "cadreId", "strengths", "gaps", "goals", "measures", "plannedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "CadreTrainingPlan" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "cadreId", "strengths", "gaps", "goals", "measures", "plannedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "CadreTrainingPlan" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "cadreId", "strengths", "gaps", "goals", "measures", "plannedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "CadreTrainingPlan" TO p181_city_limited, p181_anonymous;

-- OpinionWorkstation
ALTER TABLE "OpinionWorkstation" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "OpinionWorkstation";
DROP POLICY IF EXISTS p181_insert_city ON "OpinionWorkstation";
DROP POLICY IF EXISTS p181_update_city ON "OpinionWorkstation";
DROP POLICY IF EXISTS p181_read_city_limited ON "OpinionWorkstation";
DROP POLICY IF EXISTS p181_insert_city_limited ON "OpinionWorkstation";
DROP POLICY IF EXISTS p181_update_city_limited ON "OpinionWorkstation";
DROP POLICY IF EXISTS p181_read_town ON "OpinionWorkstation";
DROP POLICY IF EXISTS p181_insert_town ON "OpinionWorkstation";
DROP POLICY IF EXISTS p181_update_town ON "OpinionWorkstation";
DROP POLICY IF EXISTS p181_read_zone ON "OpinionWorkstation";
DROP POLICY IF EXISTS p181_insert_zone ON "OpinionWorkstation";
DROP POLICY IF EXISTS p181_update_zone ON "OpinionWorkstation";
CREATE POLICY p181_read_city ON "OpinionWorkstation" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "OpinionWorkstation" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "OpinionWorkstation" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "OpinionWorkstation" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "OpinionWorkstation" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'YOUNG_CADRES' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "OpinionWorkstation" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'YOUNG_CADRES' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'YOUNG_CADRES' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "OpinionWorkstation" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "OpinionWorkstation" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "OpinionWorkstation" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "OpinionWorkstation" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "OpinionWorkstation" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "OpinionWorkstation" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "OpinionWorkstation" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "zoneId", "cadreId", "name", "address", "establishedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "OpinionWorkstation" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "zoneId", "cadreId", "name", "address", "establishedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "OpinionWorkstation" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "zoneId", "cadreId", "name", "address", "establishedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "OpinionWorkstation" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "zoneId", "cadreId", "name", "address", "establishedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "OpinionWorkstation" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "zoneId", "cadreId", "name", "address", "establishedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "OpinionWorkstation" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "zoneId", "cadreId", "name", "address", "establishedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "OpinionWorkstation" TO p181_city_limited, p181_anonymous;

-- OpinionDiaryEntry
ALTER TABLE "OpinionDiaryEntry" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "OpinionDiaryEntry";
DROP POLICY IF EXISTS p181_insert_city ON "OpinionDiaryEntry";
DROP POLICY IF EXISTS p181_update_city ON "OpinionDiaryEntry";
DROP POLICY IF EXISTS p181_read_city_limited ON "OpinionDiaryEntry";
DROP POLICY IF EXISTS p181_insert_city_limited ON "OpinionDiaryEntry";
DROP POLICY IF EXISTS p181_update_city_limited ON "OpinionDiaryEntry";
DROP POLICY IF EXISTS p181_read_town ON "OpinionDiaryEntry";
DROP POLICY IF EXISTS p181_insert_town ON "OpinionDiaryEntry";
DROP POLICY IF EXISTS p181_update_town ON "OpinionDiaryEntry";
DROP POLICY IF EXISTS p181_read_zone ON "OpinionDiaryEntry";
DROP POLICY IF EXISTS p181_insert_zone ON "OpinionDiaryEntry";
DROP POLICY IF EXISTS p181_update_zone ON "OpinionDiaryEntry";
CREATE POLICY p181_read_city ON "OpinionDiaryEntry" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "OpinionDiaryEntry" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "OpinionDiaryEntry" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "OpinionDiaryEntry" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "OpinionDiaryEntry" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'YOUNG_CADRES' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "OpinionDiaryEntry" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'YOUNG_CADRES' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'YOUNG_CADRES' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "OpinionDiaryEntry" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "OpinionDiaryEntry" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "OpinionDiaryEntry" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "OpinionDiaryEntry" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "OpinionDiaryEntry" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "OpinionDiaryEntry" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "OpinionDiaryEntry" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "cadreId", "writtenOn", "title", "content", "householdsVisited", "issuesFound", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "OpinionDiaryEntry" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "cadreId", "writtenOn", "title", "content", "householdsVisited", "issuesFound", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "OpinionDiaryEntry" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "cadreId", "writtenOn", "title", "content", "householdsVisited", "issuesFound", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "OpinionDiaryEntry" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "cadreId", "writtenOn", "title", "content", "householdsVisited", "issuesFound", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "OpinionDiaryEntry" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "cadreId", "writtenOn", "title", "content", "householdsVisited", "issuesFound", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "OpinionDiaryEntry" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "cadreId", "writtenOn", "title", "content", "householdsVisited", "issuesFound", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "OpinionDiaryEntry" TO p181_city_limited, p181_anonymous;

-- CadreAssessment
ALTER TABLE "CadreAssessment" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "CadreAssessment";
DROP POLICY IF EXISTS p181_insert_city ON "CadreAssessment";
DROP POLICY IF EXISTS p181_update_city ON "CadreAssessment";
DROP POLICY IF EXISTS p181_read_city_limited ON "CadreAssessment";
DROP POLICY IF EXISTS p181_insert_city_limited ON "CadreAssessment";
DROP POLICY IF EXISTS p181_update_city_limited ON "CadreAssessment";
DROP POLICY IF EXISTS p181_read_town ON "CadreAssessment";
DROP POLICY IF EXISTS p181_insert_town ON "CadreAssessment";
DROP POLICY IF EXISTS p181_update_town ON "CadreAssessment";
DROP POLICY IF EXISTS p181_read_zone ON "CadreAssessment";
DROP POLICY IF EXISTS p181_insert_zone ON "CadreAssessment";
DROP POLICY IF EXISTS p181_update_zone ON "CadreAssessment";
CREATE POLICY p181_read_city ON "CadreAssessment" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "CadreAssessment" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "CadreAssessment" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "CadreAssessment" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "CadreAssessment" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'YOUNG_CADRES' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "CadreAssessment" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'YOUNG_CADRES' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'YOUNG_CADRES' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "CadreAssessment" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "CadreAssessment" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "CadreAssessment" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "CadreAssessment" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "CadreAssessment" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "CadreAssessment" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "CadreAssessment" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "cadreId", "year", "period", "score", "grade", "assessedOn", "comments", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "CadreAssessment" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "cadreId", "year", "period", "score", "grade", "assessedOn", "comments", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "CadreAssessment" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "cadreId", "year", "period", "score", "grade", "assessedOn", "comments", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "CadreAssessment" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "cadreId", "year", "period", "score", "grade", "assessedOn", "comments", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "CadreAssessment" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "cadreId", "year", "period", "score", "grade", "assessedOn", "comments", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "CadreAssessment" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "cadreId", "year", "period", "score", "grade", "assessedOn", "comments", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "CadreAssessment" TO p181_city_limited, p181_anonymous;

-- AnnualTarget
ALTER TABLE "AnnualTarget" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "AnnualTarget";
DROP POLICY IF EXISTS p181_insert_city ON "AnnualTarget";
DROP POLICY IF EXISTS p181_update_city ON "AnnualTarget";
DROP POLICY IF EXISTS p181_read_city_limited ON "AnnualTarget";
DROP POLICY IF EXISTS p181_insert_city_limited ON "AnnualTarget";
DROP POLICY IF EXISTS p181_update_city_limited ON "AnnualTarget";
DROP POLICY IF EXISTS p181_read_town ON "AnnualTarget";
DROP POLICY IF EXISTS p181_insert_town ON "AnnualTarget";
DROP POLICY IF EXISTS p181_update_town ON "AnnualTarget";
DROP POLICY IF EXISTS p181_read_zone ON "AnnualTarget";
DROP POLICY IF EXISTS p181_insert_zone ON "AnnualTarget";
DROP POLICY IF EXISTS p181_update_zone ON "AnnualTarget";
CREATE POLICY p181_read_city ON "AnnualTarget" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "AnnualTarget" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "AnnualTarget" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "AnnualTarget" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "AnnualTarget" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND "plan"::text = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "AnnualTarget" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND "plan"::text = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND "plan"::text = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "AnnualTarget" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "AnnualTarget" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "AnnualTarget" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "AnnualTarget" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "AnnualTarget" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "AnnualTarget" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "AnnualTarget" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "plan", "year", "scopeLevel", "scopeCode", "townId", "zoneId", "metric", "value", "note", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "AnnualTarget" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "plan", "year", "scopeLevel", "scopeCode", "townId", "zoneId", "metric", "value", "note", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "AnnualTarget" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "plan", "year", "scopeLevel", "scopeCode", "townId", "zoneId", "metric", "value", "note", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "AnnualTarget" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "plan", "year", "scopeLevel", "scopeCode", "townId", "zoneId", "metric", "value", "note", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "AnnualTarget" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "plan", "year", "scopeLevel", "scopeCode", "townId", "zoneId", "metric", "value", "note", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "AnnualTarget" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "plan", "year", "scopeLevel", "scopeCode", "townId", "zoneId", "metric", "value", "note", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "AnnualTarget" TO p181_city_limited, p181_anonymous;

-- PartyOrganisation
ALTER TABLE "PartyOrganisation" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "PartyOrganisation";
DROP POLICY IF EXISTS p181_insert_city ON "PartyOrganisation";
DROP POLICY IF EXISTS p181_update_city ON "PartyOrganisation";
DROP POLICY IF EXISTS p181_read_city_limited ON "PartyOrganisation";
DROP POLICY IF EXISTS p181_insert_city_limited ON "PartyOrganisation";
DROP POLICY IF EXISTS p181_update_city_limited ON "PartyOrganisation";
DROP POLICY IF EXISTS p181_read_town ON "PartyOrganisation";
DROP POLICY IF EXISTS p181_insert_town ON "PartyOrganisation";
DROP POLICY IF EXISTS p181_update_town ON "PartyOrganisation";
DROP POLICY IF EXISTS p181_read_zone ON "PartyOrganisation";
DROP POLICY IF EXISTS p181_insert_zone ON "PartyOrganisation";
DROP POLICY IF EXISTS p181_update_zone ON "PartyOrganisation";
CREATE POLICY p181_read_city ON "PartyOrganisation" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "PartyOrganisation" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "PartyOrganisation" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "PartyOrganisation" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "PartyOrganisation" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "PartyOrganisation" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "PartyOrganisation" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "PartyOrganisation" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "PartyOrganisation" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "PartyOrganisation" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "PartyOrganisation" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "PartyOrganisation" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "PartyOrganisation" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "code", "name", "type", "field", "parentId", "townId", "zoneId", "foundedOn", "status", "secretaryName", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PartyOrganisation" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "code", "name", "type", "field", "parentId", "townId", "zoneId", "foundedOn", "status", "secretaryName", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PartyOrganisation" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "code", "name", "type", "field", "parentId", "townId", "zoneId", "foundedOn", "status", "secretaryName", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PartyOrganisation" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "code", "name", "type", "field", "parentId", "townId", "zoneId", "foundedOn", "status", "secretaryName", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PartyOrganisation" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "code", "name", "type", "field", "parentId", "townId", "zoneId", "foundedOn", "status", "secretaryName", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PartyOrganisation" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "code", "name", "type", "field", "parentId", "townId", "zoneId", "foundedOn", "status", "secretaryName", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PartyOrganisation" TO p181_city_limited, p181_anonymous;

-- LeadershipTeam
ALTER TABLE "LeadershipTeam" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "LeadershipTeam";
DROP POLICY IF EXISTS p181_insert_city ON "LeadershipTeam";
DROP POLICY IF EXISTS p181_update_city ON "LeadershipTeam";
DROP POLICY IF EXISTS p181_read_city_limited ON "LeadershipTeam";
DROP POLICY IF EXISTS p181_insert_city_limited ON "LeadershipTeam";
DROP POLICY IF EXISTS p181_update_city_limited ON "LeadershipTeam";
DROP POLICY IF EXISTS p181_read_town ON "LeadershipTeam";
DROP POLICY IF EXISTS p181_insert_town ON "LeadershipTeam";
DROP POLICY IF EXISTS p181_update_town ON "LeadershipTeam";
DROP POLICY IF EXISTS p181_read_zone ON "LeadershipTeam";
DROP POLICY IF EXISTS p181_insert_zone ON "LeadershipTeam";
DROP POLICY IF EXISTS p181_update_zone ON "LeadershipTeam";
CREATE POLICY p181_read_city ON "LeadershipTeam" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "LeadershipTeam" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "LeadershipTeam" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "LeadershipTeam" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "LeadershipTeam" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "LeadershipTeam" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "LeadershipTeam" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "LeadershipTeam" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "LeadershipTeam" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "LeadershipTeam" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "LeadershipTeam" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "LeadershipTeam" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "LeadershipTeam" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "organisationId", "termNumber", "termStart", "termEnd", "electedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "LeadershipTeam" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "organisationId", "termNumber", "termStart", "termEnd", "electedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "LeadershipTeam" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "organisationId", "termNumber", "termStart", "termEnd", "electedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "LeadershipTeam" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "organisationId", "termNumber", "termStart", "termEnd", "electedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "LeadershipTeam" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "organisationId", "termNumber", "termStart", "termEnd", "electedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "LeadershipTeam" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "organisationId", "termNumber", "termStart", "termEnd", "electedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "LeadershipTeam" TO p181_city_limited, p181_anonymous;

-- LeadershipTeamMember
ALTER TABLE "LeadershipTeamMember" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "LeadershipTeamMember";
DROP POLICY IF EXISTS p181_insert_city ON "LeadershipTeamMember";
DROP POLICY IF EXISTS p181_update_city ON "LeadershipTeamMember";
DROP POLICY IF EXISTS p181_read_city_limited ON "LeadershipTeamMember";
DROP POLICY IF EXISTS p181_insert_city_limited ON "LeadershipTeamMember";
DROP POLICY IF EXISTS p181_update_city_limited ON "LeadershipTeamMember";
DROP POLICY IF EXISTS p181_read_town ON "LeadershipTeamMember";
DROP POLICY IF EXISTS p181_insert_town ON "LeadershipTeamMember";
DROP POLICY IF EXISTS p181_update_town ON "LeadershipTeamMember";
DROP POLICY IF EXISTS p181_read_zone ON "LeadershipTeamMember";
DROP POLICY IF EXISTS p181_insert_zone ON "LeadershipTeamMember";
DROP POLICY IF EXISTS p181_update_zone ON "LeadershipTeamMember";
CREATE POLICY p181_read_city ON "LeadershipTeamMember" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "LeadershipTeamMember" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "LeadershipTeamMember" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "LeadershipTeamMember" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "LeadershipTeamMember" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "LeadershipTeamMember" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "LeadershipTeamMember" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "LeadershipTeamMember" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "LeadershipTeamMember" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "LeadershipTeamMember" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "LeadershipTeamMember" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "LeadershipTeamMember" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "LeadershipTeamMember" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "teamId", "memberId", "name", "gender", "birthDate", "education", "post", "concurrentPost", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "LeadershipTeamMember" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "teamId", "memberId", "name", "gender", "birthDate", "education", "post", "concurrentPost", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "LeadershipTeamMember" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "teamId", "memberId", "name", "gender", "birthDate", "education", "post", "concurrentPost", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "LeadershipTeamMember" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "teamId", "memberId", "name", "gender", "education", "post", "concurrentPost", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "LeadershipTeamMember" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "teamId", "memberId", "name", "gender", "education", "post", "concurrentPost", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "LeadershipTeamMember" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "teamId", "memberId", "name", "gender", "education", "post", "concurrentPost", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "LeadershipTeamMember" TO p181_city_limited, p181_anonymous;

-- ServiceCentre
ALTER TABLE "ServiceCentre" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "ServiceCentre";
DROP POLICY IF EXISTS p181_insert_city ON "ServiceCentre";
DROP POLICY IF EXISTS p181_update_city ON "ServiceCentre";
DROP POLICY IF EXISTS p181_read_city_limited ON "ServiceCentre";
DROP POLICY IF EXISTS p181_insert_city_limited ON "ServiceCentre";
DROP POLICY IF EXISTS p181_update_city_limited ON "ServiceCentre";
DROP POLICY IF EXISTS p181_read_town ON "ServiceCentre";
DROP POLICY IF EXISTS p181_insert_town ON "ServiceCentre";
DROP POLICY IF EXISTS p181_update_town ON "ServiceCentre";
DROP POLICY IF EXISTS p181_read_zone ON "ServiceCentre";
DROP POLICY IF EXISTS p181_insert_zone ON "ServiceCentre";
DROP POLICY IF EXISTS p181_update_zone ON "ServiceCentre";
CREATE POLICY p181_read_city ON "ServiceCentre" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "ServiceCentre" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "ServiceCentre" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "ServiceCentre" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "ServiceCentre" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "ServiceCentre" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "ServiceCentre" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "ServiceCentre" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "ServiceCentre" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "ServiceCentre" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "ServiceCentre" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "ServiceCentre" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "ServiceCentre" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "zoneId", "kind", "name", "address", "floorAreaM2", "staffCount", "services", "openingHours", "openedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "ServiceCentre" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "zoneId", "kind", "name", "address", "floorAreaM2", "staffCount", "services", "openingHours", "openedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "ServiceCentre" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "zoneId", "kind", "name", "address", "floorAreaM2", "staffCount", "services", "openingHours", "openedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "ServiceCentre" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "zoneId", "kind", "name", "address", "floorAreaM2", "staffCount", "services", "openingHours", "openedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "ServiceCentre" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "zoneId", "kind", "name", "address", "floorAreaM2", "staffCount", "services", "openingHours", "openedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "ServiceCentre" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "zoneId", "kind", "name", "address", "floorAreaM2", "staffCount", "services", "openingHours", "openedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "ServiceCentre" TO p181_city_limited, p181_anonymous;

-- ServiceRecord
ALTER TABLE "ServiceRecord" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "ServiceRecord";
DROP POLICY IF EXISTS p181_insert_city ON "ServiceRecord";
DROP POLICY IF EXISTS p181_update_city ON "ServiceRecord";
DROP POLICY IF EXISTS p181_read_city_limited ON "ServiceRecord";
DROP POLICY IF EXISTS p181_insert_city_limited ON "ServiceRecord";
DROP POLICY IF EXISTS p181_update_city_limited ON "ServiceRecord";
DROP POLICY IF EXISTS p181_read_town ON "ServiceRecord";
DROP POLICY IF EXISTS p181_insert_town ON "ServiceRecord";
DROP POLICY IF EXISTS p181_update_town ON "ServiceRecord";
DROP POLICY IF EXISTS p181_read_zone ON "ServiceRecord";
DROP POLICY IF EXISTS p181_insert_zone ON "ServiceRecord";
DROP POLICY IF EXISTS p181_update_zone ON "ServiceRecord";
CREATE POLICY p181_read_city ON "ServiceRecord" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "ServiceRecord" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "ServiceRecord" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "ServiceRecord" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "ServiceRecord" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "ServiceRecord" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "ServiceRecord" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "ServiceRecord" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "ServiceRecord" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "ServiceRecord" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "ServiceRecord" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "ServiceRecord" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "ServiceRecord" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "centreId", "servedOn", "serviceType", "description", "beneficiaries", "handledBy", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "ServiceRecord" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "centreId", "servedOn", "serviceType", "description", "beneficiaries", "handledBy", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "ServiceRecord" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "centreId", "servedOn", "serviceType", "description", "beneficiaries", "handledBy", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "ServiceRecord" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "centreId", "servedOn", "serviceType", "description", "beneficiaries", "handledBy", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "ServiceRecord" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "centreId", "servedOn", "serviceType", "description", "beneficiaries", "handledBy", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "ServiceRecord" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "centreId", "servedOn", "serviceType", "description", "beneficiaries", "handledBy", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "ServiceRecord" TO p181_city_limited, p181_anonymous;

-- JointMeeting
ALTER TABLE "JointMeeting" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "JointMeeting";
DROP POLICY IF EXISTS p181_insert_city ON "JointMeeting";
DROP POLICY IF EXISTS p181_update_city ON "JointMeeting";
DROP POLICY IF EXISTS p181_read_city_limited ON "JointMeeting";
DROP POLICY IF EXISTS p181_insert_city_limited ON "JointMeeting";
DROP POLICY IF EXISTS p181_update_city_limited ON "JointMeeting";
DROP POLICY IF EXISTS p181_read_town ON "JointMeeting";
DROP POLICY IF EXISTS p181_insert_town ON "JointMeeting";
DROP POLICY IF EXISTS p181_update_town ON "JointMeeting";
DROP POLICY IF EXISTS p181_read_zone ON "JointMeeting";
DROP POLICY IF EXISTS p181_insert_zone ON "JointMeeting";
DROP POLICY IF EXISTS p181_update_zone ON "JointMeeting";
CREATE POLICY p181_read_city ON "JointMeeting" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "JointMeeting" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "JointMeeting" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "JointMeeting" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "JointMeeting" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "JointMeeting" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "JointMeeting" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "JointMeeting" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "JointMeeting" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "JointMeeting" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "JointMeeting" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "JointMeeting" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "JointMeeting" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "zoneId", "heldOn", "title", "topics", "attendeeCount", "minutes", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "JointMeeting" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "zoneId", "heldOn", "title", "topics", "attendeeCount", "minutes", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "JointMeeting" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "zoneId", "heldOn", "title", "topics", "attendeeCount", "minutes", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "JointMeeting" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "zoneId", "heldOn", "title", "topics", "attendeeCount", "minutes", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "JointMeeting" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "zoneId", "heldOn", "title", "topics", "attendeeCount", "minutes", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "JointMeeting" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "zoneId", "heldOn", "title", "topics", "attendeeCount", "minutes", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "JointMeeting" TO p181_city_limited, p181_anonymous;

-- JointMeetingParticipant
ALTER TABLE "JointMeetingParticipant" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "JointMeetingParticipant";
DROP POLICY IF EXISTS p181_insert_city ON "JointMeetingParticipant";
DROP POLICY IF EXISTS p181_update_city ON "JointMeetingParticipant";
DROP POLICY IF EXISTS p181_read_city_limited ON "JointMeetingParticipant";
DROP POLICY IF EXISTS p181_insert_city_limited ON "JointMeetingParticipant";
DROP POLICY IF EXISTS p181_update_city_limited ON "JointMeetingParticipant";
DROP POLICY IF EXISTS p181_read_town ON "JointMeetingParticipant";
DROP POLICY IF EXISTS p181_insert_town ON "JointMeetingParticipant";
DROP POLICY IF EXISTS p181_update_town ON "JointMeetingParticipant";
DROP POLICY IF EXISTS p181_read_zone ON "JointMeetingParticipant";
DROP POLICY IF EXISTS p181_insert_zone ON "JointMeetingParticipant";
DROP POLICY IF EXISTS p181_update_zone ON "JointMeetingParticipant";
CREATE POLICY p181_read_city ON "JointMeetingParticipant" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "JointMeetingParticipant" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "JointMeetingParticipant" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "JointMeetingParticipant" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "JointMeetingParticipant" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "JointMeetingParticipant" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "JointMeetingParticipant" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "JointMeetingParticipant" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "JointMeetingParticipant" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "JointMeetingParticipant" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "JointMeetingParticipant" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "JointMeetingParticipant" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "JointMeetingParticipant" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "meetingId", "organisationId", "representativeName", "attendees", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "JointMeetingParticipant" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "meetingId", "organisationId", "representativeName", "attendees", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "JointMeetingParticipant" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "meetingId", "organisationId", "representativeName", "attendees", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "JointMeetingParticipant" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "meetingId", "organisationId", "representativeName", "attendees", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "JointMeetingParticipant" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "meetingId", "organisationId", "representativeName", "attendees", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "JointMeetingParticipant" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "meetingId", "organisationId", "representativeName", "attendees", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "JointMeetingParticipant" TO p181_city_limited, p181_anonymous;

-- MeetingDecision
ALTER TABLE "MeetingDecision" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "MeetingDecision";
DROP POLICY IF EXISTS p181_insert_city ON "MeetingDecision";
DROP POLICY IF EXISTS p181_update_city ON "MeetingDecision";
DROP POLICY IF EXISTS p181_read_city_limited ON "MeetingDecision";
DROP POLICY IF EXISTS p181_insert_city_limited ON "MeetingDecision";
DROP POLICY IF EXISTS p181_update_city_limited ON "MeetingDecision";
DROP POLICY IF EXISTS p181_read_town ON "MeetingDecision";
DROP POLICY IF EXISTS p181_insert_town ON "MeetingDecision";
DROP POLICY IF EXISTS p181_update_town ON "MeetingDecision";
DROP POLICY IF EXISTS p181_read_zone ON "MeetingDecision";
DROP POLICY IF EXISTS p181_insert_zone ON "MeetingDecision";
DROP POLICY IF EXISTS p181_update_zone ON "MeetingDecision";
CREATE POLICY p181_read_city ON "MeetingDecision" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "MeetingDecision" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "MeetingDecision" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "MeetingDecision" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "MeetingDecision" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "MeetingDecision" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "MeetingDecision" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "MeetingDecision" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "MeetingDecision" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "MeetingDecision" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "MeetingDecision" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "MeetingDecision" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "MeetingDecision" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "meetingId", "sequence", "content", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "MeetingDecision" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "meetingId", "sequence", "content", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "MeetingDecision" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "meetingId", "sequence", "content", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "MeetingDecision" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "meetingId", "sequence", "content", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "MeetingDecision" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "meetingId", "sequence", "content", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "MeetingDecision" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "meetingId", "sequence", "content", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "MeetingDecision" TO p181_city_limited, p181_anonymous;

-- FollowUpItem
ALTER TABLE "FollowUpItem" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "FollowUpItem";
DROP POLICY IF EXISTS p181_insert_city ON "FollowUpItem";
DROP POLICY IF EXISTS p181_update_city ON "FollowUpItem";
DROP POLICY IF EXISTS p181_read_city_limited ON "FollowUpItem";
DROP POLICY IF EXISTS p181_insert_city_limited ON "FollowUpItem";
DROP POLICY IF EXISTS p181_update_city_limited ON "FollowUpItem";
DROP POLICY IF EXISTS p181_read_town ON "FollowUpItem";
DROP POLICY IF EXISTS p181_insert_town ON "FollowUpItem";
DROP POLICY IF EXISTS p181_update_town ON "FollowUpItem";
DROP POLICY IF EXISTS p181_read_zone ON "FollowUpItem";
DROP POLICY IF EXISTS p181_insert_zone ON "FollowUpItem";
DROP POLICY IF EXISTS p181_update_zone ON "FollowUpItem";
CREATE POLICY p181_read_city ON "FollowUpItem" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "FollowUpItem" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "FollowUpItem" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "FollowUpItem" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "FollowUpItem" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "FollowUpItem" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "FollowUpItem" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "FollowUpItem" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "FollowUpItem" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "FollowUpItem" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "FollowUpItem" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "FollowUpItem" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "FollowUpItem" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "decisionId", "description", "ownerName", "dueOn", "status", "completedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "FollowUpItem" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "decisionId", "description", "ownerName", "dueOn", "status", "completedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "FollowUpItem" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "decisionId", "description", "ownerName", "dueOn", "status", "completedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "FollowUpItem" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "decisionId", "description", "ownerName", "dueOn", "status", "completedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "FollowUpItem" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "decisionId", "description", "ownerName", "dueOn", "status", "completedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "FollowUpItem" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "decisionId", "description", "ownerName", "dueOn", "status", "completedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "FollowUpItem" TO p181_city_limited, p181_anonymous;

-- PublicOpinion
ALTER TABLE "PublicOpinion" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "PublicOpinion";
DROP POLICY IF EXISTS p181_insert_city ON "PublicOpinion";
DROP POLICY IF EXISTS p181_update_city ON "PublicOpinion";
DROP POLICY IF EXISTS p181_read_city_limited ON "PublicOpinion";
DROP POLICY IF EXISTS p181_insert_city_limited ON "PublicOpinion";
DROP POLICY IF EXISTS p181_update_city_limited ON "PublicOpinion";
DROP POLICY IF EXISTS p181_read_town ON "PublicOpinion";
DROP POLICY IF EXISTS p181_insert_town ON "PublicOpinion";
DROP POLICY IF EXISTS p181_update_town ON "PublicOpinion";
DROP POLICY IF EXISTS p181_read_zone ON "PublicOpinion";
DROP POLICY IF EXISTS p181_insert_zone ON "PublicOpinion";
DROP POLICY IF EXISTS p181_update_zone ON "PublicOpinion";
CREATE POLICY p181_read_city ON "PublicOpinion" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "PublicOpinion" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "PublicOpinion" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "PublicOpinion" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "PublicOpinion" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "PublicOpinion" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "PublicOpinion" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "PublicOpinion" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "PublicOpinion" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "PublicOpinion" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "PublicOpinion" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "PublicOpinion" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "PublicOpinion" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "zoneId", "workstationId", "source", "category", "content", "residentName", "residentPhone", "handlerName", "status", "response", "receivedOn", "respondedOn", "resolvedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PublicOpinion" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "zoneId", "workstationId", "source", "category", "content", "residentName", "residentPhone", "handlerName", "status", "response", "receivedOn", "respondedOn", "resolvedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PublicOpinion" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "zoneId", "workstationId", "source", "category", "content", "residentName", "residentPhone", "handlerName", "status", "response", "receivedOn", "respondedOn", "resolvedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PublicOpinion" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "zoneId", "workstationId", "source", "category", "content", "handlerName", "status", "response", "receivedOn", "respondedOn", "resolvedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PublicOpinion" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "zoneId", "workstationId", "source", "category", "content", "handlerName", "status", "response", "receivedOn", "respondedOn", "resolvedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PublicOpinion" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "zoneId", "workstationId", "source", "category", "content", "handlerName", "status", "response", "receivedOn", "respondedOn", "resolvedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PublicOpinion" TO p181_city_limited, p181_anonymous;

-- PartyMember
ALTER TABLE "PartyMember" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "PartyMember";
DROP POLICY IF EXISTS p181_insert_city ON "PartyMember";
DROP POLICY IF EXISTS p181_update_city ON "PartyMember";
DROP POLICY IF EXISTS p181_read_city_limited ON "PartyMember";
DROP POLICY IF EXISTS p181_insert_city_limited ON "PartyMember";
DROP POLICY IF EXISTS p181_update_city_limited ON "PartyMember";
DROP POLICY IF EXISTS p181_read_town ON "PartyMember";
DROP POLICY IF EXISTS p181_insert_town ON "PartyMember";
DROP POLICY IF EXISTS p181_update_town ON "PartyMember";
DROP POLICY IF EXISTS p181_read_zone ON "PartyMember";
DROP POLICY IF EXISTS p181_insert_zone ON "PartyMember";
DROP POLICY IF EXISTS p181_update_zone ON "PartyMember";
CREATE POLICY p181_read_city ON "PartyMember" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "PartyMember" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "PartyMember" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "PartyMember" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "PartyMember" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "PartyMember" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "PartyMember" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "PartyMember" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "PartyMember" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "PartyMember" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "PartyMember" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "PartyMember" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "PartyMember" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "idNumber", "name", "gender", "birthDate", "phone", "education", "organisationId", "zoneId", "category", "joinedOn", "flowStatus", "skills", "occupation", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PartyMember" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "idNumber", "name", "gender", "birthDate", "phone", "education", "organisationId", "zoneId", "category", "joinedOn", "flowStatus", "skills", "occupation", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PartyMember" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "idNumber", "name", "gender", "birthDate", "phone", "education", "organisationId", "zoneId", "category", "joinedOn", "flowStatus", "skills", "occupation", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PartyMember" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "name", "gender", "education", "organisationId", "zoneId", "category", "joinedOn", "flowStatus", "skills", "occupation", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PartyMember" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "name", "gender", "education", "organisationId", "zoneId", "category", "joinedOn", "flowStatus", "skills", "occupation", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PartyMember" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "name", "gender", "education", "organisationId", "zoneId", "category", "joinedOn", "flowStatus", "skills", "occupation", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "PartyMember" TO p181_city_limited, p181_anonymous;

-- GridArea
ALTER TABLE "GridArea" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "GridArea";
DROP POLICY IF EXISTS p181_insert_city ON "GridArea";
DROP POLICY IF EXISTS p181_update_city ON "GridArea";
DROP POLICY IF EXISTS p181_read_city_limited ON "GridArea";
DROP POLICY IF EXISTS p181_insert_city_limited ON "GridArea";
DROP POLICY IF EXISTS p181_update_city_limited ON "GridArea";
DROP POLICY IF EXISTS p181_read_town ON "GridArea";
DROP POLICY IF EXISTS p181_insert_town ON "GridArea";
DROP POLICY IF EXISTS p181_update_town ON "GridArea";
DROP POLICY IF EXISTS p181_read_zone ON "GridArea";
DROP POLICY IF EXISTS p181_insert_zone ON "GridArea";
DROP POLICY IF EXISTS p181_update_zone ON "GridArea";
CREATE POLICY p181_read_city ON "GridArea" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "GridArea" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "GridArea" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "GridArea" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "GridArea" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "GridArea" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "GridArea" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "GridArea" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "GridArea" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "GridArea" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "GridArea" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "GridArea" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "GridArea" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "zoneId", "code", "name", "dutyOfficer", "households", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "GridArea" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "zoneId", "code", "name", "dutyOfficer", "households", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "GridArea" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "zoneId", "code", "name", "dutyOfficer", "households", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "GridArea" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "zoneId", "code", "name", "dutyOfficer", "households", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "GridArea" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "zoneId", "code", "name", "dutyOfficer", "households", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "GridArea" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "zoneId", "code", "name", "dutyOfficer", "households", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "GridArea" TO p181_city_limited, p181_anonymous;

-- SocialCase
ALTER TABLE "SocialCase" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read_city ON "SocialCase";
DROP POLICY IF EXISTS p181_insert_city ON "SocialCase";
DROP POLICY IF EXISTS p181_update_city ON "SocialCase";
DROP POLICY IF EXISTS p181_read_city_limited ON "SocialCase";
DROP POLICY IF EXISTS p181_insert_city_limited ON "SocialCase";
DROP POLICY IF EXISTS p181_update_city_limited ON "SocialCase";
DROP POLICY IF EXISTS p181_read_town ON "SocialCase";
DROP POLICY IF EXISTS p181_insert_town ON "SocialCase";
DROP POLICY IF EXISTS p181_update_town ON "SocialCase";
DROP POLICY IF EXISTS p181_read_zone ON "SocialCase";
DROP POLICY IF EXISTS p181_insert_zone ON "SocialCase";
DROP POLICY IF EXISTS p181_update_zone ON "SocialCase";
CREATE POLICY p181_read_city ON "SocialCase" FOR SELECT TO p181_city USING (true);
CREATE POLICY p181_insert_city ON "SocialCase" FOR INSERT TO p181_city WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_update_city ON "SocialCase" FOR UPDATE TO p181_city USING (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true') WITH CHECK (p181.claim('role') = 'CITY_ADMIN' AND p181.claim('write') = 'true');
CREATE POLICY p181_read_city_limited ON "SocialCase" FOR SELECT TO p181_city_limited USING (true);
CREATE POLICY p181_insert_city_limited ON "SocialCase" FOR INSERT TO p181_city_limited WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_update_city_limited ON "SocialCase" FOR UPDATE TO p181_city_limited USING (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ','))) WITH CHECK (p181.claim('role') = 'PLAN_OFFICER' AND p181.claim('write') = 'true' AND 'ZONE_PARTY_BUILDING' = ANY (string_to_array(p181.claim('plans'), ',')));
CREATE POLICY p181_read_town ON "SocialCase" FOR SELECT TO p181_town USING (("areaTownId" IS NULL OR "areaTownId" = p181.claim_id('town')));
CREATE POLICY p181_insert_town ON "SocialCase" FOR INSERT TO p181_town WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_update_town ON "SocialCase" FOR UPDATE TO p181_town USING (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town')) WITH CHECK (p181.claim('role') = 'TOWN_ADMIN' AND p181.claim('write') = 'true' AND "areaTownId" = p181.claim_id('town'));
CREATE POLICY p181_read_zone ON "SocialCase" FOR SELECT TO p181_zone USING ("areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_insert_zone ON "SocialCase" FOR INSERT TO p181_zone WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
CREATE POLICY p181_update_zone ON "SocialCase" FOR UPDATE TO p181_zone USING (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone')) WITH CHECK (p181.claim('role') = 'ZONE_SECRETARY' AND p181.claim('write') = 'true' AND "areaZoneId" = p181.claim_id('zone'));
REVOKE ALL ON "SocialCase" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "gridId", "reportedOn", "category", "description", "status", "resolvedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "SocialCase" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "gridId", "reportedOn", "category", "description", "status", "resolvedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "SocialCase" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "gridId", "reportedOn", "category", "description", "status", "resolvedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "SocialCase" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "gridId", "reportedOn", "category", "description", "status", "resolvedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "SocialCase" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "gridId", "reportedOn", "category", "description", "status", "resolvedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "SocialCase" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "gridId", "reportedOn", "category", "description", "status", "resolvedOn", "areaTownId", "areaZoneId", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "SocialCase" TO p181_city_limited, p181_anonymous;

-- Accounts: city admins see and change all; everyone else sees their own.
ALTER TABLE "User" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read ON "User";
CREATE POLICY p181_read ON "User" FOR SELECT USING (p181.claim('role') = 'CITY_ADMIN' OR "id" = p181.claim_id('user'));
DROP POLICY IF EXISTS p181_insert ON "User";
CREATE POLICY p181_insert ON "User" FOR INSERT WITH CHECK (p181.claim('write') = 'true' AND p181.claim('role') = 'CITY_ADMIN');
DROP POLICY IF EXISTS p181_update ON "User";
CREATE POLICY p181_update ON "User" FOR UPDATE USING (p181.claim('write') = 'true' AND p181.claim('role') = 'CITY_ADMIN') WITH CHECK (p181.claim('write') = 'true' AND p181.claim('role') = 'CITY_ADMIN');
REVOKE ALL ON "User" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "username", "displayName", "role", "townId", "zoneId", "plans", "active", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "User" TO p181_city, p181_town, p181_zone;
GRANT INSERT ("id", "username", "displayName", "role", "townId", "zoneId", "plans", "active", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "User" TO p181_city, p181_town, p181_zone;
GRANT UPDATE ("id", "username", "displayName", "role", "townId", "zoneId", "plans", "active", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "User" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "username", "displayName", "role", "townId", "zoneId", "plans", "active", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "User" TO p181_city_limited, p181_anonymous;
GRANT INSERT ("id", "username", "displayName", "role", "townId", "zoneId", "plans", "active", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "User" TO p181_city_limited, p181_anonymous;
GRANT UPDATE ("id", "username", "displayName", "role", "townId", "zoneId", "plans", "active", "createdAt", "updatedAt", "createdById", "updatedById", "deletedAt") ON "User" TO p181_city_limited, p181_anonymous;
-- Browser sessions: one's own, and the one of the request's cookie (to sign out).
ALTER TABLE "Session" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read ON "Session";
CREATE POLICY p181_read ON "Session" FOR SELECT USING ("userId" = p181.claim_id('user') OR "id" = p181.claim('session'));
DROP POLICY IF EXISTS p181_insert ON "Session";
CREATE POLICY p181_insert ON "Session" FOR INSERT WITH CHECK (true);
DROP POLICY IF EXISTS p181_update ON "Session";
CREATE POLICY p181_update ON "Session" FOR UPDATE USING ("userId" = p181.claim_id('user') OR "id" = p181.claim('session'));
REVOKE ALL ON "Session" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT, INSERT, UPDATE ON "Session" TO p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
-- API tokens: one's own.
ALTER TABLE "ApiToken" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read ON "ApiToken";
CREATE POLICY p181_read ON "ApiToken" FOR SELECT USING ("userId" = p181.claim_id('user'));
DROP POLICY IF EXISTS p181_insert ON "ApiToken";
CREATE POLICY p181_insert ON "ApiToken" FOR INSERT WITH CHECK ("userId" = p181.claim_id('user'));
DROP POLICY IF EXISTS p181_update ON "ApiToken";
CREATE POLICY p181_update ON "ApiToken" FOR UPDATE USING ("userId" = p181.claim_id('user')) WITH CHECK ("userId" = p181.claim_id('user'));
REVOKE ALL ON "ApiToken" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT, INSERT, UPDATE ON "ApiToken" TO p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
REVOKE ALL ON "RateLimitCounter" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT, INSERT, UPDATE, DELETE ON "RateLimitCounter" TO p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
-- The audit log: entries of records in the viewer's area (accounts: city admins only); written as oneself.
ALTER TABLE "AuditLog" ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS p181_read ON "AuditLog";
CREATE POLICY p181_read ON "AuditLog" FOR SELECT USING (CASE WHEN "entity" = 'User' THEN p181.claim('role') = 'CITY_ADMIN' ELSE p181.can_read("areaTownId", "areaZoneId", p181.zoned("entity")) END);
DROP POLICY IF EXISTS p181_insert ON "AuditLog";
CREATE POLICY p181_insert ON "AuditLog" FOR INSERT WITH CHECK ("userId" = p181.claim_id('user'));
REVOKE ALL ON "AuditLog" FROM p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;
GRANT SELECT ("id", "at", "userId", "action", "entity", "recordId", "before", "after", "areaTownId", "areaZoneId", "personalBefore", "personalAfter"), INSERT ("id", "at", "userId", "action", "entity", "recordId", "before", "after", "areaTownId", "areaZoneId", "personalBefore", "personalAfter") ON "AuditLog" TO p181_city, p181_town, p181_zone;
GRANT SELECT ("id", "at", "userId", "action", "entity", "recordId", "before", "after", "areaTownId", "areaZoneId"), INSERT ("id", "at", "userId", "action", "entity", "recordId", "before", "after", "areaTownId", "areaZoneId") ON "AuditLog" TO p181_city_limited, p181_anonymous;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;

-- Signing in: the account with this username, hash included (only this function reads hashes).
CREATE OR REPLACE FUNCTION p181.sign_in_account(name text)
RETURNS TABLE ("id" integer, "username" text, "displayName" text, "role" "UserRole", "townId" integer, "zoneId" integer, "plans" "ProgrammePlan"[], "active" boolean, "passwordHash" text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT "id", "username", "displayName", "role", "townId", "zoneId", "plans", "active", "passwordHash" FROM "User" WHERE "username" = name AND "deletedAt" IS NULL
$$;

-- A stronger hash of the same password, after a successful sign-in; only if the old one is still current.
CREATE OR REPLACE FUNCTION p181.replace_password_hash(account integer, current_hash text, new_hash text) RETURNS boolean
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH changed AS (UPDATE "User" SET "passwordHash" = new_hash WHERE "id" = account AND "passwordHash" = current_hash RETURNING 1)
  SELECT EXISTS (SELECT 1 FROM changed)
$$;

-- Other people's accounts, as far as anyone may know them: a display name.
CREATE OR REPLACE FUNCTION p181.account_names(ids integer[]) RETURNS TABLE ("id" integer, "displayName" text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT "id", "displayName" FROM "User" WHERE "id" = ANY (ids)
$$;
REVOKE ALL ON FUNCTION p181.sign_in_account(text), p181.replace_password_hash(integer, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION p181.sign_in_account(text), p181.replace_password_hash(integer, text, text) TO p181_city, p181_city_limited, p181_town, p181_zone, p181_anonymous;

-- Areas of the rows already there, parents first.
ALTER TABLE "Town" DISABLE TRIGGER USER;
UPDATE "Town" r SET "areaTownId" = r."id";
ALTER TABLE "Town" ENABLE TRIGGER USER;
ALTER TABLE "Zone" DISABLE TRIGGER USER;
UPDATE "Zone" r SET "areaTownId" = r."townId", "areaZoneId" = r."id";
ALTER TABLE "Zone" ENABLE TRIGGER USER;
ALTER TABLE "PartyOrganisation" DISABLE TRIGGER USER;
UPDATE "PartyOrganisation" r SET "areaTownId" = r."townId", "areaZoneId" = r."zoneId";
UPDATE "PartyOrganisation" r SET "areaTownId" = COALESCE(r."areaTownId", (SELECT z."townId" FROM "Zone" z WHERE z."id" = r."areaZoneId")), "areaZoneId" = CASE WHEN r."areaTownId" IS NULL OR r."areaTownId" = (SELECT z."townId" FROM "Zone" z WHERE z."id" = r."areaZoneId") THEN r."areaZoneId" END WHERE r."areaZoneId" IS NOT NULL;
ALTER TABLE "PartyOrganisation" ENABLE TRIGGER USER;
ALTER TABLE "PartyBrand" DISABLE TRIGGER USER;
UPDATE "PartyBrand" r SET "areaTownId" = (SELECT p."areaTownId" FROM "PartyOrganisation" p WHERE p."id" = r."organisationId"), "areaZoneId" = (SELECT p."areaZoneId" FROM "PartyOrganisation" p WHERE p."id" = r."organisationId");
ALTER TABLE "PartyBrand" ENABLE TRIGGER USER;
ALTER TABLE "BrandPublicity" DISABLE TRIGGER USER;
UPDATE "BrandPublicity" r SET "areaTownId" = (SELECT p."areaTownId" FROM "PartyBrand" p WHERE p."id" = r."brandId"), "areaZoneId" = (SELECT p."areaZoneId" FROM "PartyBrand" p WHERE p."id" = r."brandId");
ALTER TABLE "BrandPublicity" ENABLE TRIGGER USER;
ALTER TABLE "BrandEvaluation" DISABLE TRIGGER USER;
UPDATE "BrandEvaluation" r SET "areaTownId" = (SELECT p."areaTownId" FROM "PartyBrand" p WHERE p."id" = r."brandId"), "areaZoneId" = (SELECT p."areaZoneId" FROM "PartyBrand" p WHERE p."id" = r."brandId");
ALTER TABLE "BrandEvaluation" ENABLE TRIGGER USER;
ALTER TABLE "Entrepreneur" DISABLE TRIGGER USER;
UPDATE "Entrepreneur" r SET "areaTownId" = (SELECT p."areaTownId" FROM "Zone" p WHERE p."id" = r."zoneId"), "areaZoneId" = r."zoneId";
ALTER TABLE "Entrepreneur" ENABLE TRIGGER USER;
ALTER TABLE "VentureProject" DISABLE TRIGGER USER;
UPDATE "VentureProject" r SET "areaTownId" = (SELECT p."areaTownId" FROM "Zone" p WHERE p."id" = r."zoneId"), "areaZoneId" = r."zoneId";
ALTER TABLE "VentureProject" ENABLE TRIGGER USER;
ALTER TABLE "VentureSupport" DISABLE TRIGGER USER;
UPDATE "VentureSupport" r SET "areaTownId" = (SELECT p."areaTownId" FROM "VentureProject" p WHERE p."id" = r."projectId"), "areaZoneId" = (SELECT p."areaZoneId" FROM "VentureProject" p WHERE p."id" = r."projectId");
ALTER TABLE "VentureSupport" ENABLE TRIGGER USER;
ALTER TABLE "EntrepreneurTraining" DISABLE TRIGGER USER;
UPDATE "EntrepreneurTraining" r SET "areaTownId" = (SELECT p."areaTownId" FROM "Entrepreneur" p WHERE p."id" = r."entrepreneurId"), "areaZoneId" = (SELECT p."areaZoneId" FROM "Entrepreneur" p WHERE p."id" = r."entrepreneurId");
ALTER TABLE "EntrepreneurTraining" ENABLE TRIGGER USER;
ALTER TABLE "ModelRecognition" DISABLE TRIGGER USER;
UPDATE "ModelRecognition" r SET "areaTownId" = (SELECT p."areaTownId" FROM "Entrepreneur" p WHERE p."id" = r."entrepreneurId"), "areaZoneId" = (SELECT p."areaZoneId" FROM "Entrepreneur" p WHERE p."id" = r."entrepreneurId");
ALTER TABLE "ModelRecognition" ENABLE TRIGGER USER;
ALTER TABLE "Instructor" DISABLE TRIGGER USER;
UPDATE "Instructor" r SET "areaTownId" = r."townId";
ALTER TABLE "Instructor" ENABLE TRIGGER USER;
ALTER TABLE "Enterprise" DISABLE TRIGGER USER;
UPDATE "Enterprise" r SET "areaTownId" = r."townId", "areaZoneId" = r."zoneId";
UPDATE "Enterprise" r SET "areaTownId" = COALESCE(r."areaTownId", (SELECT z."townId" FROM "Zone" z WHERE z."id" = r."areaZoneId")), "areaZoneId" = CASE WHEN r."areaTownId" IS NULL OR r."areaTownId" = (SELECT z."townId" FROM "Zone" z WHERE z."id" = r."areaZoneId") THEN r."areaZoneId" END WHERE r."areaZoneId" IS NOT NULL;
ALTER TABLE "Enterprise" ENABLE TRIGGER USER;
ALTER TABLE "InstructorAssignment" DISABLE TRIGGER USER;
UPDATE "InstructorAssignment" r SET "areaTownId" = (SELECT p."areaTownId" FROM "Enterprise" p WHERE p."id" = r."enterpriseId"), "areaZoneId" = (SELECT p."areaZoneId" FROM "Enterprise" p WHERE p."id" = r."enterpriseId");
ALTER TABLE "InstructorAssignment" ENABLE TRIGGER USER;
ALTER TABLE "EnterpriseVisit" DISABLE TRIGGER USER;
UPDATE "EnterpriseVisit" r SET "areaTownId" = (SELECT p."areaTownId" FROM "InstructorAssignment" p WHERE p."id" = r."assignmentId"), "areaZoneId" = (SELECT p."areaZoneId" FROM "InstructorAssignment" p WHERE p."id" = r."assignmentId");
ALTER TABLE "EnterpriseVisit" ENABLE TRIGGER USER;
ALTER TABLE "GuidancePlan" DISABLE TRIGGER USER;
UPDATE "GuidancePlan" r SET "areaTownId" = (SELECT p."areaTownId" FROM "InstructorAssignment" p WHERE p."id" = r."assignmentId"), "areaZoneId" = (SELECT p."areaZoneId" FROM "InstructorAssignment" p WHERE p."id" = r."assignmentId");
ALTER TABLE "GuidancePlan" ENABLE TRIGGER USER;
ALTER TABLE "PartyRepresentative" DISABLE TRIGGER USER;
UPDATE "PartyRepresentative" r SET "areaTownId" = r."townId";
ALTER TABLE "PartyRepresentative" ENABLE TRIGGER USER;
ALTER TABLE "RepresentativeTour" DISABLE TRIGGER USER;
UPDATE "RepresentativeTour" r SET "areaTownId" = (SELECT p."areaTownId" FROM "PartyOrganisation" p WHERE p."id" = r."targetOrganisationId"), "areaZoneId" = (SELECT p."areaZoneId" FROM "PartyOrganisation" p WHERE p."id" = r."targetOrganisationId");
ALTER TABLE "RepresentativeTour" ENABLE TRIGGER USER;
ALTER TABLE "TourParticipant" DISABLE TRIGGER USER;
UPDATE "TourParticipant" r SET "areaTownId" = (SELECT p."areaTownId" FROM "RepresentativeTour" p WHERE p."id" = r."tourId"), "areaZoneId" = (SELECT p."areaZoneId" FROM "RepresentativeTour" p WHERE p."id" = r."tourId");
ALTER TABLE "TourParticipant" ENABLE TRIGGER USER;
ALTER TABLE "BriefingAttendance" DISABLE TRIGGER USER;
UPDATE "BriefingAttendance" r SET "areaTownId" = (SELECT p."areaTownId" FROM "PartyRepresentative" p WHERE p."id" = r."representativeId");
ALTER TABLE "BriefingAttendance" ENABLE TRIGGER USER;
ALTER TABLE "PledgeLetter" DISABLE TRIGGER USER;
UPDATE "PledgeLetter" r SET "areaTownId" = (SELECT p."areaTownId" FROM "PartyOrganisation" p WHERE p."id" = r."organisationId"), "areaZoneId" = (SELECT p."areaZoneId" FROM "PartyOrganisation" p WHERE p."id" = r."organisationId");
ALTER TABLE "PledgeLetter" ENABLE TRIGGER USER;
ALTER TABLE "RepresentativeWorkstation" DISABLE TRIGGER USER;
UPDATE "RepresentativeWorkstation" r SET "areaTownId" = r."townId", "areaZoneId" = r."zoneId";
UPDATE "RepresentativeWorkstation" r SET "areaTownId" = COALESCE(r."areaTownId", (SELECT z."townId" FROM "Zone" z WHERE z."id" = r."areaZoneId")), "areaZoneId" = CASE WHEN r."areaTownId" IS NULL OR r."areaTownId" = (SELECT z."townId" FROM "Zone" z WHERE z."id" = r."areaZoneId") THEN r."areaZoneId" END WHERE r."areaZoneId" IS NOT NULL;
ALTER TABLE "RepresentativeWorkstation" ENABLE TRIGGER USER;
ALTER TABLE "ReceptionDay" DISABLE TRIGGER USER;
UPDATE "ReceptionDay" r SET "areaTownId" = (SELECT p."areaTownId" FROM "RepresentativeWorkstation" p WHERE p."id" = r."workstationId"), "areaZoneId" = (SELECT p."areaZoneId" FROM "RepresentativeWorkstation" p WHERE p."id" = r."workstationId");
ALTER TABLE "ReceptionDay" ENABLE TRIGGER USER;
ALTER TABLE "Proposal" DISABLE TRIGGER USER;
UPDATE "Proposal" r SET "areaTownId" = (SELECT p."areaTownId" FROM "PartyRepresentative" p WHERE p."id" = r."representativeId");
ALTER TABLE "Proposal" ENABLE TRIGGER USER;
ALTER TABLE "RepresentativeReview" DISABLE TRIGGER USER;
UPDATE "RepresentativeReview" r SET "areaTownId" = (SELECT p."areaTownId" FROM "PartyRepresentative" p WHERE p."id" = r."representativeId");
ALTER TABLE "RepresentativeReview" ENABLE TRIGGER USER;
ALTER TABLE "TalentPlatform" DISABLE TRIGGER USER;
UPDATE "TalentPlatform" r SET "areaTownId" = r."townId";
ALTER TABLE "TalentPlatform" ENABLE TRIGGER USER;
ALTER TABLE "TalentTeam" DISABLE TRIGGER USER;
UPDATE "TalentTeam" r SET "areaTownId" = r."townId", "areaZoneId" = r."zoneId";
UPDATE "TalentTeam" r SET "areaTownId" = COALESCE(r."areaTownId", (SELECT z."townId" FROM "Zone" z WHERE z."id" = r."areaZoneId")), "areaZoneId" = CASE WHEN r."areaTownId" IS NULL OR r."areaTownId" = (SELECT z."townId" FROM "Zone" z WHERE z."id" = r."areaZoneId") THEN r."areaZoneId" END WHERE r."areaZoneId" IS NOT NULL;
ALTER TABLE "TalentTeam" ENABLE TRIGGER USER;
ALTER TABLE "TrainingSession" DISABLE TRIGGER USER;
UPDATE "TrainingSession" r SET "areaTownId" = r."townId";
ALTER TABLE "TrainingSession" ENABLE TRIGGER USER;
ALTER TABLE "TrainingAudience" DISABLE TRIGGER USER;
UPDATE "TrainingAudience" r SET "areaTownId" = (SELECT p."areaTownId" FROM "TrainingSession" p WHERE p."id" = r."sessionId");
ALTER TABLE "TrainingAudience" ENABLE TRIGGER USER;
ALTER TABLE "TrainingAttendance" DISABLE TRIGGER USER;
UPDATE "TrainingAttendance" r SET "areaTownId" = (SELECT p."areaTownId" FROM "TrainingSession" p WHERE p."id" = r."sessionId");
ALTER TABLE "TrainingAttendance" ENABLE TRIGGER USER;
ALTER TABLE "TrainingEvaluation" DISABLE TRIGGER USER;
UPDATE "TrainingEvaluation" r SET "areaTownId" = (SELECT p."areaTownId" FROM "TrainingSession" p WHERE p."id" = r."sessionId");
ALTER TABLE "TrainingEvaluation" ENABLE TRIGGER USER;
ALTER TABLE "VolunteerTeam" DISABLE TRIGGER USER;
UPDATE "VolunteerTeam" r SET "areaTownId" = (SELECT p."areaTownId" FROM "PartyOrganisation" p WHERE p."id" = r."organisationId"), "areaZoneId" = r."zoneId";
UPDATE "VolunteerTeam" r SET "areaTownId" = (SELECT z."townId" FROM "Zone" z WHERE z."id" = r."areaZoneId") WHERE r."areaZoneId" IS NOT NULL;
ALTER TABLE "VolunteerTeam" ENABLE TRIGGER USER;
ALTER TABLE "VolunteerMembership" DISABLE TRIGGER USER;
UPDATE "VolunteerMembership" r SET "areaTownId" = (SELECT p."areaTownId" FROM "VolunteerTeam" p WHERE p."id" = r."teamId"), "areaZoneId" = (SELECT p."areaZoneId" FROM "VolunteerTeam" p WHERE p."id" = r."teamId");
ALTER TABLE "VolunteerMembership" ENABLE TRIGGER USER;
ALTER TABLE "VolunteerService" DISABLE TRIGGER USER;
UPDATE "VolunteerService" r SET "areaTownId" = (SELECT p."areaTownId" FROM "VolunteerTeam" p WHERE p."id" = r."teamId"), "areaZoneId" = (SELECT p."areaZoneId" FROM "VolunteerTeam" p WHERE p."id" = r."teamId");
ALTER TABLE "VolunteerService" ENABLE TRIGGER USER;
ALTER TABLE "PartyMember" DISABLE TRIGGER USER;
UPDATE "PartyMember" r SET "areaTownId" = (SELECT p."areaTownId" FROM "PartyOrganisation" p WHERE p."id" = r."organisationId"), "areaZoneId" = r."zoneId";
UPDATE "PartyMember" r SET "areaTownId" = (SELECT z."townId" FROM "Zone" z WHERE z."id" = r."areaZoneId") WHERE r."areaZoneId" IS NOT NULL;
ALTER TABLE "PartyMember" ENABLE TRIGGER USER;
ALTER TABLE "MemberAppraisal" DISABLE TRIGGER USER;
UPDATE "MemberAppraisal" r SET "areaTownId" = (SELECT p."areaTownId" FROM "PartyMember" p WHERE p."id" = r."memberId"), "areaZoneId" = (SELECT p."areaZoneId" FROM "PartyMember" p WHERE p."id" = r."memberId");
ALTER TABLE "MemberAppraisal" ENABLE TRIGGER USER;
ALTER TABLE "PostedCadre" DISABLE TRIGGER USER;
UPDATE "PostedCadre" r SET "areaTownId" = (SELECT p."areaTownId" FROM "Zone" p WHERE p."id" = r."hostZoneId"), "areaZoneId" = r."hostZoneId";
ALTER TABLE "PostedCadre" ENABLE TRIGGER USER;
ALTER TABLE "CadreTrainingPlan" DISABLE TRIGGER USER;
UPDATE "CadreTrainingPlan" r SET "areaTownId" = (SELECT p."areaTownId" FROM "PostedCadre" p WHERE p."id" = r."cadreId"), "areaZoneId" = (SELECT p."areaZoneId" FROM "PostedCadre" p WHERE p."id" = r."cadreId");
ALTER TABLE "CadreTrainingPlan" ENABLE TRIGGER USER;
ALTER TABLE "OpinionWorkstation" DISABLE TRIGGER USER;
UPDATE "OpinionWorkstation" r SET "areaTownId" = (SELECT p."areaTownId" FROM "Zone" p WHERE p."id" = r."zoneId"), "areaZoneId" = r."zoneId";
ALTER TABLE "OpinionWorkstation" ENABLE TRIGGER USER;
ALTER TABLE "OpinionDiaryEntry" DISABLE TRIGGER USER;
UPDATE "OpinionDiaryEntry" r SET "areaTownId" = (SELECT p."areaTownId" FROM "PostedCadre" p WHERE p."id" = r."cadreId"), "areaZoneId" = (SELECT p."areaZoneId" FROM "PostedCadre" p WHERE p."id" = r."cadreId");
ALTER TABLE "OpinionDiaryEntry" ENABLE TRIGGER USER;
ALTER TABLE "CadreAssessment" DISABLE TRIGGER USER;
UPDATE "CadreAssessment" r SET "areaTownId" = (SELECT p."areaTownId" FROM "PostedCadre" p WHERE p."id" = r."cadreId"), "areaZoneId" = (SELECT p."areaZoneId" FROM "PostedCadre" p WHERE p."id" = r."cadreId");
ALTER TABLE "CadreAssessment" ENABLE TRIGGER USER;
ALTER TABLE "AnnualTarget" DISABLE TRIGGER USER;
UPDATE "AnnualTarget" r SET "areaTownId" = r."townId", "areaZoneId" = r."zoneId";
UPDATE "AnnualTarget" r SET "areaTownId" = COALESCE(r."areaTownId", (SELECT z."townId" FROM "Zone" z WHERE z."id" = r."areaZoneId")), "areaZoneId" = CASE WHEN r."areaTownId" IS NULL OR r."areaTownId" = (SELECT z."townId" FROM "Zone" z WHERE z."id" = r."areaZoneId") THEN r."areaZoneId" END WHERE r."areaZoneId" IS NOT NULL;
ALTER TABLE "AnnualTarget" ENABLE TRIGGER USER;
ALTER TABLE "LeadershipTeam" DISABLE TRIGGER USER;
UPDATE "LeadershipTeam" r SET "areaTownId" = (SELECT p."areaTownId" FROM "PartyOrganisation" p WHERE p."id" = r."organisationId"), "areaZoneId" = (SELECT p."areaZoneId" FROM "PartyOrganisation" p WHERE p."id" = r."organisationId");
ALTER TABLE "LeadershipTeam" ENABLE TRIGGER USER;
ALTER TABLE "LeadershipTeamMember" DISABLE TRIGGER USER;
UPDATE "LeadershipTeamMember" r SET "areaTownId" = (SELECT p."areaTownId" FROM "LeadershipTeam" p WHERE p."id" = r."teamId"), "areaZoneId" = (SELECT p."areaZoneId" FROM "LeadershipTeam" p WHERE p."id" = r."teamId");
ALTER TABLE "LeadershipTeamMember" ENABLE TRIGGER USER;
ALTER TABLE "ServiceCentre" DISABLE TRIGGER USER;
UPDATE "ServiceCentre" r SET "areaTownId" = (SELECT p."areaTownId" FROM "Zone" p WHERE p."id" = r."zoneId"), "areaZoneId" = r."zoneId";
ALTER TABLE "ServiceCentre" ENABLE TRIGGER USER;
ALTER TABLE "ServiceRecord" DISABLE TRIGGER USER;
UPDATE "ServiceRecord" r SET "areaTownId" = (SELECT p."areaTownId" FROM "ServiceCentre" p WHERE p."id" = r."centreId"), "areaZoneId" = (SELECT p."areaZoneId" FROM "ServiceCentre" p WHERE p."id" = r."centreId");
ALTER TABLE "ServiceRecord" ENABLE TRIGGER USER;
ALTER TABLE "JointMeeting" DISABLE TRIGGER USER;
UPDATE "JointMeeting" r SET "areaTownId" = (SELECT p."areaTownId" FROM "Zone" p WHERE p."id" = r."zoneId"), "areaZoneId" = r."zoneId";
ALTER TABLE "JointMeeting" ENABLE TRIGGER USER;
ALTER TABLE "JointMeetingParticipant" DISABLE TRIGGER USER;
UPDATE "JointMeetingParticipant" r SET "areaTownId" = (SELECT p."areaTownId" FROM "JointMeeting" p WHERE p."id" = r."meetingId"), "areaZoneId" = (SELECT p."areaZoneId" FROM "JointMeeting" p WHERE p."id" = r."meetingId");
ALTER TABLE "JointMeetingParticipant" ENABLE TRIGGER USER;
ALTER TABLE "MeetingDecision" DISABLE TRIGGER USER;
UPDATE "MeetingDecision" r SET "areaTownId" = (SELECT p."areaTownId" FROM "JointMeeting" p WHERE p."id" = r."meetingId"), "areaZoneId" = (SELECT p."areaZoneId" FROM "JointMeeting" p WHERE p."id" = r."meetingId");
ALTER TABLE "MeetingDecision" ENABLE TRIGGER USER;
ALTER TABLE "FollowUpItem" DISABLE TRIGGER USER;
UPDATE "FollowUpItem" r SET "areaTownId" = (SELECT p."areaTownId" FROM "MeetingDecision" p WHERE p."id" = r."decisionId"), "areaZoneId" = (SELECT p."areaZoneId" FROM "MeetingDecision" p WHERE p."id" = r."decisionId");
ALTER TABLE "FollowUpItem" ENABLE TRIGGER USER;
ALTER TABLE "PublicOpinion" DISABLE TRIGGER USER;
UPDATE "PublicOpinion" r SET "areaTownId" = (SELECT p."areaTownId" FROM "Zone" p WHERE p."id" = r."zoneId"), "areaZoneId" = r."zoneId";
ALTER TABLE "PublicOpinion" ENABLE TRIGGER USER;
ALTER TABLE "GridArea" DISABLE TRIGGER USER;
UPDATE "GridArea" r SET "areaTownId" = (SELECT p."areaTownId" FROM "Zone" p WHERE p."id" = r."zoneId"), "areaZoneId" = r."zoneId";
ALTER TABLE "GridArea" ENABLE TRIGGER USER;
ALTER TABLE "SocialCase" DISABLE TRIGGER USER;
UPDATE "SocialCase" r SET "areaTownId" = (SELECT p."areaTownId" FROM "GridArea" p WHERE p."id" = r."gridId"), "areaZoneId" = (SELECT p."areaZoneId" FROM "GridArea" p WHERE p."id" = r."gridId");
ALTER TABLE "SocialCase" ENABLE TRIGGER USER;
