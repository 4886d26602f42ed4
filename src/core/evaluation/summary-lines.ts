import { formatNumber } from "../numbers/format-number.js";
import type { Tally } from "./summarize-catalog.js";

/**
 * One line of a progress reply: "Chính quyền số: 9/11 Đạt", met over assessed (see
 * {@link Tally}). A group with nothing assessed this period reads
 * "Kinh tế số: Không đánh giá" rather than a meaningless "0/0 Đạt".
 */
export function formatResultLine(label: string, tally: Tally): string {
  if (tally.assessed === 0) return `${label}: Không đánh giá`;
  return `${label}: ${tally.met}/${tally.assessed} Đạt`;
}

/**
 * The estimated score of a scored set, "Ước tính 412,5/600 điểm", in Vietnamese number
 * format; null for unscored sets (nothing to estimate). It is an estimate because items
 * without figures count as 0 and the province scores the evidence itself.
 */
export function formatPointsLine(tally: Tally): string | null {
  if (tally.pointsMax <= 0) return null;
  return `Ước tính ${formatNumber(tally.pointsEarned)}/${formatNumber(tally.pointsMax)} điểm`;
}
