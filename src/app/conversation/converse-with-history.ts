import type { DbClient } from "../../adapters/storage/prisma-types.js";
import { loadEarlierYear, loadFigureHistory } from "../../adapters/storage/stores/commune-snapshots.js";
import type { Catalog } from "../../core/catalog/catalog-schema.js";
import type { CommuneSnapshot } from "../../core/conversation/commune-snapshot.js";
import type { ConverseInput, DialogOutcome } from "../../core/conversation/converse-input.js";
import { EarlierYearRequired, HistoryRequired } from "../../core/conversation/history-required.js";

/** At most one run per thing a step can ask for (history, the earlier year), plus the first. */
const MAX_RUNS = 3;

/**
 * Runs the pure step on a snapshot holding only the figures in force and, when the step
 * says it needs more — older versions (undo, an indicator's history, a report, the
 * member list) or the commune's earlier year (a comparison) — loads that and runs it
 * again. The step is pure, so an earlier run left nothing behind; most messages never pay
 * for either.
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
      if (error instanceof HistoryRequired) current = { ...current, snapshot: await withHistory(db, snapshot) };
      else if (error instanceof EarlierYearRequired)
        current = { ...current, snapshot: await withEarlierYear(db, snapshot, current, catalogOf) };
      else throw error;
    }
  }
}

async function withHistory(db: DbClient, loaded: CommuneSnapshot): Promise<CommuneSnapshot> {
  const { history: _history, lastDenominators: _denominators, lastEvidence: _evidence, ...snapshot } = loaded;
  const figures = await loadFigureHistory(db, snapshot.planId, snapshot.period, snapshot.members);
  return { ...snapshot, figures };
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
