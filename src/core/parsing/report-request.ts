import { foldVietnamese } from "../text/fold-vietnamese.js";

/**
 * The period a member asked a report for, as far as they said it: "quý I" is a quarter
 * of the plan's year, "6 tháng" the first half, "năm 2024" a whole year. Null parts were
 * not said and are filled in from the chat's plan.
 */
export interface RequestedPeriod {
  readonly kind: "year" | "quarter" | "half";
  readonly year: number | null;
  readonly part: number | null;
}

/** `/baocao`, "xuất báo cáo quý I", "gửi phụ lục": send the report files into the chat. */
export interface ReportIntent {
  readonly intent: "report";
  /** Null when no period was named: the plan's year so far. */
  readonly period: RequestedPeriod | null;
}

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

const QUARTER = /\bquy (iv|iii|ii|i|[1-4])\b/;
const HALF = /\b6 thang( dau| cuoi)?( nam)?\b/;
const SIX_MONTHS_LATE = /\b6 thang cuoi\b/;
const YEAR = /\b(?:nam )?(20\d\d)\b/;
const CODE = /\b(20\d\d)-?([qh])([1-4])\b/;

/**
 * Reads the period in the words after "báo cáo" (folded): "quý I", "quý 2 năm 2024",
 * "6 tháng đầu năm", "năm 2024", "2024-Q1"; null when none is named.
 */
export function readRequestedPeriod(folded: string): RequestedPeriod | null {
  const code = CODE.exec(folded);
  if (code) {
    const part = Number(code[3]);
    return code[2] === "q"
      ? { kind: "quarter", year: Number(code[1]), part }
      : { kind: "half", year: Number(code[1]), part };
  }
  const year = YEAR.exec(folded);
  const yearNumber = year ? Number(year[1]) : null;
  const quarter = QUARTER.exec(folded);
  if (quarter) return { kind: "quarter", year: yearNumber, part: ROMAN[quarter[1] ?? ""] ?? 1 };
  if (HALF.test(folded)) return { kind: "half", year: yearNumber, part: SIX_MONTHS_LATE.test(folded) ? 2 : 1 };
  if (yearNumber !== null) return { kind: "year", year: yearNumber, part: null };
  return null;
}

const VERB = "(?:xuat|gui|lap|lam|tao|in|ket xuat|cho (?:toi|em|minh|anh|chi) xin|xin|cho xem|xem)";
const OBJECT = "(?:bao cao|phu luc|file bao cao|tep bao cao)";
const ABOUT = "(?: (?:ket qua|tien do|chuyen doi so|cds|chi tieu|tieu chi|cua xa|xa|minh|nay|ky nay))*";
const PERIOD = "(?: (?:quy (?:iv|iii|ii|i|[1-4])|6 thang(?: dau| cuoi)?|nam|20\\d\\d(?:-?[qh][1-4])?))*";
const POLITE = "(?: (?:di|nhe|nha|a|voi|giup|ho|cho (?:toi|em|minh|anh|chi)|luon|ngay))*";
const REQUEST = new RegExp(`^(${VERB} )?(?:ca )?${OBJECT}${ABOUT}(${PERIOD})${POLITE}$`);

/**
 * A whole message asking for the report, with or without diacritics: "xuất báo cáo",
 * "gửi phụ lục", "báo cáo quý I", "báo cáo 6 tháng", "báo cáo năm 2024 nhé". Only a short
 * request counts: a verb ("xuất", "gửi", "cho xin") or a period must be there, so a
 * figure citing "theo báo cáo 189/BC-UBND" or "hạn nộp báo cáo?" is never taken for one.
 */
export function readReportRequest(text: string): ReportIntent | null {
  const folded = foldVietnamese(text)
    .replace(/[.!?,;:]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const match = REQUEST.exec(folded);
  if (!match) return null;
  const period = readRequestedPeriod(match[2] ?? "");
  if (!match[1] && period === null && !/^phu luc\b/.test(folded)) return null;
  return { intent: "report", period };
}

/** `/baocao [kỳ]`: the command's arguments name the period, if any. */
export function reportCommandIntent(args: string): ReportIntent {
  return { intent: "report", period: readRequestedPeriod(foldVietnamese(args)) };
}
