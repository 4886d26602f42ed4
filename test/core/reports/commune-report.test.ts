import { beforeAll, describe, expect, it } from "vitest";
import type { Catalog } from "../../../src/core/catalog/catalog-schema.js";
import { changesSince } from "../../../src/core/reports/changes-since.js";
import { buildCommuneReport, reportColumns, reportRows } from "../../../src/core/reports/commune-report.js";
import { buildDraftReport, draftReportMarkdown } from "../../../src/core/reports/draft-report.js";
import { reportCaption } from "../../../src/core/reports/report-caption.js";
import { quarterPeriod, readReportPeriod, yearPeriod } from "../../../src/core/reports/report-period.js";
import {
  catalog,
  HUE_SCHEDULED,
  hueFigures,
  NOW,
  snapshotOf,
  THUY_SON_ASSIGNMENTS,
  TZ,
  thuySonFigures,
  thuySonTargets,
  version,
} from "../answers/fixtures.js";

let thanhHoa: Catalog;
let hue: Catalog;
beforeAll(async () => {
  thanhHoa = await catalog("thanh-hoa-2023");
  hue = await catalog("hue-2023");
});

const thuySon = async () =>
  snapshotOf({
    catalog: thanhHoa,
    targetOverrides: await thuySonTargets(),
    figures: thuySonFigures(),
    assignments: THUY_SON_ASSIGNMENTS,
  });

describe("reading a report period", () => {
  it("takes a year, a quarter or a half", () => {
    expect(readReportPeriod("2024")).toMatchObject({ ok: true, period: { code: "2024", end: { month: 12, day: 31 } } });
    expect(readReportPeriod("2024-q1")).toMatchObject({ ok: true, period: { code: "2024-Q1", end: { month: 3 } } });
    expect(readReportPeriod("2024-H1")).toMatchObject({ ok: true, period: { code: "2024-H1", end: { month: 6 } } });
  });

  it("refuses anything else with one Vietnamese line", () => {
    for (const text of ["2024-Q5", "2024-H3", "quý 1", "24"]) {
      const read = readReportPeriod(text);
      expect(read.ok, text).toBe(false);
      if (!read.ok) expect(read.message).toContain("Kỳ báo cáo viết theo dạng");
    }
  });
});

describe("the commune report", () => {
  it("has a row per indicator, code first, with the figures as the documents print them", async () => {
    const report = buildCommuneReport({ snapshot: await thuySon(), period: yearPeriod(2024), now: NOW, timeZone: TZ });
    const rows = reportRows(report);
    expect(rows.map((row) => row.code)).toEqual(thanhHoa.indicators.map((indicator) => indicator.code));
    const row32 = rows.find((row) => row.code === "3.2");
    expect(row32).toMatchObject({
      result: "6.608/8.315 người (79,4%)",
      numerator: 6608,
      denominator: 8315,
      percent: 0.794,
      unit: "%",
    });
    expect(row32?.note).toContain("số 189/BC-UBND ngày 27/11/2023");
    expect(row32?.note).toContain("Lan cập nhật ngày 18/09/2024");
    expect(rows.find((row) => row.code === "1.6")).toMatchObject({ result: "433/448 hồ sơ (96,6%)" });
    expect(rows.find((row) => row.code === "2.6")).toMatchObject({
      result: "Chưa có số liệu",
      statusLabel: "Chưa có số liệu",
    });
    expect(report.sections.map((section) => `${section.group.code} ${section.group.name}`)).toEqual([
      "1 Chính quyền số",
      "2 Kinh tế số",
      "3 Xã hội số",
      "4 Hạ tầng số",
    ]);
    expect(report.title).toBe("KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ CHUYỂN ĐỔI SỐ NĂM 2024 TRÊN ĐỊA BÀN XÃ THÚY SƠN");
    expect(report.placeAndDate).toBe("Thúy Sơn, ngày 20 tháng 9 năm 2024");
    expect(reportColumns(false)).toEqual([
      "TT",
      "Tên chỉ tiêu",
      "Đơn vị tính",
      "Chỉ tiêu cụ thể",
      "Kết quả đạt được",
      "Đánh giá",
      "Ghi chú",
    ]);
  });

  it("shows a quarter as it stood at the quarter's end", async () => {
    const report = buildCommuneReport({
      snapshot: await thuySon(),
      period: quarterPeriod(2024, 2),
      now: NOW,
      timeZone: TZ,
    });
    expect(reportRows(report).every((row) => row.status === "no-data" || row.status === "not-assessed")).toBe(true);
    expect(report.periodLabel).toBe("quý II năm 2024");
  });

  it("adds points, subtotals and the total out of 600 for Huế", () => {
    const report = buildCommuneReport({
      snapshot: snapshotOf({ catalog: hue, figures: hueFigures(), communeName: "Phường Thuận Hóa" }),
      period: yearPeriod(2024),
      now: NOW,
      timeZone: TZ,
    });
    expect(report.scored).toBe(true);
    expect(report.catalogPointsMax).toBe(600);
    expect(report.sections.map((section) => section.group.tally.pointsMax)).toEqual([90, 25, 90, 45, 25, 165, 40, 120]);
    const rows = reportRows(report);
    expect(rows.find((row) => row.code === "I.1.1")).toMatchObject({ pointsMax: 10, pointsEarned: 5 });
    expect(rows.find((row) => row.code === "I.2.1")).toMatchObject({ pointsEarned: 1.5, count: 3 });
    expect(report.communeLabel).toBe("Phường Thuận Hóa");
  });
});

