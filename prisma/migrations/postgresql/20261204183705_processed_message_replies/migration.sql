-- AlterTable
ALTER TABLE "ProcessedMessage" ADD COLUMN     "replies" JSONB;
