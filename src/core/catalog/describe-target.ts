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
    if (meeting.length) return meeting.map((label, index) => (index === 0 ? label : lowerFirst(label))).join(" hoặc ");
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

/**
 * A target read as the indicator's name means it, for read-backs and answers as for
 * `catalog show`. A complement ratio (Huế VI.2.5: the figure counts reports nobody was
 * upset about, the name speaks of the upset ones) reads "Không có phản ánh nào bị …" for
 * "≥ 100%" and "Không quá 5% phản ánh …" for "≥ 95%"; every other target as
 * {@link describeTarget} writes it.
 */
export function describeNamedTarget(measure: Measure, target: Target | null): string {
  const written = describeTarget(measure, target);
  if (measure.kind !== "ratio" || !measure.complement || target === null || typeof target.value !== "number")
    return written;
  const rest = 100 - target.value;
  if ((target.op === ">=" || target.op === "=") && rest <= 0)
    return `Không có ${measure.unit} nào ${measure.complement}`;
  const what = `${measure.unit} ${measure.complement}`;
  if (target.op === ">=") return `Không quá ${formatNumber(rest)}% ${what}`;
  if (target.op === ">") return `Dưới ${formatNumber(rest)}% ${what}`;
  return written;
}

/** "Có sự cố, đã xử lý" → "có sự cố, đã xử lý" mid-sentence; "UBND xã …" keeps its capitals. */
function lowerFirst(text: string): string {
  const [first = "", second = ""] = text;
  return second === second.toLocaleLowerCase("vi") ? first.toLocaleLowerCase("vi") + text.slice(first.length) : text;
}

/** A count target only zero meets: "≤ 0", "< 1" (counts are whole). */
function allowsNone(op: Target["op"], value: number): boolean {
  return (op === "<=" && value === 0) || (op === "<" && value === 1) || (op === "=" && value === 0);
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
