import type { Catalog, Indicator } from "../catalog/catalog-schema.js";
import { describeNamedTarget } from "../catalog/describe-target.js";
import type { CommuneSnapshot, MemberInfo } from "../conversation/commune-snapshot.js";
import { requireFullHistory } from "../conversation/history-required.js";
import type { EvaluationProblem } from "../evaluation/evaluation-problem.js";
import { statusLabel } from "../evaluation/evaluation-status.js";
import { formatNumber } from "../numbers/format-number.js";
import { type Answer, answerOf, describeResponsible, responsibleMembers } from "./answer.js";
import {
  catalogDeadlineDate,
  daysBetween,
  describeDaysLeft,
  formatInstantDate,
  formatWeekdayDate,
  localDateTime,
  VIETNAM_TIME_ZONE,
} from "./calendar.js";
import { describeEvidence, describeValue, evidenceInForce, historyLines, latestEvidence } from "./describe-figure.js";
import { type IndicatorState, indicatorState } from "./indicator-state.js";

const PROBLEMS: Record<EvaluationProblem, string> = {
  "value-kind-mismatch": "số liệu đã lưu không khớp cách tính của chỉ tiêu, cần cập nhật lại",
  "target-kind-mismatch": "mức chỉ tiêu không khớp cách tính, cần kiểm tra lại kế hoạch",
  "zero-denominator": "mẫu số bằng 0, cần cập nhật lại",
  "unknown-option": "phương án đã chọn không còn trong danh sách, cần cập nhật lại",
  "invalid-number": "số liệu không hợp lệ, cần cập nhật lại",
};

function valueLine(state: IndicatorState, timeZone: string): string {
  const { indicator, latest, value } = state;
  const withdrawn =
    latest !== undefined && latest.value === null
      ? ` (số liệu đã được rút lại ngày ${formatInstantDate(latest.at, timeZone)})`
      : "";
  return `Số liệu: ${describeValue(indicator.measure, value)}${withdrawn}`;
}

function targetLine(state: IndicatorState): string {
  const { indicator, target, ownTarget } = state;
  const goal = describeNamedTarget(indicator.measure, target);
  if (!ownTarget) return `Chỉ tiêu: ${goal}`;
  if (target === null) return `Chỉ tiêu: ${goal} (theo kế hoạch của xã)`;
  const differs = JSON.stringify(target) !== JSON.stringify(indicator.target);
  const catalogGoal = differs ? `; bộ chỉ tiêu: ${describeNamedTarget(indicator.measure, indicator.target)}` : "";
  return `Chỉ tiêu: ${goal} (chỉ tiêu của xã${catalogGoal})`;
}

/**
 * "Đánh giá: Chưa đạt — còn thiếu 460 hộ để đạt 85%"; nothing when the lines above already
 * say it all ("Số liệu: Chưa có số liệu", "Chỉ tiêu: Không đánh giá"), so the answer never
 * repeats a status as its own verdict.
 */
function verdictLines(state: IndicatorState): string[] {
  const { evaluation, value, target } = state;
  const detail = evaluation.gap?.text ?? (evaluation.problem ? PROBLEMS[evaluation.problem] : undefined);
  const repeated =
    detail === undefined &&
    ((evaluation.status === "no-data" && value === null) || (evaluation.status === "not-assessed" && target === null));
  return repeated ? [] : [`Đánh giá: ${statusLabel(evaluation.status)}${detail ? ` — ${detail}` : ""}`];
}

function deadlineLine(state: IndicatorState, year: number, now: Date, timeZone: string): string[] {
  const { deadline } = state.indicator;
  const date = deadline === undefined ? null : catalogDeadlineDate(deadline, year);
  if (date === null || state.evaluation.status === "not-assessed") return [];
  return [
    `Hạn hoàn thành: ${formatWeekdayDate(date)} (${describeDaysLeft(daysBetween(localDateTime(now, timeZone), date))})`,
  ];
}

function evidenceLines(state: IndicatorState, timeZone: string): string[] {
  const attached = evidenceInForce(state.versions).map(describeEvidence);
  const required = state.indicator.evidence?.replace(/[\s.]+$/u, "");
  if (attached.length > 0) return [`Minh chứng: ${attached.join("; ")}`];
  if (state.value === null) return required ? [`Minh chứng cần có: ${required}`] : [];
  // A newer figure saved without evidence: the evidence last cited stays in view, dated.
  const earlier = latestEvidence(state.versions);
  if (earlier)
    return [
      `Minh chứng gần nhất: ${earlier.evidence.map(describeEvidence).join("; ")} (kèm số liệu ngày ${formatInstantDate(earlier.at, timeZone)}; số liệu hiện tại chưa đính kèm)`,
    ];
  return [`Minh chứng: chưa đính kèm${required ? ` (cần: ${required})` : ""}`];
}

