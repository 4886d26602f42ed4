import type { DbClient, Prisma } from "../prisma-types.js";

/** Whose dialog it is: one session per member per chat, so answers never mix. */
export interface SessionKey {
  platform: string;
  chatId: string;
  personId: string;
}

/** A stored dialog state with what is needed to save it back safely. */
export interface StoredSession {
  state: unknown;
  revision: number;
  expiresAt: Date;
}

/**
 * Reads a member's dialog state in a chat. A state written under another shape version
 * is treated as absent (the dialog starts afresh instead of misreading it).
 */
export async function loadSession(db: DbClient, key: SessionKey, schemaVersion: number): Promise<StoredSession | null> {
  const row = await db.conversationState.findUnique({ where: { platform_chatId_personId: key } });
  if (!row || row.schemaVersion !== schemaVersion) return null;
  return { state: row.state, revision: row.revision, expiresAt: row.expiresAt };
}

/**
 * Saves (or, with `state: null`, deletes) a member's dialog state. The revision read
 * with the state must still be current: if another instance changed it meanwhile the
 * write fails with a unique-violation-like error and the message's transaction rolls back.
 */
export async function saveSession(
  db: DbClient,
  key: SessionKey,
  next: { state: Prisma.InputJsonValue | null; expiresAt: Date; schemaVersion: number; at: Date },
  readRevision: number | null,
): Promise<void> {
  const where = { platform_chatId_personId: key };
  if (next.state === null) {
    await db.conversationState.deleteMany({ where: key });
    return;
  }
  if (readRevision === null) {
    await db.conversationState.deleteMany({ where: key });
    await db.conversationState.create({
      data: {
        ...key,
        state: next.state,
        expiresAt: next.expiresAt,
        schemaVersion: next.schemaVersion,
        revision: 0,
        updatedAt: next.at,
      },
    });
    return;
  }
  const updated = await db.conversationState.updateMany({
    where: { ...key, revision: readRevision },
    data: {
      state: next.state,
      expiresAt: next.expiresAt,
      schemaVersion: next.schemaVersion,
      revision: readRevision + 1,
      updatedAt: next.at,
    },
  });
  if (updated.count === 0) throw new SessionConflictError(`session ${JSON.stringify(where)} changed concurrently`);
}

/** Sessions whose time ran out, for the sweep that tells members their update was dropped. */
export function expiredSessions(db: DbClient, now: Date, limit = 100) {
  return db.conversationState.findMany({
    where: { expiresAt: { lte: now } },
    orderBy: { expiresAt: "asc" },
    take: limit,
  });
}

/** Two writers raced for one member's dialog; the later one is rolled back and retried. */
export class SessionConflictError extends Error {
  override readonly name = "SessionConflictError";
}
