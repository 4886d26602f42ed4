import type { ReplyEffect } from "../../../core/conversation/effects.js";
import { type DbClient, isUniqueViolation, type Prisma } from "../prisma-types.js";

/** Identifies one inbound platform message. */
export interface InboundMessageRef {
  platform: string;
  chatId: string;
  messageId: string;
}

/**
 * Records that an inbound message is being handled. Returns false when it was already
 * recorded, so a message redelivered by Telegram or Zalo is never processed twice.
 * Call it inside the transaction that saves the message's effects: if saving fails,
 * the claim is rolled back with it and a redelivery is processed normally. On
 * PostgreSQL a duplicate aborts the surrounding transaction, so stop on `false`.
 */
export async function claimInboundMessage(db: DbClient, ref: InboundMessageRef): Promise<boolean> {
  try {
    await db.processedMessage.create({ data: ref });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/**
 * Keeps the bot's text replies to a message with its id, in the transaction that handled
 * it, so that a redelivery can be answered again (files are not kept: they are made anew
 * on request).
 */
export async function recordReplies(db: DbClient, ref: InboundMessageRef, replies: readonly ReplyEffect[]) {
  await db.processedMessage.update({
    where: { platform_chatId_messageId: ref },
    data: { replies: replies as unknown as Prisma.InputJsonValue },
  });
}

/**
 * The replies recorded for a message already handled, to send again when the platform
 * redelivers it: the first sending may have been lost in a crash right after the commit,
 * and a member must not be left without the "✅ Đã lưu" of a figure that was saved.
 * Empty when none were recorded.
 */
export async function repliesToRedelivered(db: DbClient, ref: InboundMessageRef): Promise<ReplyEffect[]> {
  const row = await db.processedMessage.findUnique({
    where: { platform_chatId_messageId: ref },
    select: { replies: true },
  });
  return Array.isArray(row?.replies) ? (row.replies as unknown as ReplyEffect[]) : [];
}

/**
 * How long a handled message's id is kept. Telegram and Zalo redeliver a message within
 * hours of a failure, never weeks later; keeping a week covers a weekend outage.
 */
export const REDELIVERY_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Forgets handled message ids older than the redelivery window, `batchSize` rows at a
 * time so a large backlog never holds one long transaction (every message in every chat,
 * strangers' chatter included, leaves a row). Returns how many rows were deleted.
 */
export async function purgeHandledMessages(db: DbClient, now: Date, batchSize = 1_000): Promise<number> {
  const before = new Date(now.getTime() - REDELIVERY_WINDOW_MS);
  let deleted = 0;
  for (;;) {
    const old = await db.processedMessage.findMany({
      where: { processedAt: { lt: before } },
      select: { id: true },
      take: batchSize,
    });
    if (old.length === 0) return deleted;
    const { count } = await db.processedMessage.deleteMany({ where: { id: { in: old.map((row) => row.id) } } });
    deleted += count;
    if (old.length < batchSize) return deleted;
  }
}
