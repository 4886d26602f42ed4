import type { CommuneSnapshot, FigureVersion } from "../conversation/commune-snapshot.js";
import type { Tally } from "../evaluation/summarize-catalog.js";
import { formatPointsLine, formatResultLine } from "../evaluation/summary-lines.js";
import { formatNumber } from "../numbers/format-number.js";
import { type Answer, answerOf } from "./answer.js";
import { daysBetween, describeDaysAgo, formatDate, localDateTime, VIETNAM_TIME_ZONE } from "./calendar.js";
import { type IndicatorState, snapshotStates, summarizeStates } from "./indicator-state.js";
import { communeLabel, periodLabel } from "./labels.js";

/** "Chính quyền số: 9/11 Đạt, 2 chưa có số liệu · 40/90 điểm" */
function groupLine(label: string, tally: Tally, scored: boolean): string {
  const noData = tally.noData > 0 && tally.assessed > 0 ? `, ${tally.noData} chưa có số liệu` : "";
  const points =
    scored && tally.pointsMax > 0 ? ` · ${formatNumber(tally.pointsEarned)}/${formatNumber(tally.pointsMax)} điểm` : "";
  return `${formatResultLine(label, tally)}${noData}${points}`;
}

/** "Tổng: 22/35 Đạt, 5 chưa đạt, 8 chưa có số liệu, 2 không đánh giá" */
function overallLine(tally: Tally): string {
  const parts = [formatResultLine("Tổng", tally)];
  if (tally.unmet > 0) parts.push(`${tally.unmet} chưa đạt`);
  if (tally.noData > 0 && tally.assessed > 0) parts.push(`${tally.noData} chưa có số liệu`);
  if (tally.notAssessed > 0) parts.push(`${tally.notAssessed} không đánh giá`);
  return parts.join(", ");
}

/**
 * Answers "tiến độ": one line per group ("Chính quyền số: 9/11 Đạt", with how many still
 * lack figures, and points for scored sets), an overall line, the estimated score of a
 * scored set ("Ước tính 412,5/600 điểm"), and how fresh the data is: when the newest figure
 * was confirmed, by whom and for which indicator.
 *
 * `now` says how long ago that was ("hôm nay", "3 ngày trước"); `timeZone` is the commune's.
 */
export function answerProgress(snapshot: CommuneSnapshot, now: Date, timeZone: string = VIETNAM_TIME_ZONE): Answer {
  const states = snapshotStates(snapshot);
  const summary = summarizeStates(snapshot, states);
  const scored = summary.overall.pointsMax > 0;

  const lines = [`Tiến độ chuyển đổi số ${communeLabel(snapshot.communeName)} ${periodLabel(snapshot.period)}:`];
  lines.push(...summary.groups.map((group) => groupLine(group.name, group, scored)));
  lines.push(overallLine(summary.overall));
  const points = formatPointsLine(summary.overall);
  if (points !== null) lines.push(points);

  const latest = latestUpdate(states);
  if (latest === null) {
    lines.push("Chưa có số liệu nào được cập nhật. Gõ /capnhat để bắt đầu.");
  } else {
    const when = localDateTime(latest.version.at, timeZone);
    const ago = describeDaysAgo(daysBetween(when, localDateTime(now, timeZone)));
    lines.push(`Cập nhật gần nhất: ${formatDate(when)} (${ago}), ${latest.version.byName} — chỉ tiêu ${latest.code}`);
  }
  if (summary.overall.unmet > 0 || (latest !== null && summary.overall.noData > 0))
    lines.push("Gõ /chuadat để xem chỉ tiêu chưa đạt.");
  return answerOf(lines);
}

/** The most recent confirmed change across indicators, and which indicator it touched. */
interface LatestUpdate {
  readonly code: string;
  readonly version: FigureVersion;
}

/**
 * The newest confirmed version over all indicators (updates, corrections and undos alike,
 * since each is a change someone confirmed), or null when nothing was ever confirmed.
 * Ties keep the earlier indicator in catalog order; a version with an invalid date is skipped.
 */
function latestUpdate(states: readonly IndicatorState[]): LatestUpdate | null {
  let best: LatestUpdate | null = null;
  for (const state of states) {
    for (const version of state.versions) {
      if (Number.isNaN(version.at.getTime())) continue;
      if (best === null || version.at.getTime() > best.version.at.getTime())
        best = { code: state.indicator.code, version };
    }
  }
  return best;
}
