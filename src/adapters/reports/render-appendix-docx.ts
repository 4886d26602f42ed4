import {
  AlignmentType,
  BorderStyle,
  Document,
  HeightRule,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import { formatNumber } from "../../core/numbers/format-number.js";
import type { CommuneReport, GroupRow, IndicatorRow } from "../../core/reports/commune-report.js";
import { reportColumns } from "../../core/reports/commune-report.js";
import { centred, DOCUMENT_FONT, nationalHeading, pageProperties, SIZE, usableWidth } from "./docx-layout.js";

const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE };
const GROUP_FILL = "E7E6E6";

/** Shares of the table width per column, summing to 100. */
const SHARES = { plain: [6, 32, 8, 10, 16, 10, 18], scored: [8, 27, 7, 9, 14, 9, 6, 6, 14] } as const;

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

interface CellText {
  readonly text: string;
  readonly bold?: boolean;
  readonly align?: Align;
}

function cell(content: CellText, width: number, fill?: string): TableCell {
  const lines = content.text.split("\n");
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: BORDERS,
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(fill ? { shading: { type: ShadingType.CLEAR, color: "auto", fill } } : {}),
    children: lines.map(
      (line) =>
        new Paragraph({
          alignment: content.align ?? AlignmentType.LEFT,
          children: [new TextRun({ text: line, bold: content.bold ?? false, size: SIZE.table, font: DOCUMENT_FONT })],
        }),
    ),
  });
}

const points = (value: number | undefined): string => (value === undefined ? "" : formatNumber(value));

function indicatorCells(row: IndicatorRow, scored: boolean): CellText[] {
  const centre = AlignmentType.CENTER;
  const cells: CellText[] = [
    { text: row.code, align: centre },
    { text: row.name },
    { text: row.unit, align: centre },
    { text: row.target, align: centre },
    { text: row.result, align: centre },
    { text: row.statusLabel, align: centre, bold: row.status === "unmet" },
  ];
  if (scored)
    cells.push({ text: points(row.pointsMax), align: centre }, { text: points(row.pointsEarned), align: centre });
  cells.push({ text: row.note });
  return cells;
}

function groupCells(group: GroupRow, scored: boolean): CellText[] {
  const centre = AlignmentType.CENTER;
  const cells: CellText[] = [
    { text: group.code, bold: true, align: centre },
    { text: group.name, bold: true },
    { text: "" },
    { text: "" },
    { text: "" },
    { text: group.metText, bold: true, align: centre },
  ];
  if (scored)
    cells.push(
      { text: points(group.tally.pointsMax), bold: true, align: centre },
      { text: points(group.tally.pointsEarned), bold: true, align: centre },
    );
  cells.push({ text: "" });
  return cells;
}

function totalCells(report: CommuneReport): CellText[] {
  const centre = AlignmentType.CENTER;
  const cells: CellText[] = [
    { text: "" },
    { text: "Tổng cộng", bold: true },
    { text: "" },
    { text: "" },
    { text: "" },
    { text: `${report.total.met}/${report.total.assessed} Đạt`, bold: true, align: centre },
  ];
  if (report.scored)
    cells.push(
      { text: points(report.catalogPointsMax), bold: true, align: centre },
      { text: points(report.total.pointsEarned), bold: true, align: centre },
    );
  cells.push({ text: "" });
  return cells;
}

/**
 * The appendix as a Word document in the form of the source reports: the national heading,
 * "PHỤ LỤC", the title and "(Kèm theo Báo cáo số …)", then one table with TT, Tên chỉ tiêu,
 * Đơn vị tính, Chỉ tiêu cụ thể, Kết quả đạt được, Đánh giá (and Điểm tối đa, Điểm for a
 * scored catalog) and Ghi chú. Group heading rows carry their met counts and subtotals;
 * the header row repeats on every page. A4 landscape, Times New Roman 12–14 pt.
 */
export async function renderAppendixDocx(report: CommuneReport): Promise<Uint8Array> {
  const width = usableWidth("landscape");
  const shares = report.scored ? SHARES.scored : SHARES.plain;
  const widths = shares.map((share) => Math.floor((width * share) / 100));
  const row = (cells: CellText[], fill?: string, header = false) =>
    new TableRow({
      cantSplit: true,
      ...(header ? { tableHeader: true, height: { value: 560, rule: HeightRule.ATLEAST } } : {}),
      children: cells.map((content, index) => cell(content, widths[index] ?? 0, fill)),
    });
  const header = row(
    reportColumns(report.scored).map((title) => ({ text: title, bold: true, align: AlignmentType.CENTER })),
    GROUP_FILL,
    true,
  );
  const body = report.sections.flatMap((section) => [
    row(groupCells(section.group, report.scored), GROUP_FILL),
    ...section.rows.map((indicator) => row(indicatorCells(indicator, report.scored))),
  ]);
  const table = new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [header, ...body, row(totalCells(report), GROUP_FILL)],
  });
  const document = new Document({
    creator: report.issuer,
    title: report.title,
    styles: { default: { document: { run: { font: DOCUMENT_FONT, size: SIZE.body } } } },
    sections: [
      {
        properties: pageProperties("landscape"),
        children: [
          nationalHeading(report.issuer, report.placeAndDate, width),
          centred({ text: "" }),
          centred({ text: "PHỤ LỤC", bold: true, size: SIZE.heading }),
          centred({ text: report.title, bold: true, size: SIZE.heading }),
          centred({ text: report.attachedTo, italics: true }),
          centred({ text: "" }),
          table,
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
