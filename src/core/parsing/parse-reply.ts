import type { Measure } from "../catalog/catalog-schema.js";
import { lex } from "../text/lex.js";
import { typedText } from "../text/typed-text.js";
import { readChoice } from "./choice.js";
import { readCommand } from "./commands.js";
import { asksToCancel, readBareYesNo } from "./dialog-cues.js";
import { readEvidence } from "./evidence.js";
import { scanFigures } from "./figures.js";
import { trimParticles } from "./particles.js";
import { toTerms } from "./terms.js";

/** What a dialog step asked for, so the reply is read in those terms. */
export type ReplyExpectation =
  | { readonly kind: "yes-no" }
  /** Both counts or a percent: "6.608/8.315", "79,5%". */
  | { readonly kind: "ratio" }
  /** A whole count: "3", "3 cuộc", "ba cuộc", "không có" (0). */
  | { readonly kind: "count" }
  /** Any number. */
  | { readonly kind: "number" }
  /** One of the listed option labels, by number ("2") or by words. */
  | { readonly kind: "choice"; readonly options: readonly string[] }
  /** A document number with its date, or a link. */
  | { readonly kind: "evidence" }
  | { readonly kind: "text" };

/** A reply to a dialog step. Everything is a value: what cannot be read is `unclear`. */
export type ParsedReply =
  | { readonly kind: "yes" }
  | { readonly kind: "no" }
  | { readonly kind: "skip" }
  | { readonly kind: "cancel" }
  | { readonly kind: "fraction"; readonly numerator: number; readonly denominator: number }
  | { readonly kind: "percent"; readonly percent: number }
  | { readonly kind: "number"; readonly value: number }
  /** `index` counts from 0 into the expectation's options. */
  | { readonly kind: "choice"; readonly index: number }
  | {
      readonly kind: "evidence";
      readonly reference: string | null;
      readonly date: string | null;
      readonly url: string | null;
      readonly fileName: string | null;
    }
  /** Evidence whose date does not exist ("27/13/2023"): asked again, never stored. */
  | { readonly kind: "impossible_date"; readonly written: string }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "unclear" };

/** The expectation that fits a measure: ratios want counts or a percent, yes/no facts and documents a yes or no. */
export function expectationFor(measure: Measure): ReplyExpectation {
  switch (measure.kind) {
    case "ratio":
      return { kind: "ratio" };
    case "count":
      return { kind: "count" };
    case "boolean":
    case "document":
      return { kind: "yes-no" };
    case "choice":
      return { kind: "choice", options: measure.options.map((option) => option.label) };
    case "status":
      return { kind: "text" };
  }
}

const SKIP = /^(bo qua|bo|skip|de sau|tiep|tiep tuc|qua|(?:khong|chua) co (?:minh|kiem) chung|khong can)$/;
const SKIP_COMMANDS = new Set(["boqua", "skip", "tiep"]);
const CANCEL_COMMANDS = new Set(["huy", "huybo", "cancel"]);
/** An option picked by its number: "2", "số 2", "phương án 2", "chọn 1". */
const OPTION_NUMBER = /^(?:(?:so|phuong an|pa|lua chon|chon|muc|y|cau)\s*)?(\d{1,2})$/;
const COUNT_NOUNS = new Set([
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
  "dot",
  "nguoi",
  "ho",
  "cai",
  "chiec",
]);

/** The figures of a reply, read as a figure-only message (no dates guessed: "7/8" is a fraction here). */
function figures(text: string) {
  return scanFigures(lex(text), new Set(), { moneyIsFigure: true, datesLikely: false, countNouns: COUNT_NOUNS });
}

function readNumberReply(text: string, expected: ReplyExpectation["kind"]): ParsedReply | null {
  const scan = figures(text);
  const [fraction] = scan.fractions;
  if (scan.fractions.length === 1 && fraction) {
    if (expected === "count") return { kind: "number", value: fraction.numerator };
    return { kind: "fraction", numerator: fraction.numerator, denominator: fraction.denominator };
  }
  const [percent] = scan.percents;
  if (scan.fractions.length === 0 && scan.percents.length === 1 && percent && expected !== "count")
    return { kind: "percent", percent: percent.percent };
  const [number] = scan.numbers;
  if (scan.fractions.length + scan.percents.length === 0 && scan.numbers.length === 1 && number)
    return { kind: "number", value: number.value };
  return null;
}

/**
 * Reads a reply inside a dialog step. Cancel ("hủy", "thôi", "/huy") and skip ("bỏ qua",
 * "để sau", "/boqua") are understood whatever was asked; then the reply is read as what
 * the step expects: yes/no ("có", "đúng", "ok", "đồng ý", "xác nhận" / "không", "sai",
 * "chưa đúng"), numbers ("6.608/8.315", "79,5%", "3 cuộc"), an option ("2", "phó chủ
 * tịch"), evidence ("189/BC-UBND ngày 27/11/2023", a link) or free text.
 */
export function parseReply(text: string, expected: ReplyExpectation): ParsedReply {
  const raw = typedText(text);
  if (raw === "") return { kind: "unclear" };
  const command = readCommand(raw);
  if (command && CANCEL_COMMANDS.has(command.name)) return { kind: "cancel" };
  if (command && SKIP_COMMANDS.has(command.name)) return { kind: "skip" };
  const words = toTerms(lex(raw)).map((term) => term.text);
  if (asksToCancel(words)) return { kind: "cancel" };
  if (SKIP.test(trimParticles(words).join(" "))) return { kind: "skip" };
  const yesNo = readBareYesNo(words);
  const answer = (value: boolean | null): ParsedReply | null =>
    value === null ? null : { kind: value ? "yes" : "no" };

  switch (expected.kind) {
    case "yes-no":
      return answer(yesNo) ?? { kind: "unclear" };
    case "ratio":
    case "number":
      return readNumberReply(raw, expected.kind) ?? answer(yesNo) ?? { kind: "unclear" };
    case "count": {
      const number = readNumberReply(raw, "count");
      if (number) return number;
      if (yesNo === false) return { kind: "number", value: 0 };
      return answer(yesNo) ?? { kind: "unclear" };
    }
    case "choice": {
      const options = expected.options.map((label, position) => ({ value: String(position), label, meets: false }));
      const typedNumber = OPTION_NUMBER.exec(trimParticles(words).join(" "));
      const numbers = figures(raw).numbers;
      const number = typedNumber ? Number(typedNumber[1]) : numbers.length === 1 ? (numbers[0]?.value ?? null) : null;
      const picked = readChoice(options, raw, number, yesNo);
      return picked ? { kind: "choice", index: Number(picked.value) } : { kind: "unclear" };
    }
    case "evidence": {
      const { impossibleDate, ...evidence } = readEvidence(raw);
      if (impossibleDate) return { kind: "impossible_date", written: impossibleDate };
      if (evidence.reference || evidence.url || evidence.fileName) return { kind: "evidence", ...evidence };
      return answer(yesNo) ?? { kind: "text", text: raw };
    }
    case "text":
      return { kind: "text", text: raw };
  }
}
