import type { Answer } from "../answers/answer.js";
import { answerCompare } from "../answers/answer-compare.js";
import { answerDeadlines } from "../answers/answer-deadlines.js";
import { helpText } from "../answers/answer-help.js";
import { answerIndicator } from "../answers/answer-indicator.js";
import { answerMembers } from "../answers/answer-members.js";
import { answerMet } from "../answers/answer-met.js";
import { answerMissing } from "../answers/answer-missing.js";
import { answerProgress } from "../answers/answer-progress.js";
import { answerScore } from "../answers/answer-score.js";
import { answerUnmet } from "../answers/answer-unmet.js";
import type { CommuneSnapshot } from "../conversation/commune-snapshot.js";
import type { ConverseInput, DialogOutcome } from "../conversation/converse-input.js";
import { indicatorByCode } from "../conversation/dialog-context.js";
import type { Effect } from "../conversation/effects.js";
import { startBatch } from "../conversation/flows/batch-flow.js";
import { proposeFigure } from "../conversation/flows/update-flow.js";
import { requireEarlierYear } from "../conversation/history-required.js";
import { say } from "../conversation/outcome.js";
import { canEnterFigures } from "../conversation/permissions.js";
import { VIEWER_ONLY } from "../conversation/texts/chat.js";
import type { ParsedMessage } from "../parsing/parsed-message.js";

/** Added under a read-back of a figure the language model read, so the member checks it. */
export const READ_BY_MODEL_NOTE =
  '(Số liệu trên do Xã Số đọc từ lời nhắn bằng mô hình ngôn ngữ; anh/chị kiểm tra kỹ trước khi trả lời "có".)';

type Step = (input: ConverseInput) => DialogOutcome;

/**
 * The conversation step with what the optional language model made of the message. The
 * model's checked reading stands in for the rules only where they read nothing: a figure
 * goes through the same validation, read-back and confirmation as a typed one (its draft
 * remembers it was read by the model, and so does the figure saved after "có"); a count
 * written in words answers the open step as if typed in digits; a known question gets the
 * rule-based answer; an open question gets the model's grounded answer, or the rule-based
 * answer closest to it. Without `input.assist` this is `converse` itself. Pure.
 */
export function converseWithModel(input: ConverseInput, converse: Step): DialogOutcome {
  const outcome = assisted(input, converse) ?? converse(input);
  return markModelFigure(input, outcome);
}

function assisted(input: ConverseInput, converse: Step): DialogOutcome | null {
  const { assist, snapshot, session } = input;
  const member = input.sender.membership;
  if (!assist || !snapshot || !member) return null;
  const reading = assist.reading;
  if (reading?.kind === "number" && session && "draft" in session) {
    const typed = { ...input.message, text: plainNumber(reading.value) };
    const readBy = { ...session, draft: { ...session.draft, readBy: "model" as const } };
    return converse({ ...input, assist: null, message: typed, session: readBy });
  }
  if (assist.answer) return say(session, assist.answer);
  if (reading?.kind === "question") {
    const closest = reading.code
      ? answerIndicator(snapshot, reading.code, input.now, input.timeZone)
      : answerProgress(snapshot, input.now, input.timeZone);
    return fromAnswer(input, closest);
  }
  if (reading?.kind !== "intent") return null;
  return fromIntent(input, snapshot, reading.intent);
}

function fromIntent(input: ConverseInput, snapshot: CommuneSnapshot, intent: ParsedMessage): DialogOutcome | null {
  const member = input.sender.membership!;
  switch (intent.intent) {
    case "update":
    case "correction": {
      if (!canEnterFigures(member)) return say(null, VIEWER_ONLY);
      const indicator = indicatorByCode(snapshot, intent.code);
      if (!indicator) return null;
      const draft = { code: indicator.code, kind: intent.intent, readBy: "model" as const };
      const outcome = proposeFigure({ input, snapshot, member }, indicator, draft, intent.figure, false, null);
      if (outcome.session?.step !== "confirm") return outcome;
      return { ...outcome, effects: withModelNote(outcome.effects) };
    }
    case "query_indicator":
      return fromAnswer(input, answerIndicator(snapshot, intent.code, input.now, input.timeZone));
    case "query_unmet":
      return fromAnswer(input, answerUnmet(snapshot, input.now, input.timeZone));
    case "query_progress":
      return fromAnswer(input, answerProgress(snapshot, input.now, input.timeZone));
    case "query_missing":
      return fromAnswer(input, answerMissing(snapshot, input.now, input.timeZone));
    case "query_deadlines":
      return fromAnswer(input, answerDeadlines(snapshot, input.now, input.timeZone));
    case "query_met":
      return fromAnswer(input, answerMet(snapshot, input.now, input.timeZone));
    case "query_score":
      return fromAnswer(input, answerScore(snapshot, input.now, input.timeZone));
    case "query_compare":
      requireEarlierYear(snapshot);
      return fromAnswer(input, answerCompare(snapshot, input.now, input.timeZone));
    case "query_members":
      return fromAnswer(input, answerMembers(snapshot, input.timeZone));
    case "batch":
      return canEnterFigures(member) ? batchReadByModel(input, snapshot, intent) : say(null, VIEWER_ONLY);
    case "help":
      return fromAnswer(input, helpText(snapshot.catalog));
    default:
      return null;
  }
}

/** Several figures the model read: one read-back table as for typed ones, with the note, each marked as read by the model. */
function batchReadByModel(
  input: ConverseInput,
  snapshot: CommuneSnapshot,
  intent: Extract<ParsedMessage, { intent: "batch" }>,
): DialogOutcome {
  const outcome = startBatch({ input, snapshot, member: input.sender.membership! }, intent);
  const session = outcome.session;
  if (session?.step !== "confirm-batch") return outcome;
  return {
    session: { ...session, items: session.items.map((item) => ({ ...item, readBy: "model" as const })) },
    effects: withModelNote(outcome.effects),
  };
}

/** The read-back's first reply with the note that the language model read its figures. */
function withModelNote(effects: readonly Effect[]): Effect[] {
  return effects.map((e, i) =>
    i === 0 && e.type === "reply" ? { ...e, text: `${e.text}\n${READ_BY_MODEL_NOTE}` } : e,
  );
}

/** A figure saved from a draft the model read carries that fact to the audit. */
function markModelFigure(input: ConverseInput, outcome: DialogOutcome): DialogOutcome {
  const session = input.session;
  if (!session || !("draft" in session) || session.draft.readBy !== "model") return outcome;
  const effects = outcome.effects.map(
    (effect): Effect => (effect.type === "saveFigure" ? { ...effect, readBy: "model" } : effect),
  );
  return { ...outcome, effects };
}

function fromAnswer(input: ConverseInput, answer: Answer): DialogOutcome {
  return say(input.session, answer.text, { mentions: answer.mentions });
}

/** A number as a member would type it without grouping: 6608, 70,5. */
function plainNumber(value: number): string {
  return String(value).replace(".", ",");
}
