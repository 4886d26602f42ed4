import { type CommuneSnapshot, type EarlierYear, withFigures } from "../conversation/commune-snapshot.js";
import type { Tally } from "../evaluation/summarize-catalog.js";
import { formatNumber } from "../numbers/format-number.js";
import { type Answer, answerOf } from "./answer.js";
import { formatInstantDate, VIETNAM_TIME_ZONE } from "./calendar.js";
import { type IndicatorState, snapshotStates, summarizeStates } from "./indicator-state.js";
import { capitalize, communeLabel } from "./labels.js";

/** The earlier year read as a snapshot of its own, so the same engine judges both years. */
function earlierSnapshot(snapshot: CommuneSnapshot, earlier: EarlierYear): CommuneSnapshot {
  const { earlierYear: _earlier, ...rest } = withFigures(snapshot, earlier.figures);
  return {
    ...rest,
    year: earlier.year,
    period: String(earlier.year),
    catalog: earlier.catalog,
    targetOverrides: earlier.targetOverrides,
  };
}

/** "• Đạt: 20/35 chỉ tiêu (năm 2023: 15/35)" and the other counts, side by side. */
function countLines(now: Tally, before: Tally, year: number): string[] {
  const lines = [
    `• Đạt: ${now.met}/${now.assessed} chỉ tiêu (năm ${year}: ${before.met}/${before.assessed})`,
    `• Chưa đạt: ${now.unmet} (năm ${year}: ${before.unmet})`,
    `• Chưa có số liệu: ${now.noData} (năm ${year}: ${before.noData})`,
  ];
  if (now.pointsMax > 0 && before.pointsMax > 0)
    lines.push(
      `• Điểm ước tính: ${formatNumber(now.pointsEarned)}/${formatNumber(now.pointsMax)} (năm ${year}: ${formatNumber(before.pointsEarned)}/${formatNumber(before.pointsMax)})`,
    );
  return lines;
}

/** The codes met in one year and not in the other, by the same catalog's codes. */
function changedCodes(now: readonly IndicatorState[], before: readonly IndicatorState[]) {
  const metBefore = new Set(before.filter((s) => s.evaluation.status === "met").map((s) => s.indicator.code));
  const metNow = new Set(now.filter((s) => s.evaluation.status === "met").map((s) => s.indicator.code));
  return {
    gained: now
      .filter((s) => metNow.has(s.indicator.code) && !metBefore.has(s.indicator.code))
      .map((s) => s.indicator.code),
    lost: now
      .filter((s) => metBefore.has(s.indicator.code) && !metNow.has(s.indicator.code))
      .map((s) => s.indicator.code),
  };
}

/**
 * Answers "so với năm trước thế nào?" (/sosanh): this year's met, unmet and missing counts
 * (and points on a scored set) beside those of the commune's newest earlier plan, then
 * which indicators became met and which no longer are, when both years use the same
 * catalog. With no earlier year it says so rather than compare with nothing. Needs
 * `snapshot.earlierYear` (see `requireEarlierYear`).
 */
export function answerCompare(snapshot: CommuneSnapshot, now: Date, timeZone: string = VIETNAM_TIME_ZONE): Answer {
  const commune = communeLabel(snapshot.communeName);
  const earlier = snapshot.earlierYear;
  if (!earlier)
    return answerOf([
      `${capitalize(commune)} chưa có kế hoạch năm nào trước năm ${snapshot.year} trên Xã Số, nên chưa có năm trước để so sánh.`,
      "Gõ /tiendo để xem tiến độ năm nay.",
    ]);
  const statesNow = snapshotStates(snapshot);
  const before = earlierSnapshot(snapshot, earlier);
  const statesBefore = snapshotStates(before);
  const lines = [
    `So sánh kết quả ${commune} năm ${snapshot.year} với năm ${earlier.year} (tính đến ${formatInstantDate(now, timeZone)}):`,
    ...countLines(
      summarizeStates(snapshot, statesNow).overall,
      summarizeStates(before, statesBefore).overall,
      earlier.year,
    ),
  ];
  if (earlier.catalog.id !== snapshot.catalog.id) {
    lines.push(`Năm ${earlier.year} dùng bộ chỉ tiêu khác (${earlier.catalog.title}), nên chỉ so sánh được số lượng.`);
    return answerOf(lines);
  }
  const { gained, lost } = changedCodes(statesNow, statesBefore);
  if (gained.length) lines.push(`Mới đạt so với năm ${earlier.year}: ${gained.join(", ")}.`);
  if (lost.length) lines.push(`Năm ${earlier.year} đạt, nay chưa đạt hoặc chưa có số liệu: ${lost.join(", ")}.`);
  if (!gained.length && !lost.length) lines.push(`Các chỉ tiêu đạt giống năm ${earlier.year}.`);
  return answerOf(lines);
}
