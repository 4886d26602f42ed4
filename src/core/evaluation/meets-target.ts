import type { Target } from "../catalog/catalog-schema.js";
import { compare, fromNumber, ONE, type Rational, ZERO } from "../numbers/exact-rational.js";

/** A target's comparator: ">=", ">", "<=", "<" or "=". */
export type Comparator = Target["op"];

/** True when `value op target` holds, compared exactly (59,96 is not ≥ 60). */
export function satisfies(value: Rational, op: Comparator, target: Rational): boolean {
  const order = compare(value, target);
  switch (op) {
    case ">=":
      return order >= 0;
    case ">":
      return order > 0;
    case "<=":
      return order <= 0;
    case "<":
      return order < 0;
    case "=":
      return order === 0;
  }
}

/**
 * A target value as an exact number: a yes/no target counts as 1 or 0, so "= true" and
 * ">= 1" mean the same for yes/no measures. Null when the number is not finite.
 */
export function targetAmount(value: Target["value"]): Rational | null {
  if (typeof value === "boolean") return value ? ONE : ZERO;
  return fromNumber(value);
}
