import type { Cell, Row, Worksheet } from "exceljs";
import type { EvaluationStatus } from "../../core/evaluation/evaluation-status.js";

/** The spreadsheet font: the same Times New Roman as the Word appendix. */
export const SHEET_FONT = { name: "Times New Roman", size: 12 } as const;

const THIN = { style: "thin", color: { argb: "FF000000" } } as const;

/** Thin black borders on all four sides. */
export const ALL_BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN } as const;

/** Fill colours of the verdicts: green Đạt, red Chưa đạt, yellow no data, grey not assessed. */
const STATUS_FILL: Record<EvaluationStatus, string> = {
  met: "FFC6EFCE",
  unmet: "FFFFC7CE",
  "no-data": "FFFFEB9C",
  "not-assessed": "FFEDEDED",
};

/** Fills a cell with the colour of a verdict. */
export function fillStatus(cell: Cell, status: EvaluationStatus): void {
  cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: STATUS_FILL[status] } };
}

/** Fills a cell with the light grey of heading rows. */
export function fillHeading(cell: Cell): void {
  cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };
}

/** Characters of 12 pt Times New Roman that fit in a column of Excel width `width`. */
function charactersPerLine(width: number): number {
  return Math.max(1, Math.floor(width * 1.15));
}

/**
 * Sets a row's height from its longest wrapped text, since LibreOffice does not grow rows
 * by itself: lines per cell estimated from the column width, 15,5 points a line.
 */
export function fitRowHeight(sheet: Worksheet, row: Row, columns: number): void {
  let lines = 1;
  for (let index = 1; index <= columns; index++) {
    const text = String(row.getCell(index).text ?? "");
    const width = sheet.getColumn(index).width ?? 10;
    const perLine = charactersPerLine(width);
    const needed = text.split("\n").reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, needed);
  }
  row.height = lines * 15.5 + 4;
}

/** Borders every cell of a row from the first column to `columns`, wrapping text, centred vertically. */
export function borderRow(row: Row, columns: number): void {
  for (let index = 1; index <= columns; index++) {
    const cell = row.getCell(index);
    cell.border = ALL_BORDERS;
    cell.font = { ...SHEET_FONT, ...(cell.font?.bold ? { bold: true } : {}) };
    cell.alignment = {
      wrapText: true,
      vertical: "middle",
      ...(cell.alignment?.horizontal ? { horizontal: cell.alignment.horizontal } : {}),
    };
  }
}

/** A4 landscape, one page wide, the header rows repeated on every printed page. */
export function printLandscape(sheet: Worksheet, headerRow: number): void {
  sheet.pageSetup = {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}
