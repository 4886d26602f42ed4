import type { PlatformHooks } from "../../../../src/adapters/platforms/platform-adapter.js";
import { bindChat, deactivateChat } from "../../../../src/adapters/storage/stores/chat-bindings.js";
import { createCommune } from "../../../../src/adapters/storage/stores/communes.js";
import { addMember, type MemberRole } from "../../../../src/adapters/storage/stores/members.js";
import { createPlan } from "../../../../src/adapters/storage/stores/plans.js";
import { createCatalogCache } from "../../../../src/app/conversation/catalog-cache.js";
import { handleInbound } from "../../../../src/app/conversation/handle-inbound.js";
import { converse } from "../../../../src/core/conversation/converse.js";
import { loadCatalogOrFail } from "../../../support/catalogs.js";
import { createTestDatabase, type TestDatabase } from "../../../support/test-database.js";

/** A commune on the Thanh Hóa 2023 criteria, its Telegram chats and members, in a fresh SQLite database. */
export interface Committee {
  database: TestDatabase;
  /** The app's real hooks: handleInbound in one transaction per message, and deactivateChat. */
  hooks: PlatformHooks;
  /** What chatUnavailable was called with. */
  lost: Array<{ chatId: string; reason: string }>;
  destroy(): Promise<void>;
}

/** Sets up a committee: every chat bound to the commune, every member approved. */
export async function createCommittee(
  chats: Array<{ chatId: string; isGroup: boolean }>,
  members: Array<{ id: number; name: string; role?: MemberRole }>,
): Promise<Committee> {
  const catalog = await loadCatalogOrFail("thanh-hoa-2023");
  const database = await createTestDatabase("sqlite");
  const db = database.db;
  const at = new Date();
  const commune = await createCommune(
    db,
    { slug: "thuy-son", name: "Thúy Sơn", district: "Ngọc Lặc", province: "Thanh Hóa" },
    { at },
  );
  const plan = await createPlan(db, {
    communeId: commune.id,
    catalog,
    year: catalog.year,
    at,
    actor: { platform: "telegram" },
  });
  if (plan.status !== "created") throw new Error(`plan: ${plan.status}`);
  for (const chat of chats)
    await bindChat(db, {
      platform: "telegram",
      chatId: chat.chatId,
      communeId: commune.id,
      planId: plan.plan.id,
      isGroup: chat.isGroup,
      boundBy: "test",
      at,
    });
  for (const member of members) {
    await addMember(
      db,
      {
        communeId: commune.id,
        platform: "telegram",
        externalId: String(member.id),
        displayName: member.name,
        role: member.role ?? "member",
        status: "approved",
      },
      { at },
    );
  }
  const deps = { db, converse, catalogOf: createCatalogCache(db), timeZone: "Asia/Ho_Chi_Minh", now: () => new Date() };
  const lost: Committee["lost"] = [];
  return {
    database,
    lost,
    hooks: {
      handle: (message) => handleInbound(deps, message),
      chatUnavailable: async (chatId, reason) => {
        lost.push({ chatId, reason });
        await deactivateChat(db, { platform: "telegram", chatId, reason, at: new Date() });
      },
    },
    destroy: () => database.destroy(),
  };
}
