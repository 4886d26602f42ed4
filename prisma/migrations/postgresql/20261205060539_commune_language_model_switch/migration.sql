-- AlterTable
ALTER TABLE "Commune" ADD COLUMN     "languageModel" BOOLEAN NOT NULL DEFAULT true;
