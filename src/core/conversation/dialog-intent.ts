import type { FigureValue } from "../evaluation/figure-value.js";

/** The questions a member can ask the bot. */
export type QueryKind = "unmet" | "progress" | "missing" | "deadlines" | "help";

/**
 * What a message asks the conversation to do, once parsed. The dialog acts on these;
 * the parser's richer result is mapped onto them in one place (`read-dialog-intent.ts`).
 */
export type DialogIntent =
  | { kind: "update"; code: string; figure: FigureValue; correction: boolean }
  | { kind: "update-ambiguous"; candidates: string[]; figure: FigureValue; correction: boolean }
  | { kind: "update-unknown-indicator" }
  | { kind: "undo" }
  | { kind: "start-update"; code: string | null; candidates: string[]; correction: boolean }
  | { kind: "query-ambiguous"; candidates: string[] }
  | { kind: "several-figures" }
  | { kind: "query"; query: QueryKind }
  | { kind: "query-indicator"; code: string }
  | { kind: "cancel" }
  | { kind: "bind"; hint: string | null }
  | { kind: "join" }
  | { kind: "approve"; mention: string }
  | { kind: "assign"; codes: string[]; mention: string }
  | { kind: "unknown" };
