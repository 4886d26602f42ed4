import { parseNumber } from "./parse-number.js";

/** A figure reported as "numerator / denominator", e.g. 1.685 households of 1.960. */
export interface Fraction {
  readonly numerator: number;
  readonly denominator: number;
}

/** "/" or the word "trên" (also typed without diacritics as "tren"), spaces optional around "/". */
const SEPARATOR = /^(.+?)\s*(?:\/|\s(?:trên|tren)\s)\s*(.+)$/iu;

/**
 * Reads "a/b", "a / b" or "a trên b" with both sides written as Vietnamese numbers
 * ("10.215/12.030" → 10215 / 12030). Returns null when the text is not exactly two numbers
 * around one separator.
 *
 * Like {@link parseNumber} this only reads: a zero denominator, negative counts or a
 * numerator above the denominator are returned as written for validation to question.
 */
export function parseFraction(text: string): Fraction | null {
  const match = SEPARATOR.exec(text.normalize("NFC").trim());
  if (!match) return null;
  const [, left = "", right = ""] = match;
  const numerator = parseNumber(left);
  const denominator = parseNumber(right);
  if (numerator === null || denominator === null) return null;
  return { numerator, denominator };
}
