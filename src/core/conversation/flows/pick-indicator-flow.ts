import { indicatorExample } from "../../answers/answer-help.js";
import { shortName } from "../../answers/labels.js";
import type { FigureValue } from "../../evaluation/figure-value.js";
import type { Choice } from "../../messages/outbound-message.js";
import type { DialogOutcome } from "../converse-input.js";
import { type DialogContext, indicatorByCode, latestFigure } from "../dialog-context.js";
import { say } from "../outcome.js";
import { readStepAnswer, stepExpectations } from "../read-step-answer.js";
import type { SessionState } from "../session-state.js";
import { CANCELLED, indicatorNotFound, offerIndicatorsText, SIMILAR_INDICATORS } from "../texts/update.js";
import { beginIndicator, proposeFigure } from "./update-flow.js";

const MAX_CHOICES = 8;

/** Resolves free text to an indicator of the catalog: one code, several candidates, or none. */
export type IndicatorLookup = (text: string) => { code: string } | { candidates: string[] } | null;

/**
 * Offers indicators to update: the member's own assignments first (those still without
 * data this period first), then, if none are assigned, the ones without data. Any other
 * indicator can be picked by typing its code or name.
 */
export function offerIndicators(ctx: DialogContext, kind: "update" | "correction" = "update"): DialogOutcome {
  const own = Object.entries(ctx.snapshot.assignments)
    .filter(([, members]) => members.includes(ctx.member.membershipId))
    .map(([code]) => code);
  const ordered = ctx.snapshot.catalog.indicators.map((i) => i.code);
  const pool = own.length ? ordered.filter((code) => own.includes(code)) : ordered;
  const missing = pool.filter((code) => !latestFigure(ctx.snapshot, code));
  const candidates = [...missing, ...pool.filter((code) => latestFigure(ctx.snapshot, code))].slice(0, MAX_CHOICES);
  const list = { own: own.length > 0, listed: candidates.length, missing: Math.min(missing.length, candidates.length) };
  return offerCandidates(
    ctx,
    candidates,
    offerIndicatorsText(list, indicatorExample(ctx.snapshot.catalog)),
    kind,
    undefined,
  );
}

/** Offers a short list of candidate indicators as numbered choices. */
export function offerCandidates(
  ctx: DialogContext,
  codes: string[],
  text: string,
  kind: "update" | "correction",
  figure: FigureValue | undefined,
): DialogOutcome {
  const choices: Choice[] = codes.flatMap((code) => {
    const indicator = indicatorByCode(ctx.snapshot, code);
    return indicator ? [{ label: `${code} – ${shortName(indicator)}`, value: code }] : [];
  });
  const session: SessionState = { step: "pick-indicator", candidates: codes, kind, ...(figure ? { figure } : {}) };
  return say(session, text, { choices });
}

/** Reads the member's pick: a choice number, or a code or name typed freely. */
export function continuePick(
  ctx: DialogContext,
  session: Extract<SessionState, { step: "pick-indicator" }>,
  text: string,
  lookup: IndicatorLookup,
): DialogOutcome {
  const answer = readStepAnswer(text, stepExpectations.number);
  if (answer.kind === "cancel") return say(null, CANCELLED);
  const byNumber =
    answer.kind === "number" && Number.isInteger(answer.value) && !text.includes(".")
      ? session.candidates[answer.value - 1]
      : undefined;
  const found = byNumber ? { code: byNumber } : lookup(text);
  if (found && "code" in found) {
    const indicator = indicatorByCode(ctx.snapshot, found.code);
    if (indicator) {
      if (session.figure)
        return proposeFigure(ctx, indicator, { code: indicator.code, kind: session.kind }, session.figure, false, null);
      return beginIndicator(ctx, indicator, session.kind);
    }
  }
  if (found && "candidates" in found && found.candidates.length) {
    return offerCandidates(
      ctx,
      found.candidates.slice(0, MAX_CHOICES),
      SIMILAR_INDICATORS,
      session.kind,
      session.figure,
    );
  }
  return say(session, indicatorNotFound(text.trim(), indicatorExample(ctx.snapshot.catalog)));
}
