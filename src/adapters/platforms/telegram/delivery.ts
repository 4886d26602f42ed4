import type { OutboundMessage } from "../../../core/messages/outbound-message.js";
import type { Logger } from "../../logging/create-logger.js";
import type { PlatformHooks } from "../platform-adapter.js";
import { type Api, apiSignal, GrammyError, InputFile, type Message } from "./grammy-deps.js";
import { baseChatId, type ChatAddress, isGroupChatId, parseChatAddress } from "./inbound.js";
import { type ReplyMemory, renderOutbound } from "./outbound.js";
import { type Outbox, OutboxClosedError, type OutboxTarget, type SendPriority } from "./outbox.js";

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
      if (message.file)
        return this.sendFile(message.file.mimeType.startsWith("image/") ? "photo" : "document", message.chatId, {
          content: message.file.bytes,
          filename: message.file.name,
          ...(message.text ? { caption: message.text } : {}),
        });
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

/** Why a send failed, as far as what to do next goes. */
export type SendFailure =
  /** The bot can no longer post in the chat: removed, blocked, the chat is gone or moved. */
  | { kind: "chat-gone"; reason: string }
  /** The forum topic was deleted. */
  | { kind: "topic-gone"; reason: string }
  /** Telegram refused the mention tags; the text alone can still go. */
  | { kind: "bad-entities" }
  /** Anything else (closed topic, missing rights, an outage that outlasted the retries). */
  | { kind: "other" };

/**
 * Classifies a failed Bot API call by its error code and description. The reasons are
 * Vietnamese because they are kept in the audit log next to the chat they concern.
 */
export function classifySendError(error: unknown): SendFailure {
  if (!(error instanceof GrammyError)) return { kind: "other" };
  const description = error.description.toLowerCase();
  if (error.error_code === 403) {
    if (description.includes("kicked")) return { kind: "chat-gone", reason: "bot bị xóa khỏi nhóm" };
    if (description.includes("blocked")) return { kind: "chat-gone", reason: "người dùng đã chặn bot" };
    if (description.includes("deactivated")) return { kind: "chat-gone", reason: "tài khoản người dùng đã bị xóa" };
    if (description.includes("not a member")) return { kind: "chat-gone", reason: "bot không còn trong nhóm" };
    if (description.includes("initiate conversation"))
      return { kind: "chat-gone", reason: "người dùng chưa bắt đầu trò chuyện với bot" };
    return { kind: "other" };
  }
  if (error.error_code === 400) {
    const migratedTo = error.parameters.migrate_to_chat_id;
    if (migratedTo !== undefined)
      return { kind: "chat-gone", reason: `nhóm đã nâng cấp thành siêu nhóm, mã mới ${migratedTo}` };
    if (description.includes("chat not found"))
      return { kind: "chat-gone", reason: "không tìm thấy nhóm trên Telegram" };
    if (description.includes("message thread not found")) return { kind: "topic-gone", reason: "chủ đề đã bị xóa" };
    if (description.includes("entities") || description.includes("mention")) return { kind: "bad-entities" };
  }
  return { kind: "other" };
}

/** A report or chart to send: the bytes (or a local file path), its file name, a caption. */
export interface OutboundFile {
  content: Uint8Array | string;
  filename: string;
  caption?: string;
}

/** Telegram's limit on a caption, in characters. */
export const MAX_CAPTION_LENGTH = 1_024;

/** Sends a file (a report as .xlsx, .docx or .pdf) as a document, in the chat's topic when it has one. */
export function sendTelegramDocument(
  api: Api,
  address: ChatAddress,
  file: OutboundFile,
  signal?: AbortSignal,
): Promise<Message.DocumentMessage> {
  return api.sendDocument(
    address.chatId,
    new InputFile(file.content, file.filename),
    fileOptions(address, file),
    apiSignal(signal),
  );
}

/** Sends a picture (a progress chart as .png) as a photo, in the chat's topic when it has one. */
export function sendTelegramPhoto(
  api: Api,
  address: ChatAddress,
  file: OutboundFile,
  signal?: AbortSignal,
): Promise<Message.PhotoMessage> {
  return api.sendPhoto(
    address.chatId,
    new InputFile(file.content, file.filename),
    fileOptions(address, file),
    apiSignal(signal),
  );
}

function fileOptions(address: ChatAddress, file: OutboundFile): { caption?: string; message_thread_id?: number } {
  return {
    ...(file.caption ? { caption: clip(file.caption, MAX_CAPTION_LENGTH) } : {}),
    ...(address.threadId !== undefined ? { message_thread_id: address.threadId } : {}),
  };
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

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
