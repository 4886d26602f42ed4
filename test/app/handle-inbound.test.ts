import { beforeAll, describe, expect, it } from "vitest";
import { createCatalogCache } from "../../src/app/conversation/catalog-cache.js";
import { handleInbound } from "../../src/app/conversation/handle-inbound.js";
import { type ReplayOutput, runReplay } from "../../src/app/replay/run-replay.js";
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

describe.each(databaseKindsUnderTest())("handling messages on %s", (kind) => {
  const database = useTestDatabase(kind);

  it("saves a redelivered confirmation once, says it again, and keeps every version with its audit row", async () => {
    const out: ReplayOutput[] = [];
    const say = (user: string, text: string, id: string) => ({
      chat: "g1",
      user,
      name: user === "u1" ? "Lan" : "Minh",
      text,
      id,
    });
    await runReplay(
      { db: database().db, catalog, communeName: "Hoằng Phụ", converse, timeZone: "Asia/Ho_Chi_Minh" },
      lines([
        say("u1", "3.2: 6.608/8.315", "a1"),
        say("u1", "có", "a2"),
        say("u1", "có", "a2"),
        say("u2", "sửa 3.2 6.700/8.315", "b1"),
        say("u2", "có", "b2"),
        say("u2", "có", "b2"),
      ]),
      (output) => out.push(output),
      (line, problem) => {
        throw new Error(`${line}: ${problem}`);
      },
    );
    const saved = out.filter((o) => o.text.startsWith("✅ Đã lưu"));
    // The first "✅ Đã lưu" may have been lost in a crash after the commit: a redelivery repeats it, saving nothing.
    expect(saved.map((o) => o.text)).toEqual([
      "✅ Đã lưu 3.2 Tài khoản ngân hàng (từ 15 tuổi): 6.608/8.315 người (79,4%) → Đạt (Lan cập nhật).",
      "✅ Đã lưu 3.2 Tài khoản ngân hàng (từ 15 tuổi): 6.608/8.315 người (79,4%) → Đạt (Lan cập nhật).",
      "✅ Đã lưu 3.2 Tài khoản ngân hàng (từ 15 tuổi): 6.700/8.315 người (80,5%) → Đạt (Minh cập nhật).",
      "✅ Đã lưu 3.2 Tài khoản ngân hàng (từ 15 tuổi): 6.700/8.315 người (80,5%) → Đạt (Minh cập nhật).",
    ]);
    const versions = await database().db.submission.findMany({ orderBy: { version: "asc" } });
    expect(versions.map((v) => [v.version, v.kind, v.platform, v.chatId])).toEqual([
      [1, "update", "replay", "g1"],
      [2, "correction", "replay", "g1"],
    ]);
    expect(versions[1]?.previousValue).toEqual({ kind: "ratio", numerator: 6608, denominator: 8315 });
    expect(await database().db.auditEntry.count({ where: { entity: "Submission" } })).toBe(2);
    expect(await database().db.conversationState.count()).toBe(0);
  });

  it("saves both of two confirmations that race for the same indicator: the later one is retried", async () => {
    const catalogOf = createCatalogCache(database().db);
    const deps = {
      db: database().db,
      converse,
      catalogOf,
      timeZone: "Asia/Ho_Chi_Minh",
      now: () => new Date("2023-06-15T02:00:00Z"),
    };
    const from = (user: string, text: string, id: string): InboundMessage => ({
      platform: "replay",
      chatId: "g1",
      isGroup: true,
      messageId: id,
      sender: { id: user, name: user === "u1" ? "Lan" : "Minh" },
      text,
      mentionsBot: false,
      repliesToBot: false,
      sentAt: new Date(),
    });
    await handleInbound(deps, from("u1", "3.4: 4.485/6.353", "c1"));
    await handleInbound(deps, from("u2", "3.4: 4.500/6.353", "d1"));
    const [lan, minh] = await Promise.all([
      handleInbound(deps, from("u1", "có", "c2")),
      handleInbound(deps, from("u2", "có", "d2")),
    ]);
    expect([...(lan ?? []), ...(minh ?? [])].map((m) => m.text.slice(0, 12))).toEqual([
      "✅ Đã lưu 3.4",
      "✅ Đã lưu 3.4",
    ]);
    const indicator = await database().db.indicator.findFirstOrThrow({ where: { code: "3.4" } });
    expect(
      (await database().db.submission.findMany({ where: { indicatorId: indicator.id } })).map((v) => v.version).sort(),
    ).toEqual([1, 2]);
  });
});
