import { describe, expect, it } from "vitest";
import { bindChat } from "../../src/adapters/storage/stores/chat-bindings.js";
import { createCommune } from "../../src/adapters/storage/stores/communes.js";
import { addMember } from "../../src/adapters/storage/stores/members.js";
import { createPlan } from "../../src/adapters/storage/stores/plans.js";
import { findPrivateChat, notePrivateChat } from "../../src/adapters/storage/stores/private-chats.js";
import { loadCatalogOrFail } from "../support/catalogs.js";
import { databaseKindsUnderTest } from "../support/test-database.js";
import { useTestDatabase } from "../support/use-test-database.js";

const at = new Date("2026-04-20T02:00:00Z");

describe.each(databaseKindsUnderTest())("a member's private chat with the bot, on %s", (kind) => {
  const database = useTestDatabase(kind);

  async function setUp(slug: string, externalId: string) {
    const { db } = database();
    const commune = await createCommune(db, { slug, name: slug, district: "Hà Trung", province: "Thanh Hóa" }, { at });
    const catalog = await loadCatalogOrFail("thanh-hoa-2023");
    const plan = await createPlan(db, { communeId: commune.id, catalog, year: 2023, at, actor: { platform: "cli" } });
    if (plan.status !== "created") throw new Error(plan.status);
    const member = await addMember(
      db,
      {
        communeId: commune.id,
        platform: "telegram",
        externalId,
        displayName: "Minh",
        role: "member",
        status: "approved",
      },
      { at },
    );
    return { db, commune, planId: plan.plan.id, member };
  }

  it("is known once the member wrote there and the chat is bound to their commune", async () => {
    const { db, commune, planId, member } = await setUp("ha-tien", "501");
    const where = { communeId: commune.id, membershipId: member.id, platform: "telegram" };
    expect(await findPrivateChat(db, where)).toBeNull();

    await notePrivateChat(db, { platform: "telegram", externalId: "501", chatId: "501" });
    // Written to, but not bound to the commune: the nudge stays in the group.
    expect(await findPrivateChat(db, where)).toBeNull();

    await bindChat(db, { platform: "telegram", chatId: "501", communeId: commune.id, planId, isGroup: false, at });
    expect(await findPrivateChat(db, where)).toEqual({ chatId: "501", planId });
    expect(await findPrivateChat(db, { ...where, platform: "zalo" })).toBeNull();
  });

  it("writes the account only when the chat is new for it", async () => {
    const { db, commune } = await setUp("ha-long", "502");
    const revision = async () =>
      (await db.commune.findUniqueOrThrow({ where: { id: commune.id }, select: { revision: true } })).revision;
    const before = await revision();
    await notePrivateChat(db, { platform: "telegram", externalId: "502", chatId: "502" });
    const once = await revision();
    await notePrivateChat(db, { platform: "telegram", externalId: "502", chatId: "502" });
    expect(once).toBe(before + 1);
    expect(await revision()).toBe(once);
    await notePrivateChat(db, { platform: "telegram", externalId: "999", chatId: "999" });
    expect(
      await db.platformIdentity.count({ where: { externalId: { in: ["502", "999"] }, privateChatId: { not: null } } }),
    ).toBe(1);
  });

  it("is not a group, nor another commune's chat", async () => {
    const { db, commune, planId, member } = await setUp("ha-ngoc", "503");
    await notePrivateChat(db, { platform: "telegram", externalId: "503", chatId: "-100777" });
    await bindChat(db, { platform: "telegram", chatId: "-100777", communeId: commune.id, planId, isGroup: true, at });
    expect(
      await findPrivateChat(db, { communeId: commune.id, membershipId: member.id, platform: "telegram" }),
    ).toBeNull();
  });
});
