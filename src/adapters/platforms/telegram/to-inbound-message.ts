import type { InboundMessage, MediaKind } from "../../../core/messages/inbound-message.js";
import type { BotIdentity } from "./bot-identity.js";
import { formatChatAddress } from "./chat-address.js";
import type { Message } from "./grammy-deps.js";
import { readMessageText } from "./message-text.js";
import { senderName } from "./sender-name.js";

/**
 * Translates a Telegram message (or an edit of one) into the neutral message the core
 * reads, or null when there is nothing for the conversation: no text, a message from a
 * bot or on behalf of a channel, a command meant for another bot.
 *
 * - chatId: the chat, or "chatId:threadId" inside a forum topic (see chat-address.ts).
 * - messageId: the message id; an edit is "id:edit:editDate", so each edit is a message of
 *   its own and is not taken for a redelivery of the original.
 * - repliesToBot: a real reply to one of the bot's messages (not the implicit reply to a
 *   topic's first message that Telegram adds to every message in a topic).
 * - Captions count as text, so a photo of a report with "3.2: 6.608/8.315" is read; a
 *   sticker, photo, file, voice or video without one comes as `media` with empty text, and
 *   the core decides whether it deserves a note.
 */
export function toInboundMessage(message: Message, bot: BotIdentity, edited: boolean): InboundMessage | null {
  const raw = message.text ?? message.caption;
  const from = message.from;
  const media = raw?.trim() ? undefined : mediaOf(message);
  if ((!raw?.trim() && !media) || !from || from.is_bot || message.sender_chat || message.chat.type === "channel")
    return null;
  const read = raw?.trim()
    ? readMessageText(raw, message.entities ?? message.caption_entities ?? [], bot)
    : { text: "", mentionsBot: false, forAnotherBot: false };
  if (read.forAnotherBot || (!read.text && !media)) return null;
  const sentAt = edited && message.edit_date ? message.edit_date : message.date;
  return {
    platform: "telegram",
    chatId: conversationChatId(message),
    isGroup: message.chat.type !== "private",
    messageId: edited ? `${message.message_id}:edit:${message.edit_date ?? message.date}` : String(message.message_id),
    sender: { id: String(from.id), name: senderName(from) },
    text: read.text,
    mentionsBot: read.mentionsBot,
    repliesToBot: repliesTo(message, bot.id),
    sentAt: new Date(sentAt * 1000),
    ...(edited ? { edited: true } : {}),
    ...(media ? { media } : {}),
  };
}

/** What kind of unreadable content a message without text carries, if any. */
function mediaOf(message: Message): MediaKind | undefined {
  if (message.sticker) return "sticker";
  if (message.photo) return "photo";
  if (message.document) return "file";
  if (message.voice || message.audio) return "voice";
  if (message.video || message.video_note || message.animation) return "video";
  return undefined;
}

/** The Xã Số chat a Telegram message belongs to: its chat, or its forum topic. */
export function conversationChatId(message: Pick<Message, "chat" | "is_topic_message" | "message_thread_id">): string {
  const inTopic = message.is_topic_message === true && message.message_thread_id !== undefined;
  return formatChatAddress(
    inTopic ? { chatId: message.chat.id, threadId: message.message_thread_id! } : { chatId: message.chat.id },
  );
}

function repliesTo(message: Message, botId: number): boolean {
  const replied = message.reply_to_message;
  if (!replied || replied.from?.id !== botId) return false;
  const topicRoot = message.is_topic_message && replied.message_id === message.message_thread_id;
  return !topicRoot && !replied.forum_topic_created;
}
