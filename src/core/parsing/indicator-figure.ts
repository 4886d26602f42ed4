import type { Indicator, Measure } from "../catalog/catalog-schema.js";
import type { FigureValue } from "../evaluation/figure-value.js";
import { foldVietnamese } from "../text/fold-vietnamese.js";
import type { Lexeme } from "../text/lex.js";
import { readChoice } from "./choice.js";
import { readEvidence } from "./evidence.js";
import { type FigureScan, type FractionFigure, type PercentFigure, scanFigures } from "./figures.js";
import type { IndicatorIndex } from "./indicator-index.js";
import { toTerms } from "./terms.js";
import { readYesNo } from "./yes-no.js";

/** A code as a term: "i.2.2", "3.2". */
const CODE_TERM = /^(?:\d{1,2}|[ivxl]{1,5})(?:\.\d{1,2}){1,2}[a-z]?$/;
/** Words that may come with an option number: "phương án 2", "chọn 1", "mục 3". */
const OPTION_WORDS = new Set([
  "phuong",
  "an",
  "pa",
  "lua",
  "chon",
  "so",
  "muc",
  "y",
  "cau",
  "chi",
  "tieu",
  "tc",
  "ct",
  "la",
  "a",
  "nhe",
]);

/** Nouns that follow a count: "3 cuộc", "2 bài", "1 lần". */
const COUNT_NOUNS = [
  "cuoc",
  "lan",
  "bai",
  "tin",
  "he",
  "su",
  "van",
  "bao",
  "bang",
  "ban",
  "xa",
  "phien",
  "buoi",
  "hoi",
  "dot",
  "diem",
  "san",
  "ke",
  "quyet",
  "nguoi",
  "ho",
  "cai",
  "chiec",
  "may",
  "trang",
  "so",
  "lop",
  "thon",
  "xom",
  "khu",
  "noi",
  "cho",
  "nha",
  "truong",
];

function distinct<T>(items: readonly T[]): T[] {
  const seen = new Map<string, T>();
  for (const item of items) seen.set(JSON.stringify(item), item);
  return [...seen.values()];
}

function only<T>(items: readonly T[]): T | null {
  const unique = distinct(items);
  return unique.length === 1 ? (unique[0] ?? null) : null;
}

function ratioFrom(fraction: FractionFigure): FigureValue {
  return { kind: "ratio", numerator: fraction.numerator, denominator: fraction.denominator };
}

function percentFrom(percent: PercentFigure): FigureValue {
  return { kind: "percent", percent: percent.percent };
}

/**
 * The one fraction, else the one written percent, else the one "đạt 71" percent, else a
 * lone number with decimals up to 100 ("3.4: 68,2"), which can only be a percent: counts
 * of people and households are whole.
 */
function ratioFigure(scan: FigureScan): FigureValue | null {
  if (scan.fractions.length > 0) {
    const fraction = only(scan.fractions);
    return fraction ? ratioFrom(fraction) : null;
  }
  const explicit = scan.percents.filter((percent) => percent.explicit).map((percent) => percent.percent);
  const pool = explicit.length > 0 ? explicit : scan.percents.map((percent) => percent.percent);
  const percent = only(pool);
  if (percent !== null) return { kind: "percent", percent };
  const [lone] = scan.numbers;
  if (
    scan.percents.length === 0 &&
    scan.numbers.length === 1 &&
    lone &&
    !Number.isInteger(lone.value) &&
    lone.value <= 100 &&
    lone.unit === null
  ) {
    return { kind: "percent", percent: lone.value };
  }
  return null;
}

/** A figure that reads the same whatever the indicator: one fraction or one written percent. */
export function clearFigure(scan: FigureScan): FigureValue | null {
  if (scan.fractions.length > 0) {
    const fraction = only(scan.fractions);
    return fraction ? ratioFrom(fraction) : null;
  }
  const percent = only(scan.percents.filter((candidate) => candidate.explicit));
  return percent ? percentFrom(percent) : null;
}

function isNumber(term: string | undefined): boolean {
  return term !== undefined && /^\d/.test(term);
}

/** The words of a measure's unit, folded, and the nouns a count may be followed by. */
interface UnitWords {
  readonly unit: readonly string[];
  readonly countNouns: ReadonlySet<string>;
}

/** Derived from catalog measures, which never change once loaded: computed once per measure. */
const unitWordsOfMeasure = new WeakMap<Measure, UnitWords>();

