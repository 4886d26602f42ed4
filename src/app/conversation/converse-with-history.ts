import type { DbClient } from "../../adapters/storage/prisma-types.js";
import { loadEarlierYear, loadFigureHistory } from "../../adapters/storage/stores/commune-snapshots.js";
import { loadMemberActivity } from "../../adapters/storage/stores/member-activity.js";
import type { Catalog } from "../../core/catalog/catalog-schema.js";
import { type CommuneSnapshot, withFigures } from "../../core/conversation/commune-snapshot.js";
import type { ConverseInput, DialogOutcome } from "../../core/conversation/converse-input.js";
import {
  EarlierYearRequired,
  HistoryRequired,
  MemberActivityRequired,
} from "../../core/conversation/history-required.js";

/**
 * At most one run per thing a step can ask for (one indicator's history, every
 * indicator's, each member's newest versions, the earlier year), plus the first.
 */
const MAX_RUNS = 5;

/**
 * Runs the pure step on a snapshot holding only the figures in force and, when the step
 * says it needs more — older versions (of one indicator for its answer; of all for a
 * report), each member's newest versions (the member list, undo) or the commune's earlier
 * year (a comparison) — loads that and runs it again. The step is pure, so an earlier run
 * left nothing behind; most messages never pay for any of them.
 */
export async function converseWithHistory(
  db: DbClient,
  converse: (input: ConverseInput) => DialogOutcome,
  input: ConverseInput,
  catalogOf: (setId: string) => Promise<Catalog>,
): Promise<DialogOutcome> {
  let current = input;
  for (let run = 1; ; run += 1) {
    try {
      return converse(current);
    } catch (error) {
      const snapshot = current.snapshot;
      if (!snapshot || run >= MAX_RUNS) throw error;
      if (error instanceof HistoryRequired)
        current = { ...current, snapshot: await withHistory(db, snapshot, error.codes) };
      else if (error instanceof MemberActivityRequired)
        current = { ...current, snapshot: { ...snapshot, memberActivity: await loadMemberActivity(db, snapshot) } };
      else if (error instanceof EarlierYearRequired)
        current = { ...current, snapshot: await withEarlierYear(db, snapshot, current, catalogOf) };
      else throw error;
    }
  }
}

/**
 * The snapshot with every version of the indicators `codes` names, the others still only
 * in force (marked in `historyOf`); without `codes`, with every version of all of them.
 */
async function withHistory(
  db: DbClient,
  loaded: CommuneSnapshot,
  codes: readonly string[] | undefined,
): Promise<CommuneSnapshot> {
  if (codes) {
    const figures = await loadFigureHistory(db, loaded.planId, loaded.period, loaded.members, codes);
    return {
      ...loaded,
      figures: { ...loaded.figures, ...figures },
      historyOf: [...(loaded.historyOf ?? []), ...codes],
    };
  }
  return withFigures(loaded, await loadFigureHistory(db, loaded.planId, loaded.period, loaded.members));
}

async function withEarlierYear(
  db: DbClient,
  snapshot: CommuneSnapshot,
  input: ConverseInput,
  catalogOf: (setId: string) => Promise<Catalog>,
): Promise<CommuneSnapshot> {
  const earlierYear = await loadEarlierYear(
    db,
    { communeId: snapshot.communeId, year: snapshot.year, platform: input.message.platform },
    catalogOf,
  );
  return { ...snapshot, earlierYear };
}
