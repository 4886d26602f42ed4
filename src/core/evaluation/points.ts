import type { Points, Target } from "../catalog/catalog-schema.js";
import {
  compare,
  divide,
  fromInteger,
  fromNumber,
  max,
  min,
  multiply,
  ONE,
  type Rational,
  roundToDecimals,
  toNumber,
  ZERO,
} from "../numbers/exact-rational.js";
import type { EvaluationStatus } from "./evaluation-status.js";
import type { Reading } from "./read-figure.js";

/** Points earned on one scored item, out of its maximum. */
export interface PointsEarned {
  readonly earned: number;
  readonly max: number;
}

const HUNDRED = fromInteger(100n);

function flagShare(met: boolean): Rational {
  return met ? ONE : ZERO;
}

/** The target as a positive exact number, or null when it is not one. */
function positiveTarget(target: Target | null): Rational | null {
  if (target === null || typeof target.value !== "number") return null;
  const value = fromNumber(target.value);
  return value !== null && compare(value, ZERO) > 0 ? value : null;
}

/**
 * The fulfilled fraction for `proportional` scoring, before capping: numerator/denominator
 * for ratios (or percent/target when `ofTarget`), percent/100 for a bare percent, and
 * count/target for counts, which have no denominator of their own. Yes/no outcomes are all
 * or nothing. A missing or zero target makes `ofTarget` fall back to the plain fraction.
 */
function proportion(reading: Reading, met: boolean, ofTarget: boolean, target: Target | null): Rational {
  const goal = positiveTarget(target);
  switch (reading.kind) {
    case "ratio":
    case "percent":
      return (ofTarget && goal ? divide(reading.percent, goal) : divide(reading.percent, HUNDRED)) ?? ZERO;
    case "count":
      return goal ? (divide(reading.value, goal) ?? ZERO) : flagShare(met);
    case "flag":
      return flagShare(reading.value);
    case "status":
      return ZERO;
  }
}

/** Units counted for `per-unit` scoring: the count, a ratio's numerator, 1 for a yes. */
function units(reading: Reading): Rational {
  switch (reading.kind) {
    case "count":
      return reading.value;
    case "ratio":
      return reading.numerator;
    case "flag":
      return flagShare(reading.value);
    case "percent":
    case "status":
      return ZERO;
  }
}

/** The quantity `thresholds` steps are read against: a count, a percent, or 1 for a yes. */
function stepQuantity(reading: Reading): Rational {
  switch (reading.kind) {
    case "count":
      return reading.value;
    case "ratio":
    case "percent":
      return reading.percent;
    case "flag":
      return flagShare(reading.value);
    case "status":
      return ZERO;
  }
}

function thresholdShare(
  steps: Extract<Points["scoring"], { kind: "thresholds" }>["steps"],
  quantity: Rational,
): Rational {
  let best: { atLeast: Rational; share: Rational } | null = null;
  for (const step of steps) {
    const atLeast = fromNumber(step.atLeast);
    const share = fromNumber(step.share);
    if (atLeast === null || share === null || compare(quantity, atLeast) < 0) continue;
    const higher = best === null || compare(atLeast, best.atLeast) > 0;
    const sameStepMoreShare = best !== null && compare(atLeast, best.atLeast) === 0 && compare(share, best.share) > 0;
    if (higher || sameStepMoreShare) best = { atLeast, share };
  }
  return best?.share ?? ZERO;
}

function share(points: Points, reading: Reading, status: EvaluationStatus, target: Target | null): Rational {
  const met = status === "met";
  const scoring = points.scoring;
  switch (scoring.kind) {
    case "met":
      return flagShare(met);
    case "choice":
      return reading.kind === "flag" && reading.share !== undefined
        ? (fromNumber(reading.share) ?? ZERO)
        : flagShare(met);
    case "proportional":
      return min(ONE, proportion(reading, met, scoring.ofTarget, target));
    case "per-unit": {
      const perUnit = fromNumber(scoring.points);
      const maxPoints = fromNumber(points.max);
      if (perUnit === null || maxPoints === null) return ZERO;
      return divide(min(maxPoints, multiply(units(reading), perUnit)), maxPoints) ?? ZERO;
    }
    case "thresholds":
      return thresholdShare(scoring.steps, stepQuantity(reading));
  }
}

/**
 * Points one assessed item earns under its scoring rule (see `scoringSchema`), e.g.
 * 3 of 4 district meetings at 0,5 each → 1,5/2; one article where ≥ 2 earn all and 1 earns
 * half → 5/10; a deputy heading the committee (share 0,5) → 5/10.
 *
 * `reading` null (no usable figure) earns 0. Earned points are exact until the end, then
 * rounded to at most two decimals with halves away from zero (1,5 stays 1,5; 0,666… → 0,67),
 * and kept between 0 and the maximum.
 */
export function scorePoints(
  points: Points,
  reading: Reading | null,
  status: EvaluationStatus,
  target: Target | null,
): PointsEarned {
  const maxPoints = fromNumber(points.max);
  if (reading === null || maxPoints === null) return { earned: 0, max: points.max };
  const fraction = max(ZERO, min(ONE, share(points, reading, status, target)));
  const earned = min(maxPoints, roundToDecimals(multiply(maxPoints, fraction), 2));
  return { earned: toNumber(earned), max: points.max };
}
