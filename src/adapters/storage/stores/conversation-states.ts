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

/** A dialog whose time ran out and was ended, with whom to tell and what they were doing. */
export interface EndedSession {
  platform: string;
  chatId: string;
  state: unknown;
  schemaVersion: number;
  /** The member's display name, to address the note to them. */
  memberName: string;
}

/**
 * Ends up to `limit` dialogs whose time ran out (oldest first) by deleting their states,
 * and returns them so each member can be told their update was dropped. A state another
 * instance changed or ended meanwhile is left to it and not returned, so each ending is
 * reported once.
 */
export async function endExpiredSessions(db: DbClient, now: Date, limit = 100): Promise<EndedSession[]> {
  const expired = await db.conversationState.findMany({
    where: { expiresAt: { lte: now } },
    orderBy: { expiresAt: "asc" },
    take: limit,
    include: { person: { select: { displayName: true } } },
  });
  const ended: EndedSession[] = [];
  for (const row of expired) {
    const { count } = await db.conversationState.deleteMany({ where: { id: row.id, revision: row.revision } });
    if (count === 0) continue;
    ended.push({
      platform: row.platform,
      chatId: row.chatId,
      state: row.state,
      schemaVersion: row.schemaVersion,
      memberName: row.person.displayName,
    });
  }
  return ended;
}

/** Two writers raced for one member's dialog; the later one is rolled back and retried. */
export class SessionConflictError extends Error {
  override readonly name = "SessionConflictError";
}
