import { describe, expect, it } from "vitest";
import { bindChat, deactivateChat, findActiveBinding } from "../../src/adapters/storage/stores/chat-bindings.js";
import { createCommune } from "../../src/adapters/storage/stores/communes.js";
import { endExpiredSessions, saveSession } from "../../src/adapters/storage/stores/conversation-states.js";
import { addMember, approveMembership } from "../../src/adapters/storage/stores/members.js";
import { createPlan, findIndicatorIdByCode } from "../../src/adapters/storage/stores/plans.js";
import { type Catalog, catalogSchema } from "../../src/core/catalog/catalog-schema.js";
import { databaseKindsUnderTest } from "../support/test-database.js";
import { useTestDatabase } from "../support/use-test-database.js";

const at = new Date("2024-09-20T01:00:00Z");

/** A one-group catalog with the given indicator codes, all yes/no questions. */
function catalogWith(id: string, codes: string[]): Catalog {
  return catalogSchema.parse({
    id,
    title: `Bộ chỉ tiêu thử ${id}`,
    source: "QĐ 3/QĐ-UBND",
    year: 2024,
    groups: [{ code: "3", name: "Xã hội số" }],
    indicators: codes.map((code) => ({
      code,
      group: "3",
      name: `Chỉ tiêu ${code}`,
      measure: { kind: "boolean", question: `đạt chỉ tiêu ${code}` },
    })),
  });
}

describe.each(databaseKindsUnderTest())("stores the conversation reads and writes through, on %s", (kind) => {
  const database = useTestDatabase(kind);

  async function communeWithPlan(slug: string, catalog = catalogWith("conversation-set", ["3.1", "3.2"])) {
    const { db } = database();
    const commune = await createCommune(
      db,
      { slug, name: `Xã ${slug}`, district: "Ngọc Lặc", province: "Thanh Hóa" },
      { at },
    );
    const plan = await createPlan(db, { communeId: commune.id, catalog, year: 2024, at, actor: {} });
    if (!plan.ok) throw new Error(`plan for ${slug} refused: ${plan.status}`);
    return { communeId: commune.id, planId: plan.plan.id };
  }

  describe("findActiveBinding", () => {
    it("gives the commune and plan of an active binding with a plan, and null otherwise", async () => {
      const { db } = database();
      const { communeId, planId } = await communeWithPlan("binding-a");
      const bind = (chatId: string, boundPlanId: string | null) =>
        bindChat(db, { platform: "telegram", chatId, communeId, planId: boundPlanId, isGroup: true, at });
      await bind("-2001", planId);
      await bind("-2002", null);
      await bind("-2003", planId);
      await deactivateChat(db, { platform: "telegram", chatId: "-2003", reason: "bot bị xóa khỏi nhóm", at });

      const find = (platform: string, chatId: string) => findActiveBinding(db, { platform, chatId });
      expect(await find("telegram", "-2001")).toEqual({ communeId, planId });
      expect(await find("zalo", "-2001")).toBeNull();
      expect(await find("telegram", "-2002")).toBeNull();
      expect(await find("telegram", "-2003")).toBeNull();
      expect(await find("telegram", "-2999")).toBeNull();
    });
  });

  describe("findIndicatorIdByCode", () => {
    it("finds the code in the catalog version the plan follows, not in another one", async () => {
      const { db } = database();
      const first = await communeWithPlan("indicator-a", catalogWith("indicator-set-a", ["3.1", "3.2"]));
      const second = await communeWithPlan("indicator-b", catalogWith("indicator-set-b", ["3.2"]));

      const firstId = await findIndicatorIdByCode(db, { planId: first.planId, code: "3.2" });
      const secondId = await findIndicatorIdByCode(db, { planId: second.planId, code: "3.2" });
      const stored = await db.indicator.findMany({ where: { code: "3.2" }, include: { set: true } });
      const idOf = (catalogId: string) => stored.find((row) => row.set.catalogId === catalogId)?.id;
      expect(firstId).toBe(idOf("indicator-set-a"));
      expect(secondId).toBe(idOf("indicator-set-b"));
      expect(await findIndicatorIdByCode(db, { planId: second.planId, code: "3.1" })).toBeNull();
    });
  });

  describe("approveMembership", () => {
    it("approves with the given role and audits the status and role before and after", async () => {
      const { db } = database();
      const { communeId } = await communeWithPlan("approval-a");
      const chair = await addMember(
        db,
        { communeId, platform: "zalo", externalId: "z-chair", displayName: "Hùng", role: "chair", status: "approved" },
        { at },
      );
      const guest = await addMember(
        db,
        { communeId, platform: "zalo", externalId: "z-guest", displayName: "Khách", role: "member", status: "pending" },
        { at },
      );
      const approvedAt = new Date("2024-09-21T02:00:00Z");

      const approved = await approveMembership(db, {
        membershipId: guest.id,
        role: "viewer",
        approvedBy: chair.personId,
        platform: "zalo",
        chatId: "g:100",
        at: approvedAt,
      });

      expect(approved).toMatchObject({ status: "approved", role: "viewer", approvedBy: chair.personId });
      const audit = await db.auditEntry.findMany({ where: { entityId: guest.id, action: "member.approve" } });
      expect(audit).toEqual([
        expect.objectContaining({
          communeId,
          personId: chair.personId,
          entity: "Membership",
          before: { status: "pending", role: "member" },
          after: { status: "approved", role: "viewer" },
          platform: "zalo",
          chatId: "g:100",
          createdAt: approvedAt,
        }),
      ]);
    });
  });

  describe("endExpiredSessions", () => {
    it("ends only the dialogs whose time ran out, once, naming their member", async () => {
      const { db } = database();
      const { communeId } = await communeWithPlan("sessions-a");
      const member = async (externalId: string, displayName: string) =>
        (
          await addMember(
            db,
            { communeId, platform: "telegram", externalId, displayName, role: "member", status: "approved" },
            { at },
          )
        ).personId;
      const lan = await member("501", "Lan");
      const minh = await member("502", "Minh");
      const dialog = (personId: string, expiresAt: Date) =>
        saveSession(
          db,
          { platform: "telegram", chatId: "-3001", personId },
          { state: { step: "figure", code: "3.2" }, expiresAt, schemaVersion: 7, at },
          null,
        );
      const now = new Date("2024-09-20T02:00:00Z");
      await dialog(lan, new Date("2024-09-20T01:45:00Z"));
      await dialog(minh, new Date("2024-09-20T02:10:00Z"));

      expect(await endExpiredSessions(db, now)).toEqual([
        {
          platform: "telegram",
          chatId: "-3001",
          state: { step: "figure", code: "3.2" },
          schemaVersion: 7,
          memberName: "Lan",
        },
      ]);
      expect(await endExpiredSessions(db, now)).toEqual([]);
      const left = await db.conversationState.findMany({ where: { chatId: "-3001" } });
      expect(left.map((row) => row.personId)).toEqual([minh]);
    });
  });
});