describe("the caption and the draft", () => {
  it("says met counts and what changed since the last report", async () => {
    const snapshot = await thuySon();
    const report = buildCommuneReport({ snapshot, period: yearPeriod(2024), now: NOW, timeZone: TZ });
    const since = new Date("2024-09-18T00:00:00+07:00");
    const caption = reportCaption(report, changesSince(snapshot, since, report.asOf), since, TZ);
    expect(caption).toMatch(
      /^Báo cáo chuyển đổi số xã Thúy Sơn năm 2024 \(số liệu đến 20\/09\/2024\): \d+\/\d+ chỉ tiêu Đạt/,
    );
    expect(caption).toContain("Từ báo cáo trước (18/09/2024): 5 chỉ tiêu có số liệu mới (3.2, 3.3, 3.4, 3.9, 3.10)");
    expect(caption.length).toBeLessThanOrEqual(1024);
    expect(reportCaption(report, [], null, TZ)).toContain("Đây là báo cáo đầu tiên");
  });

  it("drafts the report in the structure of the source reports", async () => {
    const snapshot = snapshotOf({ catalog: hue, figures: hueFigures(), scheduled: HUE_SCHEDULED });
    const report = buildCommuneReport({ snapshot, period: yearPeriod(2024), now: NOW, timeZone: TZ });
    const markdown = draftReportMarkdown(buildDraftReport(report, snapshot, NOW, TZ));
    expect(markdown).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(markdown).toContain("## I. KẾT QUẢ ĐẠT ĐƯỢC");
    expect(markdown).toContain("### I. Nhận thức số");
    expect(markdown).toContain("## II. TỒN TẠI, HẠN CHẾ");
    expect(markdown).toContain("## III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI");
    expect(markdown).toContain("Ngày 27/09/2024: Họp BCĐ CĐS quý 3 tại Hội trường UBND xã.");
    expect(markdown).toContain("Trước ngày 30/09/2024");
    expect(markdown).toContain("(Có Phụ lục kèm theo)");
  });
});

describe("a year's report after the year", () => {
  it("keeps figures of the year's plan entered after 31/12", async () => {
    const snapshot = snapshotOf({
      catalog: thanhHoa,
      year: 2023,
      period: "2023",
      figures: { "3.2": [version("2024-01-10T09:00", { kind: "ratio", numerator: 6608, denominator: 8315 })] },
    });
    const year = buildCommuneReport({ snapshot, period: yearPeriod(2023), now: NOW, timeZone: TZ });
    expect(reportRows(year).find((row) => row.code === "3.2")?.status).toBe("met");
    const q3 = buildCommuneReport({ snapshot, period: quarterPeriod(2023, 3), now: NOW, timeZone: TZ });
    expect(reportRows(q3).find((row) => row.code === "3.2")?.status).toBe("no-data");
  });
});
