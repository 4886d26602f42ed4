import { describe, expect, it } from "vitest";
import type { Measure } from "../../../src/core/catalog/catalog-schema.js";
import { describeRequirement, describeTarget, describeUnit } from "../../../src/core/catalog/describe-target.js";

const ratio: Measure = { kind: "ratio", numerator: "Số hộ có cáp quang", denominator: "Tổng số hộ", unit: "hộ" };
const count: Measure = { kind: "count", question: "Số cuộc họp BCĐ huyện đã tham gia", unit: "cuộc họp" };
const incidents: Measure = { kind: "count", question: "Số sự cố an toàn thông tin đã phát hiện", unit: "sự cố" };
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

describe("describeRequirement", () => {
  const plan: Measure = { kind: "document", document: "Kế hoạch chuyển đổi số hằng năm" };
  const head: Measure = {
    kind: "choice",
    question: "Ai chủ trì phiên họp?",
    options: [
      { value: "head", label: "Người đứng đầu chủ trì", meets: true },
      { value: "none", label: "Không tổ chức", meets: false },
    ],
  };
  const complaints: Measure = {
    kind: "ratio",
    numerator: "Số phản ánh không bị bức xúc",
    denominator: "Tổng số phản ánh",
    unit: "phản ánh",
    complement: "bị người dân bức xúc",
  };
  const yes = { op: "=", value: true } as const;

  it("keeps the unit beside a number to reach, worded where it is a ceiling", () => {
    expect(describeRequirement(ratio, { op: ">=", value: 85 })).toEqual({
      unit: "% (hộ)",
      label: "Chỉ tiêu",
      text: "≥ 85%",
    });
    expect(describeRequirement(incidents, { op: "<=", value: 0 })).toEqual({
      unit: "sự cố",
      label: "Chỉ tiêu",
      text: "Không có sự cố nào",
    });
  });

  it("says when a fact, a document or a choice is met, without a unit", () => {
    expect(describeRequirement(yesNo, yes)).toEqual({ label: "Đạt khi", text: "có" });
    expect(describeRequirement(plan, yes)).toEqual({
      label: "Đạt khi",
      text: "đã ban hành Kế hoạch chuyển đổi số hằng năm",
    });
    expect(describeRequirement(head, yes)).toEqual({ label: "Đạt khi", text: "Người đứng đầu chủ trì" });
    expect(describeRequirement(plan, null)).toEqual({ label: "Chỉ tiêu", text: "Không đánh giá" });
    expect(describeRequirement(yesNo, null)).toEqual({ label: "Chỉ tiêu", text: "Không đánh giá" });
  });

  it("reads a complement ratio as its name means it and names the figure to enter", () => {
    expect(describeRequirement(complaints, { op: ">=", value: 100 })).toEqual({
      unit: "% (phản ánh)",
      label: "Chỉ tiêu",
      text: "Không có phản ánh nào bị người dân bức xúc",
      figure: "Số phản ánh không bị bức xúc / Tổng số phản ánh (≥ 100%)",
    });
    expect(describeRequirement(complaints, { op: ">=", value: 95 }).text).toBe(
      "Không quá 5% phản ánh bị người dân bức xúc",
    );
    expect(describeRequirement(complaints, { op: ">", value: 97.5 }).text).toBe(
      "Dưới 2,5% phản ánh bị người dân bức xúc",
    );
    expect(describeRequirement(complaints, { op: "<=", value: 10 })).toEqual({
      unit: "% (phản ánh)",
      label: "Chỉ tiêu",
      text: "Không quá 10%",
    });
    expect(describeRequirement(complaints, null).text).toBe("Không đánh giá");
  });
});
