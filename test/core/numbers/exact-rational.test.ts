import { describe, expect, it } from "vitest";
import {
  add,
  ceil,
  compare,
  divide,
  floor,
  fromInteger,
  fromNumber,
  isInteger,
  multiply,
  type Rational,
  roundToDecimals,
  subtract,
  toNumber,
  truncate,
} from "../../../src/core/numbers/exact-rational.js";

function r(value: number): Rational {
  const exact = fromNumber(value);
  if (exact === null) throw new Error(`not finite: ${value}`);
  return exact;
}

describe("exact rationals", () => {
  it("reads numbers as the decimals they print as", () => {
    expect(fromNumber(0.7)).toEqual({ num: 7n, den: 10n });
    expect(fromNumber(1.1)).toEqual({ num: 11n, den: 10n });
    expect(fromNumber(-64.8)).toEqual({ num: -324n, den: 5n });
    expect(fromNumber(6608)).toEqual({ num: 6608n, den: 1n });
    expect(fromNumber(1e21)).toEqual({ num: 10n ** 21n, den: 1n });
    expect(fromNumber(1.5e-7)).toEqual({ num: 3n, den: 20000000n });
    expect(fromNumber(-0)).toEqual({ num: 0n, den: 1n });
    expect(fromNumber(Number.NaN)).toBeNull();
    expect(fromNumber(Number.NEGATIVE_INFINITY)).toBeNull();
  });

  it("does arithmetic without float drift", () => {
    expect(toNumber(add(r(0.1), r(0.2)))).toBe(0.3);
    expect(compare(multiply(r(1.1), r(3000)), fromInteger(3300n))).toBe(0);
    expect(toNumber(subtract(r(75), r(70.1)))).toBe(4.9);
    expect(divide(r(1), r(0))).toBeNull();
    expect(divide(r(1), r(3))).toEqual({ num: 1n, den: 3n });
    expect(isInteger(r(2.5))).toBe(false);
    expect(isInteger(multiply(r(2.5), r(2)))).toBe(true);
  });

  it("floors, ceils and truncates in the right direction", () => {
    expect(floor(r(2.5))).toBe(2n);
    expect(floor(r(-2.5))).toBe(-3n);
    expect(ceil(r(2.5))).toBe(3n);
    expect(ceil(r(-2.5))).toBe(-2n);
    expect(ceil(r(3))).toBe(3n);
    expect(truncate(r(-2.5))).toBe(-2n);
    expect(truncate(r(2.99))).toBe(2n);
  });

  it("rounds halves away from zero", () => {
    expect(toNumber(roundToDecimals(r(1.005), 2))).toBe(1.01);
    expect(toNumber(roundToDecimals(r(-1.005), 2))).toBe(-1.01);
    expect(toNumber(roundToDecimals(divide(r(2), r(3))!, 2))).toBe(0.67);
    expect(toNumber(roundToDecimals(r(1.5), 0))).toBe(2);
  });
});
