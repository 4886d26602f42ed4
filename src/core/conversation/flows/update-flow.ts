import { formatInstantDate } from "../../answers/calendar.js";
import { describeEvidence, describeValue, latestEvidence } from "../../answers/describe-figure.js";
import type { Indicator } from "../../catalog/catalog-schema.js";
import { evaluateIndicator } from "../../evaluation/evaluate-indicator.js";
import { statusLabel } from "../../evaluation/evaluation-status.js";
import type { FigureValue } from "../../evaluation/figure-value.js";
import type { Choice } from "../../messages/outbound-message.js";
import { expectationFor as expectationOfMeasure } from "../../parsing/parse-reply.js";
import { foldVietnamese } from "../../text/fold-vietnamese.js";
import type { EvidenceInfo } from "../commune-snapshot.js";
import type { DialogOutcome } from "../converse-input.js";
import { type DialogContext, indicatorByCode, lastDenominator, latestFigure, targetFor } from "../dialog-context.js";
import { reply, say } from "../outcome.js";
import { readStepAnswer, type StepAnswer, stepExpectations } from "../read-step-answer.js";
import type { SessionState, UpdateDraft } from "../session-state.js";
import { fileNotRecognised } from "../texts/attached-file.js";
import { denominatorQuestion, evidenceQuestion, firstQuestion, type Question } from "../texts/questions.js";
import { readBack, savedText } from "../texts/read-back.js";
import {
  CANCELLED,
  CONFIRM_OR_RETYPE,
  CONFIRM_PROMPT,
  choiceOrTotal,
  confirmChoices,
  confirmChoicesKeepingEvidence,
  countNoted,
  currentFigure,
  evidenceNotRecognised,
  INDICATOR_GONE,
  impossibleDate,
  needNumber,
  needWholeNumber,
  notUnderstood,
  retypeExample,
  unchangedFigure,
  withCurrentFigure,
} from "../texts/update.js";
import { unchangedVersion } from "../unchanged-figure.js";
import { validateFigure } from "../validate-figure.js";
import { figureFromAnswer } from "./figure-from-answer.js";

/** Starts a guided update of one indicator: asks its first question in its own words. */
export function beginIndicator(ctx: DialogContext, indicator: Indicator, kind: UpdateDraft["kind"]): DialogOutcome {
  const draft: UpdateDraft = { code: indicator.code, kind, ...suggestion(ctx, indicator) };
  const question = firstQuestion(indicator);
  const current = currentFigureLine(ctx, indicator);
  return ask(
    { step: indicator.measure.kind === "ratio" ? "numerator" : "value", draft },
    current ? { ...question, text: withCurrentFigure(question.text, current) } : question,
  );
}

/** "Hiện tại: 1.685/1.960 hộ (86,0%) → Chưa đạt (Lan cập nhật 20/11/2023)", or null before any figure. */
function currentFigureLine(ctx: DialogContext, indicator: Indicator): string | null {
  const version = ctx.snapshot.figures[indicator.code]?.at(-1);
  if (!version?.value) return null;
  const evaluation = evaluateIndicator({ indicator, target: targetFor(ctx.snapshot, indicator), value: version.value });
  return currentFigure({
    figure: describeValue(indicator.measure, version.value),
    status: statusLabel(evaluation.status),
    byName: version.byName,
    on: formatInstantDate(version.at, ctx.input.timeZone),
  });
}

/**
 * A guided update of a ratio whose count was typed with the code ("3.2: 6608"): the count
 * is kept and only the total is asked (offering the last one), so the count is never
 * taken for the total. A count that cannot be one starts the update from the beginning.
 */
export function beginWithCount(
  ctx: DialogContext,
  indicator: Indicator,
  kind: UpdateDraft["kind"],
  count: number,
): DialogOutcome {
  if (indicator.measure.kind !== "ratio" || count < 0 || !Number.isInteger(count))
    return beginIndicator(ctx, indicator, kind);
  const draft: UpdateDraft = { code: indicator.code, kind, ...suggestion(ctx, indicator), numerator: count };
  const question = denominatorQuestion(indicator, draft);
  return ask(
    { step: "denominator", draft },
    { ...question, text: `${countNoted(indicator, count)}\n${question.text}` },
  );
}

