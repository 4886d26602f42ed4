import type { Database } from "../../adapters/storage/open-database.js";
import { type DbClient, isUniqueViolation, type Prisma } from "../../adapters/storage/prisma-types.js";
import { findChatReservation } from "../../adapters/storage/stores/chat-bindings.js";
import { communePartsCacheOf } from "../../adapters/storage/stores/commune-parts-cache.js";
import { loadCommuneForMessage } from "../../adapters/storage/stores/commune-snapshots.js";
import { SessionConflictError, saveSession } from "../../adapters/storage/stores/conversation-states.js";
import {
  claimInboundMessage,
  recordReplies,
  repliesToRedelivered,
} from "../../adapters/storage/stores/inbound-messages.js";
import { loadMessageContext } from "../../adapters/storage/stores/message-context.js";
import { notePrivateChat } from "../../adapters/storage/stores/private-chats.js";
import { findSender, senderAmongMembers } from "../../adapters/storage/stores/senders.js";
import type { Catalog } from "../../core/catalog/catalog-schema.js";
import type { CommuneSnapshot, ReminderView } from "../../core/conversation/commune-snapshot.js";
import type { ConverseInput, DialogOutcome } from "../../core/conversation/converse-input.js";
import type { ReplyEffect, SendFileEffect } from "../../core/conversation/effects.js";
import {
  SESSION_SCHEMA_VERSION,
  SESSION_TIMEOUT_MS,
  type SessionState,
  sessionStateSchema,
} from "../../core/conversation/session-state.js";
import { needsReminderView } from "../../core/meetings/read-schedule-request.js";
import type { InboundMessage } from "../../core/messages/inbound-message.js";
import type { OutboundMessage } from "../../core/messages/outbound-message.js";
import { applyStorageEffects } from "./apply-effects.js";
import { converseWithHistory } from "./converse-with-history.js";
import { toOutboundWithFiles, type WordDraft } from "./outbound-files.js";
import { replyInProvinceChat } from "./province-chat-reply.js";

/** What handling a message needs from the rest of the app. */
export interface ConversationDeps {
  db: Database;
  /** The pure conversation step. */
  converse(input: ConverseInput): DialogOutcome;
  /** Catalog versions by indicator-set id (immutable, so cached by the caller). */
  catalogOf(setId: string): Promise<Catalog>;
  timeZone: string;
  now(): Date;
  /** What the reminder clock will send in a chat, for /nhacnho; without it /nhacnho says it cannot tell. */
  reminderView?(
    db: DbClient,
    snapshot: CommuneSnapshot,
    chat: { platform: string; chatId: string },
    now: Date,
  ): Promise<ReminderView>;
  /** Has a draft report's prose worded by the optional language model (set only when one is configured). */
  wordDraft?: WordDraft;
}

/**
 * Handles one inbound message end to end, in one database transaction: records its id (a
 * redelivery is ignored), loads the bound commune's snapshot, the sender and their dialog
 * state, runs the pure conversation step, applies its storage effects and saves the new
 * state. Replies are returned for the adapter to send only after everything committed.
 */
export async function handleInbound(deps: ConversationDeps, message: InboundMessage): Promise<OutboundMessage[]> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await handleOnce(deps, message);
    } catch (error) {
      // Another instance changed the same dialog or figure meanwhile: everything rolled back, so run the message again on fresh data.
      if (attempt >= MAX_ATTEMPTS || !isWriteConflict(error)) throw error;
    }
  }
}

const MAX_ATTEMPTS = 3;

function isWriteConflict(error: unknown): boolean {
  return error instanceof SessionConflictError || isUniqueViolation(error);
}

