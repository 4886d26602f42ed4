import { formatNumber } from "../numbers/format-number.js";
import type { Measure, Target } from "./catalog-schema.js";

const comparatorSymbols: Record<Target["op"], string> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=" };

/** Ceilings read in words, as the gap texts say them: "không quá 5%", "dưới 3 sự cố". */
const ceilingWords: Partial<Record<Target["op"], string>> = { "<=": "Không quá", "<": "Dưới" };

/**
 * A target as officials read it in a report: "≥ 85%", "Có", "≥ 4 cuộc họp", "Không quá 5%",
 * "Không có sự cố nào", "Không đánh giá" — used in catalog listings and in every reply that
 * compares a figure. Ceilings are worded, since "≤ 0 sự cố" reads as a puzzle, not a goal.
 */
export function describeTarget(measure: Measure, target: Target | null): string {
  if (target === null) return "Không đánh giá";
  if (measure.kind === "choice" && target.value === true) {
    const meeting = measure.options.filter((option) => option.meets).map((option) => option.label);
    if (meeting.length) return meeting.join(" hoặc ");
  }
  if (typeof target.value === "boolean") return target.value ? "Có" : "Không";
  if (measure.kind === "count" && allowsNone(target.op, target.value)) return `Không có ${measure.unit} nào`;
  const amount = formatNumber(target.value);
  const words = ceilingWords[target.op];
  const symbol = comparatorSymbols[target.op];
  const prefix = words ? `${words} ` : symbol === "=" ? "" : `${symbol} `;
  switch (measure.kind) {
    case "ratio":
      return `${prefix}${amount}%`;
    case "count":
      return `${prefix}${amount} ${measure.unit}`;
    default:
      return `${prefix}${amount}`;
  }
}

/** A count target only zero meets: "≤ 0", "< 1" (counts are whole). */
function allowsNone(op: Target["op"], value: number): boolean {
  return (op === "<=" && value === 0) || (op === "<" && value === 1) || (op === "=" && value === 0);
}

/**
 * What an indicator asks for, read plainly for a listing (`xaso catalog show`): a number to
 * reach keeps its unit beside it ("Đơn vị: sự cố · Chỉ tiêu: Không có sự cố nào"); a fact, a
 * document or a choice says when it is met instead of a unit that says nothing
 * ("Đạt khi: đã ban hành Kế hoạch chuyển đổi số hằng năm").
 */
export interface Requirement {
  /** The unit figures are given in, for numbers only: "% (hộ)", "cuộc họp". */
  readonly unit?: string;
  /** "Chỉ tiêu" before a number to reach, "Đạt khi" before a fact, document or choice. */
  readonly label: "Chỉ tiêu" | "Đạt khi";
  readonly text: string;
  /**
   * The figure to enter, when the target is read as the name means it but the figure counts
   * the opposite (a complement ratio): "Số phản ánh … không bức xúc … / Tổng số … (≥ 100%)".
   */
  readonly figure?: string;
}

/** Reads what an indicator asks for, in words an official and the province's IT staff share. */
export function describeRequirement(measure: Measure, target: Target | null): Requirement {
  const targetText = describeTarget(measure, target);
  switch (measure.kind) {
    case "ratio":
    case "count":
    case "status":
      return { unit: describeUnit(measure), label: "Chỉ tiêu", ...complementReading(measure, target, targetText) };
    case "boolean":
      return target === null
        ? { label: "Chỉ tiêu", text: targetText }
        : { label: "Đạt khi", text: targetText.toLowerCase() };
    case "document":
      if (target?.value === true) return { label: "Đạt khi", text: `đã ban hành ${measure.document}` };
      return { label: "Chỉ tiêu", text: targetText };
    case "choice":
      return { label: target === null ? "Chỉ tiêu" : "Đạt khi", text: targetText };
  }
}

/**
 * A complement ratio's target read as its name means it: "≥ 100%" of reports without
 * complaint is "Không có phản ánh nào bị … bức xúc …", "≥ 95%" is "Không quá 5% phản ánh …".
 * Other measures, and comparators with no plain reverse, keep the target as written.
 */
function complementReading(
  measure: Measure,
  target: Target | null,
  targetText: string,
): Pick<Requirement, "text" | "figure"> {
  if (measure.kind !== "ratio" || !measure.complement || typeof target?.value !== "number") return { text: targetText };
  const rest = 100 - target.value;
  const what = `${measure.unit} ${measure.complement}`;
  const figure = `${measure.numerator} / ${measure.denominator} (${targetText})`;
  if ((target.op === ">=" || target.op === "=") && rest <= 0)
    return { text: `Không có ${measure.unit} nào ${measure.complement}`, figure };
  if (target.op === ">=") return { text: `Không quá ${formatNumber(rest)}% ${what}`, figure };
  if (target.op === ">") return { text: `Dưới ${formatNumber(rest)}% ${what}`, figure };
  return { text: targetText };
}

/** The unit an indicator is reported in, for listings: "hộ", "%", "văn bản", "có/không". */
export function describeUnit(measure: Measure): string {
  switch (measure.kind) {
    case "ratio":
      return `% (${measure.unit})`;
    case "count":
      return measure.unit;
    case "boolean":
      return "có/không";
    case "document":
      return "văn bản";
    case "choice":
      return "lựa chọn";
    case "status":
      return "tình trạng";
  }
}
