import { describeNamedTarget } from "../catalog/describe-target.js";
import type { CommuneSnapshot } from "../conversation/commune-snapshot.js";
import { type Answer, answerOf } from "./answer.js";
import { formatInstantDate, VIETNAM_TIME_ZONE } from "./calendar.js";
import { describeValueBrief } from "./describe-figure.js";
import { type IndicatorState, snapshotStates } from "./indicator-state.js";
import { capitalize, codeAndName, communeLabel } from "./labels.js";

/** "• 3.2 Tài khoản ngân hàng: 79,4% / ≥ 75%" */
function metLine(state: IndicatorState): string {
  const { indicator, target, value, evaluation } = state;
  return `• ${codeAndName(indicator)}: ${describeValueBrief(indicator.measure, value, evaluation)} / ${describeNamedTarget(indicator.measure, target)}`;
}

/**
 * Answers "những chỉ tiêu nào đã đạt?" (/dadat): how many of the assessed indicators are
 * met, then the met ones under their group's name, each with its figure against the target
 * in force. It ends with what is left (unmet, without figures) and where to see it, so the
 * good news never hides the rest. Not-assessed indicators are left out.
 *
 * `now` dates the answer; `timeZone` is the commune's.
 */
export function answerMet(snapshot: CommuneSnapshot, now: Date, timeZone: string = VIETNAM_TIME_ZONE): Answer {
  const states = snapshotStates(snapshot);
  const met = states.filter((state) => state.evaluation.status === "met");
  const unmet = states.filter((state) => state.evaluation.status === "unmet").length;
  const noData = states.filter((state) => state.evaluation.status === "no-data").length;
  const assessed = met.length + unmet + noData;
  const commune = communeLabel(snapshot.communeName);
  const asOf = `tính đến ${formatInstantDate(now, timeZone)}`;

  if (assessed === 0) return answerOf([`${capitalize(commune)} không có chỉ tiêu nào được đánh giá trong kỳ này.`]);
  const lines: string[] = [];
  if (met.length === 0) {
    lines.push(`${capitalize(commune)} chưa có chỉ tiêu nào đạt trong ${assessed} chỉ tiêu được đánh giá (${asOf}).`);
  } else {
    lines.push(`${capitalize(commune)} đã đạt ${met.length}/${assessed} chỉ tiêu được đánh giá (${asOf}):`);
    for (const group of snapshot.catalog.groups) {
      const inGroup = met.filter((state) => state.indicator.group === group.code);
      if (inGroup.length === 0) continue;
      lines.push("", group.name, ...inGroup.map(metLine));
    }
    lines.push("");
  }
  const rest = [unmet > 0 ? `${unmet} chỉ tiêu chưa đạt` : "", noData > 0 ? `${noData} chỉ tiêu chưa có số liệu` : ""];
  const left = rest.filter(Boolean);
  if (left.length > 0) lines.push(`Còn ${left.join(" và ")}. Gõ /chuadat để xem chi tiết.`);
  return answerOf(lines);
}
