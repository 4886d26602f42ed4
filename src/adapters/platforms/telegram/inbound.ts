import { SESSION_TIMEOUT_MS } from "../../../core/conversation/session-state.js";
import type { Attachment, InboundMessage, MediaKind } from "../../../core/messages/inbound-message.js";
import type { CallbackQuery, Message, MessageEntity, User } from "./grammy-deps.js";
import type { ReplyMemory } from "./outbound.js";

/** Who the bot is on Telegram, from getMe: to recognise mentions of it and replies to it. */
export interface BotIdentity {
  id: number;
  username: string;
}

/**
 * How a Telegram chat is named in Xã Số's chat ids. A plain chat is its numeric id
 * ("-1001234567890" for a group, "123456789" for a private chat); a forum topic is
 * "chatId:threadId" ("-1001234567890:42"). Each topic is therefore a chat of its own:
 * bound with /batdau in that topic, with its own dialogs, and every reply, reminder or
 * note for it lands in the same topic. The General topic of a forum is the plain id.
 */
export interface ChatAddress {
  chatId: number;
  /** The forum topic (`message_thread_id`); absent outside topics. */
  threadId?: number;
}

/** The chat id string for a Telegram chat, or a topic in one. */
export function formatChatAddress(address: ChatAddress): string {
  return address.threadId === undefined ? String(address.chatId) : `${address.chatId}:${address.threadId}`;
}

/** Reads a chat id string back; null when it is not a Telegram chat id. */
export function parseChatAddress(id: string): ChatAddress | null {
  const match = /^(-?\d{1,20})(?::(\d{1,12}))?$/.exec(id.trim());
  if (!match?.[1]) return null;
  const chatId = Number(match[1]);
  if (!Number.isSafeInteger(chatId)) return null;
  return match[2] === undefined ? { chatId } : { chatId, threadId: Number(match[2]) };
}

/** The chat a topic belongs to ("-100123:42" → "-100123"); a plain chat id unchanged. */
export function baseChatId(id: string): string {
  return id.split(":")[0] ?? id;
}

/** Groups and supergroups have negative ids on Telegram; private chats positive ones. */
export function isGroupChatId(id: string): boolean {
  return id.trim().startsWith("-");
}

/** A Telegram user's name as people see it: first and last name ("Nguyễn Thị Lan"). */
export function senderName(user: Pick<User, "first_name" | "last_name">): string {
  return (
    [user.first_name, user.last_name]
      .map((part) => part?.trim())
      .filter(Boolean)
      .join(" ") || "Thành viên"
  );
}

/** A message's text as the conversation reads it, and what its entities say about the bot. */
export interface MessageText {
  text: string;
  mentionsBot: boolean;
  /** A command for another bot in the group ("/tiendo@OtherBot"): not for Xã Số. */
  forAnotherBot: boolean;
}

/**
 * Reads a message's text with its entities (offsets in UTF-16 code units, which is how
 * JavaScript strings count). "@XaSoBot" mentions are taken out of the text ("@XaSoBot
 * 3.2 thế nào?" reads "3.2 thế nào?"); a mention of someone without a username
 * (`text_mention`, shown as a plain name) gets its "@" back, so "/duyet Lan" tapped from
 * the member list reads "/duyet @Lan" as typed mentions do.
 */
export function readMessageText(raw: string, entities: readonly MessageEntity[], bot: BotIdentity): MessageText {
  const username = `@${bot.username}`.toLowerCase();
  const slice = (entity: MessageEntity) => raw.slice(entity.offset, entity.offset + entity.length);
  const isBotMention = (entity: MessageEntity) =>
    (entity.type === "mention" && slice(entity).toLowerCase() === username) ||
    (entity.type === "text_mention" && entity.user.id === bot.id);
  const first = entities.find((entity) => entity.type === "bot_command" && entity.offset === 0);
  const commandBot = first ? /@([A-Za-z0-9_]+)$/.exec(slice(first))?.[1] : undefined;
  const forAnotherBot = commandBot !== undefined && commandBot.toLowerCase() !== bot.username.toLowerCase();

  let text = raw;
  let removed = false;
  // Right to left, so earlier offsets stay valid while the text changes.
  for (const entity of [...entities].sort((a, b) => b.offset - a.offset)) {
    if (isBotMention(entity)) {
      text = text.slice(0, entity.offset) + text.slice(entity.offset + entity.length);
      removed = true;
    } else if (entity.type === "text_mention" && text[entity.offset - 1] !== "@" && !slice(entity).startsWith("@")) {
      text = `${text.slice(0, entity.offset)}@${text.slice(entity.offset)}`;
    }
  }
  if (removed) text = text.replace(/[ \t]{2,}/g, " ").replace(/^[\s,:]+/, "");
  return { text: text.trim(), mentionsBot: entities.some(isBotMention), forAnotherBot };
}

/**
 * Translates a Telegram message (or an edit of one) into the neutral message the core
 * reads, or null when there is nothing for the conversation: no text, a message from a
 * bot or on behalf of a channel, a command meant for another bot.
 *
 * - chatId: the chat, or "chatId:threadId" inside a forum topic (see ChatAddress).
 * - messageId: the message id; an edit is "id:edit:editDate", so each edit is a message of
 *   its own and is not taken for a redelivery of the original.
 * - repliesToBot: a real reply to one of the bot's messages (not the implicit reply to a
 *   topic's first message that Telegram adds to every message in a topic).
 * - Captions count as text, so a photo of a report with "3.2: 6.608/8.315" is read; a
 *   sticker, photo, file, voice or video without one comes as `media` with empty text, and
 *   the core decides whether it deserves a note.
 * - A document (a report's PDF, forwarded or attached) also comes with its file name as
 *   `attachment`, which the core may take as evidence.
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
    ...attachmentOf(message),
  };
}

/**
 * The named file a message carries (a document, attached or forwarded, with or without a
 * caption): its name and media type, never its content. Photos have no name on Telegram;
 * their caption is read as text.
 */
function attachmentOf(message: Message): { attachment?: Attachment } {
  const fileName = message.document?.file_name?.trim();
  if (!fileName) return {};
  const mimeType = message.document?.mime_type;
  return { attachment: { fileName, ...(mimeType ? { mimeType } : {}) } };
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
