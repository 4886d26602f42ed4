import { describe, expect, it } from "vitest";
import { parseNumber, parsePercent } from "../../../src/core/numbers/parse-number.js";

describe("parseNumber", () => {
  it.each([
    // Required examples.
    ["6.608", 6608],
    ["8.315", 8315],
    ["64,8", 64.8],
    ["1.5", 1.5],
    ["100.000", 100000],
    ["1.234.567", 1234567],
    ["1,5", 1.5],
    ["0", 0],
    ["6 608", 6608],
    // Thousands with spaces (also non-breaking and narrow spaces from word processors).
    ["1 234 567", 1234567],
    ["6\u00a0608", 6608],
    ["6\u202f608", 6608],
    ["6 608,5", 6608.5],
    ["6 608.5", 6608.5],
    // A lone "." is a decimal point unless exactly three digits follow a 1–3 digit head.
    ["12.34", 12.34],
    ["96.6", 96.6],
    ["0.500", 0.5],
    ["1234.567", 1234.567],
    ["1.5000", 1.5],
    ["10.215", 10215],
    ["999.999", 999999],
    // A lone "," is always decimal; several "," group thousands.
    ["1,234", 1.234],
    ["1,234,567", 1234567],
    ["0,5", 0.5],
    // Both separators: the last one is the decimal mark.
    ["1.000,5", 1000.5],
    ["1.234.567,89", 1234567.89],
    ["1,000.5", 1000.5],
    ["1,234,567.25", 1234567.25],
    // Signs, padding, leading zeros.
    ["-5", -5],
    ["\u22125", -5],
    ["+7", 7],
    ["-1.234,5", -1234.5],
    ["  42  ", 42],
    ["007", 7],
    ["-0", 0],
    ["120", 120],
  ])("%j → %d", (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it.each([
    "",
    "   ",
    "abc",
    "1.2.3",
    "1,2,3",
    "12a",
    "5.",
    ".5",
    ",5",
    "5,",
    "1..000",
    "1.00,5",
    "1.000,5,5",
    "1,000.5.5",
    "1.000.00",
    "1234.567.890",
    "6 60",
    "66 6088",
    "- 5",
    "--5",
    "5%",
    "1/2",
    "Infinity",
    "NaN",
    "1e5",
    "0x10",
  ])("%j is not a number", (text) => {
    expect(parseNumber(text)).toBeNull();
  });
});

describe("parsePercent", () => {
  it.each([
    ["96.6%", 96.6],
    ["70,5%", 70.5],
    ["70,5 %", 70.5],
    ["85%", 85],
    ["85", 85],
    ["100%", 100],
    ["0%", 0],
    ["30.7%", 30.7],
    // A lone "." is always decimal for a percent.
    ["12.345%", 12.345],
    ["99.125", 99.125],
    // Above 100 is read as written; validation flags it.
    ["120%", 120],
    ["150,5%", 150.5],
    ["-5%", -5],
  ])("%j → %d", (text, expected) => {
    expect(parsePercent(text)).toBe(expected);
  });

  it.each(["", "%", "abc%", "5%%", "%5", "1.2.3%", "70,5%x"])("%j is not a percent", (text) => {
    expect(parsePercent(text)).toBeNull();
  });
});