/**
 * A figure given in one line ("3.2: 6.608/8.315") or completed in a guided update:
 * validated, then read back for confirmation. `askEvidence` sends a guided update through
 * the evidence question first.
 */
export function proposeFigure(
  ctx: DialogContext,
  indicator: Indicator,
  draft: UpdateDraft,
  figure: FigureValue,
  askEvidence: boolean,
  retryStep: SessionState | null,
): DialogOutcome {
  const previous = latestFigure(ctx.snapshot, indicator.code);
  const check = validateFigure(indicator, figure, previous);
  if (!check.ok) {
    const retry = retryStep ?? null;
    const again = retry ? questionFor(ctx, retry) : { text: retypeExample(indicator) };
    return say(retry, `${check.problem}\n${again.text}`, choicesOf(again));
  }
  const next: UpdateDraft = { ...draft, figure };
  if (askEvidence) return ask({ step: "evidence", draft: next }, evidenceQuestionFor(ctx, indicator.code));
  return unchanged(ctx, indicator, next) ?? confirmStep(ctx, indicator, next, check.warning);
}

/** Moves the dialog one step on with the member's answer. */
export function continueUpdate(
  ctx: DialogContext,
  session: Exclude<
    SessionState,
    { step: "pick-indicator" | "confirm-undo" | "confirm-schedule" | "confirm-remove-member" | "confirm-batch" }
  >,
  text: string,
): DialogOutcome {
  const indicator = indicatorByCode(ctx.snapshot, session.draft.code);
  if (!indicator) return say(null, INDICATOR_GONE);
  const answer = readStepAnswer(text, expectationFor(session.step, indicator));
  if (answer.kind === "cancel") return say(null, CANCELLED);
  const draft = session.draft;
  switch (session.step) {
    case "numerator":
    case "value": {
      const reading = figureFromAnswer(indicator, answer, text);
      if (reading.kind === "figure") return proposeFigure(ctx, indicator, draft, reading.figure, true, session);
      if (reading.kind === "numerator") {
        if (reading.value < 0 || !Number.isInteger(reading.value))
          return say(session, needWholeNumber(questionFor(ctx, session).text));
        const next: SessionState = { step: "denominator", draft: { ...draft, numerator: reading.value } };
        return ask(next, denominatorQuestion(indicator, next.draft));
      }
      return say(
        session,
        `${notUnderstood(indicator)}\n${questionFor(ctx, session).text}`,
        choicesOf(questionFor(ctx, session)),
      );
    }
    case "denominator": {
      // "1" under "1. Có, vẫn là 1.960" is the choice; only a number that could also be the total is asked about.
      const picked = numberedChoice(text, denominatorQuestion(indicator, draft));
      if (picked && (draft.numerator === undefined || picked.number >= draft.numerator))
        return say(
          session,
          choiceOrTotal(picked.number, picked.choice.label),
          choicesOf(denominatorQuestion(indicator, draft)),
        );
      if (picked) return continueUpdate(ctx, session, picked.choice.value);
      const denominator =
        answer.kind === "yes" ? draft.suggestedDenominator : answer.kind === "number" ? answer.value : undefined;
      if (denominator === undefined || draft.numerator === undefined)
        return say(
          session,
          needNumber(denominatorQuestion(indicator, draft).text),
          choicesOf(denominatorQuestion(indicator, draft)),
        );
      return proposeFigure(
        ctx,
        indicator,
        draft,
        { kind: "ratio", numerator: draft.numerator, denominator },
        true,
        session,
      );
    }
    case "evidence": {
      const question = evidenceQuestionFor(ctx, indicator.code);
      if (answer.kind === "evidence") return confirmStep(ctx, indicator, { ...draft, evidence: [answer.evidence] });
      if (answer.kind === "skip" || answer.kind === "no")
        return confirmStep(ctx, indicator, { ...draft, evidence: [] });
      const earlier = answer.kind === "yes" ? earlierEvidence(ctx, indicator.code) : null;
      if (earlier) return confirmStep(ctx, indicator, { ...draft, evidence: earlier });
      if (answer.kind === "impossible-date")
        return say(session, impossibleDate(answer.written, question.text), choicesOf(question));
      return say(session, evidenceNotRecognised(text, question.text), choicesOf(question));
    }
    case "confirm":
      return answerConfirmation(ctx, indicator, session.draft, answer, text);
  }
}

