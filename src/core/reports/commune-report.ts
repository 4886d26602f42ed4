import { formatDate, formatInstantDate, localDateTime } from "../answers/calendar.js";
import { describeEvidence, describeValue, evidenceInForce } from "../answers/describe-figure.js";
import { type IndicatorState, snapshotStates, summarizeStates } from "../answers/indicator-state.js";
import { communeLabel } from "../answers/labels.js";
import type { Measure } from "../catalog/catalog-schema.js";
import { describeTarget } from "../catalog/describe-target.js";
import type { CommuneSnapshot } from "../conversation/commune-snapshot.js";
import type { EvaluationStatus } from "../evaluation/evaluation-status.js";
import { statusLabel } from "../evaluation/evaluation-status.js";
import type { Tally } from "../evaluation/summarize-catalog.js";
import { parsePercent } from "../numbers/parse-number.js";
import { endOfDay, snapshotAsOf } from "./as-of-period.js";
import { type ReportPeriod, reportPeriodLabel } from "./report-period.js";

/**
 * One indicator's row of the appendix, in the columns of the source reports (TT, Tên chỉ
 * tiêu, Đơn vị tính, Chỉ tiêu cụ thể, Kết quả đạt được, Ghi chú) plus the verdict, with the
 * numbers behind the text so a spreadsheet can hold them as numbers.
 */
export interface IndicatorRow {
  readonly kind: "indicator";
  /** The code exactly as in the catalog: "1.1", "I.2.3", "1.3a". */
  readonly code: string;
  readonly name: string;
  readonly unit: string;
  /** "≥ 85%", "Có", "Không đánh giá". */
  readonly target: string;
  /** "6.608/8.315 người (79,4%)", "Có", "3 cuộc họp", "Chưa có số liệu". */
  readonly result: string;
  /** Evidence in force, the gap of an unmet figure, and who entered it when. */
  readonly note: string;
  readonly status: EvaluationStatus;
  /** "Đạt", "Chưa đạt", "Chưa có số liệu", "Không đánh giá". */
  readonly statusLabel: string;
  readonly numerator?: number;
  readonly denominator?: number;
  /** The printed percent as a fraction (79,4% → 0.794): truncated to one decimal like the text. */
  readonly percent?: number;
  /** A count figure (meetings, articles). */
  readonly count?: number;
  /** Points of a scored catalog: the item's maximum and, when assessed, what it earns. */
  readonly pointsMax?: number;
  readonly pointsEarned?: number;
}

/** A pillar or group heading, "1 Chính quyền số", with its tally (and points when scored). */
export interface GroupRow {
  readonly kind: "group";
  readonly code: string;
  readonly name: string;
  readonly tally: Tally;
  /** "9/11 Đạt", or "Không đánh giá" when nothing in it is assessed. */
  readonly metText: string;
}

/** One group and the rows of its indicators, in catalog order. */
export interface ReportSection {
  readonly group: GroupRow;
  readonly rows: readonly IndicatorRow[];
}

/**
 * Everything a report of one commune for one period says, computed once from the commune
 * snapshot as it stood at the period's end, then rendered as DOCX, XLSX, a chart, a
 * caption or a draft report. Renderers only lay it out; they never judge figures.
 */
export interface CommuneReport {
  readonly communeName: string;
  /** "xã Thúy Sơn" */
  readonly communeLabel: string;
  readonly province: string;
  readonly period: ReportPeriod;
  /** "năm 2024", "quý I năm 2024" */
  readonly periodLabel: string;
  readonly catalogTitle: string;
  readonly catalogSource: string;
  /** True for a points-scored catalog (Huế's 600-point index): points columns and totals. */
  readonly scored: boolean;
  /** The catalog's maximum (600 for Huế), counting every scored item. */
  readonly catalogPointsMax: number;
  readonly sections: readonly ReportSection[];
  readonly total: Tally;
  /** Heading lines of the appendix, as the source reports print them. */
  readonly title: string;
  /** "(Kèm theo Báo cáo số     /BC-UBND ngày …/…/2024 của UBND xã Thúy Sơn)" */
  readonly attachedTo: string;
  /** "UBND XÃ THÚY SƠN" */
  readonly issuer: string;
  /** "Thúy Sơn, ngày 20 tháng 9 năm 2024" */
  readonly placeAndDate: string;
  /** The day the report was made, "20/09/2024". */
  readonly madeOn: string;
  /** The instant the figures were read at: a quarter's or first half's last moment once it is over, else now. */
  readonly asOf: Date;
}

/** What a report is built from. */
export interface CommuneReportInput {
  readonly snapshot: CommuneSnapshot;
  readonly period: ReportPeriod;
  readonly now: Date;
  readonly timeZone: string;
}

/** The column headings of the appendix table, in order; points columns only when scored. */
export function reportColumns(scored: boolean): string[] {
  const base = ["TT", "Tên chỉ tiêu", "Đơn vị tính", "Chỉ tiêu cụ thể", "Kết quả đạt được", "Đánh giá", "Ghi chú"];
  return scored ? [...base.slice(0, 6), "Điểm tối đa", "Điểm", "Ghi chú"] : base;
}

