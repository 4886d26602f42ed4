import type { Clock } from "../../clock/clock.js";
import {
  EMPTY_LIMITER_STATE,
  type LimiterState,
  type PendingSend,
  pickNext,
  recordSend,
  type SendLimits,
  type SendSlot,
} from "./send-limits.js";

/** Where an outbound call goes: the Xã Số chat (for ordering) and its group (for the limits). */
export interface OutboxTarget extends SendSlot {
  /** Calls for the same key run one at a time, in the order they were queued. */
  chatKey: string;
}

/** How urgent an outbound call is: a reply someone waits for, or a bulk send. */
export type SendPriority = "reply" | "bulk";

/** The queue every outbound Telegram message passes through. */
export interface Outbox {
  /** Runs `call` when the limits allow, after earlier calls to the same chat; resolves with its result. */
  send<T>(target: OutboxTarget, priority: SendPriority, call: () => Promise<T>): Promise<T>;
  /** Calls queued or running. */
  size(): number;
  /**
   * Stops taking calls and waits up to `timeoutMs` for the queue to empty; calls still
   * queued then are rejected. Resolves with how many were dropped.
   */
  close(timeoutMs: number): Promise<number>;
}

/** Raised for calls made after `close`, or still queued when its time ran out. */
export class OutboxClosedError extends Error {
  constructor() {
    super("the Telegram outbox is closed");
    this.name = "OutboxClosedError";
  }
}

interface Entry extends PendingSend {
  target: OutboxTarget;
  call: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * An outbox that starts each call at the earliest time the limits allow (send-limits.ts),
 * keeps one call per chat in flight so a chat's messages arrive in order, and lets
 * several chats' calls run at once.
 */
export function createOutbox(limits: SendLimits, clock: Clock): Outbox {
  const queue: Entry[] = [];
  const busy = new Set<string>();
  let state: LimiterState = EMPTY_LIMITER_STATE;
  let seq = 0;
  let cancelTimer: (() => void) | null = null;
  let closed = false;
  const idleWaiters = new Set<() => void>();

  const notifyIdle = () => {
    if (queue.length === 0 && busy.size === 0) for (const waiter of idleWaiters) waiter();
  };

  const start = (entry: Entry) => {
    queue.splice(queue.indexOf(entry), 1);
    busy.add(entry.target.chatKey);
    state = recordSend(state, limits, entry.target, clock.now());
    Promise.resolve()
      .then(() => entry.call())
      .then(entry.resolve, entry.reject)
      .finally(() => {
        busy.delete(entry.target.chatKey);
        pump();
        notifyIdle();
      });
  };

  function pump(): void {
    cancelTimer?.();
    cancelTimer = null;
    for (;;) {
      const seen = new Set<string>();
      const heads = queue.filter((entry) => {
        const key = entry.target.chatKey;
        const head = !seen.has(key) && !busy.has(key);
        seen.add(key);
        return head;
      });
      const now = clock.now();
      const next = pickNext(state, limits, heads, now);
      if (!next) return;
      if (next.at > now) {
        cancelTimer = clock.after(next.at - now, pump);
        return;
      }
      start(next.item);
    }
  }

  return {
    send<T>(target: OutboxTarget, priority: SendPriority, call: () => Promise<T>): Promise<T> {
      if (closed) return Promise.reject(new OutboxClosedError());
      return new Promise<T>((resolve, reject) => {
        seq += 1;
        queue.push({
          target,
          priority: priority === "reply" ? 0 : 1,
          seq,
          slot: target,
          call,
          resolve: resolve as (value: unknown) => void,
          reject,
        });
        pump();
      });
    },
    size: () => queue.length + busy.size,
    async close(timeoutMs: number): Promise<number> {
      closed = true;
      if (queue.length || busy.size) {
        await new Promise<void>((resolve) => {
          const cancel = clock.after(timeoutMs, done);
          function done() {
            cancel();
            idleWaiters.delete(done);
            resolve();
          }
          idleWaiters.add(done);
        });
      }
      const dropped = queue.splice(0);
      cancelTimer?.();
      cancelTimer = null;
      for (const entry of dropped) entry.reject(new OutboxClosedError());
      return dropped.length;
    },
  };
}
