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
  /** A file's name as typed or forwarded ("bao-cao-thang-11.pdf"). */
  readonly fileName: string | null;
}

const URL =
  /(?:https?:\/\/|www\.)[^\s<>"]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov\.vn|edu\.vn|com\.vn|vn|com|net|org)(?:\/[^\s<>"]*)?/iu;
const DOCUMENT =
  /\b\d+[\p{L}]?(?:\/\d{4})?\/[\p{L}][\p{L}\d]*(?:[-–][\p{L}\d]+)*|\b\d+-[\p{L}]+\/[\p{L}]+(?:[-–][\p{L}\d]+)*/u;
const DATE = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/u;
const FILE_NAME = /(?<![\p{L}\d/])[\p{L}\d][\p{L}\d _().-]*\.(?:pdf|docx?|xlsx?|pptx?|jpe?g|png|zip|rar)\b/iu;
/** Words typed before a file's name that are not part of it: "kèm file …", "đính kèm tệp …", "minh chứng …". */
const FILE_CUES =
  /^(?:(?:(?:[đd][íi]nh\s+)?k[èe]m(?:\s+theo)?|file|t[ệe]p(?:\s+tin)?|minh\s+ch[ứu]ng|theo|g[ửu]i)\s+)+/iu;

/**
 * Kinds of document as offices name them before the number ("BC số 45", "Kế hoạch 125",
 * "QĐ 1829"), with the sign that goes after the number: "45/BC", "1829/QĐ".
 */
const DOCUMENT_KINDS: readonly (readonly [string, string])[] = [
  ["b[áa]o\\s*c[áa]o|bc", "BC"],
  ["k[ếêe]\\s*ho[ạa]ch|kh", "KH"],
  ["quy[ếêe]t\\s*[đd][ịi]nh|q[đd]", "QĐ"],
  ["c[ôo]ng\\s*v[ăa]n|cv", "CV"],
  ["th[ôo]ng\\s*b[áa]o|tb", "TB"],
  ["ngh[ịi]\\s*quy[ếêe]t|nq", "NQ"],
  ["t[ờo]\\s*tr[ìi]nh|ttr", "TTr"],
  ["ch[ỉi]\\s*th[ịi]", "CT"],
];
const KIND_THEN_NUMBER = DOCUMENT_KINDS.map(
  ([kind, sign]) =>
    [
      new RegExp(`(?<![\\p{L}\\d])(?:${kind})\\s*(?:s[ốôo]\\s*)?[:.]?\\s*(\\d{1,6})(?![\\d/]|[.,-]\\d)`, "iu"),
      sign,
    ] as const,
);

/** The document number, date, link and file name a text cites; each null when absent. */
export function readEvidence(text: string): EvidenceReference {
  const normal = text.normalize("NFC");
  const url = URL.exec(normal)?.[0]?.replace(/[.,;)]+$/, "") ?? null;
  const withoutUrl = url ? normal.replace(url, " ") : normal;
  const fileName = url ? null : (FILE_NAME.exec(withoutUrl)?.[0]?.trim().replace(FILE_CUES, "") ?? null);
  const document = fileName ? null : documentNumber(withoutUrl);
  const written = DATE.exec(document ? withoutUrl.replace(document.written, " ") : withoutUrl)?.[0] ?? null;
  const exists = written === null || isCalendarDate(written);
  return {
    reference: document?.reference ?? null,
    date: exists ? written : null,
    impossibleDate: exists ? null : written,
    url,
    fileName,
  };
}

/** "189/BC-UBND" as typed, or "BC số 45" read as "45/BC"; with the words it was read from. */
function documentNumber(text: string): { reference: string; written: string } | null {
  const signed = DOCUMENT.exec(text)?.[0];
  if (signed) return { reference: signed, written: signed };
  for (const [pattern, sign] of KIND_THEN_NUMBER) {
    const match = pattern.exec(text);
    if (match?.[1]) return { reference: `${match[1]}/${sign}`, written: match[0] };
  }
  return null;
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
