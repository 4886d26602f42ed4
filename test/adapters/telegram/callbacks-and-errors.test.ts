import { GrammyError } from "grammy";
import type { CallbackQuery, Message } from "grammy/types";
import { describe, expect, it } from "vitest";
import { classifySendError, createChatRegistry } from "../../../src/adapters/platforms/telegram/delivery.js";
import { readCallback, STALE_BUTTON_NOTE } from "../../../src/adapters/platforms/telegram/inbound.js";
import { createReplyMemory } from "../../../src/adapters/platforms/telegram/outbound.js";
import { lan, minh, privateWithLan, supergroup, textMessage } from "./support/updates.js";

const bot = { id: 7_000_001, username: "XaSoBot" };
const now = new Date("2024-05-03T02:00:00Z");
const seconds = now.getTime() / 1000;

function keyboardMessage(extra: Partial<Message> = {}): Message {
  return {
    message_id: 500,
    date: seconds - 60,
    chat: supergroup,
    from: { id: bot.id, is_bot: true, first_name: "Xã Số" },
    text: 'Trả lời "có" để lưu',
    reply_markup: { inline_keyboard: [[{ text: "Có, lưu", callback_data: "có" }]] },
    reply_to_message: textMessage(supergroup, lan, "3.2: 6.608/8.315"),
    ...extra,
  } as Message;
}

const query = (from = lan, message: Message = keyboardMessage()) =>
  ({ id: "77", from, chat_instance: "c", data: "có", message }) as CallbackQuery;

describe("button taps", () => {
  it("become the owner's answer, with the button's label", () => {
    const reading = readCallback(query(), bot, now, createReplyMemory());
    expect(reading).toMatchObject({ kind: "choice", label: "Có, lưu", owner: lan.id });
    if (reading.kind !== "choice") return;
    expect(reading.message).toEqual({
      platform: "telegram",
      chatId: String(supergroup.id),
      isGroup: true,
      messageId: "cb:77",
      sender: { id: "111", name: "Lan" },
      text: "có",
      mentionsBot: false,
      repliesToBot: true,
      sentAt: now,
    });
  });

  it("from someone else, or on an old, used or superseded keyboard, only get a note", () => {
    expect(readCallback(query(minh), bot, now, createReplyMemory())).toEqual({
      kind: "note",
      note: "Các nút này dành cho Lan. Anh/chị gõ yêu cầu của mình, ví dụ /capnhat.",
    });
    expect(
      readCallback(query(lan, keyboardMessage({ date: seconds - 16 * 60 })), bot, now, createReplyMemory()),
    ).toEqual({ kind: "note", note: STALE_BUTTON_NOTE });
    const memory = createReplyMemory();
    memory.noteTapped(String(supergroup.id), 500);
    expect(readCallback(query(), bot, now, memory)).toEqual({ kind: "note", note: STALE_BUTTON_NOTE });
    const newer = createReplyMemory();
    newer.noteReply(String(supergroup.id), "111", 501);
    expect(readCallback(query(), bot, now, newer)).toEqual({ kind: "note", note: STALE_BUTTON_NOTE });
    expect(
      readCallback(query(lan, { chat: supergroup, message_id: 500, date: 0 } as never), bot, now, createReplyMemory()),
    ).toEqual({ kind: "note", note: STALE_BUTTON_NOTE });
    const game = { ...query(), data: undefined, game_short_name: "x" } as CallbackQuery;
    expect(readCallback(game, bot, now, createReplyMemory())).toEqual({ kind: "note", note: undefined });
  });

  it("in a private chat belong to the person there", () => {
    const reading = readCallback(
      query(lan, keyboardMessage({ chat: privateWithLan, reply_to_message: undefined })),
      bot,
      now,
      createReplyMemory(),
    );
    expect(reading).toMatchObject({ kind: "choice", message: { chatId: "111", isGroup: false } });
  });
});

describe("send failures", () => {
  const error = (code: number, description: string, parameters = {}) =>
    new GrammyError("failed", { ok: false, error_code: code, description, parameters }, "sendMessage", {});

  it("tell a lost chat from a temporary problem", () => {
    expect(classifySendError(error(403, "Forbidden: bot was kicked from the supergroup chat"))).toEqual({
      kind: "chat-gone",
      reason: "bot bị xóa khỏi nhóm",
    });
    expect(classifySendError(error(403, "Forbidden: bot was blocked by the user"))).toEqual({
      kind: "chat-gone",
      reason: "người dùng đã chặn bot",
    });
    expect(classifySendError(error(403, "Forbidden: user is deactivated"))).toEqual({
      kind: "chat-gone",
      reason: "tài khoản người dùng đã bị xóa",
    });
    expect(
      classifySendError(
        error(400, "Bad Request: group chat was upgraded to a supergroup chat", { migrate_to_chat_id: -100987 }),
      ),
    ).toEqual({ kind: "chat-gone", reason: "nhóm đã nâng cấp thành siêu nhóm, mã mới -100987" });
    expect(classifySendError(error(400, "Bad Request: chat not found"))).toEqual({
      kind: "chat-gone",
      reason: "không tìm thấy nhóm trên Telegram",
    });
    expect(classifySendError(error(400, "Bad Request: message thread not found"))).toEqual({
      kind: "topic-gone",
      reason: "chủ đề đã bị xóa",
    });
    expect(classifySendError(error(400, "Bad Request: can't parse entities: unsupported mention"))).toEqual({
      kind: "bad-entities",
    });
    expect(classifySendError(error(400, "Bad Request: TOPIC_CLOSED"))).toEqual({ kind: "other" });
    expect(classifySendError(new Error("socket hang up"))).toEqual({ kind: "other" });
  });

  it("a lost group takes its known topics with it, until the bot is back", () => {
    const chats = createChatRegistry();
    chats.seen("-100:7");
    chats.seen("-100:9");
    expect(chats.lose("-100")).toEqual(["-100", "-100:7", "-100:9"]);
    expect(chats.lose("-100")).toEqual([]);
    expect(chats.isLost("-100:12")).toBe(true);
    chats.regained("-100");
    expect(chats.isLost("-100:7")).toBe(false);
  });
});
