import type { CommuneSnapshot } from "../conversation/commune-snapshot.js";
import type { Tally } from "../evaluation/summarize-catalog.js";
import { formatNumber } from "../numbers/format-number.js";
import { type Answer, answerOf } from "./answer.js";
import { formatInstantDate, VIETNAM_TIME_ZONE } from "./calendar.js";
import { snapshotStates, summarizeStates } from "./indicator-state.js";
import { communeLabel, periodLabel } from "./labels.js";

/** "40/90 điểm" */
function pointsOf(tally: Tally): string {
  return `${formatNumber(tally.pointsEarned)}/${formatNumber(tally.pointsMax)} điểm`;
}

/** "12/35 chỉ tiêu đạt, 5 chưa đạt, 18 chưa có số liệu" */
function metCounts(tally: Tally): string {
  const parts = [`${tally.met}/${tally.assessed} chỉ tiêu đạt`];
  if (tally.unmet > 0) parts.push(`${tally.unmet} chưa đạt`);
  if (tally.noData > 0) parts.push(`${tally.noData} chưa có số liệu`);
  return parts.join(", ");
}

/**
 * Answers "xã mình được bao nhiêu điểm?" (/diem). On a scored catalog (Huế's 600-point
 * index): the estimated total out of the maximum, then each group's points out of its
 * maximum, and that items without figures count 0. On an unscored catalog it says so
 * plainly and gives the met counts instead, so the question never gets a made-up score.
 */
export function answerScore(snapshot: CommuneSnapshot, now: Date, timeZone: string = VIETNAM_TIME_ZONE): Answer {
  const summary = summarizeStates(snapshot, snapshotStates(snapshot));
  const commune = communeLabel(snapshot.communeName);
  const asOf = `tính đến ${formatInstantDate(now, timeZone)}`;
  const scored = snapshot.catalog.indicators.some((indicator) => indicator.points !== undefined);
  if (!scored) {
    return answerOf([
      `${snapshot.catalog.title} không chấm điểm, nên ${commune} không có điểm số.`,
      `Kết quả ${periodLabel(snapshot.period)} (${asOf}): ${metCounts(summary.overall)}.`,
      "Gõ /dadat để xem chỉ tiêu đã đạt, /chuadat để xem chỉ tiêu chưa đạt.",
    ]);
  }
  const lines = [
    `Điểm chuyển đổi số của ${commune} ${periodLabel(snapshot.period)} (ước tính, ${asOf}): ${pointsOf(summary.overall)}`,
    ...summary.groups.filter((group) => group.pointsMax > 0).map((group) => `• ${group.name}: ${pointsOf(group)}`),
  ];
  if (summary.overall.noData > 0)
    lines.push(`${summary.overall.noData} chỉ tiêu chưa có số liệu đang tính 0 điểm. Gõ /chuacapnhat để xem.`);
  lines.push("Điểm chính thức do tỉnh chấm theo minh chứng.");
  return answerOf(lines);
}
