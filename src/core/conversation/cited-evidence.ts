import type { FigureValue } from "../evaluation/figure-value.js";
import type { InboundMessage } from "../messages/inbound-message.js";
import { type EvidenceReference, readEvidence } from "../parsing/evidence.js";
import type { EvidenceInfo } from "./commune-snapshot.js";

/**
 * Evidence as the dialog keeps it, from what the evidence reader found: a link alone is a
 * link, a file's name alone is a file (with the date its name carries), anything with a
 * document number is a document. Dates become ISO days; a two-digit year is not guessed.
 */
export function evidenceInfoOf(
  cited: Pick<EvidenceReference, "reference" | "date" | "url" | "fileName">,
): EvidenceInfo {
  if (cited.url && !cited.reference) return { kind: "link", url: cited.url };
  const [day, month, year] = cited.date?.split(/[/.-]/) ?? [];
  const issuedOn =
    day && month && year && year.length === 4 ? `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}` : undefined;
  if (cited.fileName && !cited.reference)
    return { kind: "file", reference: cited.fileName, ...(issuedOn ? { issuedOn } : {}) };
  return {
    kind: "document",
    ...(cited.reference ? { reference: cited.reference } : {}),
    ...(issuedOn ? { issuedOn } : {}),
    ...(cited.url ? { url: cited.url } : {}),
  };
}

/**
 * The evidence a figure's own message cites ("4.1: 1.900/1.960 theo BC 189/BC-UBND ngày
 * 20/11/2024", "3.2: 6.608/8.315, minh chứng QĐ 1829"), so a one-line update saves it with
 * the figure. Null when the message cites none, when the date written does not exist, when
 * the figure is itself the document (its number is the figure), or when the "document
 * number" is one of the figure's own numbers ("3.12 tb 71%" is not document 71/TB).
 */
export function evidenceBesideFigure(text: string, figure: FigureValue): EvidenceInfo | null {
  if (figure.kind === "document") return null;
  const cited = readEvidence(text);
  if (cited.impossibleDate || !(cited.reference || cited.url || cited.fileName)) return null;
  if (cited.reference && figureNumbers(figure).includes(leadingNumber(cited.reference))) return null;
  return evidenceInfoOf(cited);
}

/**
 * The evidence a file sent with a message stands for, read from its name and caption: the
 * document or link the caption cites, then the file itself, named as sent, with the date
 * its name carries ("Bao cao so 45 ngay 20-11-2023.docx"). Null when the name is not one
 * the evidence reader recognises as a document's file ("ghi-am.m4a", "IMG_0231").
 */
export function evidenceOfFile(fileName: string, caption: string): EvidenceInfo[] | null {
  const named = readEvidence(fileName);
  if (!(named.fileName || named.reference || named.url)) return null;
  const file = evidenceInfoOf({ reference: null, date: named.date, url: null, fileName: fileName.trim() });
  const cited = caption.trim() ? readEvidence(caption) : null;
  const fromCaption =
    cited && !cited.impossibleDate && (cited.reference || cited.url)
      ? [evidenceInfoOf({ ...cited, fileName: null })]
      : [];
  return [...fromCaption, file];
}

/**
 * Everything a one-line figure's message cites as its evidence: what is typed beside the
 * figure (or in the caption of the file sent with it), and the file itself when its name is
 * a document's. Empty when it cites nothing.
 */
export function evidenceOfMessage(
  message: Pick<InboundMessage, "text" | "attachment">,
  figure: FigureValue,
): EvidenceInfo[] {
  const typed = evidenceBesideFigure(message.text, figure);
  const file = message.attachment ? (evidenceOfFile(message.attachment.fileName, "") ?? []) : [];
  return [...(typed ? [typed] : []), ...file];
}

function figureNumbers(figure: FigureValue): number[] {
  switch (figure.kind) {
    case "ratio":
      return [figure.numerator, figure.denominator];
    case "percent":
      return [figure.percent];
    case "count":
      return [figure.value];
    default:
      return [];
  }
}

function leadingNumber(reference: string): number {
  return Number(/^\d+/.exec(reference)?.[0] ?? Number.NaN);
}
