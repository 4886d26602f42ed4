import type { Catalog } from "../catalog/catalog-schema.js";
import { describeNamedTarget } from "../catalog/describe-target.js";
import type { CommuneSnapshot, MemberInfo } from "../conversation/commune-snapshot.js";
import { type Answer, answerOf, describeResponsible, responsibleMembers } from "./answer.js";
import { formatInstantDate, VIETNAM_TIME_ZONE } from "./calendar.js";
import { describeValueBrief } from "./describe-figure.js";
import { type IndicatorState, snapshotStates } from "./indicator-state.js";
import { capitalize, codeAndName, communeLabel } from "./labels.js";

/** "• 3.2 Tài khoản ngân hàng: 79,4% / ≥ 85% (còn thiếu 460 người để đạt 85%) — phụ trách: @Lan" */
function unmetLine(state: IndicatorState, responsible: readonly MemberInfo[]): string {
  const { indicator, target, value, evaluation } = state;
  const figure = `${describeValueBrief(indicator.measure, value, evaluation)} / ${describeNamedTarget(indicator.measure, target)}`;
  const gap = evaluation.gap ? ` (${evaluation.gap.text})` : "";
  return `• ${codeAndName(indicator)}: ${figure}${gap} — phụ trách: ${describeResponsible(responsible)}`;
}

/**
 * Answers "chỉ tiêu nào chưa đạt?": how many are unmet and how many still lack figures, then
 * the unmet indicators under their group's name, each with its figure against the target in
 * force, the engine's gap and who is responsible (tagged), then the indicators still without
 * figures, as codes per group. Not-assessed indicators are left out. When every assessed
 * indicator is met, a short congratulation with the count.
 *
 * `now` dates the answer ("tính đến 20/09/2024"); `timeZone` is the commune's.
 */
export function answerUnmet(snapshot: CommuneSnapshot, now: Date, timeZone: string = VIETNAM_TIME_ZONE): Answer {
  const states = snapshotStates(snapshot);
  const unmet = states.filter((state) => state.evaluation.status === "unmet");
  const noData = states.filter((state) => state.evaluation.status === "no-data");
  const met = states.filter((state) => state.evaluation.status === "met");
  const commune = communeLabel(snapshot.communeName);
  const asOf = `tính đến ${formatInstantDate(now, timeZone)}`;

  if (unmet.length === 0 && noData.length === 0) {
    if (met.length === 0) return answerOf([`${capitalize(commune)} không có chỉ tiêu nào được đánh giá trong kỳ này.`]);
    return answerOf([`Chúc mừng ${commune}: cả ${met.length} chỉ tiêu được đánh giá đều đã đạt (${asOf}).`]);
  }

  const lines = [`${capitalize(commune)} ${countsText(unmet.length, noData.length)} (${asOf}):`];
  const tagged: MemberInfo[] = [];
  for (const group of snapshot.catalog.groups) {
    const inGroup = unmet.filter((state) => state.indicator.group === group.code);
    if (inGroup.length === 0) continue;
    lines.push("", group.name);
    for (const state of inGroup) {
      const responsible = responsibleMembers(snapshot, state.indicator.code);
      tagged.push(...responsible);
      lines.push(unmetLine(state, responsible));
    }
  }

  if (noData.length > 0) {
    lines.push("", "Chưa có số liệu:");
    lines.push(...codesByGroup(snapshot.catalog, noData).map((line) => `• ${line}`));
    lines.push("Gõ /capnhat để cập nhật số liệu.");
  }
  return answerOf(lines, tagged);
}

/**
 * Both counts the answer opens with, so a short unmet list never hides the indicators still
 * without figures: "còn 1 chỉ tiêu chưa đạt, 32 chỉ tiêu chưa có số liệu". At least one is
 * positive (the caller congratulates otherwise).
 */
function countsText(unmet: number, noData: number): string {
  if (unmet === 0) return `không có chỉ tiêu nào chưa đạt, còn ${noData} chỉ tiêu chưa có số liệu`;
  if (noData === 0) return `còn ${unmet} chỉ tiêu chưa đạt, không còn chỉ tiêu nào chưa có số liệu`;
  return `còn ${unmet} chỉ tiêu chưa đạt, ${noData} chỉ tiêu chưa có số liệu`;
}

/**
 * "Chính quyền số: 1.2, 1.3" — one line per group that has any of the given indicators, in
 * catalog order, for compact lists such as the indicators still without figures.
 */
function codesByGroup(catalog: Pick<Catalog, "groups">, states: readonly IndicatorState[]): string[] {
  return catalog.groups.flatMap((group) => {
    const codes = states.filter((state) => state.indicator.group === group.code).map((state) => state.indicator.code);
    return codes.length === 0 ? [] : [`${group.name}: ${codes.join(", ")}`];
  });
}
