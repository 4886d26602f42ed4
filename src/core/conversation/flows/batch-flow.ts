import { describeEvidence, describeValue } from "../../answers/describe-figure.js";
import { codeAndName, shortName } from "../../answers/labels.js";
import type { Indicator } from "../../catalog/catalog-schema.js";
import { evaluateIndicator } from "../../evaluation/evaluate-indicator.js";
import { statusLabel } from "../../evaluation/evaluation-status.js";
import type { InboundMessage } from "../../messages/inbound-message.js";
import type { Choice } from "../../messages/outbound-message.js";
import type { BatchItem, ParsedMessage } from "../../parsing/parsed-message.js";
import { foldVietnamese } from "../../text/fold-vietnamese.js";
import { evidenceBesideFigure, evidenceOfMessage } from "../cited-evidence.js";
import type { EvidenceInfo } from "../commune-snapshot.js";
import type { DialogOutcome } from "../converse-input.js";
import { type DialogContext, indicatorByCode, latestFigure, targetFor } from "../dialog-context.js";
import type { Effect } from "../effects.js";
import { reply, say } from "../outcome.js";
import { lookupIndicator } from "../read-intent.js";
import { readStepAnswer, stepExpectations } from "../read-step-answer.js";
import type { BatchDraftItem, SessionState } from "../session-state.js";
import { fileNotRecognised } from "../texts/attached-file.js";
import {
  ALL_DROPPED,
  ALL_OF_THEM,
  BATCH_PROMPT,
  type BatchNote,
  type BatchRow,
  batchReadBack,
  batchSaved,
  NO_INDICATOR,
  noSuchCode,
  nothingToSave,
  notInBatch,
  replacementRefused,
  unreadLine,
  whichFigureForFile,
  whichOf,
} from "../texts/batch.js";
import { CANCELLED, confirmChoices } from "../texts/update.js";
import { unchangedVersion } from "../unchanged-figure.js";
import { validateFigure } from "../validate-figure.js";

type BatchSession = Extract<SessionState, { step: "confirm-batch" }>;

/** The figures a message brings, as drafts, and the lines of it that name no known indicator. */
interface Incoming {
  readonly drafts: BatchDraftItem[];
  readonly unread: string[];
  readonly single: boolean;
}

/**
 * Several figures in one message: each checked as a single figure would be, then read
 * back together in one table and saved together on one "có". A figure that fails
 * validation, repeats the one in force, or whose line names no known indicator is listed
 * with the reason and left out; the rest can still be saved.
 */
export function startBatch(ctx: DialogContext, intent: Extract<ParsedMessage, { intent: "batch" }>): DialogOutcome {
  const incoming = incomingOf(intent, ctx.input.message);
  return readBackBatch(ctx, mergeDrafts([], incoming?.drafts ?? []), incoming?.unread ?? []);
}

/**
 * A new figure (or several) while others wait for "có": gathered with them into one
 * read-back instead of replacing them, so nothing typed earlier is dropped unseen. A
 * figure for an indicator already waiting replaces that one ("sửa 3.2 6.700/8.315" fixes
 * its line). Null when the dialog holds no figure waiting for confirmation, or when the
 * new figure is for the only one waiting (then it is read back on its own, as before).
 */
export function gatherFigures(ctx: DialogContext, session: SessionState, intent: ParsedMessage): DialogOutcome | null {
  const incoming = incomingOf(intent, ctx.input.message);
  const waiting = waitingDrafts(session);
  if (!incoming || !waiting) return null;
  const { accepted, refused } = checkReplacements(ctx, waiting, incoming.drafts);
  const merged = mergeDrafts(waiting, accepted);
  if (incoming.single && merged.length === 1 && refused.length === 0) return null;
  const gathered = readBackBatch(ctx, merged, incoming.unread, refused);
  return session.step === "confirm-batch" && session.file ? askAgainForFile(ctx, gathered, session.file) : gathered;
}

/**
 * The new table, then the file still waiting for its figure asked about again (or given to
 * the one figure that now needs it), so figures sent meanwhile never make it disappear.
 */
