import { fromNumber, type Rational, roundToDecimals } from "./exact-rational.js";

/**
 * Writes an exact fraction with "." between thousands and "," before decimals, rounded
 * to at most `maxDecimals` decimals (halves away from zero) and without trailing zeros:
 * 6608 → "6.608", 64.8 → "64,8", 412.5 → "412,5", 1234.5 → "1.234,5".
 */
export function formatRational(value: Rational, maxDecimals = 2): string {
  const rounded = roundToDecimals(value, maxDecimals);
  const scale = 10n ** BigInt(maxDecimals);
  const scaled = (rounded.num * scale) / rounded.den;
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(maxDecimals + 1, "0");
  const whole = digits.slice(0, digits.length - maxDecimals);
  const fraction = digits.slice(digits.length - maxDecimals).replace(/0+$/, "");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${negative ? "-" : ""}${grouped}${fraction ? `,${fraction}` : ""}`;
}

/**
 * Writes a number the Vietnamese way, at most `maxDecimals` decimals (default 2):
 * 64.8 → "64,8", 412.5 → "412,5", 1234567 → "1.234.567". Not-a-number prints as "—"
 * so a broken figure shows up in a reply instead of crashing it.
 */
export function formatNumber(value: number, maxDecimals = 2): string {
  const exact = fromNumber(value);
  return exact === null ? "—" : formatRational(exact, maxDecimals);
}

/**
 * Writes a count with "." between thousands: 6608 → "6.608", 100000 → "100.000".
 * Counts are whole numbers once validated; a fraction that slipped through is still
 * shown ("2,5") rather than hidden by rounding.
 */
export function formatCount(value: number): string {
  return formatNumber(value);
}
