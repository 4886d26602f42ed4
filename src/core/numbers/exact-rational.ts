/**
 * Exact fractions of big integers.
 *
 * Verdicts turn on the last digit ("59,96%" is not "≥ 60%"), and binary floating point
 * cannot hold 0,7 or 1,1 exactly: `1.1 * 3000` is 3300.0000000000005, which would call
 * 33/3000 short of 1,1%. Every comparison, gap and truncation in the core is therefore
 * done on these fractions, built from the decimal a number was written as.
 */
export interface Rational {
  /** Numerator; carries the sign. */
  readonly num: bigint;
  /** Denominator; always positive, and the fraction is kept in lowest terms. */
  readonly den: bigint;
}

/** Zero as a fraction. */
export const ZERO: Rational = { num: 0n, den: 1n };

/** One as a fraction. */
export const ONE: Rational = { num: 1n, den: 1n };

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function make(num: bigint, den: bigint): Rational {
  const sign = den < 0n ? -1n : 1n;
  const divisor = gcd(num, den) || 1n;
  return { num: (sign * num) / divisor, den: (sign * den) / divisor };
}

/** A whole number as a fraction. */
export function fromInteger(value: bigint): Rational {
  return { num: value, den: 1n };
}

/**
 * The exact value of the decimal a JavaScript number prints as (`0.7` is 7/10, not the
 * nearest binary double). Every number that came from a parsed Vietnamese figure or a
 * catalog target prints back as the decimal it was written as, so nothing is lost.
 * Returns null for NaN and infinities.
 */
export function fromNumber(value: number): Rational | null {
  if (!Number.isFinite(value)) return null;
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!match) return null;
  const [, sign = "", whole = "0", fraction = "", exponentText = "0"] = match;
  const exponent = Number(exponentText) - fraction.length;
  const digits = BigInt(sign + whole + fraction);
  return exponent >= 0 ? make(digits * 10n ** BigInt(exponent), 1n) : make(digits, 10n ** BigInt(-exponent));
}

/** a + b. */
export function add(a: Rational, b: Rational): Rational {
  return make(a.num * b.den + b.num * a.den, a.den * b.den);
}

/** a − b. */
export function subtract(a: Rational, b: Rational): Rational {
  return make(a.num * b.den - b.num * a.den, a.den * b.den);
}

/** a × b. */
export function multiply(a: Rational, b: Rational): Rational {
  return make(a.num * b.num, a.den * b.den);
}

/** a ÷ b, or null when b is zero (a value, so callers decide what "over nothing" means). */
export function divide(a: Rational, b: Rational): Rational | null {
  return b.num === 0n ? null : make(a.num * b.den, a.den * b.num);
}

/** −1, 0 or 1 as a is below, equal to or above b. */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The smaller of two fractions. */
export function min(a: Rational, b: Rational): Rational {
  return compare(a, b) <= 0 ? a : b;
}

/** The larger of two fractions. */
export function max(a: Rational, b: Rational): Rational {
  return compare(a, b) >= 0 ? a : b;
}

/** The greatest whole number not above r. */
export function floor(r: Rational): bigint {
  const quotient = r.num / r.den;
  return r.num < 0n && quotient * r.den !== r.num ? quotient - 1n : quotient;
}

/** The least whole number not below r. */
export function ceil(r: Rational): bigint {
  return -floor({ num: -r.num, den: r.den });
}

/** r with its fraction dropped, towards zero (how reports cut 96,69% to 96,6%). */
export function truncate(r: Rational): bigint {
  return r.num / r.den;
}

/** True when r is a whole number. */
export function isInteger(r: Rational): boolean {
  return r.den === 1n;
}

/**
 * r rounded to `places` decimals, halves away from zero (1,005 → 1,01), still exact.
 * Used for points, which the documents give in hundredths at most.
 */
export function roundToDecimals(r: Rational, places: number): Rational {
  const scale = 10n ** BigInt(places);
  const scaled = { num: r.num * scale * 2n + (r.num < 0n ? -r.den : r.den), den: r.den * 2n };
  return make(truncate(scaled), scale);
}

/** The nearest JavaScript number, for storing or for callers that need a plain number. */
export function toNumber(r: Rational): number {
  return Number(r.num) / Number(r.den);
}
