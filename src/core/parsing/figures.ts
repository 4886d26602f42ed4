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

/** The message around the numbers, with the helpers every reading pass shares. */
interface Scan {
  readonly lexemes: readonly Lexeme[];
  readonly options: ScanOptions;
  /** Lexemes already read (codes, alias words, figures found so far). */
  readonly used: Set<number>;
  /** A word of the message; the indicator's own words ("chữ ký số") are not context. */
  readonly word: (index: number) => string;
  readonly symbol: (index: number) => string;
  /** An unread number. */
  readonly isNumber: (index: number) => boolean;
  /** An unread number that can be a figure: no range, ordinal or non-figure unit around it. */
  readonly eligible: (index: number) => boolean;
  readonly isRange: (index: number) => boolean;
  readonly isOrdinal: (index: number) => boolean;
  readonly count: (index: number) => number | null;
  /** The sign written before a number: -1 or 1. A sign is read so that validation can refuse it, never dropped. */
  readonly sign: (index: number) => number;
  readonly fractions: FractionFigure[];
  readonly percents: PercentFigure[];
  readonly numbers: NumberFigure[];
}

/** Words before "số" that make it part of a noun, not "number …": "tổng số 8.315", "dân số 6.050", "ký số 1.250". */
const SO_NOT_NUMBERING = new Set(["tong", "dan", "ky"]);

function scanOf(lexemes: readonly Lexeme[], skip: ReadonlySet<number>, options: ScanOptions): Scan {
  const used = new Set<number>(skip);
  const word = (index: number) => {
    const lexeme = lexemes[index];
    return lexeme?.kind === "word" && !skip.has(index) ? lexeme.text : "";
  };
  const symbol = (index: number) => {
    const lexeme = lexemes[index];
    return lexeme?.kind === "symbol" ? lexeme.text : "";
  };
  const isNumber = (index: number) => lexemes[index]?.kind === "number" && !used.has(index);
  const glued = (index: number) => lexemes[index]?.spaced === false;
  const isRange = (index: number) =>
    (symbol(index + 1) === "-" &&
      glued(index + 1) &&
      glued(index + 2) &&
      lexemes[index + 2]?.kind === "number" &&
      !skip.has(index + 2)) ||
    (symbol(index - 1) === "-" &&
      glued(index - 1) &&
      glued(index) &&
      lexemes[index - 2]?.kind === "number" &&
      !skip.has(index - 2));
  const isOrdinal = (index: number) =>
    (ORDINAL_BEFORE.has(word(index - 1)) && !(word(index - 1) === "so" && SO_NOT_NUMBERING.has(word(index - 2)))) ||
    (word(index - 1) === "do" && word(index - 2) === "cap");
  const notFigureUnit = (unit: string) => OTHER_AFTER.has(unit) || (!options.moneyIsFigure && MONEY_AFTER.has(unit));
  const eligible = (index: number) =>
    isNumber(index) && !isRange(index) && !isOrdinal(index) && !notFigureUnit(word(index + 1));
  /** -1 for a number with a minus sign glued to it ("-6608", "−5%"), unless the dash joins a range ("2021-2025"). */
  const sign = (index: number) => {
    const dash = symbol(index - 1);
    const signed = (dash === "-" || dash === "\u2212") && glued(index) && !(glued(index - 1) && isNumber(index - 2));
    return signed ? -1 : 1;
  };
  const count = (index: number) => signed(parseNumber(lexemes[index]?.text ?? ""), sign(index));
  return {
    lexemes,
    options,
    used,
    word,
    symbol,
    isNumber,
    eligible,
    isRange,
    isOrdinal,
    count,
    sign,
    fractions: [],
    percents: [],
    numbers: [],
  };
}

function signed(value: number | null, sign: number): number | null {
  return value === null || value === 0 ? value : value * sign;
}

/** With no indicator named, "7/8" is far more likely a day than a fraction. */
function setAsideDays(scan: Scan): void {
  const { lexemes, isNumber, symbol, used } = scan;
  lexemes.forEach((_, index) => {
    if (!scan.options.datesLikely || !isNumber(index) || symbol(index + 1) !== "/" || !isNumber(index + 2)) return;
    if (looksLikeDay(lexemes[index]?.text ?? "", lexemes[index + 2]?.text ?? ""))
      used
        .add(index)
        .add(index + 1)
        .add(index + 2);
  });
}

/** "a/b". "số 12/…" is an ordinal, but in "ký số 1.250/1.300" the "số" is "digital", so only the other ordinal words count. */
function readSlashFractions(scan: Scan): void {
  const { lexemes, word, symbol, isNumber, isOrdinal, count, used } = scan;
  lexemes.forEach((_, index) => {
    if (
      !isNumber(index) ||
      (word(index - 1) !== "so" && isOrdinal(index)) ||
      symbol(index + 1) !== "/" ||
      !isNumber(index + 2)
    )
      return;
    const numerator = count(index);
    const denominator = count(index + 2);
    if (numerator === null || denominator === null || (!scan.options.moneyIsFigure && MONEY_AFTER.has(word(index + 3))))
      return;
    scan.fractions.push({ kind: "fraction", numerator, denominator });
    used
      .add(index)
      .add(index + 1)
      .add(index + 2);
  });
}

