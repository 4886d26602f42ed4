import { describe, expect, it } from "vitest";
import {
  calendarDate,
  catalogDeadlineDate,
  describeDaysAgo,
  describeDaysLeft,
  formatInstantDate,
  formatWeekdayDate,
  localDateTime,
} from "../../../src/core/answers/calendar.js";
import { describeEvidence, describeValue } from "../../../src/core/answers/describe-figure.js";
import { communeLabel, periodLabel, shortName } from "../../../src/core/answers/labels.js";
import { indicatorOf } from "../evaluation/fixtures.js";

describe("Vietnamese dates", () => {
  it("writes weekday and date as announcements do", () => {
    expect(formatWeekdayDate({ year: 2025, month: 3, day: 31 })).toBe("thứ Hai, 31/03/2025");
    expect(formatWeekdayDate({ year: 2024, month: 6, day: 30 })).toBe("Chủ nhật, 30/06/2024");
    expect(formatWeekdayDate({ year: 2024, month: 9, day: 21 })).toBe("thứ Bảy, 21/09/2024");
  });

  it("takes the calendar day from the commune's time zone", () => {
    const lateUtc = new Date("2024-09-30T17:30:00Z");
    expect(localDateTime(lateUtc, "Asia/Ho_Chi_Minh")).toEqual({ year: 2024, month: 10, day: 1, hour: 0, minute: 30 });
    expect(formatInstantDate(lateUtc, "UTC")).toBe("30/09/2024");
    expect(formatInstantDate(new Date(Number.NaN), "UTC")).toBe("—");
  });

  it("says how far away a day is", () => {
    expect([0, 1, 5, -3].map(describeDaysLeft)).toEqual(["hôm nay", "ngày mai", "còn 5 ngày", "đã qua 3 ngày"]);
    expect([0, 1, 4].map(describeDaysAgo)).toEqual(["hôm nay", "hôm qua", "4 ngày trước"]);
  });

  it("places catalog deadlines in the plan year and refuses days that do not exist", () => {
    expect(catalogDeadlineDate("31/3", 2025)).toEqual({ year: 2025, month: 3, day: 31 });
    expect(catalogDeadlineDate("30/06", 2024)).toEqual({ year: 2024, month: 6, day: 30 });
    expect(catalogDeadlineDate("29/2", 2025)).toBeNull();
    expect(calendarDate(2024, 2, 29)).toEqual({ year: 2024, month: 2, day: 29 });
  });
});

describe("figures as reports print them", () => {
  const fibre = indicatorOf({
    code: "4.1",
    name: "Tỷ lệ hộ có cáp quang",
    measure: { kind: "ratio", numerator: "số hộ có cáp quang", denominator: "tổng số hộ", unit: "hộ" },
  });
  const subscribers = indicatorOf({
    code: "3.3",
    name: "Tỷ lệ thuê bao có phần mềm an toàn thông tin",
    measure: {
      kind: "ratio",
      numerator: "thuê bao",
      denominator: "dân số trưởng thành",
      unit: "thuê bao",
      denominatorUnit: "người",
    },
  });
  const plan = indicatorOf({
    code: "1.1",
    name: "Kế hoạch chuyển đổi số",
    measure: { kind: "document", document: "Kế hoạch CĐS năm" },
  });

  it("prints counts, units and the truncated percent", () => {
    expect(describeValue(fibre.measure, { kind: "ratio", numerator: 1685, denominator: 1960 })).toBe(
      "1.685/1.960 hộ (85,9%)",
    );
    expect(describeValue(subscribers.measure, { kind: "ratio", numerator: 3749, denominator: 6353 })).toBe(
      "3.749 thuê bao/6.353 người (59,0%)",
    );
    expect(describeValue(fibre.measure, { kind: "percent", percent: 96.66 })).toBe("96,6%");
  });

  it("prints yes/no, documents and missing figures", () => {
    expect(describeValue(plan.measure, { kind: "document", issued: true, reference: "44/KH-UBND" })).toBe(
      "Có (số 44/KH-UBND)",
    );
    expect(describeValue(plan.measure, { kind: "boolean", value: false })).toBe("Chưa có");
    expect(describeValue(plan.measure, null)).toBe("Chưa có số liệu");
  });

  it("cites evidence by number and date", () => {
    expect(describeEvidence({ kind: "document", reference: "189/BC-UBND", issuedOn: "2023-11-27" })).toBe(
      "số 189/BC-UBND ngày 27/11/2023",
    );
    expect(describeEvidence({ kind: "link", url: "https://example.gov.vn/a" })).toBe("https://example.gov.vn/a");
    expect(describeEvidence({ kind: "file", reference: "danh-sach.xlsx" })).toBe("tệp danh-sach.xlsx");
  });
});

describe("names", () => {
  it("uses the first alias, else the name cut at a word", () => {
    expect(
      shortName(
        indicatorOf({
          code: "1.7",
          name: "Ứng dụng nền tảng số",
          aliases: ["kênh Zalo"],
          measure: { kind: "boolean", question: "có kênh Zalo" },
        }),
      ),
    ).toBe("Kênh Zalo");
    const long = indicatorOf({
      code: "2.3",
      name: "Hướng dẫn, hỗ trợ doanh nghiệp, hợp tác xã, hộ kinh doanh, sản phẩm OCOP đưa sản phẩm lên sàn thương mại điện tử",
      measure: { kind: "boolean", question: "có hỗ trợ" },
    });
    expect(shortName(long)).toBe("Hướng dẫn, hỗ trợ doanh nghiệp, hợp tác xã, hộ…");
  });

  it("names the commune and the period", () => {
    expect(communeLabel("Thúy Sơn")).toBe("xã Thúy Sơn");
    expect(communeLabel("Phường Thuận Hóa")).toBe("Phường Thuận Hóa");
    expect(periodLabel("2024")).toBe("năm 2024");
    expect(periodLabel("2024-Q3")).toBe("kỳ 2024-Q3");
  });
});
