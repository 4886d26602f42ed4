import type { Answer } from "../answers/answer.js";
import { answerDeadlines } from "../answers/answer-deadlines.js";
import { helpText } from "../answers/answer-help.js";
import { answerIndicator } from "../answers/answer-indicator.js";
import { answerMissing } from "../answers/answer-missing.js";
import { answerProgress } from "../answers/answer-progress.js";
import { answerUnmet } from "../answers/answer-unmet.js";
import { isAddressedToBot } from "../messages/inbound-message.js";
import type { CommuneSnapshot } from "./commune-snapshot.js";
import type { ConverseInput, DialogOutcome } from "./converse-input.js";
import { type DialogContext, indicatorByCode } from "./dialog-context.js";
import type { DialogIntent, QueryKind } from "./dialog-intent.js";
import { approveMember, assignIndicators, bindChatToCommune, requestToJoin } from "./flows/committee-flow.js";
import { continuePick, offerCandidates, offerIndicators } from "./flows/pick-indicator-flow.js";
import { continueUndo, startUndo } from "./flows/undo-flow.js";
import { beginIndicator, continueUpdate, proposeFigure } from "./flows/update-flow.js";
import { chosenValue, reply, say, silent } from "./outcome.js";
import { canEnterFigures, canRead } from "./permissions.js";
import { lookupIndicator, readDialogIntent } from "./read-dialog-intent.js";
import type { SessionState } from "./session-state.js";
import {
  CHAT_NOT_BOUND,
  editedFigure,
  FIGURE_WITHOUT_INDICATOR,
  NOT_UNDERSTOOD,
  NOTHING_TO_CANCEL,
  notAMember,
  ONE_FIGURE_PER_MESSAGE,
  VIEWER_ONLY,
  whichIndicatorAsked,
} from "./texts/chat.js";
import { joinPending } from "./texts/committee.js";
import { mediaNote } from "./texts/media-note.js";
import { CANCELLED, notInCatalog, WHICH_INDICATOR_FOR_FIGURE, WHICH_INDICATOR_TO_UPDATE } from "./texts/update.js";

/**
 * One step of the conversation: a message in, the new dialog state and effects out.
 * Pure: everything it knows is in `input` (the bound commune's snapshot, the sender, the
 * member's open dialog, the time). The same input always gives the same outcome, on
 * every platform.
 */
export function converse(input: ConverseInput): DialogOutcome {
  const { message, snapshot, session } = input;
  const intent = readDialogIntent(message.text, snapshot?.catalog ?? null);
  const isCommand = message.text.trim().startsWith("/");
  const member = input.sender.membership;
  if (message.edited) return editedMessage(intent, session);
  if (message.media) return mediaMessage(input);

  if (session && snapshot && member && canEnterFigures(member) && !isCommand && !interruptsDialog(intent, session)) {
    const { mediaNoted: _noted, ...answered } = session;
    return continueDialog({ input, snapshot, member }, answered, chosenValue(session, message.text));
  }
  if (!isAddressedToBot(message) && !clearlyForTheBot(intent)) return silent(session);
  if (!snapshot) return unboundChat(input, intent, session);
  return boundChat(input, snapshot, intent, session);
}

function continueDialog(ctx: DialogContext, session: SessionState, text: string): DialogOutcome {
  switch (session.step) {
    case "pick-indicator":
      return continuePick(ctx, session, text, (typed) => lookupIndicator(typed, ctx.snapshot.catalog));
    case "confirm-undo":
      return continueUndo(ctx, session, text);
    default:
      return continueUpdate(ctx, session, text);
  }
}

/** A new update, an undo, a cancel or a general question takes over from an open dialog; anything else answers it. */
function interruptsDialog(intent: DialogIntent, session: SessionState): boolean {
  if (intent.kind === "update" || intent.kind === "undo" || intent.kind === "query") return true;
  return intent.kind === "start-update" && session.step !== "pick-indicator";
}

function clearlyForTheBot(intent: DialogIntent): boolean {
  return !["unknown", "update-unknown-indicator", "cancel", "bind", "join", "approve", "assign"].includes(intent.kind);
}

function unboundChat(input: ConverseInput, intent: DialogIntent, session: SessionState | null): DialogOutcome {
  if (intent.kind === "bind") return bindChatToCommune(input, intent.hint);
  if (intent.kind === "query" && intent.query === "help") return fromAnswer(session, helpText(null));
  return say(session, CHAT_NOT_BOUND);
}