/**
 * A file sent while the member's figure waits for evidence (at the evidence question, or
 * read back and waiting for "có"): its evidence joins the figure and the figure is read
 * back naming it. A file whose name is not a document's (`evidence` null) gets what is
 * expected and the same question again; the dialog stays where it was.
 */
export function answerWithFile(
  ctx: DialogContext,
  session: Extract<SessionState, { step: "evidence" | "confirm" }>,
  fileName: string,
  evidence: readonly EvidenceInfo[] | null,
): DialogOutcome {
  const indicator = indicatorByCode(ctx.snapshot, session.draft.code);
  if (!indicator) return say(null, INDICATOR_GONE);
  if (!evidence) {
    const question = session.step === "evidence" ? evidenceQuestionFor(ctx, indicator.code) : { text: CONFIRM_PROMPT };
    const choices = session.step === "evidence" ? choicesOf(question) : { choices: confirmChoices() };
    return say(session, fileNotRecognised(fileName, question.text), choices);
  }
  const kept = session.step === "confirm" ? (session.draft.evidence ?? []) : [];
  return confirmStep(ctx, indicator, { ...session.draft, evidence: [...kept, ...evidence] });
}

/** What the question of each step expects as an answer. */
function expectationFor(step: "numerator" | "value" | "denominator" | "evidence" | "confirm", indicator: Indicator) {
  switch (step) {
    case "numerator":
      return stepExpectations.ratio;
    case "value":
      return expectationOfMeasure(indicator.measure);
    case "denominator":
      return stepExpectations.number;
    case "evidence":
      return stepExpectations.evidence;
    case "confirm":
      return stepExpectations.confirm;
  }
}

function answerConfirmation(
  ctx: DialogContext,
  indicator: Indicator,
  draft: UpdateDraft,
  answer: StepAnswer,
  text: string,
): DialogOutcome {
  const earlier =
    draft.evidence === undefined && keepsEarlierEvidence(text) ? evidenceInForce(ctx, indicator.code) : null;
  if (earlier) return answerConfirmation(ctx, indicator, { ...draft, evidence: earlier }, { kind: "yes" }, "có");
  if (answer.kind === "yes" && draft.figure) {
    const repeated = unchanged(ctx, indicator, draft);
    if (repeated) return repeated;
    const target = targetFor(ctx.snapshot, indicator);
    return {
      session: null,
      effects: [
        {
          type: "saveFigure",
          code: indicator.code,
          value: draft.figure,
          kind: draft.kind,
          evidence: draft.evidence ?? [],
        },
        reply(savedText({ indicator, target, value: draft.figure }, ctx.member.displayName)),
      ],
    };
  }
  if (answer.kind === "no") return say(null, CANCELLED);
  // Evidence typed under the read-back ("BC số 50 ngày 19/12/2023") joins the figure, read back again.
  const cited = answer.kind === "text" ? readStepAnswer(text, stepExpectations.evidence) : null;
  if (cited?.kind === "evidence") return confirmStep(ctx, indicator, { ...draft, evidence: [cited.evidence] });
  const reading = figureFromAnswer(indicator, answer, text);
  if (
    reading.kind === "figure" &&
    (answer.kind === "fraction" || answer.kind === "percent" || answer.kind === "number")
  ) {
    return proposeFigure(ctx, indicator, draft, reading.figure, false, { step: "confirm", draft });
  }
  return say({ step: "confirm", draft }, CONFIRM_OR_RETYPE, { choices: confirmChoices() });
}

/**
 * "Số liệu không đổi" when the draft only repeats the figure in force (same value, no new
 * evidence): the dialog ends and no version is added. Null when the draft changes something.
 */
function unchanged(ctx: DialogContext, indicator: Indicator, draft: UpdateDraft): DialogOutcome | null {
  if (!draft.figure) return null;
  const current = unchangedVersion(ctx.snapshot, indicator.code, draft.figure, draft.evidence);
  if (!current) return null;
  const savedOn = formatInstantDate(current.at, ctx.input.timeZone);
  return say(
    null,
    unchangedFigure(indicator.code, describeValue(indicator.measure, draft.figure), savedOn, current.byName),
  );
}

