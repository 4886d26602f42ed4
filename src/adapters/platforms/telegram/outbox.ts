import type { Clock } from "../../clock/clock.js";

/**
 * Pure scheduling rules for outbound messages, so reminder fan-out never floods Telegram:
 * about 30 messages a second overall and 20 a minute in one group (Telegram's published
 * limits). Times are milliseconds on any clock; nothing here reads the time or waits.
 */
export interface SendLimits {
  /** Messages per second across all chats; they are also spaced 1000/perSecond ms apart. */
  perSecond: number;
  /** Messages per minute in one group or supergroup. */
  perGroupPerMinute: number;
  /** Added to each window, to stay clear of the boundary when requests arrive a little late or early. */
  guardMs: number;
}

/** Telegram's limits for bots, with a small guard. */
export const TELEGRAM_LIMITS: SendLimits = { perSecond: 30, perGroupPerMinute: 20, guardMs: 25 };

/** Recent send times: overall, and per group (keyed by the group's chat id). */
export interface LimiterState {
  readonly recent: readonly number[];
  readonly groups: ReadonlyMap<string, readonly number[]>;
}

/** Nothing sent yet. */
export const EMPTY_LIMITER_STATE: LimiterState = { recent: [], groups: new Map() };

/** Where a message goes, as the limits see it: a group key, or null for a private chat. */
export interface SendSlot {
  group: string | null;
}

const SECOND = 1_000;
const MINUTE = 60_000;

/** The earliest time, not before `now`, at which a message to `slot` keeps within the limits. */
export function earliestSendTime(state: LimiterState, limits: SendLimits, slot: SendSlot, now: number): number {
  let at = now;
  const last = state.recent.at(-1);
  if (last !== undefined) at = Math.max(at, last + SECOND / limits.perSecond);
  const windowStart = state.recent.at(-limits.perSecond);
  if (state.recent.length >= limits.perSecond && windowStart !== undefined)
    at = Math.max(at, windowStart + SECOND + limits.guardMs);
  const group = slot.group === null ? undefined : state.groups.get(slot.group);
  const groupStart = group?.at(-limits.perGroupPerMinute);
  if (group && group.length >= limits.perGroupPerMinute && groupStart !== undefined)
    at = Math.max(at, groupStart + MINUTE + limits.guardMs);
  return at;
}

/** The state after a message to `slot` went out at `at`; history older than the windows is dropped. */
export function recordSend(state: LimiterState, limits: SendLimits, slot: SendSlot, at: number): LimiterState {
  const recent = [...state.recent, at].slice(-limits.perSecond);
  const horizon = at - MINUTE - limits.guardMs;
  const groups = new Map<string, readonly number[]>();
  for (const [key, times] of state.groups) {
    if (key !== slot.group && (times.at(-1) ?? 0) > horizon) groups.set(key, times);
  }
  if (slot.group !== null)
    groups.set(
      slot.group,
      [...(state.groups.get(slot.group) ?? []), at].filter((t) => t > horizon).slice(-limits.perGroupPerMinute),
    );
  return { recent, groups };
}

/** A message waiting to go: where, how urgent (replies before bulk sends), and its place in line. */
export interface PendingSend {
  slot: SendSlot;
  /** 0 = a reply someone is waiting for, 1 = bulk (reminders, notes). */
  priority: number;
  /** Arrival order. */
  seq: number;
}

/**
 * Which waiting message goes next, and when: the one that may go earliest, replies before
 * bulk sends when both may go at once, then first come first served. A group at its
 * per-minute limit never holds up messages to other chats. The caller passes only the
 * first waiting message of each chat, so each chat's messages keep their order.
 */
export function pickNext<T extends PendingSend>(
  state: LimiterState,
  limits: SendLimits,
  pending: readonly T[],
  now: number,
): { item: T; at: number } | null {
  let best: { item: T; at: number } | null = null;
  for (const item of pending) {
    const at = earliestSendTime(state, limits, item.slot, now);
    if (
      !best ||
      at < best.at ||
      (at === best.at &&
        (item.priority < best.item.priority || (item.priority === best.item.priority && item.seq < best.item.seq)))
    )
      best = { item, at };
  }
  return best;
}

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
 * An outbox that starts each call at the earliest time the limits allow (SendLimits),
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