function pointsLine(state: IndicatorState): string[] {
  const points = state.evaluation.points;
  return points ? [`Điểm ước tính: ${formatNumber(points.earned)}/${formatNumber(points.max)}`] : [];
}

function methodLines(state: IndicatorState): string[] {
  const { indicator } = state;
  const lines: string[] = [];
  if (indicator.formula) lines.push(`Cách tính: ${indicator.formula}`);
  else if (indicator.measure.kind === "ratio")
    lines.push(`Cách tính: (${indicator.measure.numerator} / ${indicator.measure.denominator}) × 100%`);
  if (indicator.points) lines.push(`Cách chấm điểm: ${indicator.points.rule}`);
  return lines;
}

function unknownCode(snapshot: CommuneSnapshot, code: string): Answer {
  const example = snapshot.catalog.indicators[0]?.code ?? "1.1";
  const asked = code.trim();
  const opening =
    asked === "" ? `Vui lòng gõ mã chỉ tiêu, ví dụ "${example} thế nào?".` : `Không có chỉ tiêu mã "${asked}".`;
  return answerOf([opening, `Các mã trong bộ chỉ tiêu của xã: ${codeRanges(snapshot.catalog)}.`]);
}

/**
 * Answers "3.2 thế nào?": the indicator's full name, its figure as reports print it
 * (numerator/denominator with units and percent), the target in force (noting "chỉ tiêu của
 * xã" when the commune set its own), the verdict with the gap, who is responsible (tagged),
 * the deadline and points in scored sets, the last three confirmed versions (before → after
 * for corrections and undos), the evidence, and how it is calculated or scored.
 *
 * An unknown code gets a friendly reply listing the catalog's codes, never an exception.
 */
export function answerIndicator(
  snapshot: CommuneSnapshot,
  code: string,
  now: Date,
  timeZone: string = VIETNAM_TIME_ZONE,
): Answer {
  const indicator = findIndicator(snapshot.catalog, code);
  if (indicator === undefined) return unknownCode(snapshot, code);
  requireFullHistory(snapshot, [indicator.code]);
  const state = indicatorState(snapshot, indicator);
  const responsible: MemberInfo[] = responsibleMembers(snapshot, indicator.code);
  const history = historyLines(indicator.measure, state.versions, timeZone);

  const lines = [
    `${indicator.code} ${indicator.name}`,
    valueLine(state, timeZone),
    targetLine(state),
    ...verdictLines(state),
    ...pointsLine(state),
    `Phụ trách: ${describeResponsible(responsible)}`,
    ...deadlineLine(state, snapshot.year, now, timeZone),
    ...(history.length > 0 ? ["Lịch sử cập nhật:", ...history] : []),
    ...evidenceLines(state, timeZone),
    ...methodLines(state),
  ];
  return answerOf(lines, responsible);
}

/** "3.2", " 3.2. ", "i.2.1", "3,2" → the comparable form of a typed code. */
function normalizeCode(code: string): string {
  return code
    .normalize("NFC")
    .trim()
    .replace(/[.:;,?!\s]+$/u, "")
    .replace(/,/g, ".")
    .toLocaleUpperCase("vi");
}

/**
 * The indicator a typed code names, matched without regard to case, surrounding spaces,
 * trailing punctuation or a decimal comma ("3,2" is 3.2, "i.2.1" is I.2.1); undefined when
 * the catalog has no such code.
 */
function findIndicator(catalog: Pick<Catalog, "indicators">, code: string): Indicator | undefined {
  const wanted = normalizeCode(code);
  if (wanted === "") return undefined;
  return catalog.indicators.find((indicator) => normalizeCode(indicator.code) === wanted);
}

/**
 * "1.1–1.11, 2.1–2.6, 3.1–3.12, 4.1–4.8": the first and last code of each group, so a
 * reply to an unknown code shows what codes look like in this catalog.
 */
function codeRanges(catalog: Pick<Catalog, "groups" | "indicators">): string {
  return catalog.groups
    .flatMap((group) => {
      const codes = catalog.indicators
        .filter((indicator) => indicator.group === group.code)
        .map((indicator) => indicator.code);
      const first = codes[0];
      const last = codes.at(-1);
      if (first === undefined || last === undefined) return [];
      return [first === last ? first : `${first}–${last}`];
    })
    .join(", ");
}
