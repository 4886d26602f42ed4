import { describe, expect, it } from "vitest";
import { gapToTarget } from "../../../src/core/evaluation/gap.js";
import type { Reading } from "../../../src/core/evaluation/read-figure.js";
import { fromNumber, type Rational } from "../../../src/core/numbers/exact-rational.js";
import { fibre, meetings } from "./fixtures.js";

const r = (value: number): Rational => fromNumber(value) ?? { num: 0n, den: 1n };

describe("gapToTarget", () => {
  it("has no gap for a figure already at or past the target", () => {
    const percent = (value: number): Reading => ({ kind: "percent", percent: r(value) });
    expect(gapToTarget(fibre().measure, percent(75), { op: ">=", value: 75 })).toBeUndefined();
    expect(gapToTarget(fibre().measure, percent(80), { op: ">", value: 75 })).toBeUndefined();
    expect(gapToTarget(fibre().measure, percent(4), { op: "<=", value: 5 })).toBeUndefined();
    expect(gapToTarget(meetings().measure, { kind: "count", value: r(5) }, { op: ">=", value: 4 })).toBeUndefined();
    const ratio: Reading = { kind: "ratio", numerator: r(90), denominator: r(100), percent: r(90) };
    expect(gapToTarget(fibre().measure, ratio, { op: ">=", value: 85 })).toBeUndefined();
  });

  it("has no gap for yes/no outcomes, texts or yes/no targets", () => {
    expect(gapToTarget(fibre().measure, { kind: "flag", value: false }, { op: "=", value: true })).toBeUndefined();
    expect(gapToTarget(fibre().measure, { kind: "status" }, { op: ">=", value: 1 })).toBeUndefined();
    expect(gapToTarget(meetings().measure, { kind: "count", value: r(1) }, { op: "=", value: true })).toBeUndefined();
  });

  it("counts whole units for decimal counts too", () => {
    const ratio: Reading = { kind: "ratio", numerator: r(12.5), denominator: r(50), percent: r(25) };
    // 30% of 50 = 15 → 2,5 more rounds up to 3 whole units.
    expect(gapToTarget(fibre().measure, ratio, { op: ">=", value: 30 })?.text).toBe("còn thiếu 3 hộ để đạt 30%");
  });
});
