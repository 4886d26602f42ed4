import { describe, expect, it } from "vitest";
import { parseMessage } from "../../../src/core/parsing/parse-message.js";
import { readReportRequest } from "../../../src/core/parsing/report-request.js";
import { loadCatalogOrFail } from "../../support/catalogs.js";

describe("asking for the report", () => {
  it.each([
    ["xuất báo cáo", null],
    ["Xuất báo cáo!", null],
    ["xuat bao cao", null],
    ["gửi phụ lục", null],
    ["phụ lục", null],
    ["cho em xin báo cáo nhé", null],
    ["báo cáo quý I", { kind: "quarter", year: null, part: 1 }],
    ["bao cao quy 3", { kind: "quarter", year: null, part: 3 }],
    ["báo cáo 6 tháng", { kind: "half", year: null, part: 1 }],
    ["báo cáo 6 tháng cuối năm", { kind: "half", year: null, part: 2 }],
    ["báo cáo năm 2024", { kind: "year", year: 2024, part: null }],
    ["xuất báo cáo quý II năm 2024 giúp", { kind: "quarter", year: 2024, part: 2 }],
    ["báo cáo 2024-H1", { kind: "half", year: 2024, part: 1 }],
  ])("reads %j", (text, period) => {
    expect(readReportRequest(text)).toEqual({ intent: "report", period });
  });

  it.each([
    "báo cáo",
    "hạn nộp báo cáo",
    "báo cáo quý I nộp chưa?",
    "3.2 theo báo cáo 189/BC-UBND đạt 79%",
    "đã gửi báo cáo cho huyện rồi",
    "báo cáo hay lắm",
  ])("leaves %j alone", (text) => {
    expect(readReportRequest(text)).toBeNull();
  });

  it("routes /baocao and the wordings through the parser", async () => {
    const catalog = await loadCatalogOrFail("thanh-hoa-2023");
    expect(parseMessage("/baocao", catalog)).toEqual({ intent: "report", period: null });
    expect(parseMessage("/baocao quý I", catalog)).toEqual({
      intent: "report",
      period: { kind: "quarter", year: null, part: 1 },
    });
    expect(parseMessage("/xuatbaocao 2024-Q2", catalog)).toMatchObject({ intent: "report", period: { part: 2 } });
    expect(parseMessage("báo cáo năm 2024", catalog)).toMatchObject({ intent: "report", period: { year: 2024 } });
    expect(parseMessage("hạn nộp báo cáo", catalog)).toEqual({ intent: "query_deadlines" });
  });
});
