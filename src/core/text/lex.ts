/**
 * Splitting a folded message into lexemes.
 *
 * Chat messages mix figures with things that only look like figures: document numbers
 * ("85/bc-ubnd"), dates ("27/11/2023"), times ("14h30"), phone numbers and links. The
 * lexer recognises those first and turns each into one `mask` lexeme, so that nothing
 * downstream can read "1234/ubnd-vhtt" as a fraction or "0912 345 678" as a count.
 * What remains are words, numbers (still as written, "6.608"), codes that cannot be
 * numbers ("i.3", "viii.9.2", "1.3a") and single punctuation symbols.
 */

import { tabulateLatinBlocks } from "./fold-vietnamese.js";

/** What a masked span was recognised as. */
export type MaskKind = "url" | "email" | "mention" | "document" | "date" | "time" | "phone" | "numeral";

/** More digits than a double holds exactly: such a number is never read, only named back. */
const MAX_EXACT_DIGITS = 15;

/** One lexeme of a folded message. */
export interface Lexeme {
  readonly kind: "word" | "number" | "code" | "symbol" | "mask";
  /** The folded text as written (hyphens dropped inside words: "hue-s" → "hues"). */
  readonly text: string;
  /**
   * The same span as typed, lowercase, diacritics kept ("từ", "tử"). Folding merges
   * words that the marks tell apart; when the official typed the marks, this tells them
   * apart again. Equal to `text` (before hyphen removal) for unaccented input.
   */
  readonly typed: string;
  /** Set for masks. */
  readonly mask?: MaskKind;
  /** True when whitespace separates this lexeme from the previous one. */
  readonly spaced: boolean;
}

interface Rule {
  /** The characters a match can start with: a rule is only tried where one of them stands. */
  readonly first: RegExp;
  /** True when every match holds an "@": the rule is only tried in text that has one. */
  readonly at?: true;
  readonly pattern: RegExp;
  readonly make: (text: string) => Pick<Lexeme, "kind" | "mask"> & { text?: string };
}

const DOCUMENT_TYPES =
  "bc|qd|kh|ubnd|tb|tt|nq|ct|cv|tu|nd|tr|tp|hd|bb|gm|tgm|ttr|cd|vp|ttg|cp|btc|btttt|bnv|hdnd|dh|bcd|stttt|vhtt|vhxh";

const DIGIT = /\d/;

/** Ordered: the first rule that matches at the current position wins. */
const RULES: readonly Rule[] = [
  { first: /[hw]/, pattern: /(?:https?:\/\/|www\.)\S+/y, make: () => ({ kind: "mask", mask: "url" }) },
  {
    first: /[a-z0-9._%+-]/,
    at: true,
    pattern: /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/y,
    make: () => ({ kind: "mask", mask: "email" }),
  },
  { first: /@/, at: true, pattern: /@[a-z0-9_.]*[a-z0-9_]/y, make: () => ({ kind: "mask", mask: "mention" }) },
  // 1234/ubnd-vhtt, 85/bc-ubnd, 42/2022/nd-cp, 12/kh, 06-nq/tu, 3.2024/hd
  {
    first: DIGIT,
    pattern: new RegExp(
      `\\d+(?:\\.\\d+)?[a-z]?(?:\\/\\d{4})?\\/(?:[a-z]+(?:[-–][a-z0-9]+)+|(?:${DOCUMENT_TYPES})(?![a-z]))`,
      "y",
    ),
    make: () => ({ kind: "mask", mask: "document" }),
  },
  {
    first: DIGIT,
    pattern: /\d+-[a-z]+\/[a-z]+(?:[-–][a-z0-9]+)*/y,
    make: () => ({ kind: "mask", mask: "document" }),
  },
  // 27/11/2023, 3-2-2025, 30.6.2024, 5/2024
  {
    first: DIGIT,
    pattern: /\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}(?![\d/])/y,
    make: () => ({ kind: "mask", mask: "date" }),
  },
  { first: DIGIT, pattern: /(?:0?[1-9]|1[0-2])\/20\d{2}(?![\d/])/y, make: () => ({ kind: "mask", mask: "date" }) },
  // 14h30, 8h, 14:30, 9g30, 14 giờ 30
  {
    first: DIGIT,
    pattern: /\d{1,2}(?:[h:g]\d{2}|h)(?:p|')?(?![a-z0-9])/y,
    make: () => ({ kind: "mask", mask: "time" }),
  },
  {
    first: DIGIT,
    pattern: /\d{1,2} ?gio(?: ?\d{1,2}(?: ?phut)?)?(?![a-z0-9])/y,
    make: () => ({ kind: "mask", mask: "time" }),
  },
  // 0912 345 678, 0912.345.678, +84 912 345 678
  {
    first: /[+0]/,
    pattern: /(?:\+84 ?|0)\d{2,3}(?:[ .]?\d{3}){2}\d{0,2}(?![\d.,/%])/y,
    make: () => ({ kind: "mask", mask: "phone" }),
  },
  // 1.3a (a lettered sub-item), i.3, viii.9.2
  { first: DIGIT, pattern: /\d{1,2}(?:\.\d{1,2})+[a-z](?![a-z0-9])/y, make: () => ({ kind: "code" }) },
  { first: /[ivxl]/, pattern: /[ivxl]+(?:\.\d{1,2})+[a-z]?(?![a-z0-9])/y, make: () => ({ kind: "code" }) },
  // 6 608, 1 234 567 (spaces grouping thousands), not before "%"
  { first: DIGIT, pattern: /\d{1,3}(?: \d{3})+(?:,\d+)?(?![\d.,]| ?%)/y, make: () => ({ kind: "number" }) },
  // 1e309, 6.6e3, 1_000, 0x1a: programmers' numerals, which an official never means as written
  {
    first: DIGIT,
    pattern: /(?:0x[\da-f]+|0b[01]+|\d+(?:[.,]\d+)*(?:e[+-]?\d+|(?:_\d+)+))(?![a-z\d])/y,
    make: () => ({ kind: "mask", mask: "numeral" }),
  },
  {
    first: DIGIT,
    pattern: /\d+(?:[.,]\d+)*/y,
    make: (text) =>
      text.replace(/\D/g, "").replace(/^0+/, "").length > MAX_EXACT_DIGITS
        ? { kind: "mask", mask: "numeral" }
        : { kind: "number" },
  },
  {
    first: /[a-z]/,
    pattern: /[a-z]+(?:-[a-z0-9]+)*/y,
    make: (text) => ({ kind: "word", text: text.replace(/-/g, "") }),
  },
  { first: /[^\sa-z0-9]/, pattern: /[^\sa-z0-9]/y, make: () => ({ kind: "symbol" }) },
];

