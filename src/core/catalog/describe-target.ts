import { formatNumber } from "../numbers/format-number.js";
import type { Measure, Target } from "./catalog-schema.js";

const comparatorSymbols: Record<Target["op"], string> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=" };

/**
 * A target as officials read it in a report: "≥ 85%", "Có", "≥ 4 cuộc",
 * "Không đánh giá" — used in catalog listings and in every reply that compares a figure.
 */
export function describeTarget(measure: Measure, target: Target | null): string {
  if (target === null) return "Không đánh giá";
  if (measure.kind === "choice" && target.value === true) {
    const meeting = measure.options.filter((option) => option.meets).map((option) => option.label);
    if (meeting.length) return meeting.join(" hoặc ");
  }
  if (typeof target.value === "boolean") return target.value ? "Có" : "Không";
  const amount = formatNumber(target.value);
  const symbol = comparatorSymbols[target.op];
  const prefix = symbol === "=" ? "" : `${symbol} `;
  switch (measure.kind) {
    case "ratio":
      return `${prefix}${amount}%`;
    case "count":
      return `${prefix}${amount} ${measure.unit}`;
    default:
      return `${prefix}${amount}`;
  }
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
