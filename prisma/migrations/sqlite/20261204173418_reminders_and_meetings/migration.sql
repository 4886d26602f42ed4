-- AlterTable
ALTER TABLE "Commune" ADD COLUMN "reminderSettings" JSONB;

-- AlterTable
ALTER TABLE "ReminderJob" ADD COLUMN "handedOverAt" DATETIME;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ChatBinding" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "platform" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "communeId" TEXT NOT NULL,
    "planId" TEXT,
    "isGroup" BOOLEAN NOT NULL,
    "title" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "remindersPaused" BOOLEAN NOT NULL DEFAULT false,
    "boundBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ChatBinding_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Commune" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ChatBinding_planId_fkey" FOREIGN KEY ("planId") REFERENCES "CommunePlan" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ChatBinding" ("active", "boundBy", "chatId", "communeId", "createdAt", "id", "isGroup", "planId", "platform", "title", "updatedAt") SELECT "active", "boundBy", "chatId", "communeId", "createdAt", "id", "isGroup", "planId", "platform", "title", "updatedAt" FROM "ChatBinding";
DROP TABLE "ChatBinding";
ALTER TABLE "new_ChatBinding" RENAME TO "ChatBinding";
CREATE UNIQUE INDEX "ChatBinding_platform_chatId_key" ON "ChatBinding"("platform", "chatId");
CREATE TABLE "new_Meeting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "communeId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "location" TEXT,
    "year" INTEGER,
    "quarter" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'scheduled',
    "heldOn" DATETIME,
    "chairedByHead" BOOLEAN,
    "chairName" TEXT,
    "conclusionRef" TEXT,
    "conclusionOn" DATETIME,
    "photosUrl" TEXT,
    "createdBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Meeting_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Commune" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Meeting" ("communeId", "createdAt", "createdBy", "id", "location", "startsAt", "title") SELECT "communeId", "createdAt", "createdBy", "id", "location", "startsAt", "title" FROM "Meeting";
DROP TABLE "Meeting";
ALTER TABLE "new_Meeting" RENAME TO "Meeting";
CREATE INDEX "Meeting_communeId_startsAt_idx" ON "Meeting"("communeId", "startsAt");
CREATE TABLE "new_Deadline" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "communeId" TEXT NOT NULL,
    "planId" TEXT,
    "title" TEXT NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "indicatorCode" TEXT,
    "source" TEXT NOT NULL DEFAULT 'manual',
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Deadline_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Commune" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Deadline_planId_fkey" FOREIGN KEY ("planId") REFERENCES "CommunePlan" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Deadline" ("communeId", "createdAt", "dueAt", "id", "indicatorCode", "planId", "source", "title") SELECT "communeId", "createdAt", "dueAt", "id", "indicatorCode", "planId", "source", "title" FROM "Deadline";
DROP TABLE "Deadline";
ALTER TABLE "new_Deadline" RENAME TO "Deadline";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
