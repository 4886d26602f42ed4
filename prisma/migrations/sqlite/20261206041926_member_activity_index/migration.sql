-- CreateIndex
CREATE INDEX "Submission_planId_period_membershipId_createdAt_idx" ON "Submission"("planId", "period", "membershipId", "createdAt");
