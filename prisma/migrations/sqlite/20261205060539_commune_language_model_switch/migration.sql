-- AlterTable (a column added at the end: the table and its revision trigger stay as they are)
ALTER TABLE "Commune" ADD COLUMN "languageModel" BOOLEAN NOT NULL DEFAULT true;
