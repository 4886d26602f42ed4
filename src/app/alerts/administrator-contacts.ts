import type { Database } from "../../adapters/storage/open-database.js";
import { administratorAccountIds } from "../../adapters/storage/stores/member-lookup.js";
import type { OutboundMessage } from "../../core/messages/outbound-message.js";

/**
 * Private messages for every committee chair and secretary reachable on `platform`, e.g.
 * to tell them on Telegram that the Zalo account was signed out. A private Telegram chat
 * has the user's own id, so the account id is the chat id.
 */
export async function messagesToAdministrators(
  db: Database,
  platform: string,
  text: string,
): Promise<OutboundMessage[]> {
  const accounts = await administratorAccountIds(db, platform);
  return accounts.map((accountId) => ({ platform, chatId: accountId, text }));
}