async function handleOnce(deps: ConversationDeps, message: InboundMessage): Promise<OutboundMessage[]> {
  const now = deps.now();
  const ref = { platform: message.platform, chatId: message.chatId, messageId: message.messageId };
  const handled = await deps.db.$transaction(async (tx) => {
    // The claim and, in one read, the chat's plan and figures and the sender's account and dialog go out together; the commune itself comes from memory when unchanged.
    const [claimed, read] = await Promise.allSettled([
      claimInboundMessage(tx, ref),
      loadMessageContext(tx, { platform: message.platform, chatId: message.chatId, senderId: message.sender.id }),
    ]);
    // The claim is checked first: on PostgreSQL a redelivery's refused claim aborts the transaction, and the read beside it with it.
    if (claimed.status === "rejected") throw claimed.reason;
    if (!claimed.value) return null;
    if (read.status === "rejected") throw read.reason;
    const context = read.value;
    const served = context.plan;
    // A province's oversight chat reads every commune of the province and changes nothing.
    const province = served ? null : await replyInProvinceChat(tx, message, { now, timeZone: deps.timeZone });
    if (province) return province;
    const commune = served
      ? await loadCommuneForMessage(
          tx,
          {
            planId: served.planId,
            platform: message.platform,
            now,
            history: "latest",
            revision: served.revision,
            figuresInForce: served.figuresInForce,
          },
          deps.catalogOf,
          communePartsCacheOf(deps.db),
        )
      : null;
    const snapshot = commune?.snapshot ?? null;
    // Planning a commune's reminders costs more than a message: only /nhacnho and nudge answers read them.
    if (snapshot && deps.reminderView && needsReminderView(message.text))
      snapshot.reminders = await deps.reminderView(tx, snapshot, message, now);
    if (snapshot && served?.lastReportAt) snapshot.lastReportAt = served.lastReportAt;
    const account = { platform: message.platform, externalId: message.sender.id, name: message.sender.name };
    const sender = snapshot
      ? senderAmongMembers(account, context.account, snapshot.members)
      : await findSender(tx, account, null);
    // Where the member has written privately, their own nudges can go (src/app/reminders/reminder-delivery.ts).
    if (!message.isGroup && context.account && context.account.privateChatId !== message.chatId)
      await notePrivateChat(tx, { platform: message.platform, externalId: message.sender.id, chatId: message.chatId });
    const key = sender.personId
      ? { platform: message.platform, chatId: message.chatId, personId: sender.personId }
      : null;
    const dialog = key ? context.dialog : null;
    const stored = dialog?.schemaVersion === SESSION_SCHEMA_VERSION ? dialog : null;
    const session = stored && stored.expiresAt > now ? parseSession(stored.state) : null;

    const reservedFor = snapshot ? null : await findChatReservation(tx, message);
    const input = { message, snapshot, sender, session, now, timeZone: deps.timeZone, reservedFor };
    const outcome = await converseWithHistory(tx, deps.converse, input, deps.catalogOf);

    await applyStorageEffects(tx, outcome.effects, { message, snapshot, sender, now, records: commune?.records });
    if (key && (stored || outcome.session)) {
      await saveSession(
        tx,
        key,
        {
          state: (outcome.session ?? null) as Prisma.InputJsonValue | null,
          expiresAt: new Date(now.getTime() + SESSION_TIMEOUT_MS),
          schemaVersion: SESSION_SCHEMA_VERSION,
          at: now,
        },
        dialog?.revision ?? null,
      );
    }
    const replies = outcome.effects.filter(
      (e): e is ReplyEffect | SendFileEffect => e.type === "reply" || e.type === "sendFile",
    );
    // Work was done (a figure saved, a member approved…): its confirmation is kept for a redelivery.
    if (replies.length < outcome.effects.length)
      await recordReplies(
        tx,
        ref,
        replies.filter((e): e is ReplyEffect => e.type === "reply"),
      );
    return replies;
  });
  // A redelivered message is not handled again; the confirmation of work it did is said again.
  const replies = handled ?? (await repliesToRedelivered(deps.db, ref));
  return toOutboundWithFiles(
    message,
    replies,
    deps.timeZone,
    deps.wordDraft ? { wordDraft: deps.wordDraft, now } : undefined,
  );
}

function parseSession(state: unknown): SessionState | null {
  const parsed = sessionStateSchema.safeParse(state);
  return parsed.success ? parsed.data : null;
}
