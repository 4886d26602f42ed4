import type { Database } from "../../adapters/storage/open-database.js";
import { expiredSessions } from "../../adapters/storage/stores/conversation-states.js";
import { SESSION_SCHEMA_VERSION, sessionStateSchema } from "../../core/conversation/session-state.js";
import { timeoutNote } from "../../core/conversation/texts/timeout-note.js";
import type { OutboundMessage } from "./outbound-message.js";

/**
 * Ends the dialogs whose members stopped answering: each expired state is deleted and
 * its member gets a short note in the chat. A state deleted by another instance first is
 * skipped, so each note is sent once.
 */
export async function sweepExpiredSessions(db: Database, now: Date): Promise<OutboundMessage[]> {
  const notes: OutboundMessage[] = [];
  for (const row of await expiredSessions(db, now)) {
    const { count } = await db.conversationState.deleteMany({ where: { id: row.id, revision: row.revision } });
    if (count === 0) continue;
    const parsed = row.schemaVersion === SESSION_SCHEMA_VERSION ? sessionStateSchema.safeParse(row.state) : null;
    if (!parsed?.success) continue;
    const person = await db.person.findUnique({ where: { id: row.personId } });
    notes.push({
      platform: row.platform,
      chatId: row.chatId,
      text: timeoutNote(parsed.data, person?.displayName ?? "Anh/chị"),
    });
  }
  return notes;
}
