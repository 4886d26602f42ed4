import { parseNumber, parsePercent } from "../numbers/parse-number.js";
import type { Lexeme } from "../text/lex.js";
import { numberWord } from "../text/number-words.js";
import { looksLikeDay } from "./context-dates.js";

/**
 * The figures a message states, before anyone knows which indicator they belong to.
 * Reading is cautious: a number is a figure only when nothing around it says it is a
 * date or a time (masked beforehand, see `maskCuedDates`), money ("500.000 đồng"), an age ("15 tuổi"),
 * an ordinal ("quý 2", "thôn 3", "năm 2024"), a range ("2021-2025") or a change
 * ("tăng 5%").
 */

/** A numerator and a denominator: "5.120/7.400", "4.210 trên 6.050", "3.500 người trên tổng 5.000". */
export interface FractionFigure {
  readonly kind: "fraction";
  readonly numerator: number;
  readonly denominator: number;
}

/** A percent: "68,2%", "97 %", "đạt 71". `explicit` when a "%" or "phần trăm" was written. */
export interface PercentFigure {
  readonly kind: "percent";
  readonly percent: number;
  readonly explicit: boolean;
}

/** A lone number with the word after it, if any: "3 cuộc", "6.608". */
export interface NumberFigure {
  readonly kind: "number";
  readonly value: number;
  readonly unit: string | null;
}

/** Everything figure-like found in a message, in order of appearance. */
export interface FigureScan {
  readonly fractions: readonly FractionFigure[];
  readonly percents: readonly PercentFigure[];
  readonly numbers: readonly NumberFigure[];
}

/** How to read the numbers of one message. */
export interface ScanOptions {
  /** True when the indicator counts money ("triệu đồng"), so "1.200 triệu" is a figure. */
  readonly moneyIsFigure: boolean;
  /** True when no indicator is named: then "7/8" is far more likely a date than a fraction. */
  readonly datesLikely: boolean;
  /** Nouns that may follow a count written as a word ("hai cuộc"). */
  readonly countNouns: ReadonlySet<string>;
}

/** Words before a number that make it an ordinal or a period: "quý 2", "thôn 3", "lần 2", "số 12". */
const ORDINAL_BEFORE = new Set([
  "quy",
  "qui",
  "thang",
  "nam",
  "ngay",
  "tuan",
  "thon",
  "xom",
  "to",
  "doi",
  "khu",
  "lan",
  "muc",
  "cap",
  "so",
  "phong",
  "lop",
  "khoi",
  "dot",
  "ky",
  "ki",
  "buoi",
  "phien",
  "dieu",
  "khoan",
  "tang",
  "phuong",
  "ban",
  "hem",
  "ngo",
  "kiet",
  "duong",
  "pa",
  "an",
  "tieu",
  "tc",
  "ct",
  "thu",
  "tuoi",
  "diem",
]);
/** Units after a number that make it something other than a figure. */
const MONEY_AFTER = new Set(["dong", "d", "vnd", "nghin", "ngan", "trieu", "ty", "ti", "k", "tr", "trd", "usd", "xu"]);
const OTHER_AFTER = new Set([
  "tuoi",
  "gio",
  "phut",
  "giay",
  "h",
  "ngay",
  "thang",
  "nam",
  "tuan",
  "km",
  "m",
  "kg",
  "ha",
  "tan",
  "lit",
  "diem",
  "sao",
  "x",
]);
/** Words before a percent that make it a change or a rate, not a level reached. */
const CHANGE_BEFORE = new Set([
  "tang",
  "giam",
  "them",
  "chiet",
  "khau",
  "suat",
  "thue",
  "phi",
  "hoa",
  "hong",
  "gia",
  "mai",
  "lech",
  "chenh",
  "vuot",
  "hon",
]);
/** Words allowed between "trên" and the denominator: "trên tổng số 8.315". */
const TOTAL_WORDS = new Set(["tong", "so", "cong", "toan", "bo", "ca", "trong"]);
/** At most this many words between the numerator and "trên": "6.608 người có tài khoản ngân hàng trên 8.315". */
const MAX_WORDS_BETWEEN = 8;
/** Words that break the "a … trên b" pattern between the two numbers. */
const BREAKS = new Set(["va", "con", "nhung", "hoac", "voi", "dat", "la"]);
/** Words that may close a figure without being its unit: "đạt 71 rồi", "đạt 80 ạ". */
const PARTICLES = new Set(["roi", "a", "nhe", "nha", "thoi", "day", "nhi", "ha", "do", "luon", "vay"]);

