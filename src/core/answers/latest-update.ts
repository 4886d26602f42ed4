import type { FigureVersion } from "../conversation/commune-snapshot.js";
import type { IndicatorState } from "./indicator-state.js";

/** The most recent confirmed change across indicators, and which indicator it touched. */
export interface LatestUpdate {
  readonly code: string;
  readonly version: FigureVersion;
}

/**
 * The newest confirmed version over all indicators (updates, corrections and undos alike,
 * since each is a change someone confirmed), or null when nothing was ever confirmed.
 * Ties keep the earlier indicator in catalog order; a version with an invalid date is skipped.
 */
export function latestUpdate(states: readonly IndicatorState[]): LatestUpdate | null {
  let best: LatestUpdate | null = null;
  for (const state of states) {
    for (const version of state.versions) {
      if (Number.isNaN(version.at.getTime())) continue;
      if (best === null || version.at.getTime() > best.version.at.getTime())
        best = { code: state.indicator.code, version };
    }
  }
  return best;
}
