import { describe, expect, it } from "vitest";
import { fromNumber } from "../../../src/core/numbers/exact-rational.js";
import { formatPercent, formatPercentPoints, formatPercentValue } from "../../../src/core/numbers/format-percent.js";

describe("formatPercent (one decimal, truncated)", () => {
  it.each([
    [433, 448, "96,6%"],
    [4485, 6353, "70,5%"],
    [1685, 1960, "85,9%"],
    [6608, 8315, "79,4%"],
    [10215, 12030, "84,9%"],
    [228, 228, "100%"],
    // Decision: exactly 100% prints "100%", as the reports write complete figures.
    [5910, 5910, "100%"],
    [0, 5, "0,0%"],
    [17, 20, "85,0%"],
    [1, 3, "33,3%"],
    [2, 3, "66,6%"],
    // Truncation, not rounding: 99,96% must not look complete.
    [2499, 2500, "99,9%"],
    [1499, 2500, "59,9%"],
    // Values where naive float truncation loses a tenth (23/40*100*10 = 574,999…).
    [23, 40, "57,5%"],
    [29, 50, "58,0%"],
    [29, 100, "29,0%"],
    [57, 100, "57,0%"],
    [7, 10, "70,0%"],
    // Above 100%: shown with its decimal so validation's warning makes sense.
    [10001, 10000, "100,0%"],
    [12, 10, "120,0%"],
    [123456, 100, "123.456,0%"],
    // Decimal counts are exact too.
    [12.5, 50, "25,0%"],
  ])("%d/%d → %j", (numerator, denominator, expected) => {
    expect(formatPercent(numerator, denominator)).toBe(expected);
  });

  it("has no percent over a zero denominator", () => {
    expect(formatPercent(5, 0)).toBeNull();
    expect(formatPercent(0, 0)).toBeNull();
    expect(formatPercent(Number.NaN, 5)).toBeNull();
  });
});

describe("formatPercentValue", () => {
  it.each([
    [70.5, "70,5%"],
    [71, "71,0%"],
    [96.6, "96,6%"],
    [70.59, "70,5%"],
    [4.35, "4,3%"],
    [100, "100%"],
    [0, "0,0%"],
    [100.05, "100,0%"],
    [-0.05, "-0,0%"],
    [-5.25, "-5,2%"],
    [Number.NaN, "—"],
  ])("%d → %j", (value, expected) => {
    expect(formatPercentValue(value)).toBe(expected);
  });
});

describe("formatPercentPoints (every gap in percentage points)", () => {
  it.each([
    [64.29, "64,2 điểm phần trăm"],
    [35, "35,0 điểm phần trăm"],
    [34.96, "34,9 điểm phần trăm"],
    [2.25, "2,2 điểm phần trăm"],
    [0.1, "0,1 điểm phần trăm"],
    // A real shortfall under a tenth is never written as none.
    [0.04, "chưa đến 0,1 điểm phần trăm"],
    [0.004, "chưa đến 0,1 điểm phần trăm"],
    [1234.5, "1.234,5 điểm phần trăm"],
  ])("%d → %j", (points, expected) => {
    const exact = fromNumber(points);
    if (exact === null) throw new Error("not a number");
    expect(formatPercentPoints(exact)).toBe(expected);
  });
});