function boundChat(
  input: ConverseInput,
  snapshot: CommuneSnapshot,
  intent: DialogIntent,
  session: SessionState | null,
): DialogOutcome {
  const member = input.sender.membership;
  if (intent.kind === "bind") return bindChatToCommune(input, intent.hint);
  if (intent.kind === "join") return requestToJoin(input, snapshot);
  if (intent.kind === "query" && intent.query === "help") return fromAnswer(session, helpText(snapshot.catalog));
  if (!canRead(member)) {
    const pending = member?.status === "pending";
    return say(session, pending ? joinPending(member.displayName) : notAMember(snapshot.communeName));
  }
  switch (intent.kind) {
    case "query":
      return fromAnswer(
        session,
        intent.query === "help" ? helpText(snapshot.catalog) : answerQuery(input, snapshot, intent.query),
      );
    case "query-indicator":
      return fromAnswer(session, answerIndicator(snapshot, intent.code, input.now, input.timeZone));
    case "approve":
      return approveMember(snapshot, member, intent.mention);
    case "assign":
      return assignIndicators(snapshot, member, intent.codes, intent.mention);
    case "cancel":
      return say(null, session ? CANCELLED : NOTHING_TO_CANCEL);
    case "query-ambiguous":
      return say(session, whichIndicatorAsked(intent.candidates));
    case "several-figures":
      return say(session, ONE_FIGURE_PER_MESSAGE);
    case "unknown":
    case "update-unknown-indicator":
      return say(session, intent.kind === "unknown" ? NOT_UNDERSTOOD : FIGURE_WITHOUT_INDICATOR);
    default:
      return figureIntent({ input, snapshot, member: member! }, intent);
  }
}

function figureIntent(
  ctx: DialogContext,
  intent: Extract<DialogIntent, { kind: "update" | "update-ambiguous" | "undo" | "start-update" }>,
): DialogOutcome {
  if (!canEnterFigures(ctx.member)) return say(null, VIEWER_ONLY);
  const kind = (correction: boolean) => (correction ? "correction" : "update") as "correction" | "update";
  switch (intent.kind) {
    case "undo":
      return startUndo(ctx);
    case "update-ambiguous":
      return offerCandidates(
        ctx,
        intent.candidates,
        WHICH_INDICATOR_FOR_FIGURE,
        kind(intent.correction),
        intent.figure,
      );
    case "update": {
      const indicator = indicatorByCode(ctx.snapshot, intent.code);
      if (!indicator) return say(null, notInCatalog([intent.code], ctx.snapshot.catalog.title));
      return proposeFigure(
        ctx,
        indicator,
        { code: indicator.code, kind: kind(intent.correction) },
        intent.figure,
        false,
        null,
      );
    }
    case "start-update": {
      const indicator = intent.code ? indicatorByCode(ctx.snapshot, intent.code) : undefined;
      if (indicator) return beginIndicator(ctx, indicator, kind(intent.correction));
      if (intent.candidates.length)
        return offerCandidates(ctx, intent.candidates, WHICH_INDICATOR_TO_UPDATE, kind(intent.correction), undefined);
      return offerIndicators(ctx, kind(intent.correction));
    }
  }
}

function answerQuery(input: ConverseInput, snapshot: CommuneSnapshot, query: Exclude<QueryKind, "help">): Answer {
  switch (query) {
    case "unmet":
      return answerUnmet(snapshot, input.now, input.timeZone);
    case "progress":
      return answerProgress(snapshot, input.now, input.timeZone);
    case "missing":
      return answerMissing(snapshot, input.now, input.timeZone);
    case "deadlines":
      return answerDeadlines(snapshot, input.now, input.timeZone);
  }
}

/**
 * A sticker, photo or file: while the member's dialog waits for an answer it gets one
 * polite note asking to type it; otherwise it is left alone, like chatter.
 */
function mediaMessage(input: ConverseInput): DialogOutcome {
  const { message, session } = input;
  const member = input.sender.membership;
  if (!session || session.mediaNoted || !message.media || !member) return silent(session);
  const text = mediaNote(message.media, member.displayName, message.isGroup);
  const mentions = message.isGroup
    ? [
        {
          membershipId: member.membershipId,
          displayName: member.displayName,
          ...(member.platformUserId ? { platformUserId: member.platformUserId } : {}),
        },
      ]
    : [];
  return { session: { ...session, mediaNoted: true }, effects: [reply(text, { mentions })] };
}

/** An edited message that carries a figure gets a pointer to "sửa"; other edits are ignored. */
function editedMessage(intent: DialogIntent, session: SessionState | null): DialogOutcome {
  if (intent.kind !== "update") return silent(session);
  return say(session, editedFigure(intent.code));
}

function fromAnswer(session: SessionState | null, answer: Answer): DialogOutcome {
  return say(session, answer.text, { mentions: answer.mentions });
}
