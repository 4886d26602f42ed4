-- CreateIndex
CREATE INDEX "AuditEntry_communeId_action_createdAt_idx" ON "AuditEntry"("communeId", "action", "createdAt");
