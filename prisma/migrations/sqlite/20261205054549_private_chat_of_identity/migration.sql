-- AlterTable
ALTER TABLE "PlatformIdentity" ADD COLUMN "privateChatId" TEXT;
