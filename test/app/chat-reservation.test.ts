import { beforeAll, describe, expect, it } from "vitest";
import { bindChat, deactivateChat } from "../../src/adapters/storage/stores/chat-bindings.js";
import { createCommune } from "../../src/adapters/storage/stores/communes.js";
import { addMember } from "../../src/adapters/storage/stores/members.js";
import { createPlan } from "../../src/adapters/storage/stores/plans.js";
import { createCatalogCache } from "../../src/app/conversation/catalog-cache.js";
import { handleInbound } from "../../src/app/conversation/handle-inbound.js";
import type { Catalog } from "../../src/core/catalog/catalog-schema.js";
import { converse } from "../../src/core/conversation/converse.js";
import { loadCatalogOrFail } from "../support/catalogs.js";
import { databaseKindsUnderTest } from "../support/test-database.js";
import { useTestDatabase } from "../support/use-test-database.js";

/**
 * A chat the bot lost stays with its commune, and so does a forum topic of a bound group:
 * the chair of another commune cannot take it over with /batdau from inside the chat.
 */
let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalogOrFail("thanh-hoa-2023");
});

const at = new Date("2023-11-20T01:00:00Z");

describe.each(databaseKindsUnderTest())("chats reserved for their commune on %s", (kind) => {
  const database = useTestDatabase(kind);

  async function communeWithChair(slug: string, name: string, chairId: string) {
    const { db } = database();
    const commune = await createCommune(db, { slug, name, district: "Ngọc Lặc", province: "Thanh Hóa" }, { at });
    const plan = await createPlan(db, { communeId: commune.id, catalog, year: 2023, at, actor: {} });
    if (!plan.ok) throw new Error("plan refused");
    await addMember(
      db,
      {
        communeId: commune.id,
        platform: "telegram",
        externalId: chairId,
        displayName: `Chủ tịch ${name}`,
        role: "chair",
        status: "approved",
      },
      { at },
    );
    return { communeId: commune.id, planId: plan.plan.id };
  }

  const batdau = (chatId: string, userId: string) =>
    handleInbound(
      {
        db: database().db,
        converse,
        catalogOf: createCatalogCache(database().db),
        timeZone: "Asia/Ho_Chi_Minh",
        now: () => at,
      },
      {
        platform: "telegram",
        chatId,
        isGroup: true,
        messageId: `${chatId}-${userId}-${Math.random()}`,
        sender: { id: userId, name: "Chủ tịch" },
        text: "/batdau",
        mentionsBot: false,
        repliesToBot: false,
        sentAt: at,
      },
    );

  it("refuses another commune's chair in a lost chat and in a bound group's topic; its own chair rebinds", async () => {
    const { db } = database();
    const a = await communeWithChair("xa-a", "Xã A", "chair-a");
    const b = await communeWithChair("xa-b", "Xã B", "chair-b");
    await bindChat(db, {
      platform: "telegram",
      chatId: "-100200",
      communeId: b.communeId,
      planId: b.planId,
      isGroup: true,
      at,
    });
    await bindChat(db, {
      platform: "telegram",
      chatId: "-100300",
      communeId: b.communeId,
      planId: b.planId,
      isGroup: true,
      at,
    });
    await deactivateChat(db, { platform: "telegram", chatId: "-100200", reason: "bot removed", at });

    const lost = await batdau("-100200", "chair-a");
    expect(lost.map((m) => m.text).join()).toContain("Nhóm này thuộc BCĐ xã Xã B");
    const topic = await batdau("-100300:42", "chair-a");
    expect(topic.map((m) => m.text).join()).toContain("Nhóm này thuộc BCĐ xã Xã B");
    const bindings = await db.chatBinding.findMany({ where: { communeId: a.communeId } });
    expect(bindings).toEqual([]);

    await batdau("-100200", "chair-b");
    const back = await db.chatBinding.findFirstOrThrow({ where: { chatId: "-100200" } });
    expect([back.communeId, back.active]).toEqual([b.communeId, true]);
  });
});
