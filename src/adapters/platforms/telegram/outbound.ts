import type { Choice, Mention, OutboundMessage } from "../../../core/messages/outbound-message.js";
import type { InlineKeyboardMarkup, MessageEntity } from "./grammy-deps.js";

/** An outbound message in Telegram's terms: plain text, tags, buttons. */
export interface TelegramMessageParts {
  text: string;
  entities: MessageEntity[];
  replyMarkup: InlineKeyboardMarkup | undefined;
}

/**
 * Renders a message for sendMessage. The text is sent as plain text (no Markdown or HTML
 * parsing, so names and evidence links are shown exactly as typed); mentions become
 * `text_mention` entities and choices an inline keyboard.
 */
export function renderOutbound(message: Pick<OutboundMessage, "text" | "choices" | "mentions">): TelegramMessageParts {
  return {
    text: message.text,
    entities: mentionEntities(message.text, message.mentions),
    replyMarkup: message.choices?.length ? inlineKeyboard(message.choices) : undefined,
  };
}

/** Telegram's limit on a button's callback data, in UTF-8 bytes. */
export const MAX_CALLBACK_DATA_BYTES = 64;

/**
 * A reply's choices as inline buttons. Tapping one sends the choice's value back as the
 * callback data, which the adapter hands to the conversation as if typed. A value longer
 * than 64 bytes is sent as its number ("2"), which the conversation reads as that choice.
 * Two or three short choices ("Có, lưu" / "Không, hủy") share a row; others get a row each.
 */
export function inlineKeyboard(choices: readonly Choice[]): InlineKeyboardMarkup {
  const buttons = choices.map((choice, index) => ({ text: choice.label, callback_data: callbackData(choice, index) }));
  const oneRow = buttons.length <= 3 && choices.every((choice) => [...choice.label].length <= 16);
  return { inline_keyboard: oneRow ? [buttons] : buttons.map((button) => [button]) };
}

/** The callback data for the choice at `index` (0-based). */
export function callbackData(choice: Choice, index: number): string {
  const value = choice.value.trim() || choice.label;
  return Buffer.byteLength(value, "utf8") <= MAX_CALLBACK_DATA_BYTES ? value : String(index + 1);
}

/**
 * Tags for the people a message names: each "@Tên" in the text becomes a `text_mention`
 * of that member's Telegram account, so they are notified even without a username.
 * Offsets and lengths count UTF-16 code units, as Telegram requires and as JavaScript
 * strings already do (an emoji such as 📊 counts two). A name is tagged only as a whole
 * word ("@Lan" is not tagged inside "@Lana"); members with no Telegram account stay plain text.
 */
export function mentionEntities(text: string, mentions: readonly Mention[] | undefined): MessageEntity[] {
  const taggable = (mentions ?? []).filter(
    (m) => m.displayName && m.platformUserId && /^\d{1,15}$/.test(m.platformUserId),
  );
  // Longer names first, so "@Lan Anh" wins over "@Lan" where both would match.
  const byLength = [...taggable].sort((a, b) => b.displayName.length - a.displayName.length);
  const taken: Array<[number, number]> = [];
  const entities: MessageEntity[] = [];
  for (const mention of byLength) {
    const needle = `@${mention.displayName}`;
    for (let offset = text.indexOf(needle); offset !== -1; offset = text.indexOf(needle, offset + 1)) {
      const end = offset + needle.length;
      if (/[\p{L}\p{N}_]/u.test(text.charAt(end)) || taken.some(([from, to]) => offset < to && end > from)) continue;
      taken.push([offset, end]);
      entities.push({
        type: "text_mention",
        offset,
        length: needle.length,
        user: { id: Number(mention.platformUserId), is_bot: false, first_name: mention.displayName },
      });
    }
  }
  return entities.sort((a, b) => a.offset - b.offset);
}

/**
 * What this process remembers about its own recent messages, to tell a current button
 * from a stale one: the latest message the bot sent to each member in each chat, and the
 * keyboards already tapped. It is bounded (oldest entries go first) and lost on restart;
 * a tap it knows nothing about is passed to the conversation, which reads it like a
 * typed answer, so forgetting never breaks a dialog.
 */
export interface ReplyMemory {
  /** The bot answered `ownerId` in `chatId` with message `messageId`. */
  noteReply(chatId: string, ownerId: string, messageId: number): void;
  /** A keyboard was used; later taps on it are stale. */
  noteTapped(chatId: string, messageId: number): void;
  /** True when the keyboard was tapped already or the bot has said something newer to `ownerId`. */
  isStale(chatId: string, ownerId: string, messageId: number): boolean;
}

/** A ReplyMemory holding up to `limit` entries of each kind. */
export function createReplyMemory(limit = 10_000): ReplyMemory {
  const latest = new Map<string, number>();
  const tapped = new Map<string, true>();
  const remember = <V>(map: Map<string, V>, key: string, value: V) => {
    map.delete(key);
    map.set(key, value);
    if (map.size > limit) map.delete(map.keys().next().value as string);
  };
  return {
    noteReply: (chatId, ownerId, messageId) =>
      remember(latest, `${chatId}|${ownerId}`, Math.max(messageId, latest.get(`${chatId}|${ownerId}`) ?? 0)),
    noteTapped: (chatId, messageId) => remember(tapped, `${chatId}|${messageId}`, true),
    isStale: (chatId, ownerId, messageId) =>
      tapped.has(`${chatId}|${messageId}`) || (latest.get(`${chatId}|${ownerId}`) ?? 0) > messageId,
  };
}
