import path from "node:path";
import { PNG } from "pngjs";
import { type Clock, withTimeout } from "../../clock/clock.js";
import type { ZaloTimings } from "./connection.js";
import { createRepeatGuard, type RenderableMessage, renderZaloMessage } from "./outbound.js";
import { describeError, parseZaloChatId, type ZaloApiPort, type ZaloAttachment, type ZaloThread } from "./port.js";
import { ThreadType, ZaloApiError } from "./zca-deps.js";

/** A file to send: a report (DOCX, XLSX, PDF…) or a PNG image. */
export interface ZaloFile {
  filename: string;
  data: Buffer;
}

/** Sending is impossible right now: no logged-in account (the session is being restored). */
export class ZaloNotConnectedError extends Error {
  constructor() {
    super("Zalo is not connected; the message was not sent");
    this.name = "ZaloNotConnectedError";
  }
}

/** A file did not finish sending in time. */
export class ZaloFileTimeoutError extends Error {
  constructor(filename: string, seconds: number) {
    super(`sending ${filename} to Zalo did not finish within ${seconds} s`);
    this.name = "ZaloFileTimeoutError";
  }
}

/** What the outbox needs. */
export interface ZaloOutboxDeps {
  api(): ZaloApiPort | null;
  clock: Clock;
  timings: ZaloTimings;
  chatUnavailable(chatId: string, reason: string): Promise<void>;
}

/** Everything the account sends. */
export interface ZaloOutbox {
  /** Sends a reply or a message the app starts; `addressee` names the member it answers, if any. */
  send(chatId: string, message: RenderableMessage, addressee?: string): Promise<void>;
  /** Sends a file as an attachment, with an optional caption; fails after `fileTimeout`. */
  sendFile(chatId: string, file: ZaloFile, caption?: string): Promise<void>;
  /** Resolves when everything queued so far has been sent or has failed. */
  idle(): Promise<void>;
}

/** Zalo's answer when a person does not accept messages from strangers. */
const BLOCKS_STRANGERS = 122;

/**
 * Everything the account sends goes through here, one chat at a time in order: the chat
 * id names the thread and its type (always passed to zca-js, so a group is never answered
 * in private), replies are rendered for Zalo (numbered choices, parts under the length
 * limit, tags), spaced out by the throttle, and a text identical to the previous one in
 * that chat is varied (see RepeatGuard). Files go the same way with a time-out.
 */
export function createZaloOutbox(deps: ZaloOutboxDeps): ZaloOutbox {
  const queues = createSerialQueues();
  const repeats = createRepeatGuard();
  const throttle = createSendThrottle(deps.clock, deps.timings);

  async function deliver(chatId: string, thread: ZaloThread, send: (api: ZaloApiPort) => Promise<unknown>) {
    await throttle.wait(chatId);
    const api = deps.api();
    if (!api) throw new ZaloNotConnectedError();
    try {
      await send(api);
    } catch (error) {
      if (thread.type === ThreadType.User && error instanceof ZaloApiError && error.code === BLOCKS_STRANGERS) {
        await deps.chatUnavailable(chatId, `Zalo: ${describeError(error)}`);
      }
      throw error;
    }
  }

  return {
    async send(chatId, message, addressee) {
      if (message.file) {
        const file = { filename: message.file.name, data: Buffer.from(message.file.bytes) };
        return this.sendFile(chatId, file, message.text || undefined);
      }
      const thread = threadOf(chatId);
      const parts = renderZaloMessage(message, thread.type === ThreadType.Group);
      return queues.run(chatId, async () => {
        for (const part of parts) {
          const text = repeats.vary(chatId, part.text, addressee);
          await deliver(chatId, thread, async (api) =>
            api.sendMessage({ msg: text, mentions: part.mentions }, thread.threadId, thread.type),
          );
          repeats.sent(chatId, text);
        }
      });
    },
    async sendFile(chatId, file, caption) {
      const thread = threadOf(chatId);
      const attachment = toAttachment(file);
      return queues.run(chatId, async () => {
        const msg = caption ? repeats.vary(chatId, caption) : "";
        const seconds = Math.round(deps.timings.fileTimeout / 1000);
        await deliver(chatId, thread, (api) =>
          withTimeout(
            deps.clock,
            api.sendMessage({ msg, attachments: [attachment] }, thread.threadId, thread.type),
            deps.timings.fileTimeout,
            () => new ZaloFileTimeoutError(file.filename, seconds),
          ),
        );
        if (msg) repeats.sent(chatId, msg);
      });
    },
    idle: () => queues.idle(),
  };
}

function threadOf(chatId: string): ZaloThread {
  const thread = parseZaloChatId(chatId);
  if (!thread) throw new Error(`not a Zalo chat id: "${chatId}" (expected g:<group id> or u:<user id>)`);
  return thread;
}

/** Zalo needs an image's size; PNG is read here, other images are refused rather than sent broken. */
function toAttachment(file: ZaloFile): ZaloAttachment {
  const extension = path.extname(file.filename).slice(1).toLowerCase();
  if (!extension) throw new Error(`a file sent to Zalo needs an extension: "${file.filename}"`);
  const filename = file.filename as ZaloAttachment["filename"];
  if (extension === "png") {
    const size = pngSize(file.data);
    if (!size) throw new Error(`${file.filename} is not a PNG image`);
    return { filename, data: file.data, ...size };
  }
  if (["jpg", "jpeg", "webp", "gif"].includes(extension))
    throw new Error(`images are sent to Zalo as PNG; got ${file.filename}`);
  return { filename, data: file.data };
}

/** Width and height of a PNG image (pngjs reads and checks it), or null when `data` is not one. */
function pngSize(data: Buffer): { width: number; height: number } | null {
  try {
    const { width, height } = PNG.sync.read(data);
    return { width, height };
  } catch {
    return null;
  }
}

/** Spaces out what the account sends, as a person typing would. */
export interface SendThrottle {
  /** Waits for the next slot for `chatId`. */
  wait(chatId: string): Promise<void>;
}

/**
 * A throttle keeping at least `perChatGap` between two messages to one chat and
 * `overallGap` between any two. Each call reserves the next free slot at once, so
 * concurrent senders queue in call order.
 */
export function createSendThrottle(clock: Clock, gaps: { perChatGap: number; overallGap: number }): SendThrottle {
  let lastOverall = Number.NEGATIVE_INFINITY;
  const lastByChat = new Map<string, number>();
  return {
    async wait(chatId) {
      const now = clock.now();
      const slot = Math.max(
        now,
        lastOverall + gaps.overallGap,
        (lastByChat.get(chatId) ?? Number.NEGATIVE_INFINITY) + gaps.perChatGap,
      );
      lastOverall = slot;
      lastByChat.set(chatId, slot);
      if (slot > now) await clock.sleep(slot - now);
    },
  };
}

/**
 * Tasks run one at a time per key (a chat), in the order they were added, while different
 * keys run side by side. A failing task does not hold up the ones after it.
 */
export interface SerialQueues {
  /** Queues `task` behind the earlier tasks of `key`; settles as the task does. */
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
  /** Resolves once every queued task, including ones queued meanwhile, has run. */
  idle(): Promise<void>;
}

/** Empty SerialQueues; the inbox and the outbox each keep their own. */
export function createSerialQueues(): SerialQueues {
  const tails = new Map<string, Promise<void>>();
  return {
    run(key, task) {
      const result = (tails.get(key) ?? Promise.resolve()).then(task);
      const tail = result.then(
        () => undefined,
        () => undefined,
      );
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
    async idle() {
      while (tails.size > 0) await Promise.all([...tails.values()]);
    },
  };
}
