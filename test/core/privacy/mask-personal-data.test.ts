import { describe, expect, it } from "vitest";
import { maskPersonalData } from "../../../src/core/privacy/mask-personal-data.js";

const people = [
  { name: "Nguyễn Thị Lan", role: "secretary" as const },
  { name: "Hùng", role: "chair" as const },
  { name: "Minh", role: null },
];

describe("maskPersonalData", () => {
  it.each([
    ["gọi 0912345678 nhé", "gọi [số điện thoại] nhé"],
    ["sđt 0912.345.678", "sđt [số điện thoại]"],
    ["sđt 0912 345 678", "sđt [số điện thoại]"],
    ["+84912345678 hoặc +84 912 345 678", "[số điện thoại] hoặc [số điện thoại]"],
    ["CCCD 038190012345 của bà", "CCCD [số định danh] của bà"],
    ["gửi lan.nt@thuyson.gov.vn", "gửi [email]"],
    ["chị Nguyễn Thị Lan gửi", "chị Thư ký gửi"],
    ["chị Lan gửi rồi", "chị Thư ký gửi rồi"],
    ["@Hùng duyệt giúp", "Trưởng ban duyệt giúp"],
    ["anh minh báo", "anh Thành viên báo"],
  ])("%s → %s", (text, masked) => {
    expect(maskPersonalData(text, people)).toBe(masked);
  });

  it.each([
    "3.2: 6.608/8.315",
    "4.1: 1.685/1.960 hộ",
    "3.4 đạt 70,5%",
    "189/BC-UBND ngày 27/11/2023",
    "dân số 123456789012345 người",
  ])("leaves figures alone: %s", (text) => {
    expect(maskPersonalData(text, people)).toBe(text);
  });

  it("masks a word that is also a member's name rather than risk sending the name", () => {
    expect(maskPersonalData("lan truyền thông tin", [{ name: "Lan", role: "member" }])).toBe(
      "Thành viên truyền thông tin",
    );
  });
});