/** Words before "số" that make it part of a noun, not "number …": "tổng số 8.315", "dân số 6.050", "ký số 1.250". */
const SO_NOT_NUMBERING = new Set(["tong", "dan", "ky"]);

/** The message around the numbers, with the helpers every reading pass shares, and what the passes found. */
class Scan {
  /** Lexemes already read (codes, alias words, figures found so far). */
  readonly used: Set<number>;
  readonly fractions: FractionFigure[] = [];
  readonly percents: PercentFigure[] = [];
  readonly numbers: NumberFigure[] = [];

  constructor(
    readonly lexemes: readonly Lexeme[],
    readonly skip: ReadonlySet<number>,
    readonly options: ScanOptions,
  ) {
    this.used = new Set<number>(skip);
  }

  /** A word of the message; the indicator's own words ("chữ ký số") are not context. */
  word(index: number): string {
    const lexeme = this.lexemes[index];
    return lexeme?.kind === "word" && !this.skip.has(index) ? lexeme.text : "";
  }

  symbol(index: number): string {
    const lexeme = this.lexemes[index];
    return lexeme?.kind === "symbol" ? lexeme.text : "";
  }

  /** An unread number. */
  isNumber(index: number): boolean {
    return this.lexemes[index]?.kind === "number" && !this.used.has(index);
  }

  glued(index: number): boolean {
    return this.lexemes[index]?.spaced === false;
  }

  isRange(index: number): boolean {
    const { lexemes, skip } = this;
    return (
      (this.symbol(index + 1) === "-" &&
        this.glued(index + 1) &&
        this.glued(index + 2) &&
        lexemes[index + 2]?.kind === "number" &&
        !skip.has(index + 2)) ||
      (this.symbol(index - 1) === "-" &&
        this.glued(index - 1) &&
        this.glued(index) &&
        lexemes[index - 2]?.kind === "number" &&
        !skip.has(index - 2))
    );
  }

  isOrdinal(index: number): boolean {
    return (
      (ORDINAL_BEFORE.has(this.word(index - 1)) &&
        !(this.word(index - 1) === "so" && SO_NOT_NUMBERING.has(this.word(index - 2)))) ||
      (this.word(index - 1) === "do" && this.word(index - 2) === "cap")
    );
  }

  notFigureUnit(unit: string): boolean {
    return OTHER_AFTER.has(unit) || (!this.options.moneyIsFigure && MONEY_AFTER.has(unit));
  }

  /** An unread number that can be a figure: no range, ordinal or non-figure unit around it. */
  eligible(index: number): boolean {
    return (
      this.isNumber(index) &&
      !this.isRange(index) &&
      !this.isOrdinal(index) &&
      !this.notFigureUnit(this.word(index + 1))
    );
  }

  /**
   * The sign written before a number: -1 for a minus sign glued to it ("-6608", "−5%"),
   * unless the dash joins a range ("2021-2025"); else 1. A sign is read so that
   * validation can refuse it, never dropped.
   */
  sign(index: number): number {
    const dash = this.symbol(index - 1);
    const signed =
      (dash === "-" || dash === "\u2212") && this.glued(index) && !(this.glued(index - 1) && this.isNumber(index - 2));
    return signed ? -1 : 1;
  }

  count(index: number): number | null {
    return signed(parseNumber(this.lexemes[index]?.text ?? ""), this.sign(index));
  }

  /** Marks lexemes from `first` to `last` as read. */
  use(first: number, last: number): void {
    for (let i = first; i <= last; i += 1) this.used.add(i);
  }
}

function signed(value: number | null, sign: number): number | null {
  return value === null || value === 0 ? value : value * sign;
}

/** With no indicator named, "7/8" is far more likely a day than a fraction. */
function setAsideDays(scan: Scan): void {
  const { lexemes } = scan;
  if (!scan.options.datesLikely) return;
  for (let index = 0; index < lexemes.length; index += 1) {
    if (!scan.isNumber(index) || scan.symbol(index + 1) !== "/" || !scan.isNumber(index + 2)) continue;
    if (looksLikeDay(lexemes[index]?.text ?? "", lexemes[index + 2]?.text ?? "")) scan.use(index, index + 2);
  }
}

