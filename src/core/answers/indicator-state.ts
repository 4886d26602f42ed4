import type { Indicator, Target } from "../catalog/catalog-schema.js";
import type { CommuneSnapshot, FigureVersion } from "../conversation/commune-snapshot.js";
import { evaluateIndicator, type IndicatorEvaluation } from "../evaluation/evaluate-indicator.js";
import type { FigureValue } from "../evaluation/figure-value.js";
import { resolveTarget } from "../evaluation/resolve-target.js";
import { type CatalogSummary, summarizeCatalog } from "../evaluation/summarize-catalog.js";

/**
 * Everything an answer says about one indicator of a commune: the target in force, the
 * figure history and the engine's verdict on the latest figure.
 */
export interface IndicatorState {
  readonly indicator: Indicator;
  /** The target in force; null = not assessed for this commune. */
  readonly target: Target | null;
  /** True when the commune's own plan sets this target (or marks it not assessed). */
  readonly ownTarget: boolean;
  /** Confirmed versions, oldest first. */
  readonly versions: readonly FigureVersion[];
  /** The last version, if any. */
  readonly latest?: FigureVersion;
  /** The figure in force: the last version's value; null when none or withdrawn by an undo. */
  readonly value: FigureValue | null;
  readonly evaluation: IndicatorEvaluation;
}

/**
 * The state of one indicator: the commune's own target first (`resolveTarget`), the value of
 * the last confirmed version (a null value is a withdrawn figure, i.e. no data), and the
 * engine's verdict. Answers never judge figures themselves.
 */
export function indicatorState(snapshot: CommuneSnapshot, indicator: Indicator): IndicatorState {
  const overrides = snapshot.targetOverrides;
  const ownTarget = Object.hasOwn(overrides, indicator.code);
  const target = resolveTarget(indicator, ownTarget ? overrides[indicator.code] : undefined);
  const versions =
    (Object.hasOwn(snapshot.figures, indicator.code) ? snapshot.figures[indicator.code] : undefined) ?? [];
  const latest = versions.at(-1);
  const value = latest?.value ?? null;
  const evaluation = evaluateIndicator({ indicator, target, value });
  return { indicator, target, ownTarget, versions, ...(latest ? { latest } : {}), value, evaluation };
}

/** The state of every indicator of the snapshot's catalog, in catalog order. */
export function snapshotStates(snapshot: CommuneSnapshot): IndicatorState[] {
  return snapshot.catalog.indicators.map((indicator) => indicatorState(snapshot, indicator));
}

/** Per-group and overall tallies of the given states (verdicts and points), via the engine. */
export function summarizeStates(snapshot: CommuneSnapshot, states: readonly IndicatorState[]): CatalogSummary {
  return summarizeCatalog(
    snapshot.catalog,
    Object.fromEntries(states.map((state) => [state.indicator.code, state.evaluation])),
  );
}
