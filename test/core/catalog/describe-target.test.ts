import { describe, expect, it } from "vitest";
import type { Measure } from "../../../src/core/catalog/catalog-schema.js";
import { describeTarget, describeUnit } from "../../../src/core/catalog/describe-target.js";

const ratio: Measure = { kind: "ratio", numerator: "Số hộ có cáp quang", denominator: "Tổng số hộ", unit: "hộ" };
const count: Measure = { kind: "count", question: "Số cuộc họp BCĐ huyện đã tham gia", unit: "cuộc họp" };
const incidents: Measure = { kind: "count", question: "Số sự cố an toàn thông tin đã phát hiện", unit: "sự cố" };
const malware: Measure = {
  kind: "choice",
  question: "Máy tính có bị nhiễm mã độc không?",
  options: [
    { value: "none", label: "Không có máy nhiễm mã độc", meets: true },
    { value: "fixed", label: "Có máy nhiễm, đã xử lý", meets: true },
    { value: "reported", label: "UBND xã đã báo cáo", meets: true },
    { value: "open", label: "Có máy nhiễm chưa xử lý", meets: false },
  ],
};
const yesNo: Measure = { kind: "boolean", question: "có wifi công cộng" };

describe("describeTarget", () => {
  it.each([
    [ratio, { op: ">=", value: 85 }, "≥ 85%"],
    [ratio, { op: ">=", value: 62.5 }, "≥ 62,5%"],
    [ratio, { op: ">", value: 0 }, "> 0%"],
    [ratio, { op: "<=", value: 5 }, "Không quá 5%"],
    [ratio, { op: "<", value: 5 }, "Dưới 5%"],
    [count, { op: ">=", value: 4 }, "≥ 4 cuộc họp"],
    [count, { op: "=", value: 1000 }, "1.000 cuộc họp"],
    [incidents, { op: "<=", value: 0 }, "Không có sự cố nào"],
    [incidents, { op: "<", value: 1 }, "Không có sự cố nào"],
    [incidents, { op: "=", value: 0 }, "Không có sự cố nào"],
    [incidents, { op: "<=", value: 2 }, "Không quá 2 sự cố"],
    [incidents, { op: "<", value: 3 }, "Dưới 3 sự cố"],
    [yesNo, { op: "=", value: true }, "Có"],
    [yesNo, null, "Không đánh giá"],
    [
      malware,
      { op: "=", value: true },
      "Không có máy nhiễm mã độc hoặc có máy nhiễm, đã xử lý hoặc UBND xã đã báo cáo",
    ],
  ] as const)("%o %o → %s", (measure, target, text) => {
    expect(describeTarget(measure, target)).toBe(text);
  });

  it("names the unit of each measure kind", () => {
    expect([ratio, count, yesNo, { kind: "document", document: "Kế hoạch CĐS" } as const].map(describeUnit)).toEqual([
      "% (hộ)",
      "cuộc họp",
      "có/không",
      "văn bản",
    ]);
  });
});
