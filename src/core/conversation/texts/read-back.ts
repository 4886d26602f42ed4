import { describeEvidence, describeValue } from "../../answers/describe-figure.js";
import { codeAndName } from "../../answers/labels.js";
import type { Indicator, Measure, Target } from "../../catalog/catalog-schema.js";
import { describeNamedTarget } from "../../catalog/describe-target.js";
import { evaluateIndicator } from "../../evaluation/evaluate-indicator.js";
import { statusLabel } from "../../evaluation/evaluation-status.js";
import type { FigureValue } from "../../evaluation/figure-value.js";
import { formatNumber } from "../../numbers/format-number.js";
import type { EvidenceInfo } from "../commune-snapshot.js";
import { sameFigure } from "../unchanged-figure.js";
import { CONFIRM_PROMPT } from "./update.js";

/** What is about to be saved, for the member to check before confirming. */
export interface ReadBackInput {
  indicator: Indicator;
  target: Target | null;
  value: FigureValue;
  /** The figure it replaces, shown as before → after. */
  previous: FigureValue | null;
  evidence: readonly EvidenceInfo[] | undefined;
  /** A second-look note, e.g. an implausible jump from the last value. */
  warning?: string | undefined;
  /** The evidence of the figure in force, offered again when this figure cites none. */
  earlierEvidence?: readonly EvidenceInfo[] | undefined;
}

/**
 * The read-back before saving: indicator, figure with computed percent, target and
 * verdict (with the gap when unmet), evidence, and how to confirm. Nothing is saved
 * until the member answers "có".
 */
export function readBack(input: ReadBackInput): string {
  const { indicator, target, value, previous, evidence } = input;
  const evaluation = evaluateIndicator({ indicator, target, value });
  const verdict = statusLabel(evaluation.status) + (evaluation.gap ? ` (${evaluation.gap.text})` : "");
  const figure = previous
    ? describeChange(indicator.measure, previous, value)
    : describeValue(indicator.measure, value);
  const goal = describeNamedTarget(indicator.measure, target);
  const lines = [
    `${previous ? "Sửa" : "Cập nhật"} chỉ tiêu ${codeAndName(indicator)}`,
    `• Số liệu: ${figure}`,
    // A target of "Không đánh giá" has that verdict too: said once, not "Không đánh giá → Không đánh giá".
    `• Chỉ tiêu: ${goal === verdict ? goal : `${goal} → ${verdict}`}`,
  ];
  if (evaluation.points)
    lines.push(`• Điểm: ${formatNumber(evaluation.points.earned)}/${formatNumber(evaluation.points.max)}`);
  if (evidence) lines.push(`• Minh chứng: ${evidence.length ? evidence.map(describeEvidence).join("; ") : "không có"}`);
  else if (input.earlierEvidence?.length)
    lines.push(
      `• Minh chứng: chưa kèm; lần trước dùng ${input.earlierEvidence.map(describeEvidence).join("; ")} (trả lời "vẫn dùng" để kèm lại)`,
    );
  if (input.warning) lines.push(input.warning);
  lines.push(CONFIRM_PROMPT);
  return lines.join("\n");
}

/**
 * A correction's figure, before → after, where the change can be seen: two percents that
 * print alike ("30,0%") are written in full ("30% → 30,04%"), and a figure kept as it was
 * (only its evidence changes) says so instead of repeating itself.
 */
function describeChange(measure: Measure, previous: FigureValue, value: FigureValue): string {
  const after = describeValue(measure, value);
  if (sameFigure(previous, value)) return `${after} (số liệu không đổi)`;
  const before = describeValue(measure, previous);
  if (before !== after) return `${before} → ${after}`;
  return `${describeExactly(measure, previous)} → ${describeExactly(measure, value)}`;
}

/** A percent with every decimal it was given; other figures as {@link describeValue} prints them. */
function describeExactly(measure: Measure, value: FigureValue): string {
  return value.kind === "percent" ? `${formatNumber(value.percent, EXACT_DECIMALS)}%` : describeValue(measure, value);
}

/** Enough decimals for any percent an official types. */
const EXACT_DECIMALS = 6;

/** The confirmation after saving, with the verdict so the group sees the effect at once. */
export function savedText(input: Omit<ReadBackInput, "evidence" | "previous" | "warning">, byName: string): string {
  const evaluation = evaluateIndicator(input);
  const points = evaluation.points
    ? `, ${formatNumber(evaluation.points.earned)}/${formatNumber(evaluation.points.max)} điểm`
    : "";
  return `✅ Đã lưu ${codeAndName(input.indicator)}: ${describeValue(input.indicator.measure, input.value)} → ${statusLabel(evaluation.status)}${points} (${byName} cập nhật).`;
}
