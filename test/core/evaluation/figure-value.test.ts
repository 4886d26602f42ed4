import { describe, expect, it } from "vitest";
import { figureValueSchema } from "../../../src/core/evaluation/figure-value.js";

describe("figureValueSchema", () => {
  it.each([
    { kind: "ratio", numerator: 1685, denominator: 1960 },
    { kind: "ratio", numerator: 0, denominator: 12 },
    { kind: "percent", percent: 70.5 },
    { kind: "percent", percent: 120 },
    { kind: "boolean", value: false },
    { kind: "count", value: 3 },
    { kind: "document", issued: true, reference: "Kế hoạch số 12/KH-UBND ngày 14/01/2025" },
    { kind: "document", issued: false },
    { kind: "choice", option: "pho-chu-tich" },
    { kind: "status", text: "Đang triển khai" },
  ])("round-trips %j through JSON", (value) => {
    expect(figureValueSchema.parse(JSON.parse(JSON.stringify(value)))).toEqual(value);
  });

  it.each([
    { kind: "ratio", numerator: 5, denominator: 0 },
    { kind: "ratio", numerator: -1, denominator: 10 },
    { kind: "percent", percent: Number.NaN },
    { kind: "count", value: Number.POSITIVE_INFINITY },
    { kind: "count", value: -2 },
    { kind: "document", issued: true, reference: "  " },
    { kind: "choice", option: "" },
    { kind: "status", text: "" },
    { kind: "fraction", numerator: 1, denominator: 2 },
    { kind: "boolean", value: "có" },
  ])("refuses %j", (value) => {
    expect(figureValueSchema.safeParse(value).success).toBe(false);
  });
});
