import type { Measure } from "../catalog/catalog-schema.js";
import type { EvidenceInfo, FigureVersion } from "../conversation/commune-snapshot.js";
import type { IndicatorEvaluation } from "../evaluation/evaluate-indicator.js";
import type { FigureValue } from "../evaluation/figure-value.js";
import { formatCount } from "../numbers/format-number.js";
import { formatPercent, formatPercentValue } from "../numbers/format-percent.js";
import { calendarDate, formatDate, formatInstantDateTime } from "./calendar.js";

function ratioText(measure: Measure, numerator: number, denominator: number): string {
  const top = formatCount(numerator);
  const bottom = formatCount(denominator);
  const percent = formatPercent(numerator, denominator);
  const suffix = percent === null ? "" : ` (${percent})`;
  if (measure.kind !== "ratio") return `${top}/${bottom}${suffix}`;
  const counts = measure.denominatorUnit
    ? `${top} ${measure.unit}/${bottom} ${measure.denominatorUnit}`
    : `${top}/${bottom} ${measure.unit}`;
  return `${counts}${suffix}`;
}

function optionLabel(measure: Measure, option: string): string {
  if (measure.kind !== "choice") return option;
  return measure.options.find((candidate) => candidate.value === option)?.label ?? option;
}

/**
 * A stored figure as a report prints it, units included: "6.608/8.315 người (79,4%)",
 * "70,5%", "Có" / "Chưa có", "3 cuộc họp", "Có (số 12/KH-UBND)", the chosen option's label,
 * or the status text. Null (nothing reported, or withdrawn) reads "Chưa có số liệu". Works
 * from the value's own kind, so a figure stored before a catalog change is still shown.
 */
export function describeValue(measure: Measure, value: FigureValue | null): string {
  if (value === null) return "Chưa có số liệu";
  switch (value.kind) {
    case "ratio":
      return ratioText(measure, value.numerator, value.denominator);
    case "percent":
      return formatPercentValue(value.percent);
    case "boolean":
      return value.value ? "Có" : "Chưa có";
    case "count":
      return measure.kind === "count" ? `${formatCount(value.value)} ${measure.unit}` : formatCount(value.value);
    case "document":
      if (!value.issued) return "Chưa có";
      return value.reference ? `Có (số ${value.reference})` : "Có";
    case "choice":
      return optionLabel(measure, value.option);
    case "status":
      return value.text;
  }
}

/**
 * The figure as one compact token for a list line: the printed percent when there is one
 * ("79,4%"), else {@link describeValue} ("Chưa có", "3 cuộc họp").
 */
export function describeValueBrief(
  measure: Measure,
  value: FigureValue | null,
  evaluation: Pick<IndicatorEvaluation, "percentText">,
): string {
  return evaluation.percentText ?? describeValue(measure, value);
}

/** "27/11/2023" for an ISO day "2023-11-27"; the text as given when it is not one. */
function isoDayText(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const date = match ? calendarDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
  return date ? formatDate(date) : iso;
}

/**
 * One piece of evidence as reports cite it: "số 189/BC-UBND ngày 27/11/2023", a link as
 * its address, a file by its name ("tệp danh-sach.pdf") or "tệp đính kèm".
 */
export function describeEvidence(evidence: EvidenceInfo): string {
  const date = evidence.issuedOn ? ` ngày ${isoDayText(evidence.issuedOn)}` : "";
  switch (evidence.kind) {
    case "document": {
      const reference = evidence.reference ? `số ${evidence.reference}` : "văn bản";
      const link = evidence.url ? ` (${evidence.url})` : "";
      return `${reference}${date}${link}`;
    }
    case "link":
      return evidence.url ?? evidence.reference ?? "đường dẫn";
    case "file":
      // "Bao cao so 45 ngay 20-11-2023.docx" carries its date in its name already.
      if (evidence.reference && /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/.test(evidence.reference))
        return `tệp ${evidence.reference}`;
      return evidence.reference ? `tệp ${evidence.reference}${date}` : `tệp đính kèm${date}`;
  }
}

const sameValue = (a: FigureVersion["value"], b: FigureVersion["value"]): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * The evidence behind the figure in force: that of the newest version which has the same
 * value and carries any. An undo that restores an earlier figure thus brings that figure's
 * evidence back with it; a withdrawn figure has none.
 */
export function evidenceInForce(versions: readonly FigureVersion[]): EvidenceInfo[] {
  const latest = versions.at(-1);
  if (!latest || latest.value === null) return [];
  for (let index = versions.length - 1; index >= 0; index--) {
    const version = versions[index];
    if (!version || !sameValue(version.value, latest.value)) continue;
    if (version.evidence.length > 0) return version.evidence;
  }
  return [];
}

/**
 * The newest evidence attached to any version, with when that version was saved: what
 * the committee last cited, shown (and offered again) when a newer figure came without
 * any. Null when no version ever carried evidence.
 */
export function latestEvidence(versions: readonly FigureVersion[]): { evidence: EvidenceInfo[]; at: Date } | null {
  for (let index = versions.length - 1; index >= 0; index--) {
    const version = versions[index];
    if (version && version.evidence.length > 0) return { evidence: version.evidence, at: version.at };
  }
  return null;
}

const ACTIONS: Record<FigureVersion["kind"], string> = { update: "cập nhật", correction: "sửa", undo: "hoàn tác" };

/**
 * "19/09/2024 10:00 — Lan sửa: 4.400/6.353 người (69,2%) → 4.485/6.353 người (70,5%)":
 * one confirmed version, with before → after for corrections and undos so the group sees
 * exactly what changed.
 */
function historyLine(measure: Measure, version: FigureVersion, timeZone: string): string {
  const after = describeValue(measure, version.value);
  const change = version.kind === "update" ? after : `${describeValue(measure, version.previousValue)} → ${after}`;
  return `${formatInstantDateTime(version.at, timeZone)} — ${version.byName} ${ACTIONS[version.kind]}: ${change}`;
}

/**
 * The newest `limit` versions, newest first, as list lines, plus "(và 2 lần trước đó)" when
 * older ones are left out. Empty when nothing was ever confirmed.
 */
export function historyLines(
  measure: Measure,
  versions: readonly FigureVersion[],
  timeZone: string,
  limit = 3,
): string[] {
  const shown = versions.slice(-limit).reverse();
  const lines = shown.map((version) => `• ${historyLine(measure, version, timeZone)}`);
  const older = versions.length - shown.length;
  if (older > 0) lines.push(`(và ${older} lần trước đó)`);
  return lines;
}
