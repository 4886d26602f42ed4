/**
 * What this process remembers about its own recent messages, to tell a current button
 * from a stale one: the latest message the bot sent to each member in each chat, and the
 * keyboards already tapped. It is bounded (oldest entries go first) and lost on restart;
 * a tap it knows nothing about is passed to the conversation, which reads it like a
 * typed answer, so forgetting never breaks a dialog.
 */
export interface ReplyMemory {
  /** The bot answered `ownerId` in `chatId` with message `messageId`. */
  noteReply(chatId: string, ownerId: string, messageId: number): void;
  /** A keyboard was used; later taps on it are stale. */
  noteTapped(chatId: string, messageId: number): void;
  /** True when the keyboard was tapped already or the bot has said something newer to `ownerId`. */
  isStale(chatId: string, ownerId: string, messageId: number): boolean;
}

/** A ReplyMemory holding up to `limit` entries of each kind. */
export function createReplyMemory(limit = 10_000): ReplyMemory {
  const latest = new Map<string, number>();
  const tapped = new Map<string, true>();
  const remember = <V>(map: Map<string, V>, key: string, value: V) => {
    map.delete(key);
    map.set(key, value);
    if (map.size > limit) map.delete(map.keys().next().value as string);
  };
  return {
    noteReply: (chatId, ownerId, messageId) =>
      remember(latest, `${chatId}|${ownerId}`, Math.max(messageId, latest.get(`${chatId}|${ownerId}`) ?? 0)),
    noteTapped: (chatId, messageId) => remember(tapped, `${chatId}|${messageId}`, true),
    isStale: (chatId, ownerId, messageId) =>
      tapped.has(`${chatId}|${messageId}`) || (latest.get(`${chatId}|${ownerId}`) ?? 0) > messageId,
  };
}
