import { describe, expect, it } from "vitest";
import type { Measure } from "../../../src/core/catalog/catalog-schema.js";
import { describeRequirement } from "../../../src/core/catalog/describe-requirement.js";

const fibre: Measure = { kind: "ratio", numerator: "Số hộ có cáp quang", denominator: "Tổng số hộ", unit: "hộ" };
const incidents: Measure = { kind: "count", question: "Số sự cố an toàn thông tin đã phát hiện", unit: "sự cố" };
const wifi: Measure = { kind: "boolean", question: "có điểm phát wifi công cộng tại UBND xã, nhà văn hoá" };
const plan: Measure = { kind: "document", document: "Kế hoạch chuyển đổi số hằng năm" };
const head: Measure = {
  kind: "choice",
  question: "Ai chủ trì phiên họp?",
  options: [
    { value: "head", label: "Có tổ chức, người đứng đầu chủ trì", meets: true },
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
const read = (measure: Measure, target: Parameters<typeof describeRequirement>[1], name = "Chỉ tiêu thử") =>
  describeRequirement({ name, measure }, target);

describe("describeRequirement", () => {
  it("keeps the unit beside a number to reach, worded where it is a ceiling", () => {
    expect(read(fibre, { op: ">=", value: 85 })).toEqual({ unit: "% (hộ)", label: "Chỉ tiêu", text: "≥ 85%" });
    expect(read(incidents, { op: "<=", value: 0 })).toEqual({
      unit: "sự cố",
      label: "Chỉ tiêu",
      text: "Không có sự cố nào",
    });
    expect(read(fibre, null)).toEqual({ unit: "% (hộ)", label: "Chỉ tiêu", text: "Không đánh giá" });
  });

  it("says when a document or a choice is met, without a unit", () => {
    expect(read(plan, yes)).toEqual({ label: "Đạt khi", text: "Đã ban hành Kế hoạch chuyển đổi số hằng năm" });
    expect(read(head, yes)).toEqual({ label: "Đạt khi", text: "Có tổ chức, người đứng đầu chủ trì" });
    expect(read(plan, null)).toEqual({ label: "Chỉ tiêu", text: "Không đánh giá" });
  });

  it("answers 'Có' for a yes/no fact its name states, and states the fact when the name does not", () => {
    expect(read(wifi, yes, "Có điểm phát wifi công cộng tại UBND xã, nhà văn hoá")).toEqual({
      label: "Đạt khi",
      text: "Có",
    });
    const workspace: Measure = {
      kind: "boolean",
      question: "Nền tảng làm việc số (trên Hue-S và trên Web) đã được đưa vào sử dụng.",
    };
    expect(read(workspace, yes, "Nền tảng làm việc số")).toEqual({
      label: "Đạt khi",
      text: "Nền tảng làm việc số (trên Hue-S và trên Web) đã được đưa vào sử dụng",
    });
    expect(read(wifi, yes, "Wifi").text).toBe("Có điểm phát wifi công cộng tại UBND xã, nhà văn hoá");
    expect(read(wifi, null, "Wifi")).toEqual({ label: "Chỉ tiêu", text: "Không đánh giá" });
  });

  it("reads a complement ratio as its name means it and names the figure to enter", () => {
    expect(read(complaints, { op: ">=", value: 100 })).toEqual({
      unit: "% (phản ánh)",
      label: "Chỉ tiêu",
      text: "Không có phản ánh nào bị người dân bức xúc",
      figure: "Số phản ánh không bị bức xúc / Tổng số phản ánh (≥ 100%)",
    });
    expect(read(complaints, { op: ">=", value: 95 }).text).toBe("Không quá 5% phản ánh bị người dân bức xúc");
    expect(read(complaints, { op: ">", value: 97.5 }).text).toBe("Dưới 2,5% phản ánh bị người dân bức xúc");
    expect(read(complaints, { op: "<=", value: 10 })).toEqual({
      unit: "% (phản ánh)",
      label: "Chỉ tiêu",
      text: "Không quá 10%",
    });
  });
});
