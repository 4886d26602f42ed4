import type { Database } from "../../adapters/storage/open-database.js";
import { endExpiredSessions } from "../../adapters/storage/stores/conversation-states.js";
import { SESSION_SCHEMA_VERSION, sessionStateSchema } from "../../core/conversation/session-state.js";
import { timeoutNote } from "../../core/conversation/texts/timeout-note.js";
import type { OutboundMessage } from "../../core/messages/outbound-message.js";

/**
 * Ends the dialogs whose members stopped answering: each expired state is deleted and
 * its member gets a short note in the chat. A state deleted by another instance first is
 * skipped, so each note is sent once.
 */
export async function sweepExpiredSessions(db: Database, now: Date): Promise<OutboundMessage[]> {
  const notes: OutboundMessage[] = [];
  for (const ended of await endExpiredSessions(db, now)) {
    const parsed = ended.schemaVersion === SESSION_SCHEMA_VERSION ? sessionStateSchema.safeParse(ended.state) : null;
    if (!parsed?.success) continue;
    notes.push({ platform: ended.platform, chatId: ended.chatId, text: timeoutNote(parsed.data, ended.memberName) });
  }
  return notes;
}
