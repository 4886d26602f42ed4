import type { DbClient, Prisma } from "../prisma-types.js";

/** Whose dialog it is: one session per member per chat, so answers never mix. */
export interface SessionKey {
  platform: string;
  chatId: string;
  personId: string;
}

/**
 * Saves (or, with `state: null`, deletes) a member's dialog state, in one statement. The
 * dialog is read with the message (`loadMessageContext`), whatever its shape version;
 * `readRevision` is the revision it had then, or null when there was none. If another
 * instance changed or created it meanwhile, the write fails (a `SessionConflictError`,
 * or a unique violation for a dialog both created) and the message's transaction rolls
 * back, to be run again on fresh data.
 */
export async function saveSession(
  db: DbClient,
  key: SessionKey,
  next: { state: Prisma.InputJsonValue | null; expiresAt: Date; schemaVersion: number; at: Date },
  readRevision: number | null,
): Promise<void> {
  if (next.state === null) {
    await db.conversationState.deleteMany({ where: key });
    return;
  }
  const written = {
    state: next.state,
    expiresAt: next.expiresAt,
    schemaVersion: next.schemaVersion,
    updatedAt: next.at,
  };
  if (readRevision === null) {
    await db.conversationState.create({ data: { ...key, ...written, revision: 0 } });
    return;
  }
  const updated = await db.conversationState.updateMany({
    where: { ...key, revision: readRevision },
    data: { ...written, revision: readRevision + 1 },
  });
  if (updated.count === 0) throw new SessionConflictError(`session ${JSON.stringify(key)} changed concurrently`);
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
