import type { DbClient } from "../../adapters/storage/prisma-types.js";
import { loadFigureHistory } from "../../adapters/storage/stores/commune-snapshots.js";
import type { ConverseInput, DialogOutcome } from "../../core/conversation/converse-input.js";
import { HistoryRequired } from "../../core/conversation/history-required.js";

/**
 * Runs the pure step on a snapshot holding only the figures in force and, when the step
 * says it needs older versions (undo, an indicator's history, a report), loads every
 * version of the period and runs it again. The step is pure, so the first run left
 * nothing behind; most messages never pay for the history.
 */
export async function converseWithHistory(
  db: DbClient,
  converse: (input: ConverseInput) => DialogOutcome,
  input: ConverseInput,
): Promise<DialogOutcome> {
  try {
    return converse(input);
  } catch (error) {
    if (!(error instanceof HistoryRequired) || !input.snapshot) throw error;
  }
  const { history: _history, lastDenominators: _denominators, ...snapshot } = input.snapshot;
  const figures = await loadFigureHistory(db, snapshot.planId, snapshot.period, snapshot.members);
  return converse({ ...input, snapshot: { ...snapshot, figures } });
}
