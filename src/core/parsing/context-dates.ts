import type { Lexeme } from "../text/lex.js";

/**
 * Days and times written "a/b" ("trước 30/6", "ngày 20/9", "lúc 14/30"). Unlike full dates
 * ("27/11/2023"), which the lexer masks on sight, "7/8" is a date or a fraction depending
 * on the words around it, so it is only masked when a word in front says so.
 */

/**
 * Words in front of "a/b" that make it a day ("ngày 20/9", "trước 30/6"), as typed with
 * their marks: "từ 28/12" is a day, "điện tử 3/5" is not. Typed without marks they are
 * compared folded, minus the compounds below.
 */
const DATE_CUE = [
  "ngày",
  "hôm",
  "sáng",
  "chiều",
  "tối",
  "trưa",
  "đêm",
  "trước",
  "sau",
  "đến",
  "từ",
  "hạn",
  "họp",
  "vào",
  "lúc",
  "nộp",
  "thứ",
  "tuần",
  "dịp",
  "mai",
  "cuối",
  "đầu",
  "giữa",
  "chốt",
  "hẹn",
];
/** "nay", "qua" mark a day only after a part of the day: "hôm nay", "hôm qua", not "đến nay" (so far), "kết quả". */
const DAY_AFTER = new Set(["nay", "qua"]);
const TODAY = new Set(["hom", "sang", "chieu", "toi", "trua", "dem"]);
/** Words right after "a/b" that make it a day: "15/6 hạn cuối", "2/9 nghỉ lễ". */
const DATE_AFTER = new Set(["han", "hop", "nop", "nghi", "le", "tet", "truc", "khai", "be"]);
/** Words in front of "a/b" that make it a time of day: "lúc 14/30". */
const TIME_CUE = ["lúc", "từ", "đến", "vào", "họp", "giờ"];
/** Unmarked compounds whose last syllable looks like a cue: "dien tu" (điện tử), "thuong mai" (thương mại). */
const NOT_CUES = new Set(["dien tu", "thuong mai", "phan tu", "nguyen tu", "ket qua", "hieu qua"]);

const fold = (word: string) =>
  word
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/đ/g, "d");
const FOLDED_DATE_CUE = new Set(DATE_CUE.map(fold));
const FOLDED_TIME_CUE = new Set(TIME_CUE.map(fold));

/** True when the lexeme is one of `cues`: by its marks when typed with marks, else folded. */
function isCue(
  lexeme: Lexeme | undefined,
  before: Lexeme | undefined,
  cues: readonly string[],
  folded: ReadonlySet<string>,
): boolean {
  if (lexeme?.kind !== "word") return false;
  if (lexeme.typed !== lexeme.text) return cues.includes(lexeme.typed);
  return folded.has(lexeme.text) && !NOT_CUES.has(`${before?.kind === "word" ? before.text : ""} ${lexeme.text}`);
}

/** True when "a/b" reads as a day of the year (a ≤ 31, b ≤ 12). */
export function looksLikeDay(left: string, right: string): boolean {
  if (!/^\d{1,2}$/.test(left) || !/^\d{1,2}$/.test(right)) return false;
  const day = Number(left);
  const month = Number(right);
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/** True when "a/b" reads as hours and minutes (a ≤ 23, b two digits below 60). */
export function looksLikeTime(left: string, right: string): boolean {
  return /^\d{1,2}$/.test(left) && Number(left) <= 23 && /^[0-5]\d$/.test(right);
}

/**
 * Replaces each "a/b" that a cue word marks as a day or a time by one `mask` lexeme, so
 * that neither figures nor intent cues read it as a fraction. The end of a range of days
 * ("15-16/7") is a day too.
 */
export function maskCuedDates(lexemes: readonly Lexeme[]): Lexeme[] {
  const out: Lexeme[] = [];
  for (let i = 0; i < lexemes.length; i += 1) {
    const lexeme = lexemes[i];
    if (!lexeme) continue;
    const slash = lexemes[i + 1];
    const right = lexemes[i + 2];
    if (
      lexeme.kind === "number" &&
      slash?.kind === "symbol" &&
      slash.text === "/" &&
      right?.kind === "number" &&
      lexemes[i + 3]?.text !== "/"
    ) {
      const cue = out[out.length - 1];
      const cueBefore = out[out.length - 2];
      const dayCue =
        isCue(cue, cueBefore, DATE_CUE, FOLDED_DATE_CUE) ||
        (cue?.kind === "word" && DAY_AFTER.has(cue.text) && cueBefore?.kind === "word" && TODAY.has(cueBefore.text));
      const dayRange = cue?.kind === "symbol" && cue.text === "-" && cueBefore?.kind === "number";
      const after = lexemes[i + 3];
      const dayAfter = after?.kind === "word" && DATE_AFTER.has(after.text);
      const timeCue = isCue(cue, cueBefore, TIME_CUE, FOLDED_TIME_CUE);
      const mask =
        (dayCue || dayRange || dayAfter) && looksLikeDay(lexeme.text, right.text)
          ? "date"
          : timeCue && looksLikeTime(lexeme.text, right.text)
            ? "time"
            : null;
      if (mask) {
        const text = `${lexeme.text}/${right.text}`;
        out.push({ kind: "mask", mask, text, typed: text, spaced: lexeme.spaced });
        i += 2;
        continue;
      }
    }
    out.push(lexeme);
  }
  return out;
}
