import { type CalendarDate, calendarDate } from "../answers/calendar.js";

/**
 * A reporting period of the source reports: a whole year ("2024"), a quarter ("2024-Q1",
 * "báo cáo quý I") or a half ("2024-H1", "báo cáo 6 tháng"). A report for a period shows the
 * figures of that year's plan as they stood at the period's last day.
 */
export interface ReportPeriod {
  /** "2024", "2024-Q1", "2024-H1": the canonical code, as the CLI takes it. */
  readonly code: string;
  readonly year: number;
  readonly kind: "year" | "quarter" | "half";
  /** 1–4 for quarters, 1–2 for halves, absent for a year. */
  readonly part?: number;
  /** The last day the report covers: 31/12, 31/3, 30/6, 30/9. */
  readonly end: CalendarDate;
}

/** What {@link readReportPeriod} gives: the period, or the Vietnamese line saying what to write. */
export type ReadPeriod =
  | { readonly ok: true; readonly period: ReportPeriod }
  | { readonly ok: false; readonly message: string };

const ROMAN = ["I", "II", "III", "IV"] as const;
const QUARTER_END: readonly (readonly [number, number])[] = [
  [3, 31],
  [6, 30],
  [9, 30],
  [12, 31],
];

function at(year: number, [month, day]: readonly [number, number]): CalendarDate {
  return calendarDate(year, month, day) ?? { year, month, day };
}

/** The whole year: figures as they stood on 31/12. */
export function yearPeriod(year: number): ReportPeriod {
  return { code: String(year), year, kind: "year", end: at(year, [12, 31]) };
}

/** Quarter 1–4 of a year: figures as they stood on its last day. */
export function quarterPeriod(year: number, quarter: number): ReportPeriod {
  return {
    code: `${year}-Q${quarter}`,
    year,
    kind: "quarter",
    part: quarter,
    end: at(year, QUARTER_END[quarter - 1] ?? [12, 31]),
  };
}

/** Half 1–2 of a year ("6 tháng đầu năm"): figures as they stood on 30/6 or 31/12. */
export function halfPeriod(year: number, half: number): ReportPeriod {
  return { code: `${year}-H${half}`, year, kind: "half", part: half, end: at(year, half === 1 ? [6, 30] : [12, 31]) };
}

const USAGE = "Kỳ báo cáo viết theo dạng 2024 (cả năm), 2024-Q1 … 2024-Q4 (quý) hoặc 2024-H1, 2024-H2 (6 tháng).";

/** Reads "2024", "2024-Q1" or "2024-H1" (any case); anything else is a friendly refusal. */
export function readReportPeriod(text: string): ReadPeriod {
  const match = /^\s*(\d{4})(?:-([QqHh])([1-4]))?\s*$/.exec(text);
  const year = Number(match?.[1]);
  if (!match || year < 2000 || year > 2100) return { ok: false, message: `Không hiểu kỳ báo cáo "${text}". ${USAGE}` };
  const letter = match[2]?.toUpperCase();
  const part = Number(match[3]);
  if (letter === undefined) return { ok: true, period: yearPeriod(year) };
  if (letter === "Q") return { ok: true, period: quarterPeriod(year, part) };
  if (part > 2) return { ok: false, message: `Năm chỉ có hai kỳ 6 tháng (H1, H2), không có "${text}". ${USAGE}` };
  return { ok: true, period: halfPeriod(year, part) };
}

/** "năm 2024", "quý I năm 2024", "6 tháng đầu năm 2024", "6 tháng cuối năm 2024". */
export function reportPeriodLabel(period: ReportPeriod): string {
  switch (period.kind) {
    case "year":
      return `năm ${period.year}`;
    case "quarter":
      return `quý ${ROMAN[(period.part ?? 1) - 1]} năm ${period.year}`;
    case "half":
      return `6 tháng ${period.part === 2 ? "cuối" : "đầu"} năm ${period.year}`;
  }
}
