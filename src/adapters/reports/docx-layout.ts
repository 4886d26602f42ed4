import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  type ISectionOptions,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";

/** Administrative documents are set in Times New Roman (Nghị định 30/2020/NĐ-CP). */
export const DOCUMENT_FONT = "Times New Roman";

/** Font sizes in half-points, as docx counts them: 13 pt body, 14 pt headings. */
export const SIZE = { body: 26, table: 24, heading: 28 } as const;

/** A4, portrait or landscape, with Nghị định 30's margins (left 30 mm, right 15 mm, 20 mm top and bottom). */
export function pageProperties(orientation: "portrait" | "landscape"): NonNullable<ISectionOptions["properties"]> {
  return {
    page: {
      size: {
        width: convertMillimetersToTwip(210),
        height: convertMillimetersToTwip(297),
        orientation: orientation === "landscape" ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: {
        top: convertMillimetersToTwip(20),
        bottom: convertMillimetersToTwip(20),
        left: convertMillimetersToTwip(orientation === "landscape" ? 20 : 30),
        right: convertMillimetersToTwip(15),
      },
    },
  };
}

/** Usable width of the page in twips, between the margins. */
export function usableWidth(orientation: "portrait" | "landscape"): number {
  return orientation === "landscape" ? convertMillimetersToTwip(297 - 35) : convertMillimetersToTwip(210 - 45);
}

interface Line {
  readonly text: string;
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly underline?: boolean;
  readonly size?: number;
}

/** A centred paragraph of one run. */
export function centred(line: Line): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new TextRun({
        text: line.text,
        bold: line.bold ?? false,
        italics: line.italics ?? false,
        ...(line.underline ? { underline: {} } : {}),
        size: line.size ?? SIZE.body,
        font: DOCUMENT_FONT,
      }),
    ],
  });
}

const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/**
 * The heading block of an administrative document: the issuing body on the left
 * ("UBND XÃ THÚY SƠN"), the national motto on the right ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
 * NAM / Độc lập - Tự do - Hạnh phúc"), and the place and date under it, in italics.
 */
export function nationalHeading(issuer: string, placeAndDate: string, width: number): Table {
  const left = Math.round(width * 0.38);
  const cell = (children: Paragraph[], size: number) =>
    new TableCell({ children, width: { size, type: WidthType.DXA }, borders: NO_BORDERS });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [left, width - left],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell([centred({ text: issuer, bold: true }), centred({ text: "" })], left),
          cell(
            [
              centred({ text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true }),
              centred({ text: "Độc lập - Tự do - Hạnh phúc", bold: true, underline: true, size: SIZE.heading }),
            ],
            width - left,
          ),
        ],
      }),
      new TableRow({
        children: [
          cell([centred({ text: "" })], left),
          cell([centred({ text: placeAndDate, italics: true, size: SIZE.heading })], width - left),
        ],
      }),
    ],
  });
}
