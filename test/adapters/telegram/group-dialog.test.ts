import type { Message } from "grammy/types";
import { afterEach, describe, expect, it } from "vitest";
import { startTelegram, type TelegramPlatform } from "../../../src/adapters/platforms/telegram/start-telegram.js";
import { captureLogger } from "../../support/capture-logger.js";
import { type Committee, createCommittee } from "./support/committee.js";
import { type ApiCall, FakeBotApi } from "./support/fake-bot-api.js";
import { lan, messageUpdate, minh, supergroup, tap, textMessage } from "./support/updates.js";

let committee: Committee | undefined;
let platform: TelegramPlatform | undefined;
afterEach(async () => {
  await platform?.stop();
  await committee?.destroy();
  platform = committee = undefined;
});

/** A committee with Lan and Minh, bound to the supergroup, served by Telegram over a fake Bot API. */
async function startLanAndMinhInSupergroup(): Promise<{ api: FakeBotApi; committee: Committee }> {
  const started = await createCommittee(
    [{ chatId: String(supergroup.id), isGroup: true }],
    [
      { id: lan.id, name: "Lan" },
      { id: minh.id, name: "Minh" },
    ],
  );
  committee = started;
  const api = new FakeBotApi();
  platform = await startTelegram(
    { token: "123:TEST", apiRoot: undefined, webhook: undefined },
    started.hooks,
    captureLogger().logger,
    { fetch: api.fetch },
  );
  return { api, committee: started };
}

/** The bot message a sendMessage call produced, as a later callback query carries it: with the member's message it quoted. */
function botMessage(call: ApiCall, quoted: Message): Message {
  return { ...(call.result as Message), reply_to_message: quoted } as Message;
}

describe("Telegram: a guided update in a supergroup", () => {
  it("two members interleave; each gets their own dialog, quoted replies, buttons that only they can use", async () => {
    const { api, committee } = await startLanAndMinhInSupergroup();

    // One batch, as getUpdates returns it: the runner handles them concurrently, yet in order per chat.
    const said = [
      textMessage(supergroup, lan, "/capnhat 3.2"),
      textMessage(supergroup, minh, "/capnhat 4.1"),
      textMessage(supergroup, lan, "6.608"),
      textMessage(supergroup, minh, "1.685"),
      textMessage(supergroup, lan, "8.315"),
      textMessage(supergroup, minh, "1.960"),
    ];
    for (const message of said) api.push(messageUpdate(message));
    const replies = await api.sent(6);
    expect(replies.map((c) => String(c.payload.text).split("\n")[0])).toEqual([
      "Chỉ tiêu 3.2 Tài khoản ngân hàng (từ 15 tuổi)",
      "Chỉ tiêu 4.1 Hộ có cáp quang, sóng 4G/5G",
      "Tổng số người từ 15 tuổi trở lên? (nhập số người)",
      "Tổng số hộ gia đình trên địa bàn xã? (nhập số hộ)",
      'Minh chứng? Nhập số và ngày văn bản (ví dụ 189/BC-UBND ngày 27/11/2023), một đường dẫn, hoặc "bỏ qua".',
      'Minh chứng? Nhập số và ngày văn bản (ví dụ 189/BC-UBND ngày 27/11/2023), một đường dẫn, hoặc "bỏ qua".',
    ]);
    // Each reply quotes the message it answers, so the group sees whom the bot asks.
    expect(replies.map((c) => (c.payload.reply_parameters as { message_id: number }).message_id)).toEqual(
      said.map((m) => m.message_id),
    );
    expect(replies.every((c) => c.payload.chat_id === supergroup.id)).toBe(true);
    expect(replies[4]?.payload.reply_markup).toEqual({
      inline_keyboard: [[{ text: "Bỏ qua", callback_data: "bỏ qua" }]],
    });

    // Minh taps "Bỏ qua" under Lan's question: only answered with a note, nothing handled.
    const lanEvidence = botMessage(replies[4]!, said[4]!);
    const minhEvidence = botMessage(replies[5]!, said[5]!);
    api.push(tap(minh, "bỏ qua", lanEvidence));
    await api.sent(1, "answerCallbackQuery");
    expect(api.ok("answerCallbackQuery")[0]?.payload.text).toBe(
      "Các nút này dành cho Lan. Anh/chị gõ yêu cầu của mình, ví dụ /capnhat.",
    );

    // Minh taps his own "Bỏ qua": answered at once, then handled like the typed answer.
    api.push(tap(minh, "bỏ qua", minhEvidence));
    const [, , , , , , minhReadBack] = await api.sent(7);
    expect(api.ok("answerCallbackQuery")[1]?.payload.text).toBe("Đã chọn: Bỏ qua");
    expect(minhReadBack?.payload.text).toContain("• Số liệu: 1.685/1.960 hộ (85,9%)");
    expect(minhReadBack?.payload.reply_markup).toEqual({
      inline_keyboard: [
        [
          { text: "Có, lưu", callback_data: "có" },
          { text: "Không, hủy", callback_data: "không" },
        ],
      ],
    });
    expect((minhReadBack!.payload.reply_parameters as { message_id: number }).message_id).toBe(said[5]!.message_id);

    // Tapping the same keyboard again is stale.
    api.push(tap(minh, "bỏ qua", minhEvidence));
    await api.sent(3, "answerCallbackQuery");
    expect(api.ok("answerCallbackQuery")[2]?.payload.text).toBe(
      "Lựa chọn này đã cũ. Anh/chị xem câu hỏi mới nhất hoặc gõ câu trả lời.",
    );

    // Lan types her answer; typed answers keep working next to the buttons.
    const lanSkip = textMessage(supergroup, lan, "bỏ qua");
    api.push(messageUpdate(lanSkip));
    const lanReadBack = (await api.sent(8))[7]!;
    expect(lanReadBack.payload.text).toContain("• Số liệu: 6.608/8.315 người (79,4%)");

    // Minh types "có"; Lan taps "Có, lưu".
    api.push(messageUpdate(textMessage(supergroup, minh, "có")));
    await api.sent(9);
    api.push(tap(lan, "có", botMessage(lanReadBack, lanSkip)));
    const all = await api.sent(10);
    expect(all.slice(8).map((c) => c.payload.text)).toEqual([
      "✅ Đã lưu 4.1 Hộ có cáp quang, sóng 4G/5G: 1.685/1.960 hộ (85,9%) → Chưa đạt (Minh cập nhật).",
      "✅ Đã lưu 3.2 Tài khoản ngân hàng (từ 15 tuổi): 6.608/8.315 người (79,4%) → Đạt (Lan cập nhật).",
    ]);

    const saved = await committee.database.db.submission.findMany({ include: { indicator: true } });
    expect(saved.map((s) => s.indicator.code).sort()).toEqual(["3.2", "4.1"]);
    expect(api.calls.filter((c) => c.method === "sendMessage" && c.outcome !== "ok")).toEqual([]);
  });
});

