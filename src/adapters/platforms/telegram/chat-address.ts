/**
 * How a Telegram chat is named in Xã Số's chat ids. A plain chat is its numeric id
 * ("-1001234567890" for a group, "123456789" for a private chat); a forum topic is
 * "chatId:threadId" ("-1001234567890:42"). Each topic is therefore a chat of its own:
 * bound with /batdau in that topic, with its own dialogs, and every reply, reminder or
 * note for it lands in the same topic. The General topic of a forum is the plain id.
 */
export interface ChatAddress {
  chatId: number;
  /** The forum topic (`message_thread_id`); absent outside topics. */
  threadId?: number;
}

/** The chat id string for a Telegram chat, or a topic in one. */
export function formatChatAddress(address: ChatAddress): string {
  return address.threadId === undefined ? String(address.chatId) : `${address.chatId}:${address.threadId}`;
}

/** Reads a chat id string back; null when it is not a Telegram chat id. */
export function parseChatAddress(id: string): ChatAddress | null {
  const match = /^(-?\d{1,20})(?::(\d{1,12}))?$/.exec(id.trim());
  if (!match?.[1]) return null;
  const chatId = Number(match[1]);
  if (!Number.isSafeInteger(chatId)) return null;
  return match[2] === undefined ? { chatId } : { chatId, threadId: Number(match[2]) };
}

/** The chat a topic belongs to ("-100123:42" → "-100123"); a plain chat id unchanged. */
export function baseChatId(id: string): string {
  return id.split(":")[0] ?? id;
}

/** Groups and supergroups have negative ids on Telegram; private chats positive ones. */
export function isGroupChatId(id: string): boolean {
  return id.trim().startsWith("-");
}
