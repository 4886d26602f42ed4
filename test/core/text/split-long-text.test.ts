import { describe, expect, it } from "vitest";
import { splitLongText } from "../../../src/core/text/split-long-text.js";

const lengths = (parts: string[]) => parts.map((part) => part.length);

describe("splitLongText", () => {
  it("keeps a text that fits as one message", () => {
    expect(splitLongText("Tiến độ: 9/11 Đạt", 4096)).toEqual(["Tiến độ: 9/11 Đạt"]);
  });

  it("gives no messages for empty or blank text", () => {
    expect(splitLongText("", 100)).toEqual([]);
    expect(splitLongText(" \n\n \n", 100)).toEqual([]);
  });

  it("cuts at blank lines first, packing whole paragraphs", () => {
    const text =
      "Chính quyền số\n• 1.6 Hồ sơ trực tuyến\n\nKinh tế số\n• 2.5 Hợp đồng điện tử\n\nXã hội số\n• 3.9 Định danh";
    expect(splitLongText(text, 50)).toEqual([
      "Chính quyền số\n• 1.6 Hồ sơ trực tuyến",
      "Kinh tế số\n• 2.5 Hợp đồng điện tử",
      "Xã hội số\n• 3.9 Định danh",
    ]);
    expect(splitLongText(text, 60)).toEqual([
      "Chính quyền số\n• 1.6 Hồ sơ trực tuyến",
      "Kinh tế số\n• 2.5 Hợp đồng điện tử\n\nXã hội số\n• 3.9 Định danh",
    ]);
  });

  it("packs several paragraphs into one message when they fit", () => {
    expect(splitLongText("a\n\nb\n\nc\n\nd", 4)).toEqual(["a\n\nb", "c\n\nd"]);
  });

  it("cuts a paragraph too long for one message at line ends", () => {
    const paragraph = [
      "Chưa có số liệu:",
      "• Chính quyền số: 1.2, 1.3",
      "• Kinh tế số: 2.1, 2.2",
      "• Xã hội số: 3.5, 3.6",
    ].join("\n");
    expect(splitLongText(`Tiêu đề\n\n${paragraph}`, 45)).toEqual([
      "Tiêu đề",
      "Chưa có số liệu:\n• Chính quyền số: 1.2, 1.3",
      "• Kinh tế số: 2.1, 2.2\n• Xã hội số: 3.5, 3.6",
    ]);
  });

  it("cuts a line too long for one message between words, never inside one", () => {
    const line = "Đề nghị các đồng chí cập nhật số liệu chỉ tiêu trước ngày 30/09/2024";
    const parts = splitLongText(line, 20);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(20);
    expect(parts.join(" ")).toBe(line);
    const words = new Set(line.split(" "));
    for (const part of parts) for (const word of part.split(" ")) expect(words.has(word), word).toBe(true);
  });

  it("cuts a single word longer than the limit between characters, keeping combined letters whole", () => {
    const link = `https://example.gov.vn/${"a".repeat(30)}`;
    const parts = splitLongText(link, 16);
    expect(parts.join("")).toBe(link);
    expect(Math.max(...lengths(parts))).toBeLessThanOrEqual(16);
    // "ế" typed as e + two combining marks stays in one piece.
    const decomposed = "Tiê\u0301t".repeat(3).normalize("NFD");
    const pieces = splitLongText(decomposed, 4);
    expect(pieces.join("")).toBe(decomposed);
    for (const piece of pieces) expect(/^\p{M}/u.test(piece), piece).toBe(false);
  });

  it("no message starts or ends with spaces or blank lines, and every part fits", () => {
    const text =
      "\n\n" +
      Array.from({ length: 200 }, (_, i) => `• Dòng ${i + 1}: chỉ tiêu ${i % 7}.${i % 12} chưa có số liệu`).join("\n") +
      "\n\n  \n";
    for (const max of [30, 100, 500, 2000]) {
      const parts = splitLongText(text, max);
      for (const part of parts) {
        expect(part.length).toBeLessThanOrEqual(max);
        expect(part).toBe(part.trim());
      }
      expect(parts.join("\n").replace(/\s+/g, " ")).toBe(text.trim().replace(/\s+/g, " "));
    }
  });

  it("treats Windows line ends like Unix ones, and a limit below 1 as 1", () => {
    expect(splitLongText("a\r\n\r\nb", 2)).toEqual(["a", "b"]);
    expect(splitLongText("ab", 0)).toEqual(["a", "b"]);
  });
});
