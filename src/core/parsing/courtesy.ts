import { foldVietnamese } from "../text/fold-vietnamese.js";

/** A greeting or a thank-you, which deserves a short friendly answer rather than "chưa hiểu". */
export type Courtesy = "greeting" | "thanks";

const FORMS_OF_ADDRESS = "(?:bot|ad|admin|anh|chi|em|ban|xa so|moi nguoi|ca nha|a|nhe|nha|oi|a a|nhieu|lam|\\s)*";
const GREETING = new RegExp(`^(?:xin chao|chao|hello|hi|alo|a lo)${FORMS_OF_ADDRESS}$`);
const THANKS = new RegExp(`^(?:cam on|cam on|thank you|thanks|tks|thank|camon|cmon)${FORMS_OF_ADDRESS}$`);

/**
 * Reads a whole message as a greeting ("chào bot", "xin chào", "alo") or thanks ("cảm ơn
 * em", "thanks"), or null when it says anything more. Only the whole message counts, so
 * "cảm ơn, 3.2 đạt 80%" stays an update.
 */
export function readCourtesy(text: string): Courtesy | null {
  const folded = foldVietnamese(text)
    .replace(/[!.,~?:)(]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!folded) return null;
  if (GREETING.test(folded)) return "greeting";
  if (THANKS.test(folded)) return "thanks";
  return null;
}

/** Emoji that answer a read-back with a yes (👍, 👌, ✅, 🆗), in any skin tone, alone in a message. */
const YES_EMOJI = /^(?:\s*(?:👍|👌|✅|🆗|☑️?)(?:\p{Emoji_Modifier}|\uFE0F)*)+\s*$/u;

/** "ok" for a message that is only a thumbs-up or similar emoji; the text itself otherwise. */
export function emojiYesAsWord(text: string): string {
  return YES_EMOJI.test(text) ? "ok" : text;
}
