import type { InboundMessage } from "../../../core/messages/inbound-message.js";
import type { Logger } from "../../logging/create-logger.js";
import type { PlatformHooks } from "../platform-adapter.js";
import type { ChatRegistry, Delivery } from "./delivery.js";
import { type BotError, Composer, type Context, type Message, sequentialize } from "./grammy-deps.js";
import { type BotIdentity, conversationChatId, readCallback, toInboundMessage } from "./inbound.js";
import type { ReplyMemory } from "./outbound.js";

/** What the update handlers need from the rest of the adapter. */
export interface UpdateHandlerDeps {
  hooks: PlatformHooks;
  logger: Logger;
  delivery: Delivery;
  memory: ReplyMemory;
  chats: ChatRegistry;
  bot: BotIdentity;
  now(): Date;
}

/**
 * The bot's middleware, behind one error boundary so a bad update is logged with its
 * context and never stops the bot. Updates of one chat (or forum topic) are handled one
 * at a time, in order (sequentialize); different chats run side by side.
 *
 * - message / edited_message → the neutral message → `hooks.handle` → replies, quoting
 *   the member's message in groups and in the same forum topic (a failed message is
 *   answered by the app, which apologises; the adapter only sends);
 * - callback_query (a tapped choice) → answered at once, then handled like a typed answer;
 * - my_chat_member: the bot removed from a group or blocked → `hooks.chatUnavailable`.
 */
export function updateHandlers(deps: UpdateHandlerDeps): Composer<Context> {
  const { logger } = deps;
  const root = new Composer<Context>();
  const safe = root.errorBoundary((error: BotError<Context>) => {
    logger.error(
      {
        err: error.error,
        updateId: error.ctx.update.update_id,
        chatId: chatKeyOf(error.ctx),
        kinds: Object.keys(error.ctx.update).filter((k) => k !== "update_id"),
      },
      "Telegram update failed",
    );
  });
  safe.use(sequentialize(chatKeyOf));
  safe.on("message", (ctx) => onMessage(deps, ctx.message, false));
  safe.on("edited_message", (ctx) => onMessage(deps, ctx.editedMessage, true));
  safe.on("callback_query", (ctx) => onCallback(deps, ctx));
  safe.on("my_chat_member", (ctx) => onMembership(deps, ctx));
  return root;
}

/** The key that orders updates: the Xã Số chat (a chat, or a topic of a forum). */
export function chatKeyOf(ctx: Context): string | undefined {
  const update = ctx.update;
  const message = update.message ?? update.edited_message ?? update.callback_query?.message;
  if (message) return conversationChatId(message);
  return ctx.chat ? String(ctx.chat.id) : undefined;
}

async function onMessage(deps: UpdateHandlerDeps, message: Message, edited: boolean): Promise<void> {
  if (message.migrate_to_chat_id !== undefined) {
    await deps.delivery.reportLost(
      String(message.chat.id),
      `nhóm đã nâng cấp thành siêu nhóm, mã mới ${message.migrate_to_chat_id}`,
    );
    return;
  }
  const inbound = toInboundMessage(message, deps.bot, edited);
  if (!inbound) return;
  deps.chats.seen(inbound.chatId);
  // Ids only, never the text: how an installer finds a chat's and a member's Telegram ids (LOG_LEVEL=debug).
  deps.logger.debug(
    { chatId: inbound.chatId, senderId: inbound.sender.id, messageId: inbound.messageId },
    "Telegram message",
  );
  const replyTo = inbound.isGroup ? message.message_id : undefined;
  await answer(deps, inbound, replyTo);
}

async function onCallback(deps: UpdateHandlerDeps, ctx: Context): Promise<void> {
  const query = ctx.callbackQuery;
  if (!query) return;
  const reading = readCallback(query, deps.bot, deps.now(), deps.memory);
  // Answer first, so the button stops spinning whatever happens next.
  await answerCallback(deps, ctx, reading.kind === "note" ? reading.note : `Đã chọn: ${reading.label}`);
  if (reading.kind === "note") return;
  const inbound = reading.message;
  deps.memory.noteTapped(inbound.chatId, reading.keyboard.message_id);
  deps.chats.seen(inbound.chatId);
  const replyTo = inbound.isGroup ? reading.keyboard.reply_to_message?.message_id : undefined;
  await answer(deps, inbound, replyTo);
}

async function onMembership(deps: UpdateHandlerDeps, ctx: Context): Promise<void> {
  const change = ctx.myChatMember;
  if (!change) return;
  const chatId = String(change.chat.id);
  const status = change.new_chat_member.status;
  if (status === "left" || status === "kicked") {
    const reason =
      change.chat.type === "private"
        ? "người dùng đã chặn bot"
        : status === "kicked"
          ? "bot bị xóa khỏi nhóm"
          : "bot đã rời nhóm";
    await deps.delivery.reportLost(chatId, reason);
  } else if (change.old_chat_member.status === "left" || change.old_chat_member.status === "kicked") {
    deps.chats.regained(chatId);
    deps.logger.info({ chatId, chatType: change.chat.type }, "added to a Telegram chat");
  }
}

/** Hands a message to the app and sends its replies, quoting `replyTo` in groups. */
async function answer(deps: UpdateHandlerDeps, inbound: InboundMessage, replyTo: number | undefined): Promise<void> {
  const replies = await deps.hooks.handle(inbound);
  const context = { priority: "reply" as const, replyTo, ownerId: inbound.sender.id };
  for (const reply of replies) await deps.delivery.deliver(reply, context);
}

async function answerCallback(deps: UpdateHandlerDeps, ctx: Context, text: string | undefined): Promise<void> {
  try {
    await ctx.answerCallbackQuery(text ? { text: text.slice(0, 200) } : undefined);
  } catch (error) {
    // A query older than Telegram keeps (about 15 s of waiting) can no longer be answered; the tap is still handled.
    deps.logger.debug({ err: error }, "could not answer a Telegram callback query");
  }
}
