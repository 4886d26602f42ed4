/**
 * The verdict on one indicator:
 * - `met` / `unmet`: compared with its target (Đạt / Chưa đạt);
 * - `no-data`: assessed, but there is no usable figure yet;
 * - `not-assessed`: no target this period, or a status text that is never compared.
 */
export type EvaluationStatus = "met" | "unmet" | "no-data" | "not-assessed";

const LABELS: Record<EvaluationStatus, string> = {
  met: "Đạt",
  unmet: "Chưa đạt",
  "no-data": "Chưa có số liệu",
  "not-assessed": "Không đánh giá",
};

/** The Vietnamese word a report uses for a verdict: met → "Đạt", unmet → "Chưa đạt", … */
export function statusLabel(status: EvaluationStatus): string {
  return LABELS[status];
}
