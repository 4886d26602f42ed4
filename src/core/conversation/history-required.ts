import type { CommuneSnapshot } from "./commune-snapshot.js";

/**
 * Thrown by the pure step when it needs older figure versions than the snapshot holds
 * (`history: "latest"`): the caller loads every version and runs the same step again.
 * Messages rarely need history (undo, one indicator's history, reports), so the usual
 * message reads only the figures in force, however long the commune's history is.
 */
export class HistoryRequired extends Error {
  /** The indicators whose versions the step needs, by code; absent when it needs every indicator's. */
  readonly codes: readonly string[] | undefined;

  constructor(codes?: readonly string[]) {
    super(
      codes
        ? `this step needs every figure version of ${codes.join(", ")} in the period`
        : "this step needs every figure version of the period",
    );
    this.name = "HistoryRequired";
    this.codes = codes;
  }
}

/**
 * Throws {@link HistoryRequired} unless the snapshot holds every figure version: of the
 * indicators `codes` names (an answer about one indicator), or of all of them.
 */
export function requireFullHistory(snapshot: CommuneSnapshot, codes?: readonly string[]): void {
  if (snapshot.history !== "latest") return;
  if (codes?.every((code) => snapshot.historyOf?.includes(code))) return;
  throw new HistoryRequired(codes);
}

/**
 * Thrown by the pure step when it needs what each member last confirmed (the member
 * list, undo) and the snapshot holds only the figures in force: the caller loads each
 * member's newest versions (`memberActivity`) and runs the same step again.
 */
export class MemberActivityRequired extends Error {
  constructor() {
    super("this step needs each member's newest figure versions");
    this.name = "MemberActivityRequired";
  }
}

/** Throws {@link MemberActivityRequired} unless the snapshot holds every version or each member's newest. */
export function requireMemberActivity(snapshot: CommuneSnapshot): void {
  if (snapshot.history === "latest" && snapshot.memberActivity === undefined) throw new MemberActivityRequired();
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
