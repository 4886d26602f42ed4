import path from "node:path";
import { PNG } from "pngjs";
import { type Clock, withTimeout } from "../../clock/clock.js";
import { describeError } from "./describe-error.js";
import { type RenderableMessage, renderZaloMessage } from "./render-outbound.js";
import { RepeatGuard } from "./repeat-guard.js";
import { SendThrottle } from "./send-throttle.js";
import { SerialQueues } from "./serial-queues.js";
import { parseZaloChatId, type ZaloThread } from "./zalo-chat-id.js";
import type { ZaloApiPort, ZaloAttachment } from "./zalo-port.js";
import type { ZaloTimings } from "./zalo-timings.js";
import { ThreadType, ZaloApiError } from "./zca-js.js";

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

/** Zalo's answer when a person does not accept messages from strangers. */
const BLOCKS_STRANGERS = 122;

/**
 * Everything the account sends goes through here, one chat at a time in order: the chat
 * id names the thread and its type (always passed to zca-js, so a group is never answered
 * in private), replies are rendered for Zalo (numbered choices, parts under the length
 * limit, tags), spaced out by the throttle, and a text identical to the previous one in
 * that chat is varied (see RepeatGuard). Files go the same way with a time-out.
 */
export class ZaloOutbox {
  private readonly queues = new SerialQueues();
  private readonly repeats = new RepeatGuard();
  private readonly throttle: SendThrottle;

  constructor(private readonly deps: ZaloOutboxDeps) {
    this.throttle = new SendThrottle(deps.clock, deps.timings);
  }

  /** Sends a reply or a message the app starts; `addressee` names the member it answers, if any. */
  async send(chatId: string, message: RenderableMessage, addressee?: string): Promise<void> {
    const thread = threadOf(chatId);
    const parts = renderZaloMessage(message, thread.type === ThreadType.Group);
    return this.queues.run(chatId, async () => {
      for (const part of parts) {
        const text = this.repeats.vary(chatId, part.text, addressee);
        await this.deliver(chatId, thread, async (api) =>
          api.sendMessage({ msg: text, mentions: part.mentions }, thread.threadId, thread.type),
        );
        this.repeats.sent(chatId, text);
      }
    });
  }

  /** Sends a file as an attachment, with an optional caption; fails after `fileTimeout`. */
  async sendFile(chatId: string, file: ZaloFile, caption?: string): Promise<void> {
    const thread = threadOf(chatId);
    const attachment = toAttachment(file);
    return this.queues.run(chatId, async () => {
      const msg = caption ? this.repeats.vary(chatId, caption) : "";
      const seconds = Math.round(this.deps.timings.fileTimeout / 1000);
      await this.deliver(chatId, thread, (api) =>
        withTimeout(
          this.deps.clock,
          api.sendMessage({ msg, attachments: [attachment] }, thread.threadId, thread.type),
          this.deps.timings.fileTimeout,
          () => new ZaloFileTimeoutError(file.filename, seconds),
        ),
      );
      if (msg) this.repeats.sent(chatId, msg);
    });
  }

  /** Resolves when everything queued so far has been sent or has failed. */
  idle(): Promise<void> {
    return this.queues.idle();
  }

  private async deliver(
    chatId: string,
    thread: ZaloThread,
    send: (api: ZaloApiPort) => Promise<unknown>,
  ): Promise<void> {
    await this.throttle.wait(chatId);
    const api = this.deps.api();
    if (!api) throw new ZaloNotConnectedError();
    try {
      await send(api);
    } catch (error) {
      if (thread.type === ThreadType.User && error instanceof ZaloApiError && error.code === BLOCKS_STRANGERS) {
        await this.deps.chatUnavailable(chatId, `Zalo: ${describeError(error)}`);
      }
      throw error;
    }
  }
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
