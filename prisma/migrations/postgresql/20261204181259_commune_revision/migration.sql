-- AlterTable
ALTER TABLE "Commune" ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 0;

-- What a message reads about a commune is kept in memory and checked against "revision":
-- every change to it bumps the revision here, whoever writes (the bot, the admin CLI,
-- another instance). A later migration that rebuilds one of these tables must recreate
-- its triggers (test/storage/commune-revision.test.ts checks each one).
CREATE FUNCTION "bump_commune_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r record;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  IF TG_TABLE_NAME IN ('CommunePlan', 'Membership', 'Meeting', 'Deadline') THEN
    UPDATE "Commune" SET "revision" = "revision" + 1 WHERE "id" = r."communeId";
  ELSIF TG_TABLE_NAME IN ('PlanTarget', 'Assignment') THEN
    UPDATE "Commune" SET "revision" = "revision" + 1
      WHERE "id" = (SELECT "communeId" FROM "CommunePlan" WHERE "id" = r."planId");
  ELSIF TG_TABLE_NAME = 'PlatformIdentity' THEN
    UPDATE "Commune" SET "revision" = "revision" + 1
      WHERE "id" IN (SELECT "communeId" FROM "Membership" WHERE "personId" = r."personId");
  ELSIF TG_TABLE_NAME = 'Person' THEN
    UPDATE "Commune" SET "revision" = "revision" + 1
      WHERE "id" IN (SELECT "communeId" FROM "Membership" WHERE "personId" = r."id");
  END IF;
  RETURN NULL;
END;
$$;
CREATE FUNCTION "bump_own_commune_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW."name", NEW."district", NEW."province", NEW."joinPolicy")
     IS DISTINCT FROM (OLD."name", OLD."district", OLD."province", OLD."joinPolicy") THEN
    NEW."revision" := OLD."revision" + 1;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "CommunePlan_commune_revision" AFTER INSERT OR UPDATE OR DELETE ON "CommunePlan" FOR EACH ROW EXECUTE FUNCTION "bump_commune_revision"();
CREATE TRIGGER "Membership_commune_revision" AFTER INSERT OR UPDATE OR DELETE ON "Membership" FOR EACH ROW EXECUTE FUNCTION "bump_commune_revision"();
CREATE TRIGGER "Meeting_commune_revision" AFTER INSERT OR UPDATE OR DELETE ON "Meeting" FOR EACH ROW EXECUTE FUNCTION "bump_commune_revision"();
CREATE TRIGGER "Deadline_commune_revision" AFTER INSERT OR UPDATE OR DELETE ON "Deadline" FOR EACH ROW EXECUTE FUNCTION "bump_commune_revision"();
CREATE TRIGGER "PlanTarget_commune_revision" AFTER INSERT OR UPDATE OR DELETE ON "PlanTarget" FOR EACH ROW EXECUTE FUNCTION "bump_commune_revision"();
CREATE TRIGGER "Assignment_commune_revision" AFTER INSERT OR UPDATE OR DELETE ON "Assignment" FOR EACH ROW EXECUTE FUNCTION "bump_commune_revision"();
CREATE TRIGGER "PlatformIdentity_commune_revision" AFTER INSERT OR UPDATE OR DELETE ON "PlatformIdentity" FOR EACH ROW EXECUTE FUNCTION "bump_commune_revision"();
CREATE TRIGGER "Person_commune_revision" AFTER UPDATE OF "displayName" ON "Person" FOR EACH ROW EXECUTE FUNCTION "bump_commune_revision"();
CREATE TRIGGER "Commune_commune_revision" BEFORE UPDATE ON "Commune" FOR EACH ROW EXECUTE FUNCTION "bump_own_commune_revision"();