function askAgainForFile(
  ctx: DialogContext,
  gathered: DialogOutcome,
  file: NonNullable<BatchSession["file"]>,
): DialogOutcome {
  if (gathered.session?.step !== "confirm-batch") return gathered;
  const asked = attachFileToBatch(ctx, gathered.session, file.name, file.evidence);
  if (asked.session?.step !== "confirm-batch" || !asked.session.file) return asked;
  const table = gathered.effects.map((effect) => {
    if (effect.type !== "reply") return effect;
    const { choices: _confirm, ...text } = effect;
    return text;
  });
  return { session: asked.session, effects: [...table, ...asked.effects] };
}

/**
 * Figures that would replace one already waiting: a replacement that fails validation
 * ("sửa 3.2 9000/8315") leaves the waiting figure in place, with the reason, so a slip
 * in a correction never throws away the figure it meant to fix.
 */
function checkReplacements(
  ctx: DialogContext,
  waiting: readonly BatchDraftItem[],
  incoming: readonly BatchDraftItem[],
): { accepted: BatchDraftItem[]; refused: BatchNote[] } {
  const accepted: BatchDraftItem[] = [];
  const refused: BatchNote[] = [];
  for (const draft of incoming) {
    const kept = waiting.find((item) => item.code === draft.code);
    const indicator = kept && indicatorByCode(ctx.snapshot, draft.code);
    const validation = indicator && validateFigure(indicator, draft.figure, latestFigure(ctx.snapshot, draft.code));
    if (indicator && kept && validation && !validation.ok)
      refused.push({
        code: draft.code,
        reason: replacementRefused(
          describeValue(indicator.measure, draft.figure),
          validation.problem,
          describeValue(indicator.measure, kept.figure),
        ),
      });
    else accepted.push(draft);
  }
  return { accepted, refused };
}

/**
 * A file sent (attached or forwarded) while a table of figures waits for "có": the evidence
 * of the figure that needs it. It goes to the one figure still without evidence among those
 * whose catalog entry asks for evidence (every figure when none does); when several could
 * take it, the member is asked which, with the file kept meanwhile, so it is never lost
 * unseen. A name that is not a document's gets what is expected, and the table still waits.
 */
export function attachFileToBatch(
  ctx: DialogContext,
  session: BatchSession,
  fileName: string,
  evidence: readonly EvidenceInfo[] | null,
): DialogOutcome {
  if (!evidence) return say(session, fileNotRecognised(fileName, BATCH_PROMPT), { choices: confirmChoices() });
  const candidates = filesCandidates(ctx, session.items);
  const [only] = candidates;
  if (candidates.length === 1 && only) return readBackBatch(ctx, withEvidence(session.items, [only], evidence), []);
  const choices: Choice[] = candidates.flatMap((code) => {
    const indicator = indicatorByCode(ctx.snapshot, code);
    return indicator ? [{ label: `${code} – ${shortName(indicator)}`, value: code }] : [];
  });
  choices.push({ label: "Tất cả", value: ALL_OF_THEM });
  const file = { name: fileName, evidence: [...evidence], candidates };
  return say({ ...session, file }, whichFigureForFile(fileName, candidates[0] ?? ""), { choices });
}

/** The figures a file may be the evidence of: those needing evidence and still without, else all that need it. */
function filesCandidates(ctx: DialogContext, items: readonly BatchDraftItem[]): string[] {
  const needing = items.filter((item) => indicatorByCode(ctx.snapshot, item.code)?.evidence !== undefined);
  const pool = needing.length ? needing : items;
  const without = pool.filter((item) => !item.evidence?.length);
  return (without.length ? without : pool).map((item) => item.code);
}

/** The drafts with `evidence` added to those of `codes`. */
function withEvidence(
  items: readonly BatchDraftItem[],
  codes: readonly string[],
  evidence: readonly EvidenceInfo[],
): BatchDraftItem[] {
  return items.map((item) =>
    codes.includes(item.code) ? { ...item, evidence: [...(item.evidence ?? []), ...evidence] } : item,
  );
}

/** The answer to "which figure is this file for?": a code offered, "tất cả", or a cancel; anything else asks again. */
function continueFileChoice(
  ctx: DialogContext,
  session: BatchSession & { file: NonNullable<BatchSession["file"]> },
  text: string,
): DialogOutcome {
  const { file, ...table } = session;
  const answer = readStepAnswer(text, stepExpectations.confirm);
  if (answer.kind === "no" || answer.kind === "cancel") return say(null, CANCELLED);
  const folded = foldVietnamese(text.trim()).replace(/[\s.!]+$/u, "");
  const found = lookupIndicator(text, ctx.snapshot.catalog);
  const picked =
    folded === foldVietnamese(ALL_OF_THEM) || folded === "ca hai"
      ? file.candidates
      : file.candidates.filter((code) => code === text.trim() || (found && "code" in found && found.code === code));
  if (picked.length === 0) return attachFileToBatch(ctx, table, file.name, file.evidence);
  return readBackBatch(ctx, withEvidence(table.items, picked, file.evidence), []);
}