/** "a/b". "số 12/…" is an ordinal, but in "ký số 1.250/1.300" the "số" is "digital", so only the other ordinal words count. */
function readSlashFractions(scan: Scan): void {
  for (let index = 0; index < scan.lexemes.length; index += 1) {
    if (
      !scan.isNumber(index) ||
      (scan.word(index - 1) !== "so" && scan.isOrdinal(index)) ||
      scan.symbol(index + 1) !== "/" ||
      !scan.isNumber(index + 2)
    )
      continue;
    const numerator = scan.count(index);
    const denominator = scan.count(index + 2);
    if (
      numerator === null ||
      denominator === null ||
      (!scan.options.moneyIsFigure && MONEY_AFTER.has(scan.word(index + 3)))
    )
      continue;
    scan.fractions.push({ kind: "fraction", numerator, denominator });
    scan.use(index, index + 2);
  }
}

/** "a [words] trên [tổng số] b", "a [words] / [tổng] b": "3.500 người trên tổng 5.000 người". */
function readWordedFractions(scan: Scan): void {
  for (let index = 0; index < scan.lexemes.length; index += 1) readWordedFraction(scan, index);
}

/** The fraction "a … trên b" whose numerator is lexeme `index`, if any. */
function readWordedFraction(scan: Scan, index: number): void {
  const { lexemes, used } = scan;
  if (!scan.eligible(index)) return;
  let cursor = index + 1;
  while (cursor - index <= MAX_WORDS_BETWEEN + 1) {
    const lexeme = lexemes[cursor];
    if (!lexeme || (used.has(cursor) && lexeme.kind !== "word")) return;
    if ((lexeme.kind === "word" && lexeme.text === "tren") || (lexeme.kind === "symbol" && lexeme.text === "/")) break;
    if (lexeme.kind !== "word" || BREAKS.has(lexeme.text)) return;
    cursor += 1;
  }
  if (cursor - index > MAX_WORDS_BETWEEN + 1) return;
  let end = cursor + 1;
  while (TOTAL_WORDS.has(scan.word(end)) && end - cursor <= 3) end += 1;
  if (!scan.eligible(end)) return;
  const numerator = scan.count(index);
  const denominator = scan.count(end);
  if (numerator === null || denominator === null) return;
  scan.fractions.push({ kind: "fraction", numerator, denominator });
  scan.use(index, end);
}

/** "tỷ lệ" ending at lexeme `index`. */
function isTiLe(scan: Scan, index: number): boolean {
  if (scan.word(index) !== "le") return false;
  const before = scan.word(index - 1);
  return before === "ti" || before === "ty";
}

/** Words before a number that make it a percent: "đạt 71", "đạt được 71", "tỷ lệ 80", "tỷ lệ là 80". */
function leadsPercent(scan: Scan, index: number): boolean {
  const before = scan.word(index - 1);
  return (
    before === "dat" ||
    (before === "duoc" && scan.word(index - 2) === "dat") ||
    isTiLe(scan, index - 1) ||
    ((before === "la" || before === "dat") && isTiLe(scan, index - 2))
  );
}

/** Nothing after the number but punctuation or a particle. */
function endsFigure(scan: Scan, index: number): boolean {
  const next = scan.lexemes[index + 1];
  return !next || next.kind === "symbol" || (next.kind === "word" && PARTICLES.has(next.text));
}

/** "68,2%", "97 %", "85 phần trăm", and after "đạt" / "tỷ lệ": "đạt 71", "tỷ lệ là 80". */
function readPercents(scan: Scan): void {
  const { lexemes, used } = scan;
  for (let index = 0; index < lexemes.length; index += 1) {
    const lexeme = lexemes[index];
    if (!lexeme || !scan.isNumber(index)) continue;
    const explicit =
      scan.symbol(index + 1) === "%" || (scan.word(index + 1) === "phan" && scan.word(index + 2) === "tram");
    if (!explicit && !(leadsPercent(scan, index) && endsFigure(scan, index))) continue;
    used.add(index);
    if (explicit) used.add(index + 1);
    if (CHANGE_BEFORE.has(scan.word(index - 1)) || scan.isRange(index)) continue;
    const percent = signed(parsePercent(lexeme.text), scan.sign(index));
    if (percent === null || (!explicit && percent > 100)) continue;
    scan.percents.push({ kind: "percent", percent, explicit });
  }
}

