import type { CommuneSnapshot } from "./commune-snapshot.js";

/**
 * Thrown by the pure step when it needs older figure versions than the snapshot holds
 * (`history: "latest"`): the caller loads every version and runs the same step again.
 * Messages rarely need history (undo, one indicator's history, reports), so the usual
 * message reads only the figures in force, however long the commune's history is.
 */
export class HistoryRequired extends Error {
  constructor() {
    super("this step needs every figure version of the period");
    this.name = "HistoryRequired";
  }
}

/** Throws {@link HistoryRequired} unless the snapshot holds every figure version. */
export function requireFullHistory(snapshot: CommuneSnapshot): void {
  if (snapshot.history === "latest") throw new HistoryRequired();
}

/**
 * Thrown by the pure step when it compares with an earlier year and the snapshot does not
 * say what that year holds (`earlierYear` absent): the caller loads the commune's newest
 * earlier plan (or null) and runs the same step again.
 */
export class EarlierYearRequired extends Error {
  constructor() {
    super("this step needs the commune's plan of an earlier year");
    this.name = "EarlierYearRequired";
  }
}

/** Throws {@link EarlierYearRequired} unless the snapshot says what the earlier year holds. */
export function requireEarlierYear(snapshot: CommuneSnapshot): void {
  if (snapshot.earlierYear === undefined) throw new EarlierYearRequired();
}
