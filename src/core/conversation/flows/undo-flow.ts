import { describeValue } from "../../answers/describe-figure.js";
import { evaluateIndicator } from "../../evaluation/evaluate-indicator.js";
import { statusLabel } from "../../evaluation/evaluation-status.js";
import type { FigureVersion, MemberVersion } from "../commune-snapshot.js";
import type { DialogOutcome } from "../converse-input.js";
import { type DialogContext, indicatorByCode, targetFor } from "../dialog-context.js";
import { requireMemberActivity } from "../history-required.js";
import { reply, say } from "../outcome.js";
import { readStepAnswer, stepExpectations } from "../read-step-answer.js";
import type { SessionState } from "../session-state.js";
import {
  alreadyUndone,
  KEPT,
  LAST_UPDATE_INDICATOR_GONE,
  NOTHING_TO_UNDO,
  UNDO_INDICATOR_GONE,
  UNDO_PROMPT,
  undoChoices,
  undoneText,
  undoQuestion,
  updatedSince,
} from "../texts/undo.js";

/**
 * "hoàn tác": offers to take back the member's own last update, as long as nobody updated
 * that indicator after them (then a correction is the right tool). Undoing adds a version
 * that restores the value before; history keeps both.
 */
export function startUndo(ctx: DialogContext): DialogOutcome {
  const last = lastOwnVersion(ctx);
  if (!last) return say(null, NOTHING_TO_UNDO);
  const indicator = indicatorByCode(ctx.snapshot, last.code);
  if (!indicator) return say(null, LAST_UPDATE_INDICATOR_GONE);
  const versions = ctx.snapshot.figures[last.code] ?? [];
  const newest = versions[versions.length - 1];
  if (newest?.kind === "undo" && newest.byMembershipId === ctx.member.membershipId) {
    return say(null, alreadyUndone(last.code));
  }
  if (newest && newest.version !== last.version.version) {
    return say(null, updatedSince(last.code, newest.byName));
  }
  const session: SessionState = {
    step: "confirm-undo",
    code: last.code,
    undoneVersion: last.version.version,
    restore: last.version.previousValue,
  };
  const text = undoQuestion(
    last.code,
    describeValue(indicator.measure, last.version.value),
    describeValue(indicator.measure, last.version.previousValue),
  );
  return say(session, text, { choices: undoChoices() });
}

/** Carries out or drops the undo on the member's answer. */
export function continueUndo(
  ctx: DialogContext,
  session: Extract<SessionState, { step: "confirm-undo" }>,
  text: string,
): DialogOutcome {
  const answer = readStepAnswer(text, stepExpectations.confirm);
  if (answer.kind === "no" || answer.kind === "cancel") return say(null, KEPT);
  if (answer.kind !== "yes") return say(session, UNDO_PROMPT);
  const indicator = indicatorByCode(ctx.snapshot, session.code);
  if (!indicator) return say(null, UNDO_INDICATOR_GONE);
  const restored = session.restore;
  const back = restored
    ? {
        figure: describeValue(indicator.measure, restored),
        status: statusLabel(
          evaluateIndicator({ indicator, target: targetFor(ctx.snapshot, indicator), value: restored }).status,
        ),
      }
    : null;
  return {
    session: null,
    effects: [
      { type: "undoFigure", code: session.code, restore: restored, undoneVersion: session.undoneVersion },
      reply(undoneText(session.code, back)),
    ],
  };
}

/**
 * The member's newest version that was not an undo, from every version or, when the
 * snapshot holds only the figures in force, from the member's activity.
 */
function lastOwnVersion(ctx: DialogContext): MemberVersion | null {
  requireMemberActivity(ctx.snapshot);
  if (ctx.snapshot.history === "latest")
    return ctx.snapshot.memberActivity?.[ctx.member.membershipId]?.latestChange ?? null;
  let best: { code: string; version: FigureVersion } | null = null;
  for (const [code, versions] of Object.entries(ctx.snapshot.figures)) {
    for (const version of versions) {
      if (version.byMembershipId !== ctx.member.membershipId || version.kind === "undo") continue;
      if (!best || version.at > best.version.at) best = { code, version };
    }
  }
  return best;
}