/** The first unread number named "<part> số": "tử số 6.608", or -1. */
function namedPart(scan: Scan, part: string): number {
  const { lexemes, used } = scan;
  for (let index = 0; index < lexemes.length; index += 1)
    if (
      lexemes[index]?.kind === "number" &&
      !used.has(index) &&
      scan.word(index - 1) === "so" &&
      scan.word(index - 2) === part
    )
      return index;
  return -1;
}

/** "tử số 6.608, mẫu số 8.315": both parts named. */
function readNamedParts(scan: Scan): void {
  const top = namedPart(scan, "tu");
  const bottom = namedPart(scan, "mau");
  if (scan.fractions.length > 0 || top < 0 || bottom < 0) return;
  const numerator = scan.count(top);
  const denominator = scan.count(bottom);
  if (numerator === null || denominator === null) return;
  scan.fractions.push({ kind: "fraction", numerator, denominator });
  scan.used.add(top).add(bottom);
}

/** True when "tổng" is among the four words right before a number, not reaching back past another number. */
function totalBefore(scan: Scan, index: number): boolean {
  let words = 0;
  for (let i = index - 1; i >= 0 && words < 4 && scan.lexemes[i]?.kind !== "number"; i -= 1) {
    if (scan.word(i) === "tong") return true;
    words += 1;
  }
  return false;
}

/** Two numbers, one called the total: "tổng 8.315 … có 6.608", "6.608 … tổng số hộ: 8.315", "8.315 người, trong đó 6.608". */
function readTotals(scan: Scan): void {
  if (scan.fractions.length > 0 || scan.percents.length > 0) return;
  const candidates: number[] = [];
  for (let index = 0; index < scan.lexemes.length; index += 1) if (scan.eligible(index)) candidates.push(index);
  if (candidates.length !== 2) return;
  const [first = 0, second = 0] = candidates;
  const a = scan.count(first);
  const b = scan.count(second);
  if (a === null || b === null) return;
  const totalFirst = totalBefore(scan, first) || (scan.word(second - 2) === "trong" && scan.word(second - 1) === "do");
  const totalSecond = totalBefore(scan, second);
  if (totalFirst === totalSecond) return;
  scan.fractions.push(
    totalFirst
      ? { kind: "fraction", numerator: b, denominator: a }
      : { kind: "fraction", numerator: a, denominator: b },
  );
  scan.used.add(first).add(second);
}

/** Lone numbers, and small counts written as words before a counted noun ("hai cuộc"). */
function readLoneNumbers(scan: Scan): void {
  const { lexemes, used } = scan;
  for (let index = 0; index < lexemes.length; index += 1) {
    const lexeme = lexemes[index];
    if (!lexeme || used.has(index)) continue;
    if (lexeme.kind === "word") {
      const value = numberWord(lexeme.text);
      if (value !== null && scan.options.countNouns.has(scan.word(index + 1)))
        scan.numbers.push({ kind: "number", value, unit: scan.word(index + 1) });
      continue;
    }
    if (!scan.eligible(index)) continue;
    const value = scan.count(index);
    if (value !== null) scan.numbers.push({ kind: "number", value, unit: scan.word(index + 1) || null });
  }
}

/** The reading passes, in order of how sure each is. */
const PASSES: readonly ((scan: Scan) => void)[] = [
  setAsideDays,
  readSlashFractions,
  readWordedFractions,
  readPercents,
  readNamedParts,
  readTotals,
  readLoneNumbers,
];

/**
 * Scans lexemes for figures, leaving out `skip` (codes and alias words already read).
 * Each pass reads one way of writing a figure and marks what it read, in order of how
 * sure it is: dates set aside, "a/b", "a … trên b", percents, named parts, totals, and
 * what is left as lone numbers.
 */
export function scanFigures(lexemes: readonly Lexeme[], skip: ReadonlySet<number>, options: ScanOptions): FigureScan {
  const scan = new Scan(lexemes, skip, options);
  for (const pass of PASSES) pass(scan);
  return { fractions: scan.fractions, percents: scan.percents, numbers: scan.numbers };
}
