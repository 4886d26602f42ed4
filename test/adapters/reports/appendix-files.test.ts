import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { renderAppendixDocx } from "../../../src/adapters/reports/render-appendix-docx.js";
import { renderAppendixXlsx } from "../../../src/adapters/reports/render-appendix-xlsx.js";
import { renderProgressChart } from "../../../src/adapters/reports/render-progress-chart.js";
import { buildCommuneReport, type CommuneReport } from "../../../src/core/reports/commune-report.js";
import { yearPeriod } from "../../../src/core/reports/report-period.js";
import { catalog, hueFigures, NOW, snapshotOf, TZ } from "../../core/answers/fixtures.js";
import { docxTableRows, readZip } from "../../support/read-zip.js";
import { hoangPhuSnapshot, type SeedGroups, thuySonSnapshot } from "./seed-snapshots.js";

const report2023 = (snapshot: Parameters<typeof buildCommuneReport>[0]["snapshot"]) =>
  buildCommuneReport({ snapshot, period: yearPeriod(2023), now: NOW, timeZone: TZ });

async function docxRows(report: CommuneReport): Promise<{ xml: string; rows: string[][] }> {
  const xml =
    readZip(await renderAppendixDocx(report))
      .get("word/document.xml")
      ?.toString("utf8") ?? "";
  return { xml, rows: docxTableRows(xml) };
}

async function sheetOf(report: CommuneReport): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await renderAppendixXlsx(report)) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet("Phụ lục");
  if (!sheet) throw new Error("no sheet Phụ lục");
  return sheet;
}

/** Rows of the sheet from the header on, as cell values by column title. */
function sheetRows(sheet: ExcelJS.Worksheet): { titles: string[]; rows: Map<string, ExcelJS.Row> } {
  let header = 0;
  sheet.eachRow((row, number) => {
    if (header === 0 && row.getCell(1).value === "TT") header = number;
  });
  const titles = (sheet.getRow(header).values as unknown[]).slice(1).map(String);
  const rows = new Map<string, ExcelJS.Row>();
  sheet.eachRow((row, number) => {
    if (number > header) rows.set(String(row.getCell(1).value ?? ""), row);
  });
  return { titles, rows };
}

describe("Hoằng Phụ 2023 (seed 004) as an appendix", () => {
  let report: CommuneReport;
  let groups: SeedGroups;
  beforeAll(async () => {
    const seed = await hoangPhuSnapshot();
    report = report2023(seed.snapshot);
    groups = seed.groups;
  });

  it("prints each indicator's row with its code first, the figure and the evidence (DOCX)", async () => {
    const { xml, rows } = await docxRows(report);
    expect(xml).toContain("PHỤ LỤC");
    expect(xml).toContain("KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ CHUYỂN ĐỔI SỐ NĂM 2023 TRÊN ĐỊA BÀN XÃ HOẰNG PHỤ");
    expect(xml).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(xml).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toContain("Times New Roman");
    const table = rows.filter((row) => row.length === 7);
    expect(table[0]).toEqual([
      "TT",
      "Tên chỉ tiêu",
      "Đơn vị tính",
      "Chỉ tiêu cụ thể",
      "Kết quả đạt được",
      "Đánh giá",
      "Ghi chú",
    ]);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    const byCode = new Map(table.map((row) => [row[0], row]));
    expect(byCode.get("3.2")?.slice(3, 6)).toEqual(["≥ 75%", "6.608/8.315 người (79,4%)", "Đạt"]);
    expect(byCode.get("1.6")?.[4]).toBe("433/448 hồ sơ (96,6%)");
    expect(byCode.get("3.4")?.[4]).toBe("4.485/6.353 người (70,5%)");
    expect(byCode.get("1.5")?.[6]).toContain("Minh chứng: số 203/BC-UBND ngày 05/12/2023");
    expect(byCode.get("1.5")?.[6]).toContain("Lan cập nhật ngày 08/12/2023");
    expect(byCode.get("1.11")?.slice(3, 6)).toEqual(["Không đánh giá", "Chưa có số liệu", "Không đánh giá"]);
    expect(byCode.get("4.8")?.[5]).toBe("Không đánh giá");
    for (const group of groups) expect(byCode.get(group.code)?.[5]).toBe(`${group.met}/${group.assessed} Đạt`);
    const codes = table.slice(1).map((row) => row[0]);
    expect(codes.filter((code) => code?.includes("."))).toEqual(
      report.sections.flatMap((s) => s.rows.map((r) => r.code)),
    );
  });

  it("holds the same rows in the spreadsheet, numbers as numbers", async () => {
    const sheet = await sheetOf(report);
    const { titles, rows } = sheetRows(sheet);
    expect(titles).toEqual([
      "TT",
      "Tên chỉ tiêu",
      "Đơn vị tính",
      "Chỉ tiêu cụ thể",
      "Kết quả đạt được",
      "Số lượng / tử số",
      "Mẫu số",
      "Tỷ lệ",
      "Đánh giá",
      "Ghi chú",
    ]);
    const row32 = rows.get("3.2");
    expect(row32?.getCell(6).value).toBe(6608);
    expect(row32?.getCell(7).value).toBe(8315);
    expect(row32?.getCell(8).value).toBeCloseTo(0.794, 6);
    expect(row32?.getCell(8).numFmt).toBe("0.0%");
    expect(row32?.getCell(9).value).toBe("Đạt");
    expect(row32?.getCell(9).fill).toMatchObject({ fgColor: { argb: "FFC6EFCE" } });
    expect(rows.get("1.11")?.getCell(9).value).toBe("Không đánh giá");
    for (let column = 1; column <= titles.length; column++)
      expect(row32?.getCell(column).border?.left?.style, `column ${column}`).toBe("thin");
    expect(row32?.height).toBeGreaterThan(15);
    for (const group of groups)
      expect(rows.get(group.code)?.getCell(9).value).toBe(`${group.met}/${group.assessed} Đạt`);
    expect(sheet.views[0]).toMatchObject({ state: "frozen" });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.pageSetup.orientation).toBe("landscape");
  });
});

