import { compare, divide, fromInteger, fromNumber, multiply, type Rational, truncate } from "./exact-rational.js";

const HUNDRED = fromInteger(100n);
const TEN = fromInteger(10n);

/**
 * Writes an exact percent with one decimal, TRUNCATED as the reports do (96,69% →
 * "96,6%"; 99,96% → "99,9%", never a rounded-up "100,0%" that would look complete).
 * Exactly 100% is written "100%", as every report writes a complete figure; anything
 * else keeps its decimal ("0,0%", "85,0%", and "100,0%" for 100,01%, which validation
 * flags as above 100).
 */
export function formatPercentRational(percent: Rational): string {
  if (compare(percent, HUNDRED) === 0) return "100%";
  return `${truncatedTenths(percent)}%`;
}

/** An exact number with one decimal, truncated, "." between thousands: 64,29 → "64,2", -0,05 → "-0,0". */
function truncatedTenths(value: Rational): string {
  const tenths = truncate(multiply(value, TEN));
  const negative = tenths < 0n || (tenths === 0n && value.num < 0n);
  const absolute = tenths < 0n ? -tenths : tenths;
  const whole = (absolute / 10n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${negative ? "-" : ""}${whole},${absolute % 10n}`;
}

/**
 * A distance between two percents, as every reply states a gap: one decimal, truncated like
 * the percents themselves, "64,2 điểm phần trăm", "35,0 điểm phần trăm". A positive distance
 * under a tenth reads "chưa đến 0,1 điểm phần trăm", so a real shortfall never reads as none.
 * The distance is taken as given (its sign is the caller's to word: "còn thiếu", "cần giảm").
 */
export function formatPercentPoints(points: Rational): string {
  const shown = truncatedTenths(points);
  if (points.num > 0n && shown === "0,0") return `chưa đến 0,1 ${PERCENT_POINTS}`;
  return `${shown} ${PERCENT_POINTS}`;
}

/** The unit of a distance between two percents. */
export const PERCENT_POINTS = "điểm phần trăm";

/**
 * The percent numerator/denominator as reports print it, one decimal truncated, with
 * exact integer arithmetic: 433/448 → "96,6%", 4485/6353 → "70,5%", 1685/1960 → "85,9%",
 * 5910/5910 → "100%". Returns null when the denominator is zero or a number is not finite.
 */
export function formatPercent(numerator: number, denominator: number): string | null {
  const top = fromNumber(numerator);
  const bottom = fromNumber(denominator);
  if (top === null || bottom === null) return null;
  const ratio = divide(multiply(top, HUNDRED), bottom);
  return ratio === null ? null : formatPercentRational(ratio);
}

/**
 * A percent given on its own ("3.4 đạt 70,5%") written like {@link formatPercent}:
 * 70.5 → "70,5%", 71 → "71,0%", 100 → "100%", 70.59 → "70,5%".
 * Not-a-number prints as "—".
 */
export function formatPercentValue(percent: number): string {
  const exact = fromNumber(percent);
  return exact === null ? "—" : formatPercentRational(exact);
}
