-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Commune" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "district" TEXT NOT NULL,
    "province" TEXT NOT NULL,
    "joinPolicy" TEXT NOT NULL DEFAULT 'approval',
    "reminderSettings" JSONB,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Commune" ("createdAt", "district", "id", "joinPolicy", "name", "province", "reminderSettings", "slug") SELECT "createdAt", "district", "id", "joinPolicy", "name", "province", "reminderSettings", "slug" FROM "Commune";
DROP TABLE "Commune";
ALTER TABLE "new_Commune" RENAME TO "Commune";
CREATE UNIQUE INDEX "Commune_slug_key" ON "Commune"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- What a message reads about a commune is kept in memory and checked against "revision":
-- every change to it bumps the revision here, whoever writes (the bot, the admin CLI,
-- another instance). A later migration that rebuilds one of these tables must recreate
-- its triggers (test/storage/commune-revision.test.ts checks each one).
CREATE TRIGGER "CommunePlan_insert_commune_revision" AFTER INSERT ON "CommunePlan" BEGIN UPDATE "Commune" SET "revision" = "revision" + 1 WHERE "id" = NEW."communeId"; END;
CREATE TRIGGER "CommunePlan_update_commune_revision" AFTER UPDATE ON "CommunePlan" BEGIN UPDATE "Commune" SET "revision" = "revision" + 1 WHERE "id" = NEW."communeId"; END;
CREATE TRIGGER "CommunePlan_delete_commune_revision" AFTER DELETE ON "CommunePlan" BEGIN UPDATE "Commune" SET "revision" = "revision" + 1 WHERE "id" = OLD."communeId"; END;
CREATE TRIGGER "Membership_insert_commune_revision" AFTER INSERT ON "Membership" BEGIN UPDATE "Commune" SET "revision" = "revision" + 1 WHERE "id" = NEW."communeId"; END;
CREATE TRIGGER "Membership_update_commune_revision" AFTER UPDATE ON "Membership" BEGIN UPDATE "Commune" SET "revision" = "revision" + 1 WHERE "id" = NEW."communeId"; END;
CREATE TRIGGER "Membership_delete_commune_revision" AFTER DELETE ON "Membership" BEGIN UPDATE "Commune" SET "revision" = "revision" + 1 WHERE "id" = OLD."communeId"; END;
CREATE TRIGGER "Meeting_insert_commune_revision" AFTER INSERT ON "Meeting" BEGIN UPDATE "Commune" SET "revision" = "revision" + 1 WHERE "id" = NEW."communeId"; END;
CREATE TRIGGER "Meeting_update_commune_revision" AFTER UPDATE ON "Meeting" BEGIN UPDATE "Commune" SET "revision" = "revision" + 1 WHERE "id" = NEW."communeId"; END;
CREATE TRIGGER "Meeting_delete_commune_revision" AFTER DELETE ON "Meeting" BEGIN UPDATE "Commune" SET "revision" = "revision" + 1 WHERE "id" = OLD."communeId"; END;
CREATE TRIGGER "Deadline_insert_commune_revision" AFTER INSERT ON "Deadline" BEGIN UPDATE "Commune" SET "revision" = "revision" + 1 WHERE "id" = NEW."communeId"; END;
CREATE TRIGGER "Deadline_update_commune_revision" AFTER UPDATE ON "Deadline" BEGIN UPDATE "Commune" SET "revision" = "revision" + 1 WHERE "id" = NEW."communeId"; END;
CREATE TRIGGER "Deadline_delete_commune_revision" AFTER DELETE ON "Deadline" BEGIN UPDATE "Commune" SET "revision" = "revision" + 1 WHERE "id" = OLD."communeId"; END;
CREATE TRIGGER "PlanTarget_insert_commune_revision" AFTER INSERT ON "PlanTarget" BEGIN UPDATE "Commune" SET "revision" = "revision" + 1 WHERE "id" = (SELECT "communeId" FROM "CommunePlan" WHERE "id" = NEW."planId"); END;
CREATE TRIGGER "PlanTarget_update_commune_revision" AFTER UPDATE ON "PlanTarget" BEGIN UPDATE "Commune" SET "revision" = "revision" + 1 WHERE "id" = (SELECT "communeId" FROM "CommunePlan" WHERE "id" = NEW."planId"); END;
CREATE TRIGGER "PlanTarget_delete_commune_revision" AFTER DELETE ON "PlanTarget" BEGIN UPDATE "Commune" SET "revision" = "revision" + 1 WHERE "id" = (SELECT "communeId" FROM "CommunePlan" WHERE "id" = OLD."planId"); END;
CREATE TRIGGER "Assignment_insert_commune_revision" AFTER INSERT ON "Assignment" BEGIN UPDATE "Commune" SET "revision" = "revision" + 1 WHERE "id" = (SELECT "communeId" FROM "CommunePlan" WHERE "id" = NEW."planId"); END;
CREATE TRIGGER "Assignment_update_commune_revision" AFTER UPDATE ON "Assignment" BEGIN UPDATE "Commune" SET "revision" = "revision" + 1 WHERE "id" = (SELECT "communeId" FROM "CommunePlan" WHERE "id" = NEW."planId"); END;
CREATE TRIGGER "Assignment_delete_commune_revision" AFTER DELETE ON "Assignment" BEGIN UPDATE "Commune" SET "revision" = "revision" + 1 WHERE "id" = (SELECT "communeId" FROM "CommunePlan" WHERE "id" = OLD."planId"); END;
CREATE TRIGGER "PlatformIdentity_insert_commune_revision" AFTER INSERT ON "PlatformIdentity" BEGIN UPDATE "Commune" SET "revision" = "revision" + 1 WHERE "id" IN (SELECT "communeId" FROM "Membership" WHERE "personId" = NEW."personId"); END;
CREATE TRIGGER "PlatformIdentity_update_commune_revision" AFTER UPDATE ON "PlatformIdentity" BEGIN UPDATE "Commune" SET "revision" = "revision" + 1 WHERE "id" IN (SELECT "communeId" FROM "Membership" WHERE "personId" = NEW."personId"); END;
CREATE TRIGGER "PlatformIdentity_delete_commune_revision" AFTER DELETE ON "PlatformIdentity" BEGIN UPDATE "Commune" SET "revision" = "revision" + 1 WHERE "id" IN (SELECT "communeId" FROM "Membership" WHERE "personId" = OLD."personId"); END;
CREATE TRIGGER "Person_update_commune_revision" AFTER UPDATE OF "displayName" ON "Person" BEGIN UPDATE "Commune" SET "revision" = "revision" + 1 WHERE "id" IN (SELECT "communeId" FROM "Membership" WHERE "personId" = NEW."id"); END;
CREATE TRIGGER "Commune_update_commune_revision" AFTER UPDATE OF "name", "district", "province", "joinPolicy" ON "Commune" BEGIN UPDATE "Commune" SET "revision" = "revision" + 1 WHERE "id" = NEW."id"; END;
