-- AlterTable (added in place: redefining the table would drop its revision trigger)
ALTER TABLE "Commune" ADD COLUMN "sample" BOOLEAN NOT NULL DEFAULT false;

-- The sample commune the terminal chat created before this column existed.
UPDATE "Commune" SET "sample" = true WHERE "slug" = 'thuy-son-mau';
