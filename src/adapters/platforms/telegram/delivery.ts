import type { OutboundMessage } from "../../../core/messages/outbound-message.js";
import type { Logger } from "../../logging/create-logger.js";
import type { PlatformHooks } from "../platform-adapter.js";
import { baseChatId, type ChatAddress, isGroupChatId, parseChatAddress } from "./chat-address.js";
import type { ChatRegistry } from "./chat-registry.js";
import { type Api, apiSignal } from "./grammy-deps.js";
import { type Outbox, OutboxClosedError, type OutboxTarget, type SendPriority } from "./outbox.js";
import { renderOutbound } from "./render-outbound.js";
import type { ReplyMemory } from "./reply-memory.js";
import { classifySendError } from "./send-errors.js";
import { type OutboundFile, sendTelegramDocument, sendTelegramPhoto } from "./send-file.js";

/** What sending needs: the API, the rate-limited outbox, and where to report lost chats. */
export interface DeliveryDeps {
  api: Api;
  outbox: Outbox;
  hooks: Pick<PlatformHooks, "chatUnavailable">;
  logger: Logger;
  memory: ReplyMemory;
  chats: ChatRegistry;
  /** Aborted on shutdown: ends calls still waiting between retries. */
  signal: AbortSignal;
}

/** How one message is sent: its urgency, the member's message it answers, and whom it asks. */
export interface DeliveryContext {
  priority: SendPriority;
  /** In a group, the message being answered is quoted, so members see whom the bot asks. */
  replyTo?: number | undefined;
  /** The member the message answers; their later taps on its buttons count. */
  ownerId?: string | undefined;
}

/** Sending messages and files to Telegram chats. Each resolves true when Telegram took it. */
export interface Delivery {
  deliver(message: OutboundMessage, context: DeliveryContext): Promise<boolean>;
  sendFile(kind: "document" | "photo", chatId: string, file: OutboundFile): Promise<boolean>;
  /** Reports a chat the bot lost (and its known topics) to the app, once. */
  reportLost(chatId: string, reason: string): Promise<void>;
}

/**
 * Sends through the outbox (limits, per-chat order) with the adapter's failure handling:
 * rate limits and network errors are retried by the API client (auto-retry); a chat the
 * bot was removed from or blocked in is reported with `chatUnavailable` and nothing more
 * is sent there; refused mention tags are dropped and the text sent alone; anything else
 * is logged with the chat and the call, and never thrown at the caller.
 */
export function createDelivery(deps: DeliveryDeps): Delivery {
  const { api, outbox, logger, signal } = deps;

  async function reportLost(chatId: string, reason: string): Promise<void> {
    for (const id of deps.chats.lose(chatId)) {
      logger.warn({ chatId: id, reason }, "Telegram chat unavailable; no more messages are sent there");
      try {
        await deps.hooks.chatUnavailable(id, reason);
      } catch (error) {
        logger.error({ err: error, chatId: id }, "could not mark a Telegram chat unavailable");
      }
    }
  }

  async function guarded<T>(
    chatId: string,
    method: string,
    priority: SendPriority,
    call: () => Promise<T>,
    withoutEntities?: () => Promise<T>,
  ): Promise<T | null> {
    if (deps.chats.isLost(chatId)) {
      logger.debug({ chatId, method }, "not sent: the bot lost this chat");
      return null;
    }
    try {
      return await outbox.send(target(chatId), priority, call);
    } catch (error) {
      if (error instanceof OutboxClosedError || signal.aborted) {
        logger.warn({ chatId, method }, "not sent: shutting down");
        return null;
      }
      const failure = classifySendError(error);
      if (failure.kind === "chat-gone") await reportLost(baseChatId(chatId), failure.reason);
      else if (failure.kind === "topic-gone") await reportLost(chatId, failure.reason);
      else if (failure.kind === "bad-entities" && withoutEntities) {
        logger.warn({ chatId, method }, "mention tags refused; sending the text without them");
        return guarded(chatId, method, priority, withoutEntities);
      } else logger.error({ err: error, chatId, method }, "Telegram send failed");
      return null;
    }
  }

  return {
    async deliver(message, context) {
      const address = parseChatAddress(message.chatId);
      if (!address) {
        logger.warn({ chatId: message.chatId }, "not a Telegram chat id; message dropped");
        return false;
      }
      const parts = renderOutbound(message);
      const send = (entities: boolean) => () =>
        api.sendMessage(
          address.chatId,
          parts.text,
          {
            ...topicOf(address),
            ...(entities && parts.entities.length ? { entities: parts.entities } : {}),
            ...(parts.replyMarkup ? { reply_markup: parts.replyMarkup } : {}),
            ...(context.replyTo !== undefined
              ? { reply_parameters: { message_id: context.replyTo, allow_sending_without_reply: true } }
              : {}),
            link_preview_options: { is_disabled: true },
          },
          apiSignal(signal),
        );
      const sent = await guarded(
        message.chatId,
        "sendMessage",
        context.priority,
        send(true),
        parts.entities.length ? send(false) : undefined,
      );
      if (sent && context.ownerId) deps.memory.noteReply(message.chatId, context.ownerId, sent.message_id);
      return sent !== null;
    },
    async sendFile(kind, chatId, file) {
      const address = parseChatAddress(chatId);
      if (!address) return false;
      const call = async (): Promise<unknown> =>
        kind === "photo"
          ? sendTelegramPhoto(api, address, file, signal)
          : sendTelegramDocument(api, address, file, signal);
      return (await guarded(chatId, kind === "photo" ? "sendPhoto" : "sendDocument", "bulk", call)) !== null;
    },
    reportLost,
  };
}

function target(chatId: string): OutboxTarget {
  return { chatKey: chatId, group: isGroupChatId(chatId) ? baseChatId(chatId) : null };
}

function topicOf(address: ChatAddress): { message_thread_id?: number } {
  return address.threadId !== undefined ? { message_thread_id: address.threadId } : {};
}
