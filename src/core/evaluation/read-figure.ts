import type { Measure } from "../catalog/catalog-schema.js";
import { divide, fromInteger, fromNumber, multiply, type Rational } from "../numbers/exact-rational.js";
import type { EvaluationProblem } from "./evaluation-problem.js";
import type { FigureValue } from "./figure-value.js";

/**
 * A figure turned into exact quantities in the terms of its measure, ready to compare:
 * - `ratio`: both counts and the exact percent (numerator × 100 / denominator);
 * - `percent`: only a percent was reported;
 * - `count`: a counted amount;
 * - `flag`: a yes/no outcome (a boolean, an issued document, or a choice whose option
 *   `meets`), with the option's points share for choices;
 * - `status`: a free text, never compared.
 */
export type Reading =
  | { readonly kind: "ratio"; readonly numerator: Rational; readonly denominator: Rational; readonly percent: Rational }
  | { readonly kind: "percent"; readonly percent: Rational }
  | { readonly kind: "count"; readonly value: Rational }
  | { readonly kind: "flag"; readonly value: boolean; readonly share?: number }
  | { readonly kind: "status" };

/** A reading, or the reason the figure cannot be read against its measure. */
export type ReadResult =
  | { readonly ok: true; readonly reading: Reading }
  | { readonly ok: false; readonly problem: EvaluationProblem };

const HUNDRED = fromInteger(100n);

function exact(...values: number[]): Rational[] | null {
  const out: Rational[] = [];
  for (const value of values) {
    const r = fromNumber(value);
    if (r === null) return null;
    out.push(r);
  }
  return out;
}

/**
 * Reads a stored value against the indicator's measure. Ratios accept both counts or a
 * bare percent; booleans and documents accept each other (an official answering "đã có"
 * for a plan is a yes); everything else must match its own kind.
 */
export function readFigure(measure: Measure, value: FigureValue): ReadResult {
  const mismatch: ReadResult = { ok: false, problem: "value-kind-mismatch" };
  const invalid: ReadResult = { ok: false, problem: "invalid-number" };
  switch (measure.kind) {
    case "ratio": {
      if (value.kind === "percent") {
        const [percent] = exact(value.percent) ?? [];
        return percent ? { ok: true, reading: { kind: "percent", percent } } : invalid;
      }
      if (value.kind !== "ratio") return mismatch;
      const [numerator, denominator] = exact(value.numerator, value.denominator) ?? [];
      if (!numerator || !denominator) return invalid;
      const percent = divide(multiply(numerator, HUNDRED), denominator);
      return percent
        ? { ok: true, reading: { kind: "ratio", numerator, denominator, percent } }
        : { ok: false, problem: "zero-denominator" };
    }
    case "count": {
      if (value.kind !== "count") return mismatch;
      const [count] = exact(value.value) ?? [];
      return count ? { ok: true, reading: { kind: "count", value: count } } : invalid;
    }
    case "boolean":
    case "document": {
      if (value.kind === "boolean") return { ok: true, reading: { kind: "flag", value: value.value } };
      if (value.kind === "document") return { ok: true, reading: { kind: "flag", value: value.issued } };
      return mismatch;
    }
    case "choice": {
      if (value.kind !== "choice") return mismatch;
      const option = measure.options.find((candidate) => candidate.value === value.option);
      if (!option) return { ok: false, problem: "unknown-option" };
      const reading: Reading =
        option.share === undefined
          ? { kind: "flag", value: option.meets }
          : { kind: "flag", value: option.meets, share: option.share };
      return { ok: true, reading };
    }
    case "status":
      return value.kind === "status" ? { ok: true, reading: { kind: "status" } } : mismatch;
  }
}
