import { baseChatId } from "./chat-address.js";

/**
 * The chats this process knows it cannot post in any more (bot removed, blocked), and the
 * forum topics it has seen in each group, so losing a group reports its topics too.
 * Nothing is sent to a lost chat until it shows life again: a message from it, or the bot
 * being added back (or unblocked), which Telegram announces with a my_chat_member update.
 */
export interface ChatRegistry {
  /** A message came from this chat (or topic): it is reachable. */
  seen(chatId: string): void;
  /** The bot is back in this chat (re-added, unblocked). */
  regained(chatId: string): void;
  /** Marks a chat lost (a whole chat also loses its topics); returns the chat ids newly lost. */
  lose(chatId: string): string[];
  isLost(chatId: string): boolean;
}

/** An empty registry, remembering topics of up to `limit` groups. */
export function createChatRegistry(limit = 10_000): ChatRegistry {
  const lost = new Set<string>();
  const topics = new Map<string, Set<string>>();
  const regained = (chatId: string) => {
    const base = baseChatId(chatId);
    lost.delete(base);
    for (const topic of topics.get(base) ?? []) lost.delete(topic);
  };
  return {
    seen(chatId) {
      lost.delete(chatId);
      lost.delete(baseChatId(chatId));
      const base = baseChatId(chatId);
      if (base === chatId) return;
      const known = topics.get(base) ?? new Set<string>();
      known.add(chatId);
      topics.delete(base);
      topics.set(base, known);
      if (topics.size > limit) topics.delete(topics.keys().next().value as string);
    },
    regained,
    lose(chatId) {
      const ids = baseChatId(chatId) === chatId ? [chatId, ...(topics.get(chatId) ?? [])] : [chatId];
      const fresh = ids.filter((id) => !lost.has(id));
      for (const id of fresh) lost.add(id);
      return fresh;
    },
    isLost: (chatId) => lost.has(chatId) || lost.has(baseChatId(chatId)),
  };
}
