import { describe, expect, it } from "vitest";
import { parseFraction } from "../../../src/core/numbers/parse-fraction.js";

describe("parseFraction", () => {
  it.each([
    ["10.215/12.030", 10215, 12030],
    ["1.685/1.960", 1685, 1960],
    ["1685/1960", 1685, 1960],
    ["1685 / 1960", 1685, 1960],
    ["5910/5910", 5910, 5910],
    ["6.608/8.315", 6608, 8315],
    ["4.210 trên 6.050", 4210, 6050],
    ["4.210 TRÊN 6.050", 4210, 6050],
    ["4.210 tren 6.050", 4210, 6050],
    // "trên" typed with a combining accent (NFD) still reads.
    ["4.210 tre\u0302n 6.050", 4210, 6050],
    ["29/29", 29, 29],
    ["  3 / 4  ", 3, 4],
    ["6 608/8 315", 6608, 8315],
    ["12,5/50", 12.5, 50],
    // Only reading: validation judges these.
    ["0/0", 0, 0],
    ["500/400", 500, 400],
    ["-5/10", -5, 10],
  ])("%j → %d / %d", (text, numerator, denominator) => {
    expect(parseFraction(text)).toEqual({ numerator, denominator });
  });

  it.each([
    "",
    "1685",
    "/1960",
    "1685/",
    "1/2/3",
    "abc/def",
    "1685 trên",
    "trên 1960",
    "1685trên1960",
    "1685 - 1960",
    "1.2.3/4",
  ])("%j is not a fraction", (text) => {
    expect(parseFraction(text)).toBeNull();
  });
});