describe("Telegram: a report's file as evidence", () => {
  it("takes a forwarded PDF at the evidence question as evidence, and leaves a file nobody asked for alone", async () => {
    const { api, committee } = await startLanAndMinhInSupergroup();
    const pdf = (from: typeof lan, fileName: string) =>
      textMessage(supergroup, from, "", {
        text: undefined,
        document: {
          file_id: `f-${fileName}`,
          file_unique_id: fileName,
          file_name: fileName,
          mime_type: "application/pdf",
        },
        forward_origin: { type: "hidden_user", date: 1, sender_user_name: "Văn phòng UBND" },
      });

    for (const text of ["/capnhat 3.2", "6.608/8.315"]) {
      api.push(messageUpdate(textMessage(supergroup, lan, text)));
      await api.sent(api.ok("sendMessage").length + 1);
    }
    api.push(messageUpdate(pdf(lan, "189-BC-UBND.pdf")));
    const readBack = (await api.sent(3))[2]!;
    expect(readBack.payload.text).toContain("• Minh chứng: tệp 189-BC-UBND.pdf");

    // Minh has no dialog open: his file gets no answer; his next question is answered next.
    api.push(messageUpdate(pdf(minh, "bao-cao-thang-11.pdf")));
    const progress = textMessage(supergroup, minh, "/tiendo");
    api.push(messageUpdate(progress));
    const next = (await api.sent(4))[3]!;
    expect((next.payload.reply_parameters as { message_id: number }).message_id).toBe(progress.message_id);
    expect(String(next.payload.text)).not.toContain("bao-cao-thang-11.pdf");

    api.push(messageUpdate(textMessage(supergroup, lan, "có")));
    await api.sent(5);
    const evidence = await committee.database.db.evidence.findMany();
    expect(evidence.map((e) => [e.kind, e.reference])).toEqual([["file", "189-BC-UBND.pdf"]]);
  });
});
