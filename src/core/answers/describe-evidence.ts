import type { EvidenceInfo, FigureVersion } from "../conversation/commune-snapshot.js";
import { calendarDate } from "./calendar-date.js";
import { formatDate } from "./vietnamese-dates.js";

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
