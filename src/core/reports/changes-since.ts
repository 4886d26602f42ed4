import { type IndicatorState, snapshotStates } from "../answers/indicator-state.js";
import type { CommuneSnapshot } from "../conversation/commune-snapshot.js";
import type { EvaluationStatus } from "../evaluation/evaluation-status.js";
import { snapshotAsOf } from "./as-of-period.js";

/** An indicator whose figure was confirmed, corrected or withdrawn after the last report. */
export interface ChangedIndicator {
  readonly code: string;
  readonly before: EvaluationStatus;
  readonly after: EvaluationStatus;
}

/**
 * What changed between two moments of a commune's figures: every indicator with a version
 * confirmed after `since` and at or before `until`, with its verdict at both moments (a
 * figure corrected back and forth still counts as changed, even with the same verdict).
 */
export function changesSince(snapshot: CommuneSnapshot, since: Date, until: Date): ChangedIndicator[] {
  const verdicts = (at: Date): Map<string, IndicatorState> =>
    new Map(snapshotStates(snapshotAsOf(snapshot, at)).map((state) => [state.indicator.code, state]));
  const before = verdicts(since);
  const after = verdicts(until);
  const changed: ChangedIndicator[] = [];
  for (const indicator of snapshot.catalog.indicators) {
    const versions = snapshot.figures[indicator.code] ?? [];
    const touched = versions.some((v) => v.at.getTime() > since.getTime() && v.at.getTime() <= until.getTime());
    if (!touched) continue;
    changed.push({
      code: indicator.code,
      before: before.get(indicator.code)?.evaluation.status ?? "no-data",
      after: after.get(indicator.code)?.evaluation.status ?? "no-data",
    });
  }
  return changed;
}
