import { describe, expect, it } from "vitest";
import { readProvinceQuestion } from "../../../src/core/parsing/province-question.js";

const communes = ["thuy son", "hoang phu"];

describe("questions in a province chat", () => {
  it.each([
    ["xã nào chưa đạt 3.2?", { kind: "indicator", code: "3.2", focus: "unmet" }],
    ["xa nao chua dat tc 3.2", { kind: "indicator", code: "3.2", focus: "unmet" }],
    ["Xã nào chưa có số liệu 3.4?", { kind: "indicator", code: "3.4", focus: "no-data" }],
    ["bao nhiêu xã đạt I.2.2", { kind: "indicator", code: "i.2.2", focus: "met" }],
    ["phường nào đạt 3.2", { kind: "indicator", code: "3.2", focus: "met" }],
    ["3.2 thế nào?", { kind: "indicator", code: "3.2", focus: "all" }],
    ["/chuadat 3.2", { kind: "indicator", code: "3.2", focus: "unmet" }],
    ["/chuadat", { kind: "weakest" }],
    ["chỉ tiêu nào nhiều xã chưa đạt nhất?", { kind: "weakest" }],
    ["/tiendo", { kind: "progress" }],
    ["tiến độ các xã", { kind: "progress" }],
    ["xã nào đạt nhiều nhất?", { kind: "progress" }],
    ["xã Thúy Sơn thế nào?", { kind: "commune", name: "thuy son" }],
    ["Hoằng Phụ ra sao", { kind: "commune", name: "hoang phu" }],
    ["/huongdan", { kind: "help" }],
  ])("%s", (text, question) => {
    expect(readProvinceQuestion(text, communes)).toEqual(question);
  });

  it.each(["chào các đồng chí", "đã nhận báo cáo 6.608 hộ", "/capnhat"])("%s is no question", (text) => {
    expect(readProvinceQuestion(text, communes)).toBeNull();
  });
});
