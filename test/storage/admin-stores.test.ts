import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/adapters/storage/open-database.js";
import { assignIndicators } from "../../src/adapters/storage/stores/assignments.js";
import { bindChat } from "../../src/adapters/storage/stores/chat-bindings.js";
import { createCommune } from "../../src/adapters/storage/stores/communes.js";
import { findMembership, listMembers } from "../../src/adapters/storage/stores/member-lookup.js";
import { addMember } from "../../src/adapters/storage/stores/members.js";
import { createPlan, findCurrentPlan } from "../../src/adapters/storage/stores/plans.js";
import { catalogSchema } from "../../src/core/catalog/catalog-schema.js";
import { createTestDatabase, databaseKindsUnderTest, type TestDatabase } from "../support/test-database.js";

const at = new Date("2024-09-20T01:00:00Z");
const later = new Date("2024-09-21T01:00:00Z");

const ratio = (numerator: string) => ({ kind: "ratio", numerator, denominator: "Tổng số hộ", unit: "hộ" });
const catalog = catalogSchema.parse({
  id: "admin-test-set",
  title: "Bộ chỉ tiêu thử cho quản trị",
  source: "QĐ 2/QĐ-UBND",
  year: 2024,
  groups: [{ code: "3", name: "Xã hội số" }],
  indicators: [
    {
      code: "3.1",
      group: "3",
      name: "Tỷ lệ hộ có điện thoại thông minh",
      measure: ratio("Số hộ có điện thoại thông minh"),
      target: { op: ">=", value: 75 },
    },
    {
      code: "3.2",
      group: "3",
      name: "Tỷ lệ hộ có tài khoản thanh toán",
      measure: ratio("Số hộ có tài khoản"),
      target: { op: ">=", value: 75 },
    },
    {
      code: "3.3",
      group: "3",
      name: "Có kênh tuyên truyền an toàn thông tin",
      measure: { kind: "boolean", question: "có kênh tuyên truyền" },
    },
  ],
});

/** Rows of every table the admin stores write, to prove a refusal wrote nothing. */
async function countRows(db: Database) {
  const [communes, sets, plans, targets, people, memberships, assignments, chats, audit] = await Promise.all([
    db.commune.count(),
    db.indicatorSet.count(),
    db.communePlan.count(),
    db.planTarget.count(),
    db.person.count(),
    db.membership.count(),
    db.assignment.count(),
    db.chatBinding.count(),
    db.auditEntry.count(),
  ]);
  return { communes, sets, plans, targets, people, memberships, assignments, chats, audit };
}