/** The member's answer to a batch read-back: "có", "không", "bỏ 3.4"; anything else asks again. */
export function continueBatch(ctx: DialogContext, session: BatchSession, text: string): DialogOutcome {
  if (session.file) return continueFileChoice(ctx, { ...session, file: session.file }, text);
  const dropped = droppedCode(text, ctx);
  if (dropped !== null) {
    if (!session.items.some((item) => item.code === dropped))
      return say(session, `${notInBatch(dropped)}\n${BATCH_PROMPT}`, { choices: confirmChoices() });
    const rest = session.items.filter((item) => item.code !== dropped);
    return rest.length ? readBackBatch(ctx, rest, []) : say(null, ALL_DROPPED);
  }
  const answer = readStepAnswer(text, stepExpectations.confirm);
  if (answer.kind === "yes") return saveBatch(ctx, session.items);
  if (answer.kind === "no" || answer.kind === "cancel") return say(null, CANCELLED);
  return say(session, BATCH_PROMPT, { choices: confirmChoices() });
}

/** The figures waiting for confirmation in a dialog: a batch, or one figure read back (or at its evidence). */
function waitingDrafts(session: SessionState): BatchDraftItem[] | null {
  if (session.step === "confirm-batch") return session.items;
  if ((session.step === "confirm" || session.step === "evidence") && session.draft.figure) {
    const { code, kind, figure, evidence } = session.draft;
    return [{ code, kind, figure, ...(evidence?.length ? { evidence } : {}) }];
  }
  return null;
}

/**
 * The drafts a message brings, each with the evidence cited beside its figure: on its own
 * line when the message has one figure per line, in the whole message when it has one figure.
 */
function incomingOf(intent: ParsedMessage, message: InboundMessage): Incoming | null {
  if (intent.intent === "update" || intent.intent === "correction") {
    const evidence = evidenceOfMessage(message, intent.figure);
    const draft = { code: intent.code, kind: intent.intent, figure: intent.figure };
    return { drafts: [evidence.length ? { ...draft, evidence } : draft], unread: [], single: true };
  }
  if (intent.intent !== "batch") return null;
  const drafts: BatchDraftItem[] = [];
  const unread: string[] = [];
  for (const item of intent.items) {
    if (item.intent === "update" || item.intent === "correction") drafts.push(draftOf(item, item.line));
    else unread.push(unclearItem(item));
  }
  return { drafts, unread: [...unread, ...intent.unread.map((line) => unreadLine(line))], single: false };
}

function draftOf(
  item: Extract<BatchItem, { intent: "update" | "correction" }>,
  text: string | undefined,
): BatchDraftItem {
  const evidence = text === undefined ? null : evidenceBesideFigure(text, item.figure);
  return { code: item.code, kind: item.intent, figure: item.figure, ...(evidence ? { evidence: [evidence] } : {}) };
}

function unclearItem(item: Extract<BatchItem, { intent: "ambiguous" | "unknown_indicator" }>): string {
  const why =
    item.intent === "ambiguous" ? whichOf(item.candidates) : item.reference ? noSuchCode(item.reference) : NO_INDICATOR;
  return item.line ? unreadLine(item.line, why) : why;
}

/** The waiting figures with the new ones: a code already there takes the new figure in its place. */
function mergeDrafts(waiting: readonly BatchDraftItem[], incoming: readonly BatchDraftItem[]): BatchDraftItem[] {
  const merged = [...waiting];
  for (const draft of incoming) {
    const at = merged.findIndex((item) => item.code === draft.code);
    const previous = merged[at];
    if (previous)
      merged[at] = { ...previous, figure: draft.figure, ...(draft.evidence ? { evidence: draft.evidence } : {}) };
    else merged.push(draft);
  }
  return merged;
}

