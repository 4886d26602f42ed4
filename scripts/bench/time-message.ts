import { performance } from "node:perf_hooks";
import type { InboundMessage } from "../../src/core/messages/inbound-message.js";

/** What handling one message gave, and how long it took in milliseconds. */
export interface TimedMessage<T> {
  readonly result: T;
  readonly ms: number;
}

/**
 * Times one message as the service receives it: in a turn of the event loop of its own.
 * A platform adapter hands each message over from a network read, so Node runs its timers,
 * I/O and the garbage collector's foreground tasks between two messages. In process,
 * SQLite answers every query at once and every `await` resumes as a microtask, so a loop of
 * awaited messages would run as one long job in which those tasks never get their turn:
 * measured on the history-curve rounds, that made each young-generation collection take
 * 7–10 ms instead of 3–7 ms and put them in the p99 of every SQLite figure.
 */
export async function timeMessage<T>(handle: () => Promise<T>): Promise<TimedMessage<T>> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  const start = performance.now();
  const result = await handle();
  return { result, ms: performance.now() - start };
}

/** A message typed in the terminal chat, numbered `sequence`, as the benchmarks send it. */
export function terminalMessage(
  chatId: string,
  sender: InboundMessage["sender"],
  sequence: number,
  text: string,
  sentAt: Date,
): InboundMessage {
  return {
    platform: "terminal",
    chatId,
    isGroup: false,
    messageId: `m${sequence}`,
    sender,
    text,
    mentionsBot: false,
    repliesToBot: false,
    sentAt,
  };
}
