import ExcelJS from "exceljs";
import { statusLabel } from "../../core/evaluation/evaluation-status.js";
import type { ProvinceRollup } from "../../core/reports/province-rollup.js";
import { borderRow, fillHeading, fillStatus, fitRowHeight, printLandscape, SHEET_FONT } from "./xlsx-layout.js";

function title(sheet: ExcelJS.Worksheet, text: string, columns: number): void {
  const row = sheet.addRow([text]);
  sheet.mergeCells(row.number, 1, row.number, columns);
  row.getCell(1).font = { ...SHEET_FONT, size: 13, bold: true };
  row.getCell(1).alignment = { horizontal: "center", vertical: "middle" };
  row.height = 22;
}

function header(sheet: ExcelJS.Worksheet, titles: string[]): ExcelJS.Row {
  const row = sheet.addRow(titles);
  row.eachCell((cell) => {
    cell.font = { ...SHEET_FONT, bold: true };
    cell.alignment = { horizontal: "center" };
    fillHeading(cell);
  });
  borderRow(row, titles.length);
  return row;
}

function communesSheet(book: ExcelJS.Workbook, rollup: ProvinceRollup, name: string): void {
  const sheet = book.addWorksheet(name);
  const fixed = ["STT", "Xã, phường", "Năm", "Đạt"];
  const count = fixed.length + rollup.indicators.length;
  [6, 26, 7, 10].forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  for (let index = fixed.length + 1; index <= count; index++) sheet.getColumn(index).width = 10;
  title(
    sheet,
    `KẾT QUẢ CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ CỦA CÁC XÃ, PHƯỜNG TỈNH ${rollup.province.toLocaleUpperCase("vi")}`,
    count,
  );
  title(sheet, rollup.catalogTitle, count);
  const head = header(sheet, [...fixed, ...rollup.indicators.map((indicator) => indicator.code)]);
  rollup.indicators.forEach((indicator, index) => {
    head.getCell(fixed.length + 1 + index).note = indicator.name;
  });
  head.height = 20;
  rollup.communes.forEach((commune, index) => {
    const row = sheet.addRow([
      index + 1,
      commune.name,
      commune.year,
      `${commune.met}/${commune.assessed}`,
      ...commune.statuses.map(statusLabel),
    ]);
    for (let column = 1; column <= count; column++)
      if (column !== 2) row.getCell(column).alignment = { horizontal: "center" };
    borderRow(row, count);
    commune.statuses.forEach((status, offset) => {
      fillStatus(row.getCell(fixed.length + 1 + offset), status);
    });
    fitRowHeight(sheet, row, count);
  });
  sheet.views = [{ state: "frozen", xSplit: 2, ySplit: head.number }];
  sheet.autoFilter = { from: { row: head.number, column: 1 }, to: { row: head.number, column: count } };
  printLandscape(sheet, head.number);
}

function indicatorsSheet(book: ExcelJS.Workbook, rollup: ProvinceRollup, name: string): void {
  const sheet = book.addWorksheet(name);
  const titles = [
    "TT",
    "Tên chỉ tiêu",
    "Số xã đạt",
    "Số xã chưa đạt",
    "Số xã chưa có số liệu",
    "Số xã không đánh giá",
    "Tỷ lệ xã đạt",
    "Các xã chưa đạt",
    "Các xã chưa có số liệu",
  ];
  [8, 50, 10, 10, 12, 12, 10, 40, 40].forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  title(
    sheet,
    `SỐ XÃ, PHƯỜNG ĐẠT TỪNG CHỈ TIÊU CHUYỂN ĐỔI SỐ — TỈNH ${rollup.province.toLocaleUpperCase("vi")}`,
    titles.length,
  );
  title(sheet, rollup.catalogTitle, titles.length);
  const head = header(sheet, titles);
  head.height = 34;
  for (const indicator of rollup.perIndicator) {
    const assessed = indicator.met + indicator.unmet + indicator.noData;
    const row = sheet.addRow([
      indicator.code,
      indicator.name,
      indicator.met,
      indicator.unmet,
      indicator.noData,
      indicator.notAssessed,
      assessed ? indicator.met / assessed : null,
      indicator.unmetCommunes.join(", "),
      indicator.noDataCommunes.join(", "),
    ]);
    row.getCell(7).numFmt = "0.0%";
    for (const column of [1, 3, 4, 5, 6, 7]) row.getCell(column).alignment = { horizontal: "center" };
    borderRow(row, titles.length);
    fitRowHeight(sheet, row, titles.length);
  }
  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: head.number }];
  sheet.autoFilter = { from: { row: head.number, column: 1 }, to: { row: head.number, column: titles.length } };
  printLandscape(sheet, head.number);
}

/**
 * The province's roll-up as a workbook: per catalog, one sheet of communes × indicators
 * with each verdict as coloured text, and one with, per indicator, how many communes meet
 * it and which do not. Several catalogs (communes on different criteria) get a pair each,
 * named after the catalog.
 */
export async function renderProvinceXlsx(rollups: readonly ProvinceRollup[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const rollup of rollups) {
    const suffix = rollups.length > 1 ? ` ${rollup.catalogId}`.slice(0, 16) : "";
    communesSheet(book, rollup, `Xã × chỉ tiêu${suffix}`);
    indicatorsSheet(book, rollup, `Theo chỉ tiêu${suffix}`);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
