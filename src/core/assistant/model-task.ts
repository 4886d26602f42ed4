import type { ConverseInput } from "../conversation/converse-input.js";
import { canEnterFigures, canRead } from "../conversation/permissions.js";
import { readIntent } from "../conversation/read-intent.js";
import { isAddressedToBot } from "../messages/inbound-message.js";
import { foldVietnamese } from "../text/fold-vietnamese.js";

/** What the model is asked for one message: to read it, or to answer an open question about one indicator. */
export type ModelTask =
  | { kind: "read"; step: "numerator" | "denominator" | "value" | null }
  | { kind: "answer"; code: string | null };

/** "vì sao", "tại sao", "cần làm gì", "làm thế nào", "so với": open questions, not a request for the figure. */
const OPEN_QUESTION = /\b(vi sao|tai sao|sao lai|ly do|can lam gi|phai lam gi|lam gi de|lam the nao|lam sao|so voi)\b/;

/**
 * Whether a language model may help with this message, and how. Only messages of a bound
 * commune's member that the rules could not read and that were meant for the bot: a
 * private message, a mention or reply, or the answer to the member's own open question
 * (a count written in words), of a commune that has not turned the model off (/mohinh
 * tắt). Group chatter, commands, edits and media never qualify, and
 * nor does anything the rules read, except an open question about an indicator ("vì sao
 * 3.12 chưa đạt?"), which the model may answer from the commune's data.
 */
export function modelTaskFor(input: ConverseInput): ModelTask | null {
  const { message, snapshot, session } = input;
  const member = input.sender.membership;
  const text = message.text.trim();
  if (!snapshot || !member || !canRead(member) || message.edited || message.media) return null;
  if (snapshot.languageModel === "off") return null;
  if (!text || text.startsWith("/") || text.length > 2000) return null;
  const intent = readIntent(text, snapshot.catalog);
  if (session && canEnterFigures(member) && "draft" in session) {
    const numeric = session.step === "numerator" || session.step === "denominator" || session.step === "value";
    if (numeric && intent.intent === "unknown" && !/\d/.test(text) && /\p{L}/u.test(text))
      return { kind: "read", step: session.step as "numerator" | "denominator" | "value" };
    return null;
  }
  if (!isAddressedToBot(message)) return null;
  if (intent.intent === "unknown" && !intent.command) return { kind: "read", step: null };
  if (intent.intent === "query_indicator" && OPEN_QUESTION.test(foldVietnamese(text).toLowerCase()))
    return { kind: "answer", code: intent.code };
  return null;
}