/** The "Đơn vị tính" of an indicator, as the appendices print it: "%", "Văn bản", "cuộc họp". */
export function unitColumn(measure: Measure): string {
  switch (measure.kind) {
    case "ratio":
      return "%";
    case "count":
      return measure.unit;
    case "document":
      return "Văn bản";
    case "boolean":
      return "Có/Không";
    case "choice":
      return "Mức độ";
    case "status":
      return "Tình trạng";
  }
}

function capitalized(text: string): string {
  return text ? text[0]?.toLocaleUpperCase("vi") + text.slice(1) : text;
}

function noteOf(state: IndicatorState, timeZone: string): string {
  const parts: string[] = [];
  if (state.evaluation.gap) parts.push(`${capitalized(state.evaluation.gap.text)}.`);
  const evidence = evidenceInForce(state.versions).map(describeEvidence);
  if (evidence.length) parts.push(`Minh chứng: ${evidence.join("; ")}.`);
  const latest = state.latest;
  if (latest && state.value !== null)
    parts.push(`${latest.byName} cập nhật ngày ${formatInstantDate(latest.at, timeZone)}.`);
  return parts.join(" ");
}

function numbersOf(state: IndicatorState): Pick<IndicatorRow, "numerator" | "denominator" | "percent" | "count"> {
  const value = state.value;
  const printed = state.evaluation.percentText ? parsePercent(state.evaluation.percentText) : null;
  const percent = printed === null ? {} : { percent: Math.round(printed * 10) / 1000 };
  if (value?.kind === "ratio") return { numerator: value.numerator, denominator: value.denominator, ...percent };
  if (value?.kind === "count") return { count: value.value };
  return percent;
}

function rowOf(state: IndicatorState, timeZone: string): IndicatorRow {
  const { indicator, evaluation } = state;
  return {
    kind: "indicator",
    code: indicator.code,
    name: indicator.name,
    unit: unitColumn(indicator.measure),
    target: describeTarget(indicator.measure, state.target),
    result: describeValue(indicator.measure, state.value),
    note: noteOf(state, timeZone),
    status: evaluation.status,
    statusLabel: statusLabel(evaluation.status),
    ...numbersOf(state),
    ...(indicator.points ? { pointsMax: indicator.points.max } : {}),
    ...(evaluation.points ? { pointsEarned: evaluation.points.earned } : {}),
  };
}

/** "9/11 Đạt" of a tally; "Không đánh giá" when nothing is assessed. */
export function metText(tally: Tally): string {
  return tally.assessed === 0 ? "Không đánh giá" : `${tally.met}/${tally.assessed} Đạt`;
}

/**
 * Builds the report of a commune for a period: for a quarter or the first half that is
 * over, the snapshot is cut at its last moment (a later correction does not rewrite it);
 * a period ending with the year shows every figure of the year's plan, however late it
 * was entered. Each indicator is judged by the engine
 * against the commune's own target, and rows are grouped under their pillar with its met
 * count. A period without any figure still gives every row, reading "Chưa có số liệu".
 */
export function buildCommuneReport(input: CommuneReportInput): CommuneReport {
  const { period, now, timeZone } = input;
  const periodEnd = endOfDay(period.end, timeZone);
  // A period ending with the year holds every figure of the year's plan, also those entered after 31/12.
  const endsYear = period.end.month === 12 && period.end.day === 31;
  const asOf = !endsYear && periodEnd.getTime() < now.getTime() ? periodEnd : now;
  const snapshot = snapshotAsOf(input.snapshot, asOf);
  const states = snapshotStates(snapshot);
  const summary = summarizeStates(snapshot, states);
  const catalog = snapshot.catalog;
  const scored = catalog.indicators.some((indicator) => indicator.points !== undefined);
  const sections = summary.groups.map(
    (group): ReportSection => ({
      group: { kind: "group", code: group.code, name: group.name, tally: group, metText: metText(group) },
      rows: states.filter((state) => state.indicator.group === group.code).map((state) => rowOf(state, timeZone)),
    }),
  );
  const label = communeLabel(snapshot.communeName);
  const periodText = reportPeriodLabel(period);
  const today = localDateTime(now, timeZone);
  const place = snapshot.communeName.replace(/^(xã|phường|thị trấn)\s+/iu, "");
  return {
    communeName: snapshot.communeName,
    communeLabel: label,
    province: snapshot.province,
    period,
    periodLabel: periodText,
    catalogTitle: catalog.title,
    catalogSource: catalog.source,
    scored,
    catalogPointsMax: catalog.indicators.reduce((sum, indicator) => sum + (indicator.points?.max ?? 0), 0),
    sections,
    total: summary.overall,
    title: `KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ CHUYỂN ĐỔI SỐ ${periodText.toLocaleUpperCase("vi")} TRÊN ĐỊA BÀN ${label.toLocaleUpperCase("vi")}`,
    attachedTo: `(Kèm theo Báo cáo số      /BC-UBND ngày      /     /${today.year} của UBND ${label})`,
    issuer: `UBND ${label.toLocaleUpperCase("vi")}`,
    placeAndDate: `${place}, ngày ${today.day} tháng ${today.month} năm ${today.year}`,
    madeOn: formatDate(today),
    asOf,
  };
}

/** Every indicator row of the report, in catalog order. */
export function reportRows(report: CommuneReport): IndicatorRow[] {
  return report.sections.flatMap((section) => section.rows);
}
