-- AlterTable
ALTER TABLE "Commune" ADD COLUMN     "reminderSettings" JSONB;

-- AlterTable
ALTER TABLE "ChatBinding" ADD COLUMN     "remindersPaused" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "chairName" TEXT,
ADD COLUMN     "chairedByHead" BOOLEAN,
ADD COLUMN     "conclusionOn" TIMESTAMP(3),
ADD COLUMN     "conclusionRef" TEXT,
ADD COLUMN     "heldOn" TIMESTAMP(3),
ADD COLUMN     "photosUrl" TEXT,
ADD COLUMN     "quarter" INTEGER,
ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'scheduled',
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "year" INTEGER;

-- AlterTable
ALTER TABLE "Deadline" ADD COLUMN     "createdBy" TEXT,
ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'open';

-- AlterTable
ALTER TABLE "ReminderJob" ADD COLUMN     "handedOverAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Meeting_communeId_startsAt_idx" ON "Meeting"("communeId", "startsAt");
