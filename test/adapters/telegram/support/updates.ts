import type { CallbackQuery, Chat, Message, MessageEntity, Update, User } from "grammy/types";

/** Members of the test committees, as Telegram users. */
export const lan: User = { id: 111, is_bot: false, first_name: "Lan" };
export const minh: User = { id: 222, is_bot: false, first_name: "Minh" };
export const hoa: User = { id: 333, is_bot: false, first_name: "Hoa", last_name: "Trần" };

/** A supergroup, a forum supergroup (topics) and a private chat with Lan. */
export const supergroup: Chat.SupergroupChat = { id: -1_001_111, type: "supergroup", title: "BCĐ CĐS xã Thúy Sơn" };
export const forum: Chat.SupergroupChat = {
  id: -1_002_222,
  type: "supergroup",
  title: "UBND xã Thúy Sơn",
  is_forum: true,
};
export const privateWithLan: Chat.PrivateChat = { id: 111, type: "private", first_name: "Lan" };

let nextMessageId = 100;

/** A text message; a leading "/command" gets its bot_command entity, as Telegram sends it. */
export function textMessage(
  chat: Chat,
  from: User,
  text: string,
  extra: Partial<Record<keyof Message, unknown>> = {},
): Message {
  const command = /^\/\S+/.exec(text);
  const entities: MessageEntity[] = command ? [{ type: "bot_command", offset: 0, length: command[0].length }] : [];
  return {
    message_id: nextMessageId++,
    date: Math.floor(Date.now() / 1000),
    chat,
    from,
    text,
    ...(entities.length ? { entities } : {}),
    ...extra,
  } as Message;
}

/** The update carrying a new message. */
export function messageUpdate(message: Message): Omit<Update, "update_id"> {
  return { message } as Omit<Update, "update_id">;
}

/** A tap on a button with `data`, on the bot message `keyboard`. */
export function tap(from: User, data: string, keyboard: Message): Omit<Update, "update_id"> {
  const query: CallbackQuery = {
    id: `q${nextMessageId++}`,
    from,
    chat_instance: "ci",
    data,
    message: keyboard,
  } as CallbackQuery;
  return { callback_query: query } as Omit<Update, "update_id">;
}

/** The bot's status in a chat changing (removed, blocked, added back). */
export function botStatus(
  chat: Chat,
  bot: User,
  from: User,
  oldStatus: "member" | "left" | "kicked",
  newStatus: "member" | "left" | "kicked",
): Omit<Update, "update_id"> {
  const member = (status: string) =>
    status === "kicked" ? { status, user: bot, until_date: 0 } : { status, user: bot };
  return {
    my_chat_member: {
      chat,
      from,
      date: Math.floor(Date.now() / 1000),
      old_chat_member: member(oldStatus),
      new_chat_member: member(newStatus),
    },
  } as Omit<Update, "update_id">;
}
