import { ThreadType } from "./zca-js.js";

/**
 * Zalo thread ids do not tell a group from a person, and zca-js needs to know which one it
 * sends to. Xã Số's chat id for Zalo carries it: "g:<group id>" or "u:<user id>". Every
 * message the adapter hands to the core, every binding /batdau stores and every reminder
 * the app sends later uses this form, so a group is never answered in private.
 */
export interface ZaloThread {
  threadId: string;
  type: ThreadType;
}

/** "g:123" for a group, "u:456" for a private chat. */
export function zaloChatId(threadId: string, type: ThreadType): string {
  return `${type === ThreadType.Group ? "g" : "u"}:${threadId}`;
}

/** The thread behind a Zalo chat id, or null for an id not in that form (it is never guessed). */
export function parseZaloChatId(chatId: string): ZaloThread | null {
  const match = /^([gu]):(\S+)$/.exec(chatId);
  if (!match?.[1] || !match[2]) return null;
  return { threadId: match[2], type: match[1] === "g" ? ThreadType.Group : ThreadType.User };
}
