import { formatInstantDate } from "../answers/calendar.js";
import { formatNumber } from "../numbers/format-number.js";
import type { ChangedIndicator } from "./changes-since.js";
import type { CommuneReport } from "./commune-report.js";

/** Telegram's limit on a caption; Zalo's is larger. */
const CAPTION_LIMIT = 1024;
const LISTED = 8;

function listCodes(codes: readonly string[]): string {
  const shown = codes.slice(0, LISTED).join(", ");
  return codes.length > LISTED ? `${shown} và ${codes.length - LISTED} chỉ tiêu khác` : shown;
}

function changesText(changes: readonly ChangedIndicator[], since: Date | null, timeZone: string): string {
  if (since === null) return "Đây là báo cáo đầu tiên gửi trong nhóm.";
  const when = formatInstantDate(since, timeZone);
  if (changes.length === 0) return `Không có số liệu mới từ báo cáo trước (${when}).`;
  const parts = [`${changes.length} chỉ tiêu có số liệu mới (${listCodes(changes.map((change) => change.code))})`];
  const nowMet = changes.filter((change) => change.after === "met" && change.before !== "met").map((c) => c.code);
  const noLongerMet = changes.filter((change) => change.before === "met" && change.after !== "met").map((c) => c.code);
  if (nowMet.length) parts.push(`chuyển sang Đạt: ${listCodes(nowMet)}`);
  if (noLongerMet.length) parts.push(`không còn Đạt: ${listCodes(noLongerMet)}`);
  return `Từ báo cáo trước (${when}): ${parts.join("; ")}.`;
}

/**
 * The one paragraph sent with the report files: met over assessed, unmet and missing
 * counts, the estimated points of a scored catalog, and what changed since the previous
 * report (`since` null when there was none). Kept under Telegram's 1.024-character caption
 * limit.
 */
export function reportCaption(
  report: CommuneReport,
  changes: readonly ChangedIndicator[],
  since: Date | null,
  timeZone: string,
): string {
  const total = report.total;
  const counts = [`${total.met}/${total.assessed} chỉ tiêu Đạt`];
  if (total.unmet) counts.push(`${total.unmet} chưa đạt`);
  if (total.noData) counts.push(`${total.noData} chưa có số liệu`);
  if (total.notAssessed) counts.push(`${total.notAssessed} không đánh giá`);
  const points = report.scored
    ? ` Ước tính ${formatNumber(total.pointsEarned)}/${formatNumber(report.catalogPointsMax)} điểm.`
    : "";
  const text = [
    `Báo cáo chuyển đổi số ${report.communeLabel} ${report.periodLabel} (số liệu đến ${formatInstantDate(report.asOf, timeZone)}): ${counts.join(", ")}.${points}`,
    changesText(changes, since, timeZone),
    "Kèm theo: phụ lục (Word, Excel) và dự thảo báo cáo (Word).",
  ].join(" ");
  return text.length <= CAPTION_LIMIT ? text : `${text.slice(0, CAPTION_LIMIT - 1)}…`;
}
