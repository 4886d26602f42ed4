/**
 * The part of a typed message that is read, and how it is cleaned first.
 *
 * Figures, questions and answers are short; a pasted report or a flood of repeated words
 * is not something to read in full. Reading only the first {@link MAX_READ_CHARS}
 * characters bounds the work every message costs, whoever sends it and however long it
 * is (Telegram allows 4,096 characters, Zalo more).
 *
 * Invisible characters are removed before reading: zero-width spaces and joiners,
 * direction marks and other format characters (Unicode category Cf), and control
 * characters other than line breaks and tabs. Phones and copied spreadsheets insert them
 * inside numbers ("6.6\u200b08"), where they would split one figure into two.
 */

/** How many characters of a message are read. Long enough for a pasted list of figures. */
export const MAX_READ_CHARS = 1_000;

const INVISIBLE = /(?![\n\t])[\p{Cf}\p{Cc}]/gu;

/** The message as read: NFC, invisible characters removed, at most {@link MAX_READ_CHARS}, trimmed. */
export function typedText(text: string): string {
  return text
    .slice(0, MAX_READ_CHARS * 2)
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .slice(0, MAX_READ_CHARS)
    .trim();
}

/**
 * Text fit to store: NFC, without control and format characters (a NUL in a display
 * name is refused by PostgreSQL and invisible everywhere), spaces collapsed, at most
 * `maxLength` characters. For names, titles and any other free text kept in the database.
 */
export function storableText(text: string, maxLength = 200): string {
  return text
    .normalize("NFC")
    .replace(/[\p{Cf}\p{Cc}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, maxLength);
}
