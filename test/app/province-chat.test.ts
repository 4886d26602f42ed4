import { beforeAll, describe, expect, it } from "vitest";
import { bindProvinceChat } from "../../src/adapters/storage/stores/province-chats.js";
import { createCatalogCache } from "../../src/app/conversation/catalog-cache.js";
import { handleInbound } from "../../src/app/conversation/handle-inbound.js";
import { runReplay } from "../../src/app/replay/run-replay.js";
import type { Catalog } from "../../src/core/catalog/catalog-schema.js";
import { converse } from "../../src/core/conversation/converse.js";
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

describe.each(databaseKindsUnderTest())("a province's oversight chat on %s", (kind) => {
  const database = useTestDatabase(kind);

  /** Three communes of Thanh Hóa and one of Huế, each with its own group and figures. */
  async function communesWithFigures() {
    const { db } = database();
    const commune = async (name: string, chat: string, figure: string | null) =>
      runReplay(
        { db, catalog, communeName: name, converse, timeZone: "Asia/Ho_Chi_Minh" },
        lines(
          figure
            ? [
                { chat, user: `${chat}-lan`, name: "Lan", text: figure },
                { chat, user: `${chat}-lan`, name: "Lan", text: "có" },
              ]
            : [{ chat, user: `${chat}-lan`, name: "Lan", text: "tiến độ" }],
        ),
        () => {},
        (line, problem) => {
          throw new Error(`${line}: ${problem}`);
        },
      );
    await commune("Thúy Sơn", "g-ts", "3.2: 6.608/8.315");
    await commune("Hoằng Phụ", "g-hp", "3.2: 5.000/8.315");
    await commune("Hà Tiến", "g-ht", null);
    await commune("Phú Hội", "g-ph", "3.2: 1.000/8.315");
    await db.commune.updateMany({ where: { name: { not: "Phú Hội" } }, data: { province: "Thanh Hóa" } });
    await db.commune.updateMany({ where: { name: "Phú Hội" }, data: { province: "Thừa Thiên Huế" } });
    const bound = await bindProvinceChat(db, {
      platform: "replay",
      chatId: "tinh",
      province: "Thanh Hóa",
      at: new Date("2023-06-15T02:00:00Z"),
    });
    expect(bound).toEqual({ ok: true, status: "created" });
  }

  function ask(text: string, extra: { mentionsBot?: boolean } = {}) {
    const { db } = database();
    return handleInbound(
      {
        db,
        converse,
        catalogOf: createCatalogCache(db),
        timeZone: "Asia/Ho_Chi_Minh",
        now: () => new Date("2023-06-15T02:00:00Z"),
      },
      {
        platform: "replay",
        chatId: "tinh",
        isGroup: true,
        messageId: crypto.randomUUID(),
        sender: { id: "so-tttt", name: "Sở TT&TT" },
        text,
        mentionsBot: extra.mentionsBot ?? false,
        repliesToBot: false,
        sentAt: new Date("2023-06-15T02:00:00Z"),
      },
    );
  }

  it("answers which communes have not met an indicator and the province's other questions, from its communes only", async () => {
    await communesWithFigures();
    const before = await database().db.auditEntry.count();
    const [answer, ...more] = await ask("xa nao chua dat 3.2?");
    expect(more).toEqual([]);
    expect(answer?.text).toBe(
      [
        "Chỉ tiêu 3.2 – Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép khác: 1/3 xã Đạt.",
        "• Chưa đạt (1): Hoằng Phụ.",
        "• Chưa có số liệu (1): Hà Tiến.",
        "",
        "Số liệu mới nhất các xã đã xác nhận, đến ngày 15/6/2023.",
      ].join("\n"),
    );
    expect(answer?.text).not.toContain("Phú Hội");
    // Asking writes nothing but the message id.
    expect(await database().db.auditEntry.count()).toBe(before);

    // The province's other questions, and chatter left alone.
    expect((await ask("bao nhiêu xã đạt 3.2?"))[0]?.text).toContain(
      "1/3 xã Đạt.\n• Còn 1 xã Chưa đạt, 1 xã chưa có số liệu.",
    );
    expect((await ask("xã nào chưa có số liệu 3.2"))[0]?.text).toContain("• Chưa có số liệu (1): Hà Tiến.");
    expect((await ask("/tiendo"))[0]?.text).toContain("Tiến độ 3 xã, phường tỉnh Thanh Hóa:\n1. xã Thúy Sơn: 1/");
    expect((await ask("chỉ tiêu nào nhiều xã chưa đạt nhất?"))[0]?.text).toContain(
      "• 3.2 Tài khoản ngân hàng (từ 15 tuổi): 1 xã chưa đạt, 1 xã chưa có số liệu",
    );
    expect((await ask("xã Hoằng Phụ thế nào?"))[0]?.text).toContain("xã Hoằng Phụ (kế hoạch năm 2023): 0/");
    expect((await ask("/chuadat 9.9"))[0]?.text).toContain("Không có chỉ tiêu 9.9");
    expect(await ask("Thúy Sơn chiều nay họp giao ban")).toEqual([]);
    expect((await ask("chào bot", { mentionsBot: true }))[0]?.text).toContain("Xin lỗi, tôi chưa hiểu câu hỏi.");
  });
});