describe("Thúy Sơn (seed 000) as an appendix", () => {
  it("gives every verdict of the printed appendix against the commune's own targets", async () => {
    const { snapshot, expected } = await thuySonSnapshot();
    const { rows } = await docxRows(report2023(snapshot));
    const byCode = new Map(rows.map((row) => [row[0], row]));
    expect(expected.size).toBeGreaterThan(30);
    for (const [code, verdict] of expected) expect(byCode.get(code)?.[5], code).toBe(verdict);
    expect(byCode.get("3.3")?.[5]).toBe("Không đánh giá");
  });
});

describe("a Huế commune (600-point index)", () => {
  let report: CommuneReport;
  beforeAll(async () => {
    const hue = await catalog("hue-2023");
    report = buildCommuneReport({
      snapshot: snapshotOf({ catalog: hue, figures: hueFigures(), communeName: "Phường Thuận Hóa" }),
      period: yearPeriod(2024),
      now: NOW,
      timeZone: TZ,
    });
  });

  it("adds the points columns, group subtotals and the total out of 600 (DOCX)", async () => {
    const { rows } = await docxRows(report);
    const table = rows.filter((row) => row.length === 9);
    expect(table[0]?.slice(6, 8)).toEqual(["Điểm tối đa", "Điểm"]);
    const byCode = new Map(table.map((row) => [row[0], row]));
    expect(byCode.get("I")?.slice(5, 8)).toEqual(["1/16 Đạt", "90", "14,5"]);
    expect(byCode.get("I.1.1")?.slice(4, 8)).toEqual(["Cấp phó của người đứng đầu", "Chưa đạt", "10", "5"]);
    expect(byCode.get("I.2.1")?.[7]).toBe("1,5");
    const total = table.at(-1);
    expect(total?.[1]).toBe("Tổng cộng");
    expect(total?.slice(6, 8)).toEqual(["600", "51,05"]);
  });

  it("holds points as numbers in the spreadsheet", async () => {
    const { titles, rows } = sheetRows(await sheetOf(report));
    expect(titles.slice(9, 11)).toEqual(["Điểm tối đa", "Điểm"]);
    expect(rows.get("I.2.1")?.getCell(11).value).toBe(1.5);
    expect(rows.get("III.3.1")?.getCell(8).value).toBeCloseTo(0.859, 6);
    expect(rows.get("I")?.getCell(10).value).toBe(90);
  });

  it("draws the chart as a PNG 1.200 px wide", () => {
    const png = Buffer.from(renderProgressChart(report, TZ));
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBeGreaterThan(800);
  });
});
