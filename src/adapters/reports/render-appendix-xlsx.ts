import ExcelJS from "exceljs";
import type { CommuneReport, IndicatorRow } from "../../core/reports/commune-report.js";
import { borderRow, fillHeading, fillStatus, fitRowHeight, printLandscape, SHEET_FONT } from "./xlsx-layout.js";

interface Column {
  readonly title: string;
  readonly width: number;
  readonly value: (row: IndicatorRow) => string | number | null;
  readonly numFmt?: string;
  readonly centre?: boolean;
}

const COLUMNS: readonly Column[] = [
  { title: "TT", width: 8, value: (row) => row.code, centre: true },
  { title: "Tên chỉ tiêu", width: 48, value: (row) => row.name },
  { title: "Đơn vị tính", width: 11, value: (row) => row.unit, centre: true },
  { title: "Chỉ tiêu cụ thể", width: 14, value: (row) => row.target, centre: true },
  { title: "Kết quả đạt được", width: 24, value: (row) => row.result, centre: true },
  { title: "Số lượng / tử số", width: 11, value: (row) => row.numerator ?? row.count ?? null, numFmt: "#,##0" },
  { title: "Mẫu số", width: 10, value: (row) => row.denominator ?? null, numFmt: "#,##0" },
  { title: "Tỷ lệ", width: 9, value: (row) => row.percent ?? null, numFmt: "0.0%" },
  { title: "Đánh giá", width: 14, value: (row) => row.statusLabel, centre: true },
];
const POINTS: readonly Column[] = [
  { title: "Điểm tối đa", width: 9, value: (row) => row.pointsMax ?? null, numFmt: "0.##", centre: true },
  { title: "Điểm", width: 9, value: (row) => row.pointsEarned ?? null, numFmt: "0.##", centre: true },
];
const NOTE: Column = { title: "Ghi chú", width: 40, value: (row) => row.note };

/**
 * The appendix as a spreadsheet, row for row the same as the Word file: figures as numbers
 * (numerator, denominator, the percent with a percent format, points), the verdict as text
 * with its fill colour, a frozen header with filters, every cell bordered, and row heights
 * set for the wrapped text. Prints A4 landscape with the header on every page.
 */
export async function renderAppendixXlsx(report: CommuneReport): Promise<Uint8Array> {
  const columns = [...COLUMNS, ...(report.scored ? POINTS : []), NOTE];
  const count = columns.length;
  const statusColumn = columns.findIndex((column) => column.title === "Đánh giá") + 1;
  const book = new ExcelJS.Workbook();
  book.creator = report.issuer;
  const sheet = book.addWorksheet("Phụ lục");
  columns.forEach((column, index) => {
    sheet.getColumn(index + 1).width = column.width;
  });

  const titleRow = (text: string, italic = false) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, count);
    row.getCell(1).font = { ...SHEET_FONT, size: 13, bold: !italic, italic };
    row.getCell(1).alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    row.height = 20;
  };
  titleRow(`${report.issuer} — CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc`);
  titleRow(report.placeAndDate, true);
  titleRow("PHỤ LỤC");
  titleRow(report.title);
  titleRow(report.attachedTo, true);

  const header = sheet.addRow(columns.map((column) => column.title));
  header.eachCell((cell) => {
    cell.font = { ...SHEET_FONT, bold: true };
    cell.alignment = { horizontal: "center" };
    fillHeading(cell);
  });
  borderRow(header, count);
  header.height = 34;
  const headerNumber = header.number;

  for (const section of report.sections) {
    const groupValues: (string | number | null)[] = columns.map(() => null);
    groupValues[0] = section.group.code;
    groupValues[1] = section.group.name;
    groupValues[statusColumn - 1] = section.group.metText;
    if (report.scored) {
      groupValues[COLUMNS.length] = section.group.tally.pointsMax;
      groupValues[COLUMNS.length + 1] = section.group.tally.pointsEarned;
    }
    const group = sheet.addRow(groupValues);
    group.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = { ...SHEET_FONT, bold: true };
      fillHeading(cell);
    });
    group.getCell(1).alignment = { horizontal: "center" };
    group.getCell(statusColumn).alignment = { horizontal: "center" };
    borderRow(group, count);
    fitRowHeight(sheet, group, count);

    for (const indicator of section.rows) {
      const row = sheet.addRow(columns.map((column) => column.value(indicator)));
      columns.forEach((column, index) => {
        const cell = row.getCell(index + 1);
        if (column.numFmt) cell.numFmt = column.numFmt;
        if (column.centre) cell.alignment = { horizontal: "center" };
      });
      borderRow(row, count);
      fillStatus(row.getCell(statusColumn), indicator.status);
      fitRowHeight(sheet, row, count);
    }
  }
  const totalValues: (string | number | null)[] = columns.map(() => null);
  totalValues[1] = "Tổng cộng";
  totalValues[statusColumn - 1] = `${report.total.met}/${report.total.assessed} Đạt`;
  if (report.scored) {
    totalValues[COLUMNS.length] = report.catalogPointsMax;
    totalValues[COLUMNS.length + 1] = report.total.pointsEarned;
  }
  const total = sheet.addRow(totalValues);
  total.eachCell({ includeEmpty: true }, (cell) => {
    cell.font = { ...SHEET_FONT, bold: true };
    fillHeading(cell);
  });
  total.getCell(statusColumn).alignment = { horizontal: "center" };
  borderRow(total, count);
  total.height = 20;

  sheet.views = [{ state: "frozen", ySplit: headerNumber, xSplit: 0 }];
  sheet.autoFilter = { from: { row: headerNumber, column: 1 }, to: { row: headerNumber, column: count } };
  printLandscape(sheet, headerNumber);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
