import { describe, expect, it } from "vitest";
import { displayWidth, padToWidth, wrapToWidth } from "../../../src/core/text/display-width.js";

describe("displayWidth", () => {
  it("counts columns, not code units: combining marks take none, wide characters two", () => {
    const decomposed = "Hạn hoàn thành".normalize("NFD");
    expect(decomposed.length).toBeGreaterThan(14);
    expect(displayWidth(decomposed)).toBe(14);
    expect(displayWidth("Hạn hoàn thành".normalize("NFC"))).toBe(14);
    expect(displayWidth("VIII.1.1")).toBe(8);
    expect(displayWidth("数字")).toBe(4);
    expect(displayWidth("👍 ok")).toBe(5);
    expect(displayWidth("a\u200Bb")).toBe(2);
  });
});

describe("padToWidth", () => {
  it("pads NFC and NFD codes to the same column", () => {
    const nfd = padToWidth("Đ.1".normalize("NFD"), 6);
    expect(displayWidth(nfd)).toBe(6);
    expect(nfd.endsWith("   ")).toBe(true);
    expect(padToWidth("VIII.1.1", 5)).toBe("VIII.1.1");
  });
});

describe("wrapToWidth", () => {
  it("breaks between words within the width, by columns", () => {
    const text = "Tỉ lệ người dân trên địa bàn tiếp cận kênh thông tin chính thống trên Hue-S".normalize("NFD");
    const lines = wrapToWidth(text, 30);
    expect(lines.join(" ")).toBe(text);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(30);
    expect(lines.length).toBe(3);
  });

  it("never ends a line with a lone sign: '×' and '/' open the next one with their word", () => {
    expect(wrapToWidth("(Số hộ có cáp quang / Tổng số hộ) × 100%", 34)).toEqual([
      "(Số hộ có cáp quang / Tổng số hộ)",
      "× 100%",
    ]);
    expect(wrapToWidth("Số hộ có cáp quang / Tổng số hộ", 19)).toEqual(["Số hộ có cáp quang", "/ Tổng số hộ"]);
    expect(wrapToWidth("a ×", 10)).toEqual(["a ×"]);
  });

  it("keeps a word wider than the line whole, and an empty text as one empty line", () => {
    expect(wrapToWidth("xem https://example.gov.vn/mot-duong-dan-rat-dai nhé", 20)).toEqual([
      "xem",
      "https://example.gov.vn/mot-duong-dan-rat-dai",
      "nhé",
    ]);
    expect(wrapToWidth("", 20)).toEqual([""]);
  });
});
