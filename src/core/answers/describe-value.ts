import type { Measure } from "../catalog/catalog-schema.js";
import type { IndicatorEvaluation } from "../evaluation/evaluate-indicator.js";
import type { FigureValue } from "../evaluation/figure-value.js";
import { formatCount } from "../numbers/format-number.js";
import { formatPercent, formatPercentValue } from "../numbers/format-percent.js";

function ratioText(measure: Measure, numerator: number, denominator: number): string {
  const top = formatCount(numerator);
  const bottom = formatCount(denominator);
  const percent = formatPercent(numerator, denominator);
  const suffix = percent === null ? "" : ` (${percent})`;
  if (measure.kind !== "ratio") return `${top}/${bottom}${suffix}`;
  const counts = measure.denominatorUnit
    ? `${top} ${measure.unit}/${bottom} ${measure.denominatorUnit}`
    : `${top}/${bottom} ${measure.unit}`;
  return `${counts}${suffix}`;
}

function optionLabel(measure: Measure, option: string): string {
  if (measure.kind !== "choice") return option;
  return measure.options.find((candidate) => candidate.value === option)?.label ?? option;
}

/**
 * A stored figure as a report prints it, units included: "6.608/8.315 người (79,4%)",
 * "70,5%", "Có" / "Chưa có", "3 cuộc họp", "Có (số 12/KH-UBND)", the chosen option's label,
 * or the status text. Null (nothing reported, or withdrawn) reads "Chưa có số liệu". Works
 * from the value's own kind, so a figure stored before a catalog change is still shown.
 */
export function describeValue(measure: Measure, value: FigureValue | null): string {
  if (value === null) return "Chưa có số liệu";
  switch (value.kind) {
    case "ratio":
      return ratioText(measure, value.numerator, value.denominator);
    case "percent":
      return formatPercentValue(value.percent);
    case "boolean":
      return value.value ? "Có" : "Chưa có";
    case "count":
      return measure.kind === "count" ? `${formatCount(value.value)} ${measure.unit}` : formatCount(value.value);
    case "document":
      if (!value.issued) return "Chưa có";
      return value.reference ? `Có (số ${value.reference})` : "Có";
    case "choice":
      return optionLabel(measure, value.option);
    case "status":
      return value.text;
  }
}

/**
 * The figure as one compact token for a list line: the printed percent when there is one
 * ("79,4%"), else {@link describeValue} ("Chưa có", "3 cuộc họp").
 */
export function describeValueBrief(
  measure: Measure,
  value: FigureValue | null,
  evaluation: Pick<IndicatorEvaluation, "percentText">,
): string {
  return evaluation.percentText ?? describeValue(measure, value);
}