/** The rules that can match at a character, in order, in text with or without an "@". */
function rulesStartingWith(char: string, hasAt: boolean): readonly Rule[] {
  return RULES.filter((rule) => rule.first.test(char) && (hasAt || !rule.at));
}

/** The rules to try at each ASCII character, by its code; other characters are looked up when met. */
const ASCII_RULES: readonly (readonly Rule[])[] = Array.from({ length: 128 }, (_, code) =>
  rulesStartingWith(String.fromCharCode(code), true),
);
const ASCII_RULES_WITHOUT_AT: readonly (readonly Rule[])[] = Array.from({ length: 128 }, (_, code) =>
  rulesStartingWith(String.fromCharCode(code), false),
);

/** How one character folds: its folded unit and its typed unit (lowercase, marks kept); null when dropped. */
type FoldedChar = readonly [folded: string, typed: string] | null;

function foldChar(char: string): FoldedChar {
  const base = char
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
  if (base === "") return null;
  const lower = char.toLowerCase();
  const unit = base.length === char.length ? base : char;
  return [unit, lower.length === unit.length ? lower : unit];
}

/** `foldChar` of each character of the Latin blocks, computed once (see `tabulateLatinBlocks`). */
const LATIN_FOLDS: ReadonlyMap<string, FoldedChar> = tabulateLatinBlocks(foldChar);

/**
 * Folds text one character at a time so that the folded and the typed text stay aligned:
 * the n-th UTF-16 unit of one is the n-th of the other. Stray combining marks are dropped
 * from both.
 */
function foldAligned(text: string): { folded: string; typed: string } {
  let folded = "";
  let typed = "";
  for (const char of text.normalize("NFC")) {
    const fold = LATIN_FOLDS.has(char) ? LATIN_FOLDS.get(char) : foldChar(char);
    if (!fold) continue;
    folded += fold[0];
    typed += fold[1];
  }
  return { folded, typed };
}

/**
 * Splits text into lexemes, matching on its folded form (see `foldVietnamese`) while
 * keeping each lexeme's typed form. Trailing sentence dots and commas are never part of
 * a number ("8315." is 8315).
 */
export function lex(text: string): Lexeme[] {
  const { folded, typed } = foldAligned(text);
  const hasAt = folded.includes("@");
  const asciiRules = hasAt ? ASCII_RULES : ASCII_RULES_WITHOUT_AT;
  const lexemes: Lexeme[] = [];
  let position = 0;
  let spaced = false;
  while (position < folded.length) {
    const char = folded[position] ?? "";
    if (/\s/.test(char)) {
      spaced = true;
      position += 1;
      continue;
    }
    const code = folded.charCodeAt(position);
    const rules = code < 128 ? asciiRules[code] : rulesStartingWith(char, hasAt);
    for (const rule of rules ?? RULES) {
      rule.pattern.lastIndex = position;
      const match = rule.pattern.exec(folded);
      if (!match) continue;
      const made = rule.make(match[0]);
      const text = made.text ?? match[0];
      const original = typed.slice(position, position + match[0].length);
      const opens = spaced || lexemes.length === 0;
      lexemes.push(
        made.mask
          ? { kind: made.kind, text, typed: original, mask: made.mask, spaced: opens }
          : { kind: made.kind, text, typed: original, spaced: opens },
      );
      position += match[0].length;
      spaced = false;
      break;
    }
  }
  return lexemes;
}
