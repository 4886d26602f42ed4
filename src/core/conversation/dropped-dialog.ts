import type { ParsedMessage } from "../parsing/parsed-message.js";
import type { DialogOutcome } from "./converse-input.js";
import type { SessionState } from "./session-state.js";
import { removalNotDone, UNSAVED_PICK, undoNotDone, unsavedBatch, unsavedUpdate } from "./texts/dropped-dialog.js";

/**
 * A new figure, update or undo that replaced a dialog holding something not yet saved (a
 * guided update half typed, figures read back, an undo or a removal waiting for "có")
 * says so above its own reply: "Chỉ tiêu 4.1 đang nhập dở chưa được lưu." A new figure
 * for the same indicator only replaces it, and questions leave the dialog as it was, so
 * neither is noted. Figures waiting for "có" that a new figure joins are not dropped at
 * all (see `gatherFigures`).
 */
export function noteDroppedDialog(
  previous: SessionState | null,
  intent: ParsedMessage,
  outcome: DialogOutcome,
): DialogOutcome {
  const again = previous?.step === "confirm-undo" && intent.intent === "undo";
  const note = previous && takesOver(intent) && !again ? droppedNote(previous, namedCodes(intent)) : null;
  const first = outcome.effects.findIndex((effect) => effect.type === "reply");
  const replyEffect = outcome.effects[first];
  if (!note || !replyEffect || replyEffect.type !== "reply") return outcome;
  const effects = [...outcome.effects];
  effects[first] = { ...replyEffect, text: `${note}\n${replyEffect.text}` };
  return { ...outcome, effects };
}

/** Intents that start something new in place of the open dialog. */
function takesOver(intent: ParsedMessage): boolean {
  switch (intent.intent) {
    case "update":
    case "correction":
    case "batch":
    case "start_update":
    case "undo":
      return true;
    case "ambiguous":
      return intent.purpose !== "query";
    default:
      return false;
  }
}

/** The indicators the new message is about: the dialog of one of them is carried on, not dropped. */
function namedCodes(intent: ParsedMessage): string[] {
  switch (intent.intent) {
    case "update":
    case "correction":
      return [intent.code];
    case "start_update":
      return intent.code ? [intent.code] : [];
    case "ambiguous":
      return [...intent.candidates];
    case "batch":
      return intent.items.flatMap((item) =>
        item.intent === "update" || item.intent === "correction" ? [item.code] : [],
      );
    default:
      return [];
  }
}

function droppedNote(previous: SessionState, named: readonly string[]): string | null {
  switch (previous.step) {
    case "numerator":
    case "denominator":
    case "value":
    case "evidence":
    case "confirm":
      return named.includes(previous.draft.code) ? null : unsavedUpdate(previous.draft.code);
    case "confirm-batch": {
      const codes = previous.items.map((item) => item.code).filter((code) => !named.includes(code));
      return codes.length ? unsavedBatch(codes) : null;
    }
    case "pick-indicator":
      return previous.figure ? UNSAVED_PICK : null;
    case "confirm-undo":
      return undoNotDone(previous.code);
    case "confirm-remove-member":
      return removalNotDone(previous.name);
    case "confirm-schedule":
      return null;
  }
}
