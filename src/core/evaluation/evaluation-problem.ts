/**
 * Why a stored figure could not be judged, reported alongside a `no-data` verdict instead
 * of being thrown:
 * - `value-kind-mismatch`: the value's kind does not fit the measure (a count stored for a
 *   ratio, e.g. after a catalog was edited without bumping its version);
 * - `target-kind-mismatch`: a numeric measure has a yes/no target;
 * - `zero-denominator`: a ratio over nothing has no percent;
 * - `unknown-option`: the chosen option is not one of the measure's options;
 * - `invalid-number`: a number is NaN or infinite.
 */
export type EvaluationProblem =
  | "value-kind-mismatch"
  | "target-kind-mismatch"
  | "zero-denominator"
  | "unknown-option"
  | "invalid-number";