/** What checking the drafts against the commune's figures found. */
interface Checked {
  readonly ready: { draft: BatchDraftItem; row: BatchRow }[];
  readonly warnings: BatchNote[];
  readonly refused: BatchNote[];
  readonly unchanged: BatchNote[];
  readonly unread: string[];
}

function check(ctx: DialogContext, drafts: readonly BatchDraftItem[]): Checked {
  const checked: Checked = { ready: [], warnings: [], refused: [], unchanged: [], unread: [] };
  for (const draft of drafts) {
    const indicator = indicatorByCode(ctx.snapshot, draft.code);
    if (!indicator) {
      checked.unread.push(noSuchCode(draft.code));
      continue;
    }
    const previous = latestFigure(ctx.snapshot, draft.code);
    const validation = validateFigure(indicator, draft.figure, previous);
    if (!validation.ok) checked.refused.push({ code: draft.code, reason: validation.problem });
    else if (unchangedVersion(ctx.snapshot, draft.code, draft.figure, draft.evidence))
      checked.unchanged.push({ code: draft.code, reason: describeValue(indicator.measure, draft.figure) });
    else {
      checked.ready.push({ draft, row: rowOf(ctx, indicator, draft) });
      if (validation.warning) checked.warnings.push({ code: draft.code, reason: validation.warning });
    }
  }
  return checked;
}

function rowOf(ctx: DialogContext, indicator: Indicator, draft: BatchDraftItem): BatchRow {
  const previous = draft.kind === "correction" ? latestFigure(ctx.snapshot, indicator.code) : null;
  const now = describeValue(indicator.measure, draft.figure);
  const evaluation = evaluateIndicator({ indicator, target: targetFor(ctx.snapshot, indicator), value: draft.figure });
  return {
    label: codeAndName(indicator),
    figure: previous ? `${describeValue(indicator.measure, previous)} → ${now}` : now,
    status: statusLabel(evaluation.status),
    ...(draft.evidence?.length ? { evidence: draft.evidence.map(describeEvidence).join("; ") } : {}),
  };
}

function readBackBatch(
  ctx: DialogContext,
  drafts: readonly BatchDraftItem[],
  unread: readonly string[],
  refusedReplacements: readonly BatchNote[] = [],
): DialogOutcome {
  const checked = check(ctx, drafts);
  const allUnread = [...checked.unread, ...unread];
  const refused = [...checked.refused, ...refusedReplacements];
  if (checked.ready.length === 0)
    return say(null, nothingToSave({ refused, unchanged: checked.unchanged, unread: allUnread }));
  const session: SessionState = { step: "confirm-batch", items: checked.ready.map((item) => item.draft) };
  const text = batchReadBack({
    rows: checked.ready.map((item) => item.row),
    warnings: checked.warnings,
    refused,
    unchanged: checked.unchanged,
    unread: allUnread,
  });
  return say(session, text, { choices: confirmChoices() });
}

/** "có": every figure still valid and still a change is saved, in the message's one transaction. */
function saveBatch(ctx: DialogContext, drafts: readonly BatchDraftItem[]): DialogOutcome {
  const checked = check(ctx, drafts);
  if (checked.ready.length === 0)
    return say(null, nothingToSave({ refused: checked.refused, unchanged: checked.unchanged, unread: checked.unread }));
  const saves: Effect[] = checked.ready.map(({ draft }) => ({
    type: "saveFigure",
    code: draft.code,
    value: draft.figure,
    kind: draft.kind,
    evidence: draft.evidence ?? [],
    ...(draft.readBy ? { readBy: draft.readBy } : {}),
  }));
  const rows = checked.ready.map((item) => item.row);
  return { session: null, effects: [...saves, reply(batchSaved(rows, checked.unchanged, ctx.member.displayName))] };
}

/** "bỏ 3.4", "xóa dòng 3.4", "bỏ điện thoại thông minh": the code to drop, or null when the message is not a drop. */
function droppedCode(text: string, ctx: DialogContext): string | null {
  const match = /^(?:bo|xoa|loai)\s+(?:dong\s+|chi tieu\s+|tc\s+)?(.+?)[\s.!]*$/u.exec(foldVietnamese(text.trim()));
  const named = match?.[1];
  if (!named) return null;
  const found = lookupIndicator(named, ctx.snapshot.catalog);
  if (found && "code" in found) return found.code;
  return /^[\divx]+(?:\.\w+)+$/u.test(named) ? named : null;
}