function confirmStep(ctx: DialogContext, indicator: Indicator, draft: UpdateDraft, warning?: string): DialogOutcome {
  if (!draft.figure) return beginIndicator(ctx, indicator, draft.kind);
  const repeated = unchanged(ctx, indicator, draft);
  if (repeated) return repeated;
  const previous = draft.kind === "correction" ? latestFigure(ctx.snapshot, indicator.code) : null;
  const earlier = draft.evidence === undefined ? evidenceInForce(ctx, indicator.code) : null;
  const text = readBack({
    indicator,
    target: targetFor(ctx.snapshot, indicator),
    value: draft.figure,
    previous,
    evidence: draft.evidence,
    warning,
    earlierEvidence: earlier ?? undefined,
  });
  return say({ step: "confirm", draft }, text, {
    choices: earlier ? confirmChoicesKeepingEvidence() : confirmChoices(),
  });
}

/**
 * The evidence of the figure in force, when it has some: offered again under a one-line
 * figure's read-back. Only the newest version is looked at (the snapshot holds it), so a
 * figure once saved without evidence is not asked about it again.
 */
function evidenceInForce(ctx: DialogContext, code: string): EvidenceInfo[] | null {
  const evidence = ctx.snapshot.figures[code]?.at(-1)?.evidence;
  return evidence?.length ? [...evidence] : null;
}

/** "vẫn dùng", "có, vẫn dùng minh chứng lần trước": save with the evidence of the figure in force. */
function keepsEarlierEvidence(text: string): boolean {
  return /\bvan dung\b/.test(foldVietnamese(text));
}

function questionFor(ctx: DialogContext, session: SessionState): Question {
  if (!("draft" in session)) return { text: "" };
  const indicator = indicatorByCode(ctx.snapshot, session.draft.code);
  if (!indicator) return { text: "" };
  if (session.step === "denominator") return denominatorQuestion(indicator, session.draft);
  if (session.step === "evidence") return evidenceQuestionFor(ctx, session.draft.code);
  if (session.step === "confirm") return { text: CONFIRM_PROMPT };
  return firstQuestion(indicator);
}

/**
 * A bare number typed where the question offered numbered choices ("1" under
 * "1. Có, vẫn là 1.960"): the choice with that number, as on Zalo where every choice is
 * typed. Null when the text is not a bare number or no choice has that number.
 */
function numberedChoice(text: string, question: Question): { number: number; choice: Choice } | null {
  const typed = /^\s*(\d{1,2})\s*[.)]?\s*$/.exec(text)?.[1];
  const choice = typed ? question.choices?.[Number(typed) - 1] : undefined;
  return typed && choice ? { number: Number(typed), choice } : null;
}

/** The evidence question, offering again the evidence last cited for the indicator. */
function evidenceQuestionFor(ctx: DialogContext, code: string): Question {
  const earlier = earlierEvidence(ctx, code);
  return evidenceQuestion(earlier ? earlier.map(describeEvidence).join("; ") : undefined);
}

/**
 * The evidence last cited for the indicator, from any version. The usual snapshot holds
 * only the newest version, and beside it the evidence last cited, so a commune's long
 * history is never read for it.
 */
function earlierEvidence(ctx: DialogContext, code: string): EvidenceInfo[] | null {
  const { snapshot } = ctx;
  if (snapshot.history === "latest") return snapshot.lastEvidence?.[code] ?? null;
  return latestEvidence(snapshot.figures[code] ?? [])?.evidence ?? null;
}

function ask(session: SessionState, question: Question): DialogOutcome {
  return say(session, question.text, choicesOf(question));
}

function choicesOf(question: Question) {
  return question.choices ? { choices: question.choices } : {};
}

function suggestion(ctx: DialogContext, indicator: Indicator): Pick<UpdateDraft, "suggestedDenominator"> {
  const denominator = indicator.measure.kind === "ratio" ? lastDenominator(ctx.snapshot, indicator.code) : undefined;
  return denominator === undefined ? {} : { suggestedDenominator: denominator };
}
