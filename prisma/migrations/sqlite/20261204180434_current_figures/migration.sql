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
    "lastDenominator" REAL,
    "createdAt" DATETIME NOT NULL,

    PRIMARY KEY ("planId", "indicatorId", "period"),
    CONSTRAINT "CurrentFigure_planId_fkey" FOREIGN KEY ("planId") REFERENCES "CommunePlan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "CurrentFigure_communeId_period_idx" ON "CurrentFigure"("communeId", "period");

-- Backfill: the newest version of every (plan, indicator, period), its evidence, and the
-- last denominator any of its versions confirmed.
INSERT INTO "CurrentFigure" ("planId", "code", "period", "communeId", "indicatorId", "submissionId", "version", "kind", "value", "previousValue", "membershipId", "platform", "chatId", "evidence", "lastDenominator", "createdAt")
SELECT s."planId", i."code", s."period", s."communeId", s."indicatorId", s."id", s."version", s."kind", s."value", s."previousValue", s."membershipId", s."platform", s."chatId",
    (SELECT json_group_array(json_object('kind', e."kind", 'reference', e."reference", 'issuedOn', substr(e."issuedOn", 1, 10), 'url', e."url"))
       FROM (SELECT * FROM "Evidence" x WHERE x."submissionId" = s."id" ORDER BY x.rowid) e),
    (SELECT json_extract(r."value", '$.denominator') FROM "Submission" r
      WHERE r."planId" = s."planId" AND r."indicatorId" = s."indicatorId" AND r."period" = s."period"
        AND json_extract(r."value", '$.kind') = 'ratio'
      ORDER BY r."version" DESC LIMIT 1),
    s."createdAt"
FROM "Submission" s JOIN "Indicator" i ON i."id" = s."indicatorId"
WHERE s."version" = (SELECT max(m."version") FROM "Submission" m
                      WHERE m."planId" = s."planId" AND m."indicatorId" = s."indicatorId" AND m."period" = s."period");
