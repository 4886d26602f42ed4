import type { Indicator, Target } from "../catalog/catalog-schema.js";
import { ONE, toNumber, ZERO } from "../numbers/exact-rational.js";
import { formatPercentRational } from "../numbers/format-percent.js";
import type { EvaluationProblem } from "./evaluation-problem.js";
import type { EvaluationStatus } from "./evaluation-status.js";
import type { FigureValue } from "./figure-value.js";
import { type Gap, gapToTarget } from "./gap.js";
import { satisfies, targetAmount } from "./meets-target.js";
import { type PointsEarned, scorePoints } from "./points.js";
import { type Reading, readFigure } from "./read-figure.js";

/** What is known about one indicator for one commune. */
export interface EvaluateIndicatorInput {
  readonly indicator: Indicator;
  /** The target in force, from {@link resolveTarget}; null means not assessed. */
  readonly target: Target | null;
  /** The confirmed value; absent or null when nothing has been reported. */
  readonly value?: FigureValue | null;
}

/** The verdict on one indicator, with what a reply needs to explain it. */
export interface IndicatorEvaluation {
  readonly status: EvaluationStatus;
  /** The exact percent (unrounded, untruncated) for ratio and percent figures. */
  readonly percent?: number;
  /** The percent as reports print it, one decimal truncated: "96,6%", "100%". */
  readonly percentText?: string;
  /** How far an unmet figure is from its target, when that can be said in units. */
  readonly gap?: Gap;
  /** Points on a scored item that is assessed; absent for unscored or not-assessed items. */
  readonly points?: PointsEarned;
  /** Why a stored figure could not be judged (the status is then `no-data`). */
  readonly problem?: EvaluationProblem;
}

function percentFields(reading: Reading | null): Pick<IndicatorEvaluation, "percent" | "percentText"> {
  if (reading === null || (reading.kind !== "ratio" && reading.kind !== "percent")) return {};
  return { percent: toNumber(reading.percent), percentText: formatPercentRational(reading.percent) };
}

type Verdict = { readonly status: "met" | "unmet" } | { readonly problem: EvaluationProblem };

function judge(reading: Reading, target: Target): Verdict {
  const goal = targetAmount(target.value);
  if (goal === null) return { problem: "invalid-number" };
  switch (reading.kind) {
    case "ratio":
    case "percent":
    case "count": {
      if (typeof target.value !== "number") return { problem: "target-kind-mismatch" };
      const amount = reading.kind === "count" ? reading.value : reading.percent;
      return { status: satisfies(amount, target.op, goal) ? "met" : "unmet" };
    }
    case "flag":
      return { status: satisfies(reading.value ? ONE : ZERO, target.op, goal) ? "met" : "unmet" };
    case "status":
      return { problem: "value-kind-mismatch" };
  }
}

/**
 * Judges one indicator against the target in force.
 *
 * - Status measures and a null target give `not-assessed`: no verdict, no gap and no
 *   points, so "không đánh giá" items neither count against the commune nor inflate its
 *   maximum score (Huế's index drops an item a commune is exempt from). The percent of a
 *   reported ratio is still shown.
 * - No value gives `no-data`; a value that cannot be read against the measure gives
 *   `no-data` with a `problem`. Scored items then earn 0 of their maximum.
 * - Otherwise the exact figure is compared with the target (numerator × 100 against
 *   target × denominator, never floats), so 59,96% is not ≥ 60%. Yes/no outcomes compare
 *   as 1 and 0; a choice counts as yes when its option `meets`.
 * - Unmet ratios and counts carry the gap in whole units, percent-only figures in
 *   percentage points.
 */
export function evaluateIndicator(input: EvaluateIndicatorInput): IndicatorEvaluation {
  const { indicator, target, value } = input;
  const read = value ? readFigure(indicator.measure, value) : null;
  const reading = read?.ok ? read.reading : null;
  const shown = percentFields(reading);

  if (target === null || indicator.measure.kind === "status") return { status: "not-assessed", ...shown };

  const noData = (problem?: EvaluationProblem): IndicatorEvaluation => ({
    status: "no-data",
    ...(problem ? { problem } : {}),
    ...(indicator.points ? { points: scorePoints(indicator.points, null, "no-data", target) } : {}),
  });

  if (read === null) return noData();
  if (!read.ok) return noData(read.problem);
  const verdict = judge(read.reading, target);
  if ("problem" in verdict) return noData(verdict.problem);

  const gap = verdict.status === "unmet" ? gapToTarget(indicator.measure, read.reading, target) : undefined;
  return {
    status: verdict.status,
    ...shown,
    ...(gap ? { gap } : {}),
    ...(indicator.points ? { points: scorePoints(indicator.points, read.reading, verdict.status, target) } : {}),
  };
}