describe.each(databaseKindsUnderTest())("admin stores on %s", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.destroy();
  });

  const commune = (slug: string) =>
    createCommune(database.db, { slug, name: `Xã ${slug}`, district: "Ngọc Lặc", province: "Thanh Hóa" }, { at });

  describe("createPlan", () => {
    it("snapshots the catalog, stores the commune's own targets and audits both", async () => {
      const { db } = database;
      const { id: communeId } = await commune("plan-a");
      const result = await createPlan(db, {
        communeId,
        catalog,
        year: 2024,
        targetOverrides: { "3.2": { op: ">=", value: 65 }, "3.3": null },
        at,
        actor: { platform: "cli" },
      });
      expect(result).toMatchObject({ ok: true, status: "created" });
      if (!result.ok) return;
      const targets = await db.planTarget.findMany({
        where: { planId: result.plan.id },
        include: { indicator: true },
        orderBy: { indicator: { position: "asc" } },
      });
      expect(targets.map((t) => [t.indicator.code, t.comparator, t.value, t.assessed])).toEqual([
        ["3.2", ">=", 65, true],
        ["3.3", null, null, false],
      ]);
      const audit = await db.auditEntry.findMany({ where: { communeId }, orderBy: { action: "asc" } });
      expect(audit.map((a) => [a.action, a.platform])).toEqual([
        ["catalog.snapshot", "cli"],
        ["commune.create", null],
        ["plan.create", "cli"],
      ]);
      expect(audit.find((a) => a.action === "plan.create")?.after).toMatchObject({
        catalogId: "admin-test-set",
        year: 2024,
        targets: { "3.2": { op: ">=", value: 65 }, "3.3": null },
      });
    });

    it("returns the existing plan when run again, writing nothing", async () => {
      const { db } = database;
      const { id: communeId } = await commune("plan-b");
      const first = await createPlan(db, { communeId, catalog, year: 2024, at, actor: {} });
      const before = await countRows(db);
      const again = await createPlan(db, {
        communeId,
        catalog,
        year: 2024,
        targetOverrides: { "3.1": { op: ">=", value: 50 } },
        at: later,
        actor: {},
      });
      expect(again).toMatchObject({ ok: true, status: "existing" });
      expect(again.ok && first.ok && again.plan.id === first.plan.id).toBe(true);
      expect(await countRows(db)).toEqual(before);
      expect(await findCurrentPlan(db, communeId)).toMatchObject({
        year: 2024,
        set: { catalogId: "admin-test-set", version: 1 },
      });
    });

    it("picks the newest year as the current plan", async () => {
      const { db } = database;
      const { id: communeId } = await commune("plan-c");
      await createPlan(db, { communeId, catalog, year: 2025, at, actor: {} });
      await createPlan(db, { communeId, catalog, year: 2024, at: later, actor: {} });
      expect((await findCurrentPlan(db, communeId))?.year).toBe(2025);
    });

    it("refuses override codes the catalog lacks and changed catalog content, as values, writing nothing", async () => {
      const { db } = database;
      const { id: communeId } = await commune("plan-d");
      const before = await countRows(db);
      const unknown = await createPlan(db, {
        communeId,
        catalog,
        year: 2024,
        targetOverrides: { "3.2": null, "9.9": null, "3.99": { op: ">=", value: 1 } },
        at,
        actor: {},
      });
      expect(unknown).toEqual({ ok: false, status: "unknown-codes", codes: ["9.9", "3.99"] });
      const changed = catalogSchema.parse({ ...catalog, title: "Nội dung khác cùng phiên bản" });
      const conflict = await createPlan(db, { communeId, catalog: changed, year: 2024, at, actor: {} });
      expect(conflict).toMatchObject({ ok: false, status: "catalog-conflict" });
      expect(!conflict.ok && conflict.status === "catalog-conflict" && conflict.message).toContain(
        'hãy tăng "version"',
      );
      expect(await countRows(db)).toEqual(before);
    });
  });

  describe("bindChat", () => {
    it("creates, leaves an identical binding alone, updates, reactivates and audits each change", async () => {
      const { db } = database;
      const { id: communeId } = await commune("bind-a");
      const plan = await createPlan(db, { communeId, catalog, year: 2024, at, actor: {} });
      const planId = plan.ok ? plan.plan.id : null;
      const chat = { platform: "telegram", chatId: "-1001", communeId, planId, isGroup: true, boundBy: "cli", at };

      expect(await bindChat(db, { ...chat, title: "BCĐ CĐS" })).toMatchObject({
        ok: true,
        status: "created",
        binding: { title: "BCĐ CĐS", active: true },
      });
      const before = await countRows(db);
      expect(await bindChat(db, { ...chat, at: later })).toMatchObject({
        ok: true,
        status: "unchanged",
        binding: { title: "BCĐ CĐS" },
      });
      expect(await countRows(db)).toEqual(before);

      expect(await bindChat(db, { ...chat, title: "BCĐ CĐS xã", at: later })).toMatchObject({
        status: "updated",
        binding: { title: "BCĐ CĐS xã" },
      });
      await db.chatBinding.update({
        where: { platform_chatId: { platform: "telegram", chatId: "-1001" } },
        data: { active: false },
      });
      expect(await bindChat(db, { ...chat, at: later })).toMatchObject({
        status: "reactivated",
        binding: { active: true },
      });

      const audit = await db.auditEntry.findMany({
        where: { communeId, entity: "ChatBinding" },
        orderBy: [{ createdAt: "asc" }, { action: "asc" }],
      });
      expect(audit.map((a) => [a.action, a.platform, a.chatId])).toEqual([
        ["chat.bind", "telegram", "-1001"],
        ["chat.reactivate", "telegram", "-1001"],
        ["chat.update", "telegram", "-1001"],
      ]);
      expect(audit[1]?.before).toMatchObject({ active: false });
    });

    it("moves a chat bound to another commune only with rebind", async () => {
      const { db } = database;
      const first = await commune("bind-b");
      const second = await commune("bind-c");
      const chat = { platform: "zalo", chatId: "g-77", planId: null, isGroup: true, at };
      await bindChat(db, { ...chat, communeId: first.id });
      const before = await countRows(db);

      const refused = await bindChat(db, { ...chat, communeId: second.id, at: later });
      expect(refused).toMatchObject({
        ok: false,
        status: "bound-elsewhere",
        boundTo: { slug: "bind-b", name: "Xã bind-b" },
      });
      expect(await countRows(db)).toEqual(before);
      expect((await db.chatBinding.findFirstOrThrow({ where: { chatId: "g-77" } })).communeId).toBe(first.id);

      const moved = await bindChat(db, { ...chat, communeId: second.id, rebind: true, at: later });
      expect(moved).toMatchObject({
        ok: true,
        status: "rebound",
        previousCommune: { slug: "bind-b" },
        binding: { communeId: second.id },
      });
      expect(
        (await db.auditEntry.findMany({ where: { communeId: first.id, entity: "ChatBinding" } }))
          .map((a) => a.action)
          .sort(),
      ).toEqual(["chat.bind", "chat.unbind"]);
      expect(
        (await db.auditEntry.findFirstOrThrow({ where: { communeId: second.id, entity: "ChatBinding" } })).before,
      ).toMatchObject({ communeId: first.id });
    });
  });

  describe("text as stored", () => {
    it("strips NUL and other control characters from names and titles, on every database", async () => {
      const { db } = database;
      const { id: communeId } = await commune("text-as-stored");
      const plan = await createPlan(db, { communeId, catalog, year: 2024, at, actor: {} });
      if (!plan.ok) throw new Error("plan refused");
      const member = await addMember(
        db,
        {
          communeId,
          platform: "telegram",
          externalId: "nul-1",
          displayName: "Lan\u0000\u200b \u0007 Anh",
          role: "member",
          status: "approved",
        },
        { at },
      );
      const person = await db.person.findFirstOrThrow({ where: { memberships: { some: { id: member.id } } } });
      expect(person.displayName).toBe("Lan Anh");
      const bound = await bindChat(db, {
        platform: "telegram",
        chatId: "-100777",
        communeId,
        planId: plan.plan.id,
        isGroup: true,
        title: "BCĐ\u0000 CĐS\u202e",
        at,
      });
      expect(bound.ok && bound.binding.title).toBe("BCĐ CĐS");
    });
  });

  describe("assignIndicators and member lookups", () => {
    async function seed(slug: string) {
      const { db } = database;
      const { id: communeId } = await commune(slug);
      const plan = await createPlan(db, { communeId, catalog, year: 2024, at, actor: {} });
      if (!plan.ok) throw new Error("plan refused");
      const member = await addMember(
        db,
        {
          communeId,
          platform: "telegram",
          externalId: `${slug}-111`,
          displayName: "Lan",
          role: "secretary",
          status: "approved",
        },
        { at },
      );
      return { communeId, planId: plan.plan.id, member };
    }

    it("assigns once, reports repeats as already assigned and audits each new assignment", async () => {
      const { db } = database;
      const { communeId, planId, member } = await seed("assign-a");
      const first = await assignIndicators(db, {
        planId,
        codes: ["3.2", "3.1", "3.2"],
        membershipId: member.id,
        at,
        actor: { platform: "cli" },
      });
      expect(first).toEqual({
        ok: true,
        status: "assigned",
        added: [
          { code: "3.2", name: "Tỷ lệ hộ có tài khoản thanh toán" },
          { code: "3.1", name: "Tỷ lệ hộ có điện thoại thông minh" },
        ],
        already: [],
      });
      const before = await countRows(db);
      const again = await assignIndicators(db, {
        planId,
        codes: ["3.1", "3.2"],
        membershipId: member.id,
        at: later,
        actor: {},
      });
      expect(again).toMatchObject({ ok: true, added: [], already: [{ code: "3.1" }, { code: "3.2" }] });
      expect(await countRows(db)).toEqual(before);
      const audit = await db.auditEntry.findMany({ where: { communeId, action: "assignment.add" } });
      expect(audit.map((a) => (a.after as { code: string }).code).sort()).toEqual(["3.1", "3.2"]);
      expect(audit.every((a) => a.platform === "cli")).toBe(true);
    });

    it("refuses unknown codes and another commune's member as values, writing nothing", async () => {
      const { db } = database;
      const { planId, member } = await seed("assign-b");
      const other = await seed("assign-c");
      const before = await countRows(db);
      expect(
        await assignIndicators(db, { planId, codes: ["3.1", "9.9", "3.20"], membershipId: member.id, at, actor: {} }),
      ).toEqual({ ok: false, status: "unknown-codes", codes: ["9.9", "3.20"] });
      expect(
        await assignIndicators(db, { planId, codes: ["3.1"], membershipId: other.member.id, at, actor: {} }),
      ).toEqual({ ok: false, status: "other-commune" });
      expect(await countRows(db)).toEqual(before);
    });

    it("finds a membership by platform account, only in its own commune", async () => {
      const { db } = database;
      const { communeId, member } = await seed("lookup-a");
      const elsewhere = await commune("lookup-b");
      expect((await findMembership(db, { communeId, platform: "telegram", externalId: "lookup-a-111" }))?.id).toBe(
        member.id,
      );
      expect(await findMembership(db, { communeId, platform: "zalo", externalId: "lookup-a-111" })).toBeNull();
      expect(
        await findMembership(db, { communeId: elsewhere.id, platform: "telegram", externalId: "lookup-a-111" }),
      ).toBeNull();
      expect(await listMembers(db, communeId)).toEqual([
        {
          membershipId: member.id,
          personId: member.personId,
          displayName: "Lan",
          role: "secretary",
          status: "approved",
          accounts: [{ platform: "telegram", externalId: "lookup-a-111", displayName: "Lan" }],
        },
      ]);
    });
  });
});
