import { describe, expect, it } from "vitest";
import { bindChat, deactivateChat } from "../../src/adapters/storage/stores/chat-bindings.js";
import { createCommune } from "../../src/adapters/storage/stores/communes.js";
import { databaseKindsUnderTest } from "../support/test-database.js";
import { useTestDatabase } from "../support/use-test-database.js";

const at = new Date("2024-09-20T01:00:00Z");

describe.each(databaseKindsUnderTest())("a chat the bot lost, on %s", (kind) => {
  const database = useTestDatabase(kind);

  it("is marked inactive once, audited, and reactivated by binding it again", async () => {
    const { db } = database();
    const commune = await createCommune(
      db,
      { slug: "ha-tien", name: "Hà Tiến", district: "Hà Trung", province: "Thanh Hóa" },
      { at },
    );
    await bindChat(db, {
      platform: "telegram",
      chatId: "-1001",
      communeId: commune.id,
      planId: null,
      isGroup: true,
      at,
    });
    expect(
      await deactivateChat(db, { platform: "telegram", chatId: "-1001", reason: "bot bị xóa khỏi nhóm", at }),
    ).toBe(true);
    expect(await deactivateChat(db, { platform: "telegram", chatId: "-1001", reason: "lần hai", at })).toBe(false);
    expect(await deactivateChat(db, { platform: "telegram", chatId: "-999", reason: "chưa gắn", at })).toBe(false);
    expect((await db.chatBinding.findFirstOrThrow({ where: { chatId: "-1001" } })).active).toBe(false);
    const audit = await db.auditEntry.findMany({ where: { chatId: "-1001", action: "chat.deactivate" } });
    expect(audit.map((a) => a.after)).toEqual([{ active: false, reason: "bot bị xóa khỏi nhóm" }]);
    const again = await bindChat(db, {
      platform: "telegram",
      chatId: "-1001",
      communeId: commune.id,
      planId: null,
      isGroup: true,
      at,
    });
    expect(again.status).toBe("reactivated");
  });
});
