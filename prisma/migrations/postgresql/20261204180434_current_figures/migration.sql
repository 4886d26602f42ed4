-- CreateTable
CREATE TABLE "CurrentFigure" (
    "planId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "communeId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "previousValue" JSONB,
    "membershipId" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "evidence" JSONB NOT NULL,
    "lastDenominator" DOUBLE PRECISION,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CurrentFigure_pkey" PRIMARY KEY ("planId","indicatorId","period")
);

-- CreateIndex
CREATE INDEX "CurrentFigure_communeId_period_idx" ON "CurrentFigure"("communeId", "period");

-- AddForeignKey
ALTER TABLE "CurrentFigure" ADD CONSTRAINT "CurrentFigure_planId_fkey" FOREIGN KEY ("planId") REFERENCES "CommunePlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: the newest version of every (plan, indicator, period), its evidence, and the
-- last denominator any of its versions confirmed.
INSERT INTO "CurrentFigure" ("planId", "code", "period", "communeId", "indicatorId", "submissionId", "version", "kind", "value", "previousValue", "membershipId", "platform", "chatId", "evidence", "lastDenominator", "createdAt")
SELECT DISTINCT ON (s."planId", s."indicatorId", s."period")
    s."planId", i."code", s."period", s."communeId", s."indicatorId", s."id", s."version", s."kind", s."value", s."previousValue", s."membershipId", s."platform", s."chatId",
    COALESCE((SELECT jsonb_agg(jsonb_build_object('kind', e."kind", 'reference', e."reference", 'issuedOn', to_char(e."issuedOn", 'YYYY-MM-DD'), 'url', e."url"))
                FROM "Evidence" e WHERE e."submissionId" = s."id"), '[]'::jsonb),
    (SELECT (r."value"->>'denominator')::double precision FROM "Submission" r
      WHERE r."planId" = s."planId" AND r."indicatorId" = s."indicatorId" AND r."period" = s."period"
        AND r."value"->>'kind' = 'ratio'
      ORDER BY r."version" DESC LIMIT 1),
    s."createdAt"
FROM "Submission" s JOIN "Indicator" i ON i."id" = s."indicatorId"
ORDER BY s."planId", s."indicatorId", s."period", s."version" DESC;
