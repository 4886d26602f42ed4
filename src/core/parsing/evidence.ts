/**
 * Evidence officials cite for a figure: a document number with its date
 * ("189/BC-UBND ngày 27/11/2023") or a link. Read from the raw text so the reference keeps
 * its capitals and diacritics as typed.
 */
export interface EvidenceReference {
  /** Document number as typed: "189/BC-UBND", "06-NQ/TU". */
  readonly reference: string | null;
  /** Date as typed, without "ngày": "27/11/2023"; null when none was written or it does not exist. */
  readonly date: string | null;
  /** A date written that no calendar has ("27/13/2023", "31/02/2023"), to be named back. */
  readonly impossibleDate: string | null;
  readonly url: string | null;
}

const URL =
  /(?:https?:\/\/|www\.)[^\s<>"]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov\.vn|edu\.vn|com\.vn|vn|com|net|org)(?:\/[^\s<>"]*)?/iu;
const DOCUMENT =
  /\b\d+[\p{L}]?(?:\/\d{4})?\/[\p{L}][\p{L}\d]*(?:[-–][\p{L}\d]+)*|\b\d+-[\p{L}]+\/[\p{L}]+(?:[-–][\p{L}\d]+)*/u;
const DATE = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/u;

/** The document number, date and link a text cites; each null when absent. */
export function readEvidence(text: string): EvidenceReference {
  const normal = text.normalize("NFC");
  const url = URL.exec(normal)?.[0]?.replace(/[.,;)]+$/, "") ?? null;
  const withoutUrl = url ? normal.replace(url, " ") : normal;
  const reference = DOCUMENT.exec(withoutUrl)?.[0] ?? null;
  const written = DATE.exec(reference ? withoutUrl.replace(reference, " ") : withoutUrl)?.[0] ?? null;
  const exists = written === null || isCalendarDate(written);
  return { reference, date: exists ? written : null, impossibleDate: exists ? null : written, url };
}

/** True when "d/m/y" (or with "." or "-") names a day that exists; two-digit years are 20yy. */
export function isCalendarDate(written: string): boolean {
  const [day = 0, month = 0, year = 0] = written.split(/[/.-]/).map(Number);
  const fullYear = year < 100 ? 2000 + year : year;
  if (month < 1 || month > 12 || day < 1 || fullYear < 1900 || fullYear > 2200) return false;
  return day <= daysInMonth(month, fullYear);
}

function daysInMonth(month: number, year: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
