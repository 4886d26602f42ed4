import type { Measure, Target } from "../catalog/catalog-schema.js";
import {
  ceil,
  compare,
  floor,
  fromNumber,
  multiply,
  type Rational,
  subtract,
  toNumber,
} from "../numbers/exact-rational.js";
import { formatCount, formatNumber } from "../numbers/format-number.js";
import { formatPercentPoints, PERCENT_POINTS } from "../numbers/format-percent.js";
import type { Comparator } from "./meets-target.js";
import type { Reading } from "./read-figure.js";

/**
 * How far an unmet figure is from its target, in the indicator's own unit:
 * whole households, people, meetings… for ratios and counts; percentage points when only
 * a percent was reported. `direction` says whether the figure must rise or fall (targets
 * like "≤ 5% hồ sơ trễ hạn" are met by going down).
 */
export interface Gap {
  readonly amount: number;
  readonly unit: string;
  readonly direction: "increase" | "decrease";
  /** "còn thiếu 127 hộ để đạt 85%", "cần giảm 3 hồ sơ để về mức không quá 5%". */
  readonly text: string;
}

const HUNDREDTH: Rational = { num: 1n, den: 100n };

const QUALIFIER: Record<Comparator, string> = {
  ">=": "",
  ">": "trên ",
  "<=": "không quá ",
  "<": "dưới ",
  "=": "",
};

function phrase(op: Comparator, target: number, suffix: string): string {
  return `${QUALIFIER[op]}${formatNumber(target)}${suffix}`;
}

/** "còn thiếu 127 hộ để đạt 85%", "cần giảm 2,2 điểm phần trăm để về mức không quá 5%". */
function sentence(direction: Gap["direction"], amount: string, targetText: string): string {
  return direction === "increase"
    ? `còn thiếu ${amount} để đạt ${targetText}`
    : `cần giảm ${amount} để về mức ${targetText}`;
}

function directionOf(op: Comparator, value: Rational, threshold: Rational): Gap["direction"] {
  if (op === ">=" || op === ">") return "increase";
  if (op === "<=" || op === "<") return "decrease";
  return compare(value, threshold) < 0 ? "increase" : "decrease";
}

/**
 * The least whole number of units by which `value` must change to satisfy `op threshold`:
 * ceil(threshold − value) to reach "≥", one more than floor(threshold − value) to pass ">"
 * (so exactly at the threshold still needs one), and the mirror images going down.
 */
function wholeUnitsNeeded(op: Comparator, value: Rational, threshold: Rational, direction: Gap["direction"]): bigint {
  const distance = direction === "increase" ? subtract(threshold, value) : subtract(value, threshold);
  return op === ">" || op === "<" ? floor(distance) + 1n : ceil(distance);
}

function wholeUnitGap(
  op: Comparator,
  value: Rational,
  threshold: Rational,
  unit: string,
  targetText: string,
): Gap | undefined {
  const direction = directionOf(op, value, threshold);
  const needed = wholeUnitsNeeded(op, value, threshold, direction);
  if (needed <= 0n) return undefined;
  const amount = Number(needed);
  return { amount, unit, direction, text: sentence(direction, `${formatCount(amount)} ${unit}`, targetText) };
}

/**
 * Percentage points to go. The amount is exact; the text writes it as every gap is written
 * ({@link formatPercentPoints}: one decimal, truncated, "chưa đến 0,1" below a tenth).
 * Exactly at a "≥", "≤" or "=" target there is no gap; exactly at a strict one the text says
 * the figure must go past it.
 */
function percentGap(op: Comparator, percent: Rational, target: Rational, targetNumber: number): Gap | undefined {
  const direction = directionOf(op, percent, target);
  const distance = direction === "increase" ? subtract(target, percent) : subtract(percent, target);
  const targetText = phrase(op, targetNumber, "%");
  if (distance.num < 0n) return undefined;
  if (distance.num === 0n) {
    if (op !== ">" && op !== "<") return undefined;
    const text =
      direction === "increase"
        ? `cần cao hơn ${formatNumber(targetNumber)}%`
        : `cần thấp hơn ${formatNumber(targetNumber)}%`;
    return { amount: 0, unit: PERCENT_POINTS, direction, text };
  }
  return {
    amount: toNumber(distance),
    unit: PERCENT_POINTS,
    direction,
    text: sentence(direction, formatPercentPoints(distance), targetText),
  };
}

/**
 * The gap between an unmet reading and its numeric target, or undefined when there is
 * none to state (yes/no outcomes, texts, non-numeric targets, or a figure already there).
 *
 * For a ratio the denominator is held fixed and the numerator moves: the households that
 * still need fibre, computed as ceil(target × denominator / 100) − numerator in exact
 * arithmetic. A percent-only figure has no counts, so its gap is in percentage points.
 */
export function gapToTarget(measure: Measure, reading: Reading, target: Target): Gap | undefined {
  if (typeof target.value !== "number") return undefined;
  const targetValue = fromNumber(target.value);
  if (targetValue === null) return undefined;
  switch (reading.kind) {
    case "ratio": {
      if (measure.kind !== "ratio") return undefined;
      const threshold = multiply(multiply(targetValue, reading.denominator), HUNDREDTH);
      return wholeUnitGap(target.op, reading.numerator, threshold, measure.unit, phrase(target.op, target.value, "%"));
    }
    case "percent":
      return percentGap(target.op, reading.percent, targetValue, target.value);
    case "count": {
      if (measure.kind !== "count") return undefined;
      return wholeUnitGap(target.op, reading.value, targetValue, measure.unit, phrase(target.op, target.value, ""));
    }
    case "flag":
    case "status":
      return undefined;
  }
}
