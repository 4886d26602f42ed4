/** Content the bot cannot read: a sticker, photo, file, voice or video message. */
export type MediaKind = "sticker" | "photo" | "file" | "voice" | "video" | "other";

/**
 * A file that came with a message (attached or forwarded): what it is called and, when the
 * platform says so, its media type. Never its content: the name alone is read, as
 * evidence ("189-BC-UBND.pdf", "Bao cao so 45 ngay 20-11-2023.docx").
 */
export interface Attachment {
  /** The file's name as sent. */
  fileName: string;
  /** "application/pdf", when the platform gives it. */
  mimeType?: string;
}

/**
 * One message as every platform adapter delivers it to the core: Telegram, Zalo, the
 * terminal chat and transcript replay all translate into this shape, so the same
 * conversation runs unchanged on each of them.
 */
export interface InboundMessage {
  /** "telegram", "zalo", "terminal", "replay". */
  platform: string;
  /** The chat (group or private) the message came from; replies go back here. */
  chatId: string;
  isGroup: boolean;
  /** Unique within the chat; a redelivery carries the same id. */
  messageId: string;
  sender: { id: string; name: string };
  text: string;
  /** The bot was @-mentioned. */
  mentionsBot: boolean;
  /** The message answers one of the bot's own messages. */
  repliesToBot: boolean;
  /** When the platform says it was sent. */
  sentAt: Date;
  /**
   * The member edited an earlier message. Edits never overwrite a figure silently: the
   * bot points to "sửa …" instead.
   */
  edited?: boolean;
  /** Set for non-text content; `text` is then its caption or empty. */
  media?: MediaKind;
  /** The named file sent with the message, if any; `text` is then its caption or empty. */
  attachment?: Attachment;
}

/**
 * Whether the member spoke to the bot: every private message, and in a group a command,
 * an @-mention of the bot or a reply to one of its messages. Other group chatter gets an
 * answer only when it is clearly for the bot, and never an apology when handling fails.
 */
export function isAddressedToBot(
  message: Pick<InboundMessage, "isGroup" | "text" | "mentionsBot" | "repliesToBot">,
): boolean {
  return !message.isGroup || message.text.trim().startsWith("/") || message.mentionsBot || message.repliesToBot;
}
