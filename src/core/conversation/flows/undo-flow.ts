import { describeValue } from "../../answers/describe-figure.js";
import { evaluateIndicator } from "../../evaluation/evaluate-indicator.js";
import { statusLabel } from "../../evaluation/evaluation-status.js";
import type { FigureVersion } from "../commune-snapshot.js";
import type { DialogOutcome } from "../converse-input.js";
import { type DialogContext, indicatorByCode, targetFor } from "../dialog-context.js";
import { reply, say } from "../outcome.js";
import { readStepAnswer, stepExpectations } from "../read-step-answer.js";
import type { SessionState } from "../session-state.js";

/**
 * "hoàn tác": offers to take back the member's own last update, as long as nobody updated
 * that indicator after them (then a correction is the right tool). Undoing adds a version
 * that restores the value before; history keeps both.
 */
export function startUndo(ctx: DialogContext): DialogOutcome {
  const last = lastOwnVersion(ctx);
  if (!last) return say(null, "Anh/chị chưa có lần cập nhật nào trong kỳ này để hoàn tác.");
  const indicator = indicatorByCode(ctx.snapshot, last.code);
  if (!indicator) return say(null, "Chỉ tiêu của lần cập nhật gần nhất không còn trong bộ chỉ tiêu.");
  const versions = ctx.snapshot.figures[last.code] ?? [];
  const newest = versions[versions.length - 1];
  if (newest?.kind === "undo" && newest.byMembershipId === ctx.member.membershipId) {
    return say(null, `Lần cập nhật chỉ tiêu ${last.code} gần nhất của anh/chị đã được hoàn tác rồi.`);
  }
  if (newest && newest.version !== last.version.version) {
    return say(
      null,
      `Chỉ tiêu ${last.code} đã được ${newest.byName} cập nhật sau lần của anh/chị, nên không hoàn tác được. Dùng "sửa ${last.code} …" để sửa số liệu.`,
    );
  }
  const session: SessionState = {
    step: "confirm-undo",
    code: last.code,
    undoneVersion: last.version.version,
    restore: last.version.previousValue,
  };
  const text = `Hoàn tác lần cập nhật chỉ tiêu ${last.code}: ${describeValue(indicator.measure, last.version.value)} → trở lại ${describeValue(indicator.measure, last.version.previousValue)}?\nTrả lời "có" để hoàn tác, "không" để giữ nguyên.`;
  return say(session, text, {
    choices: [
      { label: "Có, hoàn tác", value: "có" },
      { label: "Không", value: "không" },
    ],
  });
}

/** Carries out or drops the undo on the member's answer. */
export function continueUndo(
  ctx: DialogContext,
  session: Extract<SessionState, { step: "confirm-undo" }>,
  text: string,
): DialogOutcome {
  const answer = readStepAnswer(text, stepExpectations.confirm);
  if (answer.kind === "no" || answer.kind === "cancel") return say(null, "Đã giữ nguyên số liệu.");
  if (answer.kind !== "yes") return say(session, `Trả lời "có" để hoàn tác, "không" để giữ nguyên.`);
  const indicator = indicatorByCode(ctx.snapshot, session.code);
  if (!indicator) return say(null, "Chỉ tiêu này không còn trong bộ chỉ tiêu.");
  const restored = session.restore;
  const status = restored
    ? statusLabel(evaluateIndicator({ indicator, target: targetFor(ctx.snapshot, indicator), value: restored }).status)
    : "Chưa có số liệu";
  return {
    session: null,
    effects: [
      { type: "undoFigure", code: session.code, restore: restored, undoneVersion: session.undoneVersion },
      reply(`↩️ Đã hoàn tác ${session.code}: trở lại ${describeValue(indicator.measure, restored)} → ${status}.`),
    ],
  };
}

function lastOwnVersion(ctx: DialogContext): { code: string; version: FigureVersion } | null {
  let best: { code: string; version: FigureVersion } | null = null;
  for (const [code, versions] of Object.entries(ctx.snapshot.figures)) {
    for (const version of versions) {
      if (version.byMembershipId !== ctx.member.membershipId || version.kind === "undo") continue;
      if (!best || version.at > best.version.at) best = { code, version };
    }
  }
  return best;
}
