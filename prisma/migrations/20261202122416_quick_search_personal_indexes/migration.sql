-- CreateIndex
CREATE INDEX "Entrepreneur_idNumber_trgm_idx" ON "Entrepreneur" USING GIN ("idNumber" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Entrepreneur_phone_trgm_idx" ON "Entrepreneur" USING GIN ("phone" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "PublicOpinion_residentName_trgm_idx" ON "PublicOpinion" USING GIN ("residentName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "PublicOpinion_residentPhone_trgm_idx" ON "PublicOpinion" USING GIN ("residentPhone" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "PartyMember_idNumber_trgm_idx" ON "PartyMember" USING GIN ("idNumber" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "PartyMember_phone_trgm_idx" ON "PartyMember" USING GIN ("phone" gin_trgm_ops);
