import type { FigureValue } from "../evaluation/figure-value.js";
import type { Lexeme } from "../text/lex.js";
import { type IndicatorReading, readClearFigure, readIndicatorFigure } from "./indicator-figure.js";
import type { IndicatorIndex } from "./indicator-index.js";
import type { AmbiguousIntent, CorrectionIntent, UnknownIndicatorIntent, UpdateIntent } from "./parsed-message.js";
import type { IndicatorReference } from "./resolve-indicator.js";
import { type Term, toTerms, withoutMetaWords } from "./terms.js";

/** A figure read for a reference; `reference` is narrowed when only one candidate could take the figure. */
export interface FigureReading {
  readonly figure: FigureValue | null;
  /** True when numbers were written that did not make a figure for the indicator. */
  readonly hasNumbers: boolean;
  readonly reference: IndicatorReference;
}

/** Words that may surround a figure whose indicator is not named, without making it chatter ("đạt 85% rồi"). */
const FIGURE_CONTEXT = new Set([
  "dat",
  "duoc",
  "la",
  "co",
  "tren",
  "tong",
  "so",
  "cong",
  "nguoi",
  "ho",
  "em",
  "xa",
  "minh",
  "bao",
  "cao",
  "so_lieu",
  "ket",
  "qua",
  "ti",
  "le",
  "roi",
  "a",
  "nhe",
  "nha",
  "phan",
  "tram",
  "moi",
  "nay",
  "hien",
  "tai",
  "da",
  "dan",
  "gia",
  "dinh",
  "trong",
  "do",
  "can",
  "bo",
  "sua",
  "lai",
  "nham",
  "ca",
  "so_luong",
]);

/** What reading a figure for one indicator needs from the message. */
interface MessageRest {
  readonly lexemes: readonly Lexeme[];
  readonly skip: ReadonlySet<number>;
  readonly rest: readonly string[];
  readonly raw: string;
  readonly index: IndicatorIndex;
  readonly byCode: boolean;
}

/** The figure the message gives for one indicator, read in the terms of its measure. */
function readFor(code: string, { lexemes, skip, rest, raw, index, byCode }: MessageRest): IndicatorReading {
  const indicator = index.byCode.get(code);
  return indicator
    ? readIndicatorFigure(indicator, lexemes, skip, rest, raw, index, byCode)
    : { figure: null, hasNumbers: false };
}

/** The terms of a message outside its indicator reference, without general words ("chỉ tiêu"). */
export function termsOutsideReference(lexemes: readonly Lexeme[], reference: IndicatorReference): Term[] {
  return withoutMetaWords(toTerms(lexemes, new Set(reference.kind === "none" ? [] : reference.lexemes)));
}

/**
 * The figure a message gives for its reference, read with the measure(s) it may have.
 * Among ambiguous candidates, those whose measure cannot take the figure drop out: "I.5
 * có" can only be the yes/no item I.5.1, not the ratio I.5.2. Without any reference, only
 * a figure that needs no indicator to read (a fraction, a written percent) in a message
 * that says little else counts.
 */
export function readFigureFor(
  reference: IndicatorReference,
  lexemes: readonly Lexeme[],
  raw: string,
  index: IndicatorIndex,
  restTerms: readonly Term[] = termsOutsideReference(lexemes, reference),
): FigureReading {
  const skip = new Set(reference.kind === "none" ? [] : reference.lexemes);
  const rest = restTerms.map((term) => term.text);
  const byCode = (reference.kind === "ambiguous" || reference.kind === "found") && reference.via === "code";
  const message: MessageRest = { lexemes, skip, rest, raw, index, byCode };
  switch (reference.kind) {
    case "found": {
      const { figure, hasNumbers } = readFor(reference.code, message);
      return { figure, hasNumbers, reference };
    }
    case "ambiguous": {
      const readings = reference.candidates.map((candidate) => ({
        code: candidate.code,
        ...readFor(candidate.code, message),
      }));
      const hasNumbers = readings.some((reading) => reading.hasNumbers);
      const taking = readings.filter((reading) => reading.figure !== null);
      const [first] = taking;
      if (first && taking.length === 1) {
        return {
          figure: first.figure,
          hasNumbers,
          reference: { kind: "found", code: first.code, score: 0, via: reference.via, lexemes: reference.lexemes },
        };
      }
      if (first && new Set(taking.map((reading) => JSON.stringify(reading.figure))).size === 1) {
        const candidates = reference.candidates.filter((candidate) =>
          taking.some((reading) => reading.code === candidate.code),
        );
        return { figure: first.figure, hasNumbers, reference: { ...reference, candidates } };
      }
      return { figure: readClearFigure(lexemes, skip, false), hasNumbers, reference };
    }
    case "unknown-code":
      return { figure: readClearFigure(lexemes, skip, false), hasNumbers: false, reference };
    case "none": {
      const unexplained = rest.filter((term) => /^[a-z]/.test(term) && !FIGURE_CONTEXT.has(term));
      return {
        figure: unexplained.length <= 1 ? readClearFigure(lexemes, skip, true) : null,
        hasNumbers: false,
        reference,
      };
    }
  }
}

/** An intent that carries a figure. */
export type FigureIntent = UpdateIntent | CorrectionIntent | AmbiguousIntent | UnknownIndicatorIntent;

/** The intent a figure makes with its reference; null when no indicator is referred to. */
export function figureIntent(
  reference: IndicatorReference,
  figure: FigureValue,
  correcting: boolean,
): FigureIntent | null {
  const purpose = correcting ? "correction" : "update";
  switch (reference.kind) {
    case "found":
      return { intent: purpose, code: reference.code, figure };
    case "ambiguous":
      return {
        intent: "ambiguous",
        candidates: reference.candidates.map((candidate) => candidate.code),
        figure,
        purpose,
      };
    case "unknown-code":
      return { intent: "unknown_indicator", figure, reference: reference.text, purpose };
    case "none":
      return null;
  }
}
