import { SESSION_TIMEOUT_MS } from "../../../core/conversation/session-state.js";
import type { InboundMessage } from "../../../core/messages/inbound-message.js";
import type { BotIdentity } from "./bot-identity.js";
import type { CallbackQuery, Message } from "./grammy-deps.js";
import type { ReplyMemory } from "./reply-memory.js";
import { senderName } from "./sender-name.js";
import { conversationChatId } from "./to-inbound-message.js";

/** What to do with a button tap: hand it to the conversation, or only answer it with a note. */
export type CallbackReading =
  | { kind: "choice"; message: InboundMessage; label: string; keyboard: Message; owner: number | undefined }
  | { kind: "note"; note: string | undefined };

/** Said when a button belongs to a question that is over. */
export const STALE_BUTTON_NOTE = "Lựa chọn này đã cũ. Anh/chị xem câu hỏi mới nhất hoặc gõ câu trả lời.";

/**
 * Reads a tap on an inline button. The tap becomes a message whose text is the button's
 * value and whose id is "cb:" + the callback id. It is only answered with a short note,
 * and not passed on, when the button is stale (its message is older than a dialog can
 * stay open, was tapped already, or the bot has asked that member something newer) or
 * belongs to someone else: in a group the bot's question quotes the member it asks, and
 * only that member's taps count.
 */
export function readCallback(query: CallbackQuery, bot: BotIdentity, now: Date, memory: ReplyMemory): CallbackReading {
  const keyboard = query.message;
  if (query.data === undefined) return { kind: "note", note: undefined };
  if (!keyboard || keyboard.date === 0) return { kind: "note", note: STALE_BUTTON_NOTE };
  const message = keyboard as Message;
  const chatId = conversationChatId(message);
  const isGroup = message.chat.type !== "private";
  const quoted = isGroup ? message.reply_to_message?.from : undefined;
  const owner = quoted && quoted.id !== bot.id && !quoted.is_bot ? quoted : undefined;
  if (owner && owner.id !== query.from.id)
    return {
      kind: "note",
      note: `Các nút này dành cho ${senderName(owner)}. Anh/chị gõ yêu cầu của mình, ví dụ /capnhat.`,
    };
  if (
    now.getTime() - message.date * 1000 > SESSION_TIMEOUT_MS ||
    memory.isStale(chatId, String(query.from.id), message.message_id)
  ) {
    return { kind: "note", note: STALE_BUTTON_NOTE };
  }
  const label =
    message.reply_markup?.inline_keyboard
      .flat()
      .find((button) => "callback_data" in button && button.callback_data === query.data)?.text ?? query.data;
  return {
    kind: "choice",
    label,
    keyboard: message,
    owner: owner?.id,
    message: {
      platform: "telegram",
      chatId,
      isGroup,
      messageId: `cb:${query.id}`,
      sender: { id: String(query.from.id), name: senderName(query.from) },
      text: query.data,
      mentionsBot: false,
      repliesToBot: true,
      sentAt: now,
    },
  };
}
