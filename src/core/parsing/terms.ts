import { expandPair, expandWord } from "../text/abbreviations.js";
import type { Lexeme } from "../text/lex.js";

/**
 * A word as matching sees it: canonical spelling, abbreviations expanded (one lexeme
 * "tk" gives two terms "tai", "khoan"), numbers and codes as written, masks as
 * placeholders such as "_date_". "số liệu" and "số lượng" become one term each
 * ("so_lieu"), so that "báo cáo số liệu" is not read as the alias "báo cáo số" (digital
 * reporting). Each term remembers the lexeme it came from.
 */
export interface Term {
  readonly text: string;
  /** Index of the lexeme in the message's lexeme list. */
  readonly lexeme: number;
  /** Index of the last lexeme, when the term spans several ("số liệu" → "so_lieu"). */
  readonly through?: number;
}

/** The lexemes a term was read from. */
export function lexemesOf(term: Term): number[] {
  const last = term.through ?? term.lexeme;
  return Array.from({ length: last - term.lexeme + 1 }, (_, offset) => term.lexeme + offset);
}

/** "số" glued to the words after it when together they make one noun: "số liệu" (figures), "số lượng", "số điện thoại". */
const SO_COMPOUNDS: readonly (readonly string[])[] = [["lieu"], ["luong"], ["dien", "thoai"]];

/**
 * Terms of a lexeme list. Punctuation is dropped except "?" (a question mark matters to
 * intent); `skip` leaves out lexemes already accounted for (a code, a figure).
 */
export function toTerms(lexemes: readonly Lexeme[], skip: ReadonlySet<number> = new Set()): Term[] {
  const terms: Term[] = [];
  let pairedWith = -1;
  lexemes.forEach((lexeme, index) => {
    if (skip.has(index) || index === pairedWith) return;
    switch (lexeme.kind) {
      case "word": {
        const next = lexemes[index + 1];
        const pair = next?.kind === "word" && !skip.has(index + 1) ? expandPair(lexeme.text, next.text) : null;
        if (pair) {
          pairedWith = index + 1;
          for (const text of pair) terms.push({ text, lexeme: index, through: index + 1 });
          break;
        }
        for (const text of expandWord(lexeme.text, lexeme.typed)) terms.push({ text, lexeme: index });
        break;
      }
      case "mask":
        terms.push({ text: `_${lexeme.mask ?? "mask"}_`, lexeme: index });
        break;
      case "symbol":
        if (lexeme.text === "?") terms.push({ text: "?", lexeme: index });
        break;
      default:
        terms.push({ text: lexeme.text, lexeme: index });
    }
  });
  return glueCompounds(terms);
}

/** Replaces "số" + "liệu" (and the other {@link SO_COMPOUNDS}) by one term "so_lieu". */
function glueCompounds(terms: readonly Term[]): Term[] {
  const glued: Term[] = [];
  for (let i = 0; i < terms.length; i += 1) {
    const term = terms[i];
    if (!term) continue;
    const tail =
      term.text === "so"
        ? SO_COMPOUNDS.find((words) => words.every((word, offset) => terms[i + 1 + offset]?.text === word))
        : undefined;
    if (tail) {
      const last = terms[i + tail.length];
      glued.push({ text: ["so", ...tail].join("_"), lexeme: term.lexeme, through: last?.lexeme ?? term.lexeme });
      i += tail.length;
    } else {
      glued.push(term);
    }
  }
  return glued;
}

/** Terms joined by single spaces, for phrase cues written as regular expressions. */
export function joinTerms(terms: readonly Term[]): string {
  return terms.map((term) => term.text).join(" ");
}

/** Words about indicators in general, not about one: "chỉ tiêu", "tiêu chí", "chuyển đổi số", "cập nhật", "UBND". */
const META_PHRASES: readonly (readonly string[])[] = [
  ["chi", "tieu"],
  ["tieu", "chi"],
  ["chuyen", "doi", "so"],
  ["cap", "nhat"],
  ["uy", "ban", "nhan", "dan"],
];

/**
 * The terms without words that speak of indicators in general ("chỉ tiêu nào chưa đạt",
 * "tình hình chuyển đổi số"), which would otherwise match every name that contains them.
 */
export function withoutMetaWords(terms: readonly Term[]): Term[] {
  const kept: Term[] = [];
  for (let i = 0; i < terms.length; i += 1) {
    const phrase = META_PHRASES.find((words) => words.every((word, offset) => terms[i + offset]?.text === word));
    if (phrase) {
      i += phrase.length - 1;
      continue;
    }
    const term = terms[i];
    if (term) kept.push(term);
  }
  return kept;
}
