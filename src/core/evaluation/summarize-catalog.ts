import type { Catalog, IndicatorGroup } from "../catalog/catalog-schema.js";
import { add, fromNumber, type Rational, toNumber, ZERO } from "../numbers/exact-rational.js";
import { evaluateIndicator, type IndicatorEvaluation } from "./evaluate-indicator.js";
import { resolveTarget } from "./resolve-target.js";

/**
 * Counts of verdicts and points over a set of indicators.
 *
 * `assessed` = met + unmet + noData: the indicators with a target this period, which is
 * what "9/11 Đạt" divides by. Missing figures stay in it (an unreported indicator is not
 * done), while not-assessed ones do not ("không đánh giá" items are outside the period's
 * assessment). `total` counts every indicator, not-assessed included.
 */
export interface Tally {
  readonly total: number;
  readonly assessed: number;
  readonly met: number;
  readonly unmet: number;
  readonly noData: number;
  readonly notAssessed: number;
  /** Sum of earned points over assessed scored items (0 in unscored sets). */
  readonly pointsEarned: number;
  /** Sum of maximum points over assessed scored items (0 in unscored sets). */
  readonly pointsMax: number;
}

/** The tally of one group or pillar, e.g. "1 Chính quyền số". */
export interface GroupSummary extends Tally {
  readonly code: string;
  readonly name: string;
}

/** Per-group tallies in catalog order, and the tally of the whole catalog. */
export interface CatalogSummary {
  readonly groups: readonly GroupSummary[];
  readonly overall: Tally;
}

interface Accumulator {
  total: number;
  met: number;
  unmet: number;
  noData: number;
  notAssessed: number;
  earned: Rational;
  max: Rational;
}

function empty(): Accumulator {
  return { total: 0, met: 0, unmet: 0, noData: 0, notAssessed: 0, earned: ZERO, max: ZERO };
}

function count(into: Accumulator, evaluation: IndicatorEvaluation): void {
  into.total += 1;
  if (evaluation.status === "met") into.met += 1;
  else if (evaluation.status === "unmet") into.unmet += 1;
  else if (evaluation.status === "no-data") into.noData += 1;
  else into.notAssessed += 1;
  if (evaluation.points) {
    into.earned = add(into.earned, fromNumber(evaluation.points.earned) ?? ZERO);
    into.max = add(into.max, fromNumber(evaluation.points.max) ?? ZERO);
  }
}

function tally(from: Accumulator): Tally {
  return {
    total: from.total,
    assessed: from.met + from.unmet + from.noData,
    met: from.met,
    unmet: from.unmet,
    noData: from.noData,
    notAssessed: from.notAssessed,
    pointsEarned: toNumber(from.earned),
    pointsMax: toNumber(from.max),
  };
}

/**
 * Sums evaluations per group and overall. Points are added exactly, so 0,1 + 0,2 is 0,3.
 *
 * An indicator missing from `evaluations` is taken as unreported against the catalog's own
 * target (`no-data`, or `not-assessed` when the catalog has none); callers holding a
 * commune's overrides should pass an evaluation for every indicator.
 */
export function summarizeCatalog(
  catalog: Pick<Catalog, "groups" | "indicators">,
  evaluations: Readonly<Record<string, IndicatorEvaluation | undefined>>,
): CatalogSummary {
  const byGroup = new Map<string, Accumulator>(catalog.groups.map((group: IndicatorGroup) => [group.code, empty()]));
  const overall = empty();
  for (const indicator of catalog.indicators) {
    const evaluation =
      evaluations[indicator.code] ?? evaluateIndicator({ indicator, target: resolveTarget(indicator) });
    count(overall, evaluation);
    const group = byGroup.get(indicator.group);
    if (group) count(group, evaluation);
  }
  return {
    groups: catalog.groups.map((group) => ({
      code: group.code,
      name: group.name,
      ...tally(byGroup.get(group.code) ?? empty()),
    })),
    overall: tally(overall),
  };
}
