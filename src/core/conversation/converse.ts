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
import { converseAboutSchedule } from "../meetings/schedule-flow.js";
import { isAddressedToBot } from "../messages/inbound-message.js";
import { emojiYesAsWord, readCourtesy } from "../parsing/courtesy.js";
import type { AmbiguousIntent, IntentName, ParsedMessage } from "../parsing/parsed-message.js";
import { evidenceOfMessage } from "./cited-evidence.js";
import type { CommuneSnapshot } from "./commune-snapshot.js";
import type { ConverseInput, DialogOutcome } from "./converse-input.js";
import { type DialogContext, indicatorByCode } from "./dialog-context.js";
import { noteDroppedDialog } from "./dropped-dialog.js";
import { converseAboutFile } from "./flows/attached-file-flow.js";
import { continueBatch, gatherFigures, startBatch } from "./flows/batch-flow.js";
import { approveMember, assignIndicators, bindChatToCommune, requestToJoin } from "./flows/committee-flow.js";
import { converseAboutLanguageModel } from "./flows/language-model-flow.js";
import { continuePick, offerCandidates, offerIndicators } from "./flows/pick-indicator-flow.js";
import { continueRemoveMember, startRemoveMember } from "./flows/remove-member-flow.js";
import { sendReport } from "./flows/report-flow.js";
import { continueUndo, startUndo } from "./flows/undo-flow.js";
import { beginIndicator, beginWithCount, continueUpdate, proposeFigure } from "./flows/update-flow.js";
import { requireEarlierYear } from "./history-required.js";
import { chosenValue, reply, say, silent } from "./outcome.js";
import { canEnterFigures, canRead } from "./permissions.js";
import { commandArgument, lookupIndicator, readIntent } from "./read-intent.js";
import type { SessionState } from "./session-state.js";
import {
  CHAT_NOT_BOUND,
  editedFigure,
  FIGURE_WITHOUT_INDICATOR,
  greetingReply,
  NOT_UNDERSTOOD,
  NOTHING_TO_CANCEL,
  NOTHING_TO_CONFIRM,
  notAMember,
  THANKS_REPLY,
  unreadableNumber,
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
export function converse(original: ConverseInput): DialogOutcome {
  // A lone 👍 answers a read-back as "ok" does.
  const input = { ...original, message: { ...original.message, text: emojiYesAsWord(original.message.text) } };
  const { message, snapshot, session } = input;
  const intent = readIntent(message.text, snapshot?.catalog ?? null);
  const isCommand = message.text.trim().startsWith("/");
  const member = input.sender.membership;
  if (message.edited) return editedMessage(intent, session);
  const filed = converseAboutFile(input, intent);
  if (filed) return filed;
  if (message.media) return mediaMessage(input);
  const scheduling = converseAboutSchedule(input);
  if (scheduling) return scheduling;
  const modelSwitch = converseAboutLanguageModel(input);
  if (modelSwitch) return modelSwitch;

  const gathered =
    session &&
    snapshot &&
    member &&
    canEnterFigures(member) &&
    gatherFigures({ input, snapshot, member }, session, intent);
  if (gathered) return gathered;
  if (session && snapshot && member && canEnterFigures(member) && !isCommand && !interruptsDialog(intent, session)) {
    const { mediaNoted: _noted, ...answered } = session;
    return continueDialog({ input, snapshot, member }, answered, chosenValue(session, message.text));
  }
  if (!isAddressedToBot(message) && !clearlyForTheBot(intent)) return silent(session);
  if (!snapshot) return unboundChat(input, intent, session);
  return noteDroppedDialog(session, intent, boundChat(input, snapshot, intent, session));
}

function continueDialog(ctx: DialogContext, session: SessionState, text: string): DialogOutcome {
  switch (session.step) {
    case "pick-indicator":
      return continuePick(ctx, session, text, (typed) => lookupIndicator(typed, ctx.snapshot.catalog));
    case "confirm-undo":
      return continueUndo(ctx, session, text);
    case "confirm-schedule":
      return say(null, CANCELLED);
    case "confirm-remove-member":
      return continueRemoveMember(ctx, session, text);
    case "confirm-batch":
      return continueBatch(ctx, session, text);
    default:
      return continueUpdate(ctx, session, text);
  }
}

/**
 * A new update (one figure or several), an undo, a cancel or a question takes over from an
 * open dialog; anything else answers it. Questions and reports only read, so they are
 * answered with the dialog left as it was (see `boundChat`): a confirmation still waiting
 * takes the "có" that follows. Figures waiting for "có" are not dropped by a new one
 * either: `gatherFigures` reads them back together first.
 */
function interruptsDialog(intent: ParsedMessage, session: SessionState): boolean {
  if (["update", "correction", "batch", "undo"].includes(intent.intent)) return true;
  if (intent.intent === "help" || Object.hasOwn(QUERIES, intent.intent)) return true;
  if (intent.intent === "query_compare" || intent.intent === "query_members" || intent.intent === "report") return true;
  if (session.step === "pick-indicator") return false;
  return asksAboutIndicator(intent) || startsUpdate(intent);
}

/**
 * "3.2 thế nào?": a read-only question about one indicator. Answered without ending the
 * dialog, so a read-back or an undo waiting for "có" still takes it afterwards. While an
 * indicator is being picked, a code typed is the pick.
 */
function asksAboutIndicator(intent: ParsedMessage): boolean {
  return intent.intent === "query_indicator" || (intent.intent === "ambiguous" && ambiguousPurpose(intent) === "query");
}

/** Intents that a group message is not taken as meant for the bot by, unless it is addressed to it. */
const NOT_CLEARLY_FOR_THE_BOT: ReadonlySet<IntentName> = new Set<IntentName>([
  "unknown",
  "confirm",
  "reject",
  "unknown_indicator",
  "cancel",
  "start_committee",
  "join_committee",
  "approve",
  "assign",
  "remove_member",
]);

function clearlyForTheBot(intent: ParsedMessage): boolean {
  if (intent.intent === "unreadable_number") return intent.forIndicator;
  return !NOT_CLEARLY_FOR_THE_BOT.has(intent.intent);
}

/** An indicator name that matched several: asked about, given a figure, or naming what to update. */
function ambiguousPurpose(intent: AmbiguousIntent): "query" | "figure" | "start_update" {
  if (intent.purpose === "query") return "query";
  return intent.figure && intent.purpose !== "start_update" ? "figure" : "start_update";
}

/** /capnhat and its wordings, including a name that matched several indicators with no figure. */
function startsUpdate(intent: ParsedMessage): boolean {
  return (
    intent.intent === "start_update" || (intent.intent === "ambiguous" && ambiguousPurpose(intent) === "start_update")
  );
}

function unboundChat(input: ConverseInput, intent: ParsedMessage, session: SessionState | null): DialogOutcome {
  if (intent.intent === "start_committee") return bindChatToCommune(input, commandArgument(input.message.text));
  if (intent.intent === "help") return fromAnswer(session, helpText(null));
  return say(session, CHAT_NOT_BOUND);
}

function boundChat(
  input: ConverseInput,
  snapshot: CommuneSnapshot,
  intent: ParsedMessage,
  session: SessionState | null,
): DialogOutcome {
  const member = input.sender.membership;
  if (intent.intent === "start_committee") return bindChatToCommune(input, commandArgument(input.message.text));
  if (intent.intent === "join_committee") return requestToJoin(input, snapshot);
  if (intent.intent === "help") return fromAnswer(session, helpText(snapshot.catalog));
  if (!canRead(member)) {
    const pending = member?.status === "pending";
    return say(session, pending ? joinPending(member.displayName) : notAMember(snapshot.communeName));
  }
  switch (intent.intent) {
    case "query_unmet":
    case "query_progress":
    case "query_missing":
    case "query_deadlines":
    case "query_met":
    case "query_score":
      return fromAnswer(session, QUERIES[intent.intent](snapshot, input.now, input.timeZone));
    case "query_compare":
      requireEarlierYear(snapshot);
      return fromAnswer(session, answerCompare(snapshot, input.now, input.timeZone));
    case "query_members":
      return fromAnswer(session, answerMembers(snapshot, input.timeZone));
    case "query_indicator":
      return fromAnswer(session, answerIndicator(snapshot, intent.code, input.now, input.timeZone));
    case "report":
      return sendReport(input, snapshot, intent.period, session);
    case "approve":
      return approveMember(snapshot, member, intent.mentions[0] ?? "", intent.role ?? "member");
    case "remove_member":
      return startRemoveMember(snapshot, member, intent.mentions[0] ?? commandArgument(input.message.text) ?? "");
    case "assign":
      return assignIndicators(snapshot, member, [...intent.codes, ...intent.unresolved], intent.mentions[0] ?? "");
    case "cancel":
      return say(null, session ? CANCELLED : NOTHING_TO_CANCEL);
    case "batch":
      return canEnterFigures(member!)
        ? startBatch({ input, snapshot, member: member! }, intent)
        : say(null, VIEWER_ONLY);
    case "unknown_indicator":
      return say(session, FIGURE_WITHOUT_INDICATOR);
    case "unreadable_number":
      return say(session, unreadableNumber(intent.written));
    case "ambiguous":
      if (ambiguousPurpose(intent) === "query") return say(session, whichIndicatorAsked([...intent.candidates]));
      return figureIntent({ input, snapshot, member: member! }, intent);
    case "update":
    case "correction":
    case "undo":
    case "start_update":
      return figureIntent({ input, snapshot, member: member! }, intent);
    default:
      return courtesyReply(input, intent, session) ?? say(session, NOT_UNDERSTOOD);
  }
}

/**
 * A greeting, thanks or a yes with nothing waiting for it ("ok e" or 👍 after a figure was
 * saved) that reached the bot (privately, or calling it by name) gets a short friendly
 * answer rather than "chưa hiểu".
 */
function courtesyReply(
  input: ConverseInput,
  intent: ParsedMessage,
  session: SessionState | null,
): DialogOutcome | null {
  if (intent.intent === "confirm") return say(session, NOTHING_TO_CONFIRM);
  const text = input.message.text;
  const courtesy = text.trim() === "" ? "greeting" : readCourtesy(text);
  if (courtesy === "thanks") return say(session, THANKS_REPLY);
  if (courtesy === "greeting")
    return say(session, greetingReply(input.sender.membership?.displayName ?? input.message.sender.name));
  return null;
}

/** The answers to the general questions, by the intent that asks them. */
const QUERIES = {
  query_unmet: answerUnmet,
  query_progress: answerProgress,
  query_missing: answerMissing,
  query_deadlines: answerDeadlines,
  query_met: answerMet,
  query_score: answerScore,
} satisfies Partial<Record<IntentName, (snapshot: CommuneSnapshot, now: Date, timeZone: string) => Answer>>;

function figureIntent(
  ctx: DialogContext,
  intent: Extract<ParsedMessage, { intent: "update" | "correction" | "ambiguous" | "undo" | "start_update" }>,
): DialogOutcome {
  if (!canEnterFigures(ctx.member)) return say(null, VIEWER_ONLY);
  switch (intent.intent) {
    case "undo":
      return startUndo(ctx);
    case "ambiguous": {
      const kind = intent.purpose === "correction" ? "correction" : "update";
      if (ambiguousPurpose(intent) === "figure" && intent.figure)
        return offerCandidates(ctx, [...intent.candidates], WHICH_INDICATOR_FOR_FIGURE, kind, intent.figure);
      if (intent.candidates.length === 0) return offerIndicators(ctx, kind);
      return offerCandidates(ctx, [...intent.candidates], WHICH_INDICATOR_TO_UPDATE, kind, undefined);
    }
    case "update":
    case "correction": {
      const indicator = indicatorByCode(ctx.snapshot, intent.code);
      if (!indicator) return say(null, notInCatalog([intent.code], ctx.snapshot.catalog.title));
      const evidence = evidenceOfMessage(ctx.input.message, intent.figure);
      const draft = { code: indicator.code, kind: intent.intent, ...(evidence.length ? { evidence } : {}) };
      return proposeFigure(ctx, indicator, draft, intent.figure, false, null);
    }
    case "start_update": {
      const kind = intent.correcting ? "correction" : "update";
      const indicator = intent.code ? indicatorByCode(ctx.snapshot, intent.code) : undefined;
      if (indicator && intent.count !== undefined) return beginWithCount(ctx, indicator, kind, intent.count);
      if (indicator) return beginIndicator(ctx, indicator, kind);
      return offerIndicators(ctx, kind);
    }
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
function editedMessage(intent: ParsedMessage, session: SessionState | null): DialogOutcome {
  if (intent.intent !== "update" && intent.intent !== "correction") return silent(session);
  return say(session, editedFigure(intent.code));
}

/**
 * A read-only answer given while a dialog may wait. The dialog is kept whole, with the
 * numbered choices its last question offered, so "1" or "2" typed after the answer still
 * picks "Có, lưu" or "Không, hủy" as "có" or "không" would.
 */
function fromAnswer(session: SessionState | null, answer: Answer): DialogOutcome {
  return { session, effects: [reply(answer.text, { mentions: answer.mentions })] };
}
