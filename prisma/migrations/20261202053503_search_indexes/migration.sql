-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateIndex
CREATE INDEX "Office_name_trgm_idx" ON "Office" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Office_code_trgm_idx" ON "Office" USING GIN ("code" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "BenchmarkIndicator_name_trgm_idx" ON "BenchmarkIndicator" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "CatchUpPlan_title_trgm_idx" ON "CatchUpPlan" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "User_displayName_trgm_idx" ON "User" USING GIN ("displayName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "User_username_trgm_idx" ON "User" USING GIN ("username" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Town_name_trgm_idx" ON "Town" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Town_code_trgm_idx" ON "Town" USING GIN ("code" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Zone_name_trgm_idx" ON "Zone" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Zone_code_trgm_idx" ON "Zone" USING GIN ("code" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "PartyBrand_name_trgm_idx" ON "PartyBrand" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "PartyBrand_description_trgm_idx" ON "PartyBrand" USING GIN ("description" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "BrandPublicity_title_trgm_idx" ON "BrandPublicity" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Entrepreneur_name_trgm_idx" ON "Entrepreneur" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "VentureProject_name_trgm_idx" ON "VentureProject" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "VentureSupport_description_trgm_idx" ON "VentureSupport" USING GIN ("description" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ModelRecognition_title_trgm_idx" ON "ModelRecognition" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Instructor_name_trgm_idx" ON "Instructor" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Enterprise_name_trgm_idx" ON "Enterprise" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "GuidancePlan_title_trgm_idx" ON "GuidancePlan" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "PartyRepresentative_name_trgm_idx" ON "PartyRepresentative" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "RepresentativeBriefing_title_trgm_idx" ON "RepresentativeBriefing" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "PledgeLetter_title_trgm_idx" ON "PledgeLetter" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "RepresentativeWorkstation_name_trgm_idx" ON "RepresentativeWorkstation" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Proposal_title_trgm_idx" ON "Proposal" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "TalentPlatform_name_trgm_idx" ON "TalentPlatform" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "RecruitmentEvent_name_trgm_idx" ON "RecruitmentEvent" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "TalentTeam_name_trgm_idx" ON "TalentTeam" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "TalentTeam_leaderName_trgm_idx" ON "TalentTeam" USING GIN ("leaderName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "TrainingSession_title_trgm_idx" ON "TrainingSession" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "VolunteerTeam_name_trgm_idx" ON "VolunteerTeam" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "VolunteerTeam_leaderName_trgm_idx" ON "VolunteerTeam" USING GIN ("leaderName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "VolunteerService_description_trgm_idx" ON "VolunteerService" USING GIN ("description" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "PostedCadre_name_trgm_idx" ON "PostedCadre" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "OpinionWorkstation_name_trgm_idx" ON "OpinionWorkstation" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "OpinionDiaryEntry_title_trgm_idx" ON "OpinionDiaryEntry" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "PartyOrganisation_name_trgm_idx" ON "PartyOrganisation" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "PartyOrganisation_code_trgm_idx" ON "PartyOrganisation" USING GIN ("code" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "LeadershipTeamMember_name_trgm_idx" ON "LeadershipTeamMember" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ServiceCentre_name_trgm_idx" ON "ServiceCentre" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ServiceRecord_description_trgm_idx" ON "ServiceRecord" USING GIN ("description" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "JointMeeting_title_trgm_idx" ON "JointMeeting" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "FollowUpItem_description_trgm_idx" ON "FollowUpItem" USING GIN ("description" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "PartyMember_name_trgm_idx" ON "PartyMember" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "GridArea_name_trgm_idx" ON "GridArea" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "GridArea_code_trgm_idx" ON "GridArea" USING GIN ("code" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "SocialCase_description_trgm_idx" ON "SocialCase" USING GIN ("description" gin_trgm_ops);
