import { type DbClient, isUniqueViolation } from "../prisma-types.js";

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