/** "a [words] trên [tổng số] b", "a [words] / [tổng] b": "3.500 người trên tổng 5.000 người". */
function readWordedFractions(scan: Scan): void {
  const { lexemes, word, eligible, count, used } = scan;
  lexemes.forEach((_, index) => {
    if (!eligible(index)) return;
    let cursor = index + 1;
    while (cursor - index <= MAX_WORDS_BETWEEN + 1) {
      const lexeme = lexemes[cursor];
      if (!lexeme || (used.has(cursor) && lexeme.kind !== "word")) return;
      if ((lexeme.kind === "word" && lexeme.text === "tren") || (lexeme.kind === "symbol" && lexeme.text === "/"))
        break;
      if (lexeme.kind !== "word" || BREAKS.has(lexeme.text)) return;
      cursor += 1;
    }
    if (cursor - index > MAX_WORDS_BETWEEN + 1) return;
    let end = cursor + 1;
    while (TOTAL_WORDS.has(word(end)) && end - cursor <= 3) end += 1;
    if (!eligible(end)) return;
    const numerator = count(index);
    const denominator = count(end);
    if (numerator === null || denominator === null) return;
    scan.fractions.push({ kind: "fraction", numerator, denominator });
    for (let i = index; i <= end; i += 1) used.add(i);
  });
}

/** "68,2%", "97 %", "85 phần trăm", and after "đạt" / "tỷ lệ": "đạt 71", "tỷ lệ là 80". */
function readPercents(scan: Scan): void {
  const { lexemes, word, symbol, isNumber, isRange, sign, used } = scan;
  const isTiLe = (index: number) => word(index) === "le" && ["ti", "ty"].includes(word(index - 1));
  const leadsPercent = (index: number) =>
    word(index - 1) === "dat" ||
    (word(index - 1) === "duoc" && word(index - 2) === "dat") ||
    isTiLe(index - 1) ||
    (["la", "dat"].includes(word(index - 1)) && isTiLe(index - 2));
  const endsFigure = (index: number) => {
    const next = lexemes[index + 1];
    return !next || next.kind === "symbol" || (next.kind === "word" && PARTICLES.has(next.text));
  };
  lexemes.forEach((lexeme, index) => {
    if (!isNumber(index)) return;
    const explicit = symbol(index + 1) === "%" || (word(index + 1) === "phan" && word(index + 2) === "tram");
    if (!explicit && !(leadsPercent(index) && endsFigure(index))) return;
    used.add(index);
    if (explicit) used.add(index + 1);
    if (CHANGE_BEFORE.has(word(index - 1)) || isRange(index)) return;
    const percent = signed(parsePercent(lexeme.text), sign(index));
    if (percent === null || (!explicit && percent > 100)) return;
    scan.percents.push({ kind: "percent", percent, explicit });
  });
}

/** "tử số 6.608, mẫu số 8.315": both parts named. */
function readNamedParts(scan: Scan): void {
  const { lexemes, word, count, used } = scan;
  const named = (part: string) =>
    lexemes.findIndex(
      (lexeme, index) =>
        lexeme.kind === "number" && !used.has(index) && word(index - 1) === "so" && word(index - 2) === part,
    );
  const top = named("tu");
  const bottom = named("mau");
  if (scan.fractions.length > 0 || top < 0 || bottom < 0) return;
  const numerator = count(top);
  const denominator = count(bottom);
  if (numerator === null || denominator === null) return;
  scan.fractions.push({ kind: "fraction", numerator, denominator });
  used.add(top).add(bottom);
}

/** Two numbers, one called the total: "tổng 8.315 … có 6.608", "6.608 … tổng số hộ: 8.315", "8.315 người, trong đó 6.608". */
function readTotals(scan: Scan): void {
  const { lexemes, word, eligible, count, used } = scan;
  const candidates = lexemes.map((_, index) => index).filter(eligible);
  if (scan.fractions.length > 0 || scan.percents.length > 0 || candidates.length !== 2) return;
  const [first = 0, second = 0] = candidates;
  /** Up to four words right before a number, not reaching back past another number. */
  const wordsBefore = (index: number) => {
    const found: string[] = [];
    for (let i = index - 1; i >= 0 && found.length < 4 && lexemes[i]?.kind !== "number"; i -= 1) found.push(word(i));
    return found;
  };
  const a = count(first);
  const b = count(second);
  if (a === null || b === null) return;
  const totalFirst = wordsBefore(first).includes("tong") || (word(second - 2) === "trong" && word(second - 1) === "do");
  const totalSecond = wordsBefore(second).includes("tong");
  if (totalFirst === totalSecond) return;
  scan.fractions.push(
    totalFirst
      ? { kind: "fraction", numerator: b, denominator: a }
      : { kind: "fraction", numerator: a, denominator: b },
  );
  used.add(first).add(second);
}

/** Lone numbers, and small counts written as words before a counted noun ("hai cuộc"). */
function readLoneNumbers(scan: Scan): void {
  const { lexemes, word, eligible, count, used } = scan;
  lexemes.forEach((lexeme, index) => {
    if (used.has(index)) return;
    if (lexeme.kind === "word") {
      const value = numberWord(lexeme.text);
      if (value !== null && scan.options.countNouns.has(word(index + 1)))
        scan.numbers.push({ kind: "number", value, unit: word(index + 1) });
      return;
    }
    if (!eligible(index)) return;
    const value = count(index);
    if (value !== null) scan.numbers.push({ kind: "number", value, unit: word(index + 1) || null });
  });
}

/**
 * Scans lexemes for figures, leaving out `skip` (codes and alias words already read).
 * Each pass reads one way of writing a figure and marks what it read, in order of how
 * sure it is: dates set aside, "a/b", "a … trên b", percents, named parts, totals, and
 * what is left as lone numbers.
 */
export function scanFigures(lexemes: readonly Lexeme[], skip: ReadonlySet<number>, options: ScanOptions): FigureScan {
  const scan = scanOf(lexemes, skip, options);
  for (const pass of [
    setAsideDays,
    readSlashFractions,
    readWordedFractions,
    readPercents,
    readNamedParts,
    readTotals,
    readLoneNumbers,
  ])
    pass(scan);
  return { fractions: scan.fractions, percents: scan.percents, numbers: scan.numbers };
}
