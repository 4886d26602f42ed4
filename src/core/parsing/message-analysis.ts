import type { FigureValue } from "../evaluation/figure-value.js";
import type { Lexeme } from "../text/lex.js";
import type { CodeReference } from "./code-references.js";
import { readFigureFor, termsOutsideReference } from "./figure-reading.js";
import type { IndicatorIndex } from "./indicator-index.js";
import { asksForStatus, asksWithWords } from "./question-cues.js";
import { correctsFigure } from "./report-cues.js";
import { type IndicatorReference, referIndicator, termsOutside } from "./resolve-indicator.js";
import { joinTerms, type Term, toTerms } from "./terms.js";
import { isYesNoQuestion } from "./yes-no.js";

/** What the intent rules need to know about a message, computed once. */
export interface MessageAnalysis {
  readonly raw: string;
  readonly lexemes: readonly Lexeme[];
  /** All terms, and joined for cue patterns. */
  readonly words: readonly string[];
  readonly text: string;
  readonly reference: IndicatorReference;
  readonly figure: FigureValue | null;
  readonly hasNumbers: boolean;
  /** The terms outside the indicator reference, without general words ("chỉ tiêu"), and joined. */
  readonly restWords: readonly string[];
  readonly rest: string;
  /** "sửa", "nhầm", "chỉnh lại" outside the reference. */
  readonly correcting: boolean;
  /** Asks with words ("bao nhiêu", "thế nào", "bao giờ", "có chưa"), not just a tag "?". */
  readonly asksStatus: boolean;
}

/** Analyses a message: its indicator reference, its figure for that indicator, and the words around them. */
export function analyseMessage(
  raw: string,
  lexemes: readonly Lexeme[],
  codes: readonly CodeReference[],
  index: IndicatorIndex,
  terms: readonly Term[] = toTerms(lexemes),
  outsideCodes: readonly Term[] = termsOutside(lexemes, codes),
): MessageAnalysis {
  const referred = referIndicator(lexemes, index, codes, outsideCodes);
  // narrowing an ambiguous reference keeps its lexemes, so the rest is the same
  const restTerms = termsOutsideReference(lexemes, referred);
  const { figure, hasNumbers, reference } = readFigureFor(referred, lexemes, raw, index, restTerms);
  const rest = joinTerms(restTerms);
  const restWords = restTerms.map((term) => term.text);
  return {
    raw,
    lexemes,
    words: terms.map((term) => term.text),
    text: joinTerms(terms),
    reference,
    figure,
    hasNumbers,
    restWords,
    rest,
    correcting: correctsFigure(rest),
    asksStatus: asksForStatus(rest) || isYesNoQuestion(restWords) || asksWithWords(rest),
  };
}
