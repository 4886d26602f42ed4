import { type ParsedReply, parseReply, type ReplyExpectation } from "../parsing/parse-reply.js";
import { evidenceInfoOf } from "./cited-evidence.js";
import type { EvidenceInfo } from "./commune-snapshot.js";

/** How a member answered the question of a dialog step. */
export type StepAnswer =
  | { kind: "yes" }
  | { kind: "no" }
  | { kind: "skip" }
  | { kind: "cancel" }
  | { kind: "number"; value: number }
  | { kind: "fraction"; numerator: number; denominator: number }
  | { kind: "percent"; value: number }
  /** Counts from 0 into the options offered. */
  | { kind: "choice"; index: number }
  | { kind: "evidence"; evidence: EvidenceInfo }
  /** A date that does not exist, as written. */
  | { kind: "impossible-date"; written: string }
  | { kind: "text"; text: string };

/** What each step asks for, so the reply is read in those terms. */
export const stepExpectations = {
  /** A numerator, or the whole fraction, or a percent. */
  ratio: { kind: "ratio" },
  number: { kind: "number" },
  evidence: { kind: "evidence" },
  /** Yes or no, or a corrected figure. */
  confirm: { kind: "ratio" },
} as const satisfies Record<string, ReplyExpectation>;

/**
 * Reads a reply to a dialog question through the parser's reply reader, in the terms the
 * step expects. A leading minus is kept (so "-5" is refused as negative rather than read
 * as 5), and what cannot be read comes back as text for the step to re-ask.
 */
export function readStepAnswer(text: string, expected: ReplyExpectation): StepAnswer {
  return fromReply(parseReply(text, expected), text);
}

function fromReply(reply: ParsedReply, text: string): StepAnswer {
  // The parser keeps a sign glued to a number ("-5"); a spaced or en dash ("– 5") is added here, never twice.
  const typedNegative = /^\s*[-−–]\s*\d/.test(text);
  const negative = (value: number) => (typedNegative && value > 0 ? -value : value);
  switch (reply.kind) {
    case "yes":
    case "no":
    case "skip":
    case "cancel":
      return { kind: reply.kind };
    case "number":
      return { kind: "number", value: negative(reply.value) };
    case "fraction":
      return {
        kind: "fraction",
        numerator: negative(reply.numerator),
        denominator: reply.denominator,
      };
    case "percent":
      return { kind: "percent", value: negative(reply.percent) };
    case "choice":
      return { kind: "choice", index: reply.index };
    case "evidence":
      return { kind: "evidence", evidence: evidenceInfoOf(reply) };
    case "impossible_date":
      return { kind: "impossible-date", written: reply.written };
    case "text":
      return { kind: "text", text: reply.text };
    case "unclear":
      return { kind: "text", text: text.trim() };
  }
}
