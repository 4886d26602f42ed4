-- AlterTable
ALTER TABLE "CurrentFigure" ADD COLUMN     "lastEvidence" JSONB;

-- Backfill: the evidence of the newest version that carried any, for every figure in force.
UPDATE "CurrentFigure" c SET "lastEvidence" = (
    SELECT jsonb_agg(jsonb_build_object('kind', e."kind", 'reference', e."reference", 'issuedOn', to_char(e."issuedOn", 'YYYY-MM-DD'), 'url', e."url"))
    FROM "Evidence" e
    WHERE e."submissionId" = (
        SELECT s."id" FROM "Submission" s
        WHERE s."planId" = c."planId" AND s."indicatorId" = c."indicatorId" AND s."period" = c."period"
          AND EXISTS (SELECT 1 FROM "Evidence" v WHERE v."submissionId" = s."id")
        ORDER BY s."version" DESC LIMIT 1));
