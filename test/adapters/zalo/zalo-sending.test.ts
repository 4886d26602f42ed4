import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { defaultZaloTimings as timings } from "../../../src/adapters/platforms/zalo/connection.js";
import {
  choicesHint,
  createRepeatGuard,
  locateMentions,
  renderZaloMessage,
  ZALO_TEXT_LIMIT,
} from "../../../src/adapters/platforms/zalo/outbound.js";
import {
  createSendThrottle,
  createZaloOutbox,
  ZaloFileTimeoutError,
} from "../../../src/adapters/platforms/zalo/outbox.js";
import { ThreadType, ZaloApiError } from "../../../src/adapters/platforms/zalo/zca-deps.js";
import { FakeClock } from "../../support/fake-clock.js";
import { type FakeApi, FakeZalo, ZALO_TEST_START } from "./fake-zalo.js";
import { credentials } from "./zalo-fixtures.js";

async function outbox() {
  const clock = new FakeClock(ZALO_TEST_START);
  const zalo = new FakeZalo(clock);
  const login = await zalo.login(credentials());
  if (!login.ok) throw new Error("login");
  const unavailable: [string, string][] = [];
  const box = createZaloOutbox({
    api: () => login.api,
    clock,
    timings,
    chatUnavailable: async (chatId, reason) => void unavailable.push([chatId, reason]),
  });
  return { box, zalo, clock, api: login.api as FakeApi, unavailable };
}

describe("rendering replies for Zalo", () => {
  it("numbers choices under the text and says which digits to answer", () => {
    expect(choicesHint(1)).toBe("Trả lời 1 để chọn.");
    expect(choicesHint(2)).toBe("Trả lời 1 hoặc 2.");
    expect(choicesHint(3)).toBe("Trả lời 1, 2 hoặc 3.");
    expect(choicesHint(9)).toBe("Trả lời số thứ tự từ 1 đến 9.");
    const [part] = renderZaloMessage(
      {
        text: "Lưu không?",
        choices: [
          { label: "Có, lưu", value: "có" },
          { label: "Không, hủy", value: "không" },
          { label: "Sửa lại", value: "sửa" },
        ],
      },
      true,
    );
    expect(part?.text).toBe("Lưu không?\n1. Có, lưu\n2. Không, hủy\n3. Sửa lại\nTrả lời 1, 2 hoặc 3.");
  });

  it("tags members with a Zalo account in groups only, longest names first, each place once", () => {
    const text = "@Lan Anh và @Lan chưa cập nhật; @Hoa nữa. @Lanh không phải Lan.";
    const mentions = [
      { displayName: "Lan", platformUserId: "u-lan" },
      { displayName: "Lan Anh", platformUserId: "u-lan-anh" },
      { displayName: "Hoa" },
    ];
    expect(locateMentions(text, mentions)).toEqual([
      { pos: 0, uid: "u-lan-anh", len: 8 },
      { pos: text.indexOf("@Lan chưa"), uid: "u-lan", len: 4 },
    ]);
    expect(renderZaloMessage({ text, mentions }, false)[0]?.mentions).toEqual([]);
  });

  it("cuts long text into parts under the limit, choices with the last part, each tag in its own part", () => {
    const paragraph = (n: number) => `Đoạn ${n}: ${"chỉ tiêu chưa đạt ".repeat(40).trim()}.`;
    const text = [...Array.from({ length: 8 }, (_, i) => paragraph(i)), "@Minh phụ trách 4.1."].join("\n\n");
    const parts = renderZaloMessage(
      {
        text,
        choices: [{ label: "Xem tiếp", value: "tiếp" }],
        mentions: [{ displayName: "Minh", platformUserId: "u-minh" }],
      },
      true,
    );
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.text.length).toBeLessThanOrEqual(ZALO_TEXT_LIMIT - 50);
    expect(parts.slice(0, -1).every((p) => !p.text.includes("1. Xem tiếp") && p.mentions.length === 0)).toBe(true);
    const last = parts.at(-1)!;
    expect(last.text.endsWith("@Minh phụ trách 4.1.\n1. Xem tiếp\nTrả lời 1 để chọn.")).toBe(true);
    expect(last.mentions).toEqual([{ pos: last.text.indexOf("@Minh"), uid: "u-minh", len: 5 }]);
  });

  it("varies a text identical to the previous one in the same chat, visibly and at the end", () => {
    const guard = createRepeatGuard();
    guard.sent("g:1", "Tổng số hộ?");
    expect(guard.vary("g:1", "Tổng số hộ?", "Minh")).toBe("Tổng số hộ? (gửi Minh)");
    expect(guard.vary("g:1", "Tổng số hộ?")).toBe("Tổng số hộ? (nhắc lại)");
    expect(guard.vary("g:2", "Tổng số hộ?")).toBe("Tổng số hộ?");
    guard.sent("g:1", "Tổng số hộ? (nhắc lại)");
    expect(guard.vary("g:1", "Tổng số hộ? (nhắc lại)")).toBe("Tổng số hộ? (nhắc lại) (nhắc lại)");
  });
});

