import type { InboundMessage } from "./inbound-message.js";

/** The name members call the bot by when no other is configured. */
export const DEFAULT_BOT_NAME = "Xã Số";

/** What may follow the name when a member calls the bot: "ơi", a comma or a colon. */
const AFTER_CALL = /^\s*(?:(?:ơi|oi)\b[\s,:!.]*|[,:!]+\s*|\s+|$)/iu;

/**
 * A message that opens by calling the bot by name ("Xã Số ơi tiến độ", "xa so oi tien do",
 * "@Xã Số tiến độ") is addressed to it, as an @-mention or "bot ơi" is: the call is cut
 * from the text (so the words of the name are never read as figures or indicator words)
 * and the message is marked as mentioning the bot. Names are compared without diacritics
 * and case; a message that does not open with a name comes back unchanged.
 */
export function addressedByName<T extends Pick<InboundMessage, "text" | "mentionsBot">>(
  message: T,
  names: readonly string[] = [DEFAULT_BOT_NAME],
): T {
  const text = message.text.normalize("NFC");
  const opening = text.match(/^\s*@?\s*/u)?.[0] ?? "";
  const folded = foldEachCharacter(text);
  for (const name of names) {
    const wanted = foldEachCharacter(name.normalize("NFC")).replace(/\s+/g, " ").trim();
    if (!wanted) continue;
    const end = matchedEnd(folded, opening.length, wanted);
    if (end === null) continue;
    const after = AFTER_CALL.exec(text.slice(end));
    if (!after) continue;
    return { ...message, text: text.slice(end + after[0].length), mentionsBot: true };
  }
  return message;
}

/** Where `wanted` ends in `folded` from `start`, any run of spaces matching one space; null when it does not. */
function matchedEnd(folded: string, start: number, wanted: string): number | null {
  let at = start;
  for (const char of wanted) {
    if (char === " ") {
      if (!/\s/.test(folded[at] ?? "")) return null;
      while (/\s/.test(folded[at] ?? "")) at += 1;
      continue;
    }
    if (folded[at] !== char) return null;
    at += 1;
  }
  return at;
}

/** Lowercase without marks, "đ" as "d", one character for one, so positions stay those of the text. */
function foldEachCharacter(text: string): string {
  return Array.from(text, (char) =>
    char.length === 1
      ? (char
          .normalize("NFD")
          .replace(/\p{M}+/gu, "")
          .replace(/[đĐ]/g, "d")
          .toLowerCase()[0] ?? char)
      : "\u0000".repeat(char.length),
  ).join("");
}
