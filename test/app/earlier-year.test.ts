import { beforeAll, describe, expect, it } from "vitest";
import { bindChat } from "../../src/adapters/storage/stores/chat-bindings.js";
import { createPlan } from "../../src/adapters/storage/stores/plans.js";
import { createCatalogCache } from "../../src/app/conversation/catalog-cache.js";
import { handleInbound } from "../../src/app/conversation/handle-inbound.js";
import { runReplay } from "../../src/app/replay/run-replay.js";
import type { Catalog } from "../../src/core/catalog/catalog-schema.js";
import { converse } from "../../src/core/conversation/converse.js";
import type { InboundMessage } from "../../src/core/messages/inbound-message.js";
import { loadCatalogOrFail } from "../support/catalogs.js";
import { databaseKindsUnderTest } from "../support/test-database.js";
import { useTestDatabase } from "../support/use-test-database.js";

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalogOrFail("thanh-hoa-2023");
});

async function* lines(items: object[]) {
  for (const item of items) yield JSON.stringify(item);
}

describe.each(databaseKindsUnderTest())("comparing with the year before on %s", (kind) => {
  const database = useTestDatabase(kind);

  it("reads the commune's earlier plan only when asked, and compares its figures with this year's", async () => {
    const { db } = database();
    const message = (text: string, id: string): object => ({ chat: "g1", user: "u1", name: "Lan", text, id });
    // 2023: 3.2 unmet at 60%, 4.6 met.
    await runReplay(
      { db, catalog, communeName: "Hoằng Phụ", converse, timeZone: "Asia/Ho_Chi_Minh" },
      lines([message("3.2: 4.989/8.315", "a1"), message("có", "a2"), message("4.6 có", "a3"), message("có", "a4")]),
      () => {},
      (line, problem) => {
        throw new Error(`${line}: ${problem}`);
      },
    );
    const commune = await db.commune.findFirstOrThrow();
    const at = new Date("2024-03-01T02:00:00Z");
    const next = await createPlan(db, {
      communeId: commune.id,
      catalog,
      year: 2024,
      at,
      actor: { platform: "replay" },
    });
    if (!next.ok) throw new Error(next.status);
    await bindChat(db, {
      platform: "replay",
      chatId: "g1",
      communeId: commune.id,
      planId: next.plan.id,
      isGroup: true,
      boundBy: "replay",
      at,
      rebind: true,
    });

    const deps = { db, converse, catalogOf: createCatalogCache(db), timeZone: "Asia/Ho_Chi_Minh", now: () => at };
    const from = (text: string, id: string): InboundMessage => ({
      platform: "replay",
      chatId: "g1",
      isGroup: true,
      messageId: id,
      sender: { id: "u1", name: "Lan" },
      text,
      mentionsBot: false,
      repliesToBot: false,
      sentAt: at,
    });
    await handleInbound(deps, from("3.2: 6.608/8.315", "b1"));
    await handleInbound(deps, from("có", "b2"));
    const replies = await handleInbound(deps, from("so với năm trước thế nào?", "b3"));
    expect(replies.map((reply) => reply.text)).toEqual([
      [
        "So sánh kết quả xã Hoằng Phụ năm 2024 với năm 2023 (tính đến 01/03/2024):",
        "• Đạt: 1/35 chỉ tiêu (năm 2023: 1/35)",
        "• Chưa đạt: 0 (năm 2023: 1)",
        "• Chưa có số liệu: 34 (năm 2023: 33)",
        "Mới đạt so với năm 2023: 3.2.",
        "Năm 2023 đạt, nay chưa đạt hoặc chưa có số liệu: 4.6.",
      ].join("\n"),
    ]);
  });
});