describe("sending to Zalo", () => {
  it("always passes the thread type: g: ids as groups, u: ids as private chats, anything else refused", async () => {
    const { box, zalo } = await outbox();
    await box.send("g:777", { text: "Nhắc họp BCĐ lúc 14h00" });
    await box.send("u:888", { text: "Chào anh" });
    expect(zalo.sent.map((s) => [s.threadId, s.type])).toEqual([
      ["777", ThreadType.Group],
      ["888", ThreadType.User],
    ]);
    await expect(box.send("777", { text: "?" })).rejects.toThrow(/not a Zalo chat id/);
    expect(zalo.sent).toHaveLength(2);
  });

  it("spaces out messages per chat and overall", async () => {
    const { box, zalo, clock } = await outbox();
    const start = clock.now();
    await box.send("g:1", { text: "một" });
    await box.send("g:1", { text: "hai" });
    await box.send("g:2", { text: "ba" });
    expect(zalo.sent.map((s) => [s.msg, s.at - start])).toEqual([
      ["một", 0],
      ["hai", timings.perChatGap],
      ["ba", timings.perChatGap + timings.overallGap],
    ]);
  });

  it("reserves send slots in call order when several chats send at once", async () => {
    const waits: number[] = [];
    const clock = { now: () => 0, sleep: async (ms: number) => void waits.push(ms), after: () => () => {} };
    const throttle = createSendThrottle(clock, timings);
    await Promise.all([throttle.wait("g:1"), throttle.wait("g:1"), throttle.wait("g:2"), throttle.wait("g:3")]);
    expect(waits).toEqual([
      timings.perChatGap,
      timings.perChatGap + timings.overallGap,
      timings.perChatGap + 2 * timings.overallGap,
    ]);
  });

  it("never sends the same text twice in a row to a chat", async () => {
    const { box, zalo } = await outbox();
    for (let i = 0; i < 3; i++) await box.send("g:1", { text: "Tổng số hộ gia đình trên địa bàn xã? (nhập số hộ)" });
    expect(zalo.sent.map((s) => s.msg)).toEqual([
      "Tổng số hộ gia đình trên địa bàn xã? (nhập số hộ)",
      "Tổng số hộ gia đình trên địa bàn xã? (nhập số hộ) (nhắc lại)",
      "Tổng số hộ gia đình trên địa bàn xã? (nhập số hộ)",
    ]);
  });

  it("sends DOCX, XLSX and PNG files as attachments, PNG with its size", async () => {
    const { box, zalo } = await outbox();
    const png = PNG.sync.write(new PNG({ width: 3, height: 2 }));
    await box.sendFile(
      "g:1",
      { filename: "bao-cao-tien-do.docx", data: Buffer.from("docx") },
      "Báo cáo tiến độ tháng 11",
    );
    await box.sendFile("g:1", { filename: "so-lieu.xlsx", data: Buffer.from("xlsx") });
    await box.sendFile("g:1", { filename: "bieu-do.png", data: png });
    expect(zalo.sent.map((s) => [s.type, s.msg, s.attachments?.map((a) => [a.filename, a.width, a.height])])).toEqual([
      [ThreadType.Group, "Báo cáo tiến độ tháng 11", [["bao-cao-tien-do.docx", undefined, undefined]]],
      [ThreadType.Group, "", [["so-lieu.xlsx", undefined, undefined]]],
      [ThreadType.Group, "", [["bieu-do.png", 3, 2]]],
    ]);
    await expect(box.sendFile("g:1", { filename: "anh.jpg", data: Buffer.from("x") })).rejects.toThrow(/PNG/);
  });

  it("gives up on a file whose upload never completes", async () => {
    const { box, api, clock } = await outbox();
    api.sendImpl = () => new Promise(() => {});
    const sending = box.sendFile("g:1", { filename: "so-lieu.xlsx", data: Buffer.from("xlsx") });
    const outcome = sending.catch((error: unknown) => error);
    await clock.advance(timings.fileTimeout);
    expect(await outcome).toBeInstanceOf(ZaloFileTimeoutError);
    api.sendImpl = null;
    await box.send("g:1", { text: "Tiếp tục được" });
  });

  it("marks a private chat unavailable when the person no longer accepts messages", async () => {
    const { box, api, unavailable } = await outbox();
    api.sendImpl = async () => {
      throw new ZaloApiError(
        "Bạn chưa thể gửi tin nhắn đến người này vì người này chặn không nhận tin nhắn từ người lạ.",
        122,
      );
    };
    await expect(box.send("u:888", { text: "Nhắc hạn báo cáo" })).rejects.toThrow(/chặn/);
    expect(unavailable.map(([chat]) => chat)).toEqual(["u:888"]);
  });
});