function unitWords(measure: Measure): UnitWords {
  let words = unitWordsOfMeasure.get(measure);
  if (!words) {
    const unit = foldVietnamese(measure.kind === "ratio" || measure.kind === "count" ? measure.unit : "")
      .split(/[\s,]+/)
      .filter(Boolean);
    words = { unit, countNouns: new Set([...COUNT_NOUNS, ...unit]) };
    unitWordsOfMeasure.set(measure, words);
  }
  return words;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** Words of the indicator's own phrases, which a yes/no statement may repeat (gathered once per catalog). */
export function relatedWords(index: IndicatorIndex, code: string): ReadonlySet<string> {
  return index.lookup.phraseWords.get(code) ?? NO_WORDS;
}

/** What the rest of a message says about one indicator. */
export interface IndicatorReading {
  /** The figure, consistent with the indicator's measure, or null. */
  readonly figure: FigureValue | null;
  /** True when numbers were written even though no consistent figure came out of them ("3.2: 6.608 người"). */
  readonly hasNumbers: boolean;
}

/**
 * Reads the figure a message gives for a known indicator, in the terms of its measure:
 * a fraction or a percent for ratios, a whole number for counts ("3 cuộc", "hai bài",
 * "không có sự cố nào" = 0), a yes/no statement for yes/no facts and documents (with the
 * document number when cited), an option for choices, the text for statuses.
 *
 * `skip` holds the lexemes of the indicator reference; `rest` the message terms outside it;
 * `byCode` tells that the indicator was named by its code. A cited document number alone
 * ("1.1: kế hoạch số 12/KH-UBND") counts as "issued" only then: a plan number dropped
 * next to the word "kế hoạch" is news, not a report.
 */
export function readIndicatorFigure(
  indicator: Indicator,
  lexemes: readonly Lexeme[],
  skip: ReadonlySet<number>,
  rest: readonly string[],
  raw: string,
  index: IndicatorIndex,
  byCode: boolean,
): IndicatorReading {
  const measure = indicator.measure;
  const { unit, countNouns } = unitWords(measure);
  const scan = scanFigures(lexemes, skip, { moneyIsFigure: unit.includes("dong"), datesLikely: false, countNouns });
  const hasNumbers = scan.fractions.length + scan.percents.length + scan.numbers.length > 0;
  const related = relatedWords(index, indicator.code);
  const words = rest.filter(
    (term, i) => !isNumber(term) && !(isNumber(rest[i - 1]) && (unit.includes(term) || COUNT_NOUNS.includes(term))),
  );
  const yesNo = readYesNo(words, related);

  switch (measure.kind) {
    case "ratio":
      return { figure: ratioFigure(scan), hasNumbers };
    case "count": {
      const whole = scan.numbers
        .filter((number) => Number.isInteger(number.value) && number.value >= 0)
        .map((number) => number.value);
      const value = only(whole);
      if (value !== null && scan.numbers.length === whole.length)
        return { figure: { kind: "count", value }, hasNumbers };
      const fraction = scan.numbers.length === 0 ? only(scan.fractions) : null;
      if (fraction) return { figure: { kind: "count", value: fraction.numerator }, hasNumbers };
      if (!hasNumbers && yesNo === false) return { figure: { kind: "count", value: 0 }, hasNumbers };
      return { figure: null, hasNumbers };
    }
    case "boolean":
      return { figure: yesNo === null ? null : { kind: "boolean", value: yesNo }, hasNumbers };
    case "document": {
      const cited = readEvidence(raw);
      const citesDocument = byCode && cited.reference !== null && readYesNo([...words, "co"], related) === true;
      const issued = yesNo ?? (citesDocument ? true : null);
      if (issued === null) return { figure: null, hasNumbers };
      const reference =
        issued && cited.reference
          ? [cited.reference, cited.date ? `ngày ${cited.date}` : ""].filter(Boolean).join(" ")
          : undefined;
      return { figure: reference ? { kind: "document", issued, reference } : { kind: "document", issued }, hasNumbers };
    }
    case "choice": {
      // the option's own words may repeat an alias ("có sự cố, đã xử lý"), so read all words but the code
      const said = toTerms(lexemes)
        .map((term) => term.text)
        .filter((term) => !CODE_TERM.test(term));
      const numbers = scan.numbers.map((number) => number.value);
      const picksNumber =
        byCode && numbers.length === 1 && said.every((term) => /^\d/.test(term) || OPTION_WORDS.has(term));
      const option = readChoice(
        measure.options,
        said.join(" "),
        picksNumber ? (numbers[0] ?? null) : null,
        yesNo,
        related,
      );
      return { figure: option ? { kind: "choice", option: option.value } : null, hasNumbers };
    }
    case "status": {
      const text = rest
        .filter((term) => term !== "?")
        .join(" ")
        .trim();
      const typed = raw.replace(/^[\s\S]*?\b\d+(?:\.\d+)+[a-z]?\b\s*[:\-–]?\s*/iu, "").trim();
      return { figure: text ? { kind: "status", text: typed || text } : null, hasNumbers };
    }
  }
}

/** Scans a message whose indicator is not known for figures that need no indicator to read. */
export function readClearFigure(
  lexemes: readonly Lexeme[],
  skip: ReadonlySet<number>,
  datesLikely: boolean,
): FigureValue | null {
  return clearFigure(scanFigures(lexemes, skip, { moneyIsFigure: false, datesLikely, countNouns: new Set() }));
}
