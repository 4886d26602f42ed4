import { parseNumber } from "../numbers/parse-number.js";
import { readBareYesNo, wantsToUpdate } from "./dialog-cues.js";
import { relatedWords } from "./indicator-figure.js";
import type { IndicatorIndex } from "./indicator-index.js";
import type { MessageAnalysis } from "./message-analysis.js";
import type { ParsedMessage } from "./parsed-message.js";
import { trimParticles } from "./particles.js";
import { asksForDeadlines, asksForHelp, asksForProgress, asksForUnmet, asksWhoIsMissing } from "./query-cues.js";
import { asksAboutIndicator } from "./question-cues.js";
import { asksForMembers, asksForMet, asksForScore, asksToCompareYears } from "./standing-cues.js";
import { isYesNoQuestion } from "./yes-no.js";

/** Correction verbs that, opening a message without a figure, ask to start correcting: "sửa 3.2", "chỉnh lại 4.1". */
const CORRECTION_OPENING = /^(sua|chinh|dieu chinh|dinh chinh|cap nhat lai|nhap lai)\b/;

/** Words that only say "update", not which indicator. */
const UPDATE_WORDS = new Set([
  "cap",
  "nhat",
  "nhap",
  "so",
  "lieu",
  "sua",
  "lai",
  "chinh",
  "bao",
  "cao",
  "gui",
  "chi",
  "tieu",
  "tiu",
  "cho",
  "minh",
  "em",
  "anh",
  "chi",
]);

/**
 * An indicator named by its words must account for most of what was typed: "cập nhật cáp
 * quang" names 4.1, but "cập nhật họp BCĐ quý 1" does not name 1.2 through "BCĐ" alone.
 */
function namesEnough(
  reference: Extract<MessageAnalysis["reference"], { kind: "found" }>,
  restWords: readonly string[],
): boolean {
  if (reference.via === "code") return true;
  const unexplained = trimParticles(restWords).filter((word) => !UPDATE_WORDS.has(word)).length;
  return unexplained <= reference.lexemes.length;
}

/** The one unsigned number a message gives besides its code ("3.2: 6.608 người" → 6608), or null. */
function loneCount(message: MessageAnalysis, referenceLexemes: readonly number[]): number | null {
  const numbers = message.lexemes.flatMap((lexeme, index) =>
    lexeme.kind === "number" && !referenceLexemes.includes(index) ? [index] : [],
  );
  const [only] = numbers;
  if (numbers.length !== 1 || only === undefined) return null;
  const before = message.lexemes[only - 1];
  if (before?.kind === "symbol" && /^[-\u2212]$/.test(before.text)) return null;
  return parseNumber(message.lexemes[only]?.text ?? "");
}

/** Starting an update of the indicator the message names, or asking which of its candidates. */
function startUpdate({ reference, restWords, correcting }: MessageAnalysis): ParsedMessage {
  return reference.kind === "ambiguous"
    ? {
        intent: "ambiguous",
        candidates: reference.candidates.map((candidate) => candidate.code),
        figure: null,
        purpose: "start_update",
      }
    : {
        intent: "start_update",
        code: reference.kind === "found" && namesEnough(reference, restWords) ? reference.code : null,
        correcting,
      };
}

/**
 * Everything a message can ask besides giving a figure, in order: help; deadlines; who
 * has not reported; unmet indicators; starting an update ("cập nhật 3.2", "sửa 3.2");
 * one indicator's state ("3.2 thế nào?", "tình hình cáp quang", a bare code); overall
 * progress; a code with numbers that are not yet a figure ("3.2: 6.608 người", so the
 * dialog asks for the rest); a bare yes or no; and `unknown`.
 */
export function readRequestIntent(message: MessageAnalysis, index: IndicatorIndex): ParsedMessage {
  const { text, words, rest, restWords, reference } = message;
  if (asksForHelp(text)) return { intent: "help" };
  if (asksForDeadlines(text)) return { intent: "query_deadlines" };
  if (asksWhoIsMissing(text)) return { intent: "query_missing" };
  if (asksForUnmet(text, reference.kind === "found")) return { intent: "query_unmet" };
  const namesIndicator = reference.kind === "found";
  if (asksForMet(text, namesIndicator)) return { intent: "query_met" };
  if (asksToCompareYears(text)) return { intent: "query_compare" };
  if (asksForScore(text) && !namesIndicator) return { intent: "query_score" };
  if (asksForMembers(text, namesIndicator)) return { intent: "query_members" };

  const opensCorrection = message.correcting && CORRECTION_OPENING.test(trimParticles(words).join(" "));
  if (wantsToUpdate(text) || opensCorrection) return startUpdate(message);

  const byCode = (reference.kind === "found" || reference.kind === "ambiguous") && reference.via === "code";
  if (reference.kind === "found") {
    const asked = asksAboutIndicator(rest, byCode) || isYesNoQuestion(restWords, relatedWords(index, reference.code));
    const bareCode = byCode && trimParticles(restWords).length === 0;
    if (asked || bareCode) return { intent: "query_indicator", code: reference.code };
  }
  if (reference.kind === "ambiguous" && asksAboutIndicator(rest, byCode)) {
    return {
      intent: "ambiguous",
      candidates: reference.candidates.map((candidate) => candidate.code),
      figure: null,
      purpose: "query",
    };
  }
  if (reference.kind !== "found" && asksForProgress(text)) return { intent: "query_progress" };
  if (reference.kind === "found" && byCode && message.hasNumbers) {
    const started = startUpdate(message);
    const count = loneCount(message, reference.lexemes);
    return started.intent === "start_update" && count !== null ? { ...started, count } : started;
  }

  if (reference.kind === "found" && byCode && saysYesToChoice(message, index, reference.code))
    return startUpdate(message);

  const yesNo = readBareYesNo(words);
  if (yesNo !== null) return { intent: yesNo ? "confirm" : "reject" };
  return { intent: "unknown" };
}

/**
 * "I.1.1 có" for an indicator answered by picking an option, when the yes fits more than
 * one ("Người đứng đầu" or "Cấp phó"): the guided update starts there and lists them.
 */
function saysYesToChoice(message: MessageAnalysis, index: IndicatorIndex, code: string): boolean {
  return index.byCode.get(code)?.measure.kind === "choice" && readBareYesNo(message.restWords) === true;
}
