-- AlterTable
ALTER TABLE "CurrentFigure" ADD COLUMN "lastEvidence" JSONB;

-- Backfill: the evidence of the newest version that carried any, for every figure in force.
UPDATE "CurrentFigure" SET "lastEvidence" = (
    SELECT CASE WHEN count(*) = 0 THEN NULL ELSE
        json_group_array(json_object('kind', e."kind", 'reference', e."reference", 'issuedOn', substr(e."issuedOn", 1, 10), 'url', e."url")) END
    FROM (SELECT * FROM "Evidence" x
          WHERE x."submissionId" = (
              SELECT s."id" FROM "Submission" s
              WHERE s."planId" = "CurrentFigure"."planId" AND s."indicatorId" = "CurrentFigure"."indicatorId"
                AND s."period" = "CurrentFigure"."period"
                AND EXISTS (SELECT 1 FROM "Evidence" v WHERE v."submissionId" = s."id")
              ORDER BY s."version" DESC LIMIT 1)
          ORDER BY x.rowid) e);
