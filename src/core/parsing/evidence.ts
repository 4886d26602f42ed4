/**
 * Evidence officials cite for a figure: a document number with its date
 * ("189/BC-UBND ngày 27/11/2023") or a link. Read from the raw text so the reference keeps
 * its capitals and diacritics as typed.
 */
export interface EvidenceReference {
  /** Document number as typed: "189/BC-UBND", "06-NQ/TU". */
  readonly reference: string | null;
  /** Date as typed, without "ngày": "27/11/2023". */
  readonly date: string | null;
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
  const date = DATE.exec(reference ? withoutUrl.replace(reference, " ") : withoutUrl)?.[0] ?? null;
  return { reference, date, url };
}
