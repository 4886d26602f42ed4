import { describe, expect, it } from "vitest";
import { formatCount, formatNumber } from "../../../src/core/numbers/format-number.js";

describe("formatCount", () => {
  it.each([
    [6608, "6.608"],
    [8315, "8.315"],
    [0, "0"],
    [7, "7"],
    [999, "999"],
    [1000, "1.000"],
    [100000, "100.000"],
    [1234567, "1.234.567"],
    [-1234, "-1.234"],
    [2.5, "2,5"],
  ])("%d → %j", (value, expected) => {
    expect(formatCount(value)).toBe(expected);
  });
});

describe("formatNumber", () => {
  it.each([
    [64.8, undefined, "64,8"],
    [412.5, undefined, "412,5"],
    [1.5, undefined, "1,5"],
    [600, undefined, "600"],
    [1234.5, undefined, "1.234,5"],
    [0.1 + 0.2, undefined, "0,3"],
    [2 / 3, undefined, "0,67"],
    [1.005, undefined, "1,01"],
    [1.004, undefined, "1"],
    [4.875, 1, "4,9"],
    [70.125, 3, "70,125"],
    [-0.001, undefined, "0"],
    [-2.5, 0, "-3"],
    [1e21, 0, "1.000.000.000.000.000.000.000"],
    [Number.NaN, undefined, "—"],
    [Number.POSITIVE_INFINITY, undefined, "—"],
  ])("%d (max %s decimals) → %j", (value, maxDecimals, expected) => {
    expect(formatNumber(value, maxDecimals)).toBe(expected);
  });
});
