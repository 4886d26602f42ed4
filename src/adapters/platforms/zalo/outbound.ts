import { type Choice, type Mention, withNumberedChoices } from "../../../core/messages/outbound-message.js";
import { splitLongText } from "../../../core/text/split-long-text.js";
import type { ZaloMention } from "./port.js";

/** About what Zalo accepts in one text message. */
export const ZALO_TEXT_LIMIT = 2_000;

/** Each part is cut a little shorter, leaving room for the suffix that keeps two consecutive texts different. */
const PART_LENGTH = ZALO_TEXT_LIMIT - 50;

/** One Zalo text message: its text and the members it tags. */
export interface ZaloTextPart {
  text: string;
  mentions: ZaloMention[];
}

/** What rendering needs of an outbound message. */
export interface RenderableMessage {
  text: string;
  choices?: readonly Choice[] | undefined;
  mentions?: readonly Pick<Mention, "displayName" | "platformUserId">[] | undefined;
  /** A report or chart to send as an attachment, `text` being its caption. */
  file?: { name: string; bytes: Uint8Array } | undefined;
}

/**
 * A reply as the Zalo messages that carry it. Zalo has no buttons, so choices become a
 * numbered list under the text with a line saying which numbers to answer ("Trả lời 1 hoặc
 * 2."); the core reads a digit as the choice and still understands the words. Long text is
 * cut at paragraph, line or word breaks into parts under Zalo's limit, the list staying
 * with the last part. In a group, every "@Tên" of a member with a Zalo account becomes a
 * real tag in the part that contains it; private chats carry no tags.
 */
export function renderZaloMessage(message: RenderableMessage, isGroup: boolean): ZaloTextPart[] {
  const parts = splitLongText(withChoices(message.text, message.choices), PART_LENGTH);
  return parts.map((text) => ({ text, mentions: isGroup ? locateMentions(text, message.mentions ?? []) : [] }));
}

/** "Trả lời 1 hoặc 2.", "Trả lời 1, 2 hoặc 3.", "Trả lời số thứ tự từ 1 đến 8." */
export function choicesHint(count: number): string {
  if (count <= 1) return "Trả lời 1 để chọn.";
  if (count > 6) return `Trả lời số thứ tự từ 1 đến ${count}.`;
  const numbers = Array.from({ length: count }, (_, index) => String(index + 1));
  return `Trả lời ${numbers.slice(0, -1).join(", ")} hoặc ${numbers.at(-1)}.`;
}

function withChoices(text: string, choices: readonly Choice[] | undefined): string {
  if (!choices?.length) return text;
  return `${withNumberedChoices(text, choices)}\n${choicesHint(choices.length)}`;
}

/**
 * Where each member's "@Tên" stands in `text`, as Zalo tags (positions in UTF-16 units, as
 * Zalo counts them). Longer names are placed first so "@Lan" never takes the start of
 * "@Lan Anh"; a tag must end at a word boundary; each place is used once.
 */
export function locateMentions(
  text: string,
  mentions: readonly Pick<Mention, "displayName" | "platformUserId">[],
): ZaloMention[] {
  const taken: ZaloMention[] = [];
  const ordered = [...mentions]
    .filter((m) => m.platformUserId && m.displayName)
    .sort((a, b) => b.displayName.length - a.displayName.length);
  for (const mention of ordered) {
    const tag = `@${mention.displayName}`;
    for (let pos = text.indexOf(tag); pos >= 0; pos = text.indexOf(tag, pos + 1)) {
      const end = pos + tag.length;
      const free = !taken.some((t) => pos < t.pos + t.len && end > t.pos);
      if (free && !/[\p{L}\p{N}_]/u.test(text.charAt(end))) {
        taken.push({ pos, uid: mention.platformUserId!, len: tag.length });
        break;
      }
    }
  }
  return taken.sort((a, b) => a.pos - b.pos);
}

/**
 * Zalo refuses a text identical to the one just sent to the same chat ("Không thể nhận tin
 * nhắn từ bạn."), which happens when two members of a group reach the same step. The guard
 * remembers the last text sent to each chat and makes a repeat differ by a visible suffix
 * on its last line: " (gửi Tên)" when the reply answers a known member, " (nhắc lại)"
 * otherwise. Should that still equal the previous text, a zero-width space is added. The
 * suffix goes at the end, so tag positions stay valid.
 */
export interface RepeatGuard {
  /** The text to send to `chatId` now: `text` itself, or a variation of it when it would repeat. */
  vary(chatId: string, text: string, addressee?: string): string;
  /** Records what was actually sent. */
  sent(chatId: string, text: string): void;
}

/** A RepeatGuard that has sent nothing yet. */
export function createRepeatGuard(): RepeatGuard {
  const last = new Map<string, string>();
  return {
    vary(chatId, text, addressee) {
      const previous = last.get(chatId);
      if (previous !== text) return text;
      const varied = `${text} ${addressee ? `(gửi ${addressee})` : "(nhắc lại)"}`;
      return varied === previous ? `${text}\u200b` : varied;
    },
    sent(chatId, text) {
      last.set(chatId, text);
    },
  };
}
