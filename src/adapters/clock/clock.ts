/**
 * The time source and timers the platform adapters run on: Telegram's outbox, Zalo's
 * throttle, reconnect back-off, watchdog and time-outs. Everything that waits goes through
 * this port, so tests pass a fake clock, move it by hand and run instantly.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms`. */
  sleep(ms: number): Promise<void>;
  /** Calls `run` once after `ms`; the returned function cancels it. */
  after(ms: number, run: () => void): () => void;
}

/**
 * Real time. A pending timer keeps the process alive, as Node's own do: whoever starts
 * one cancels it on stop, and a send still queued at shutdown is not cut short.
 */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
  after(ms, run) {
    const timer = setTimeout(run, Math.max(0, ms));
    return () => clearTimeout(timer);
  },
};

/** Rejects with `onTimeout()` when `work` has not settled after `ms`. */
export function withTimeout<T>(clock: Clock, work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const cancel = clock.after(ms, () => reject(onTimeout()));
    work.then(
      (value) => {
        cancel();
        resolve(value);
      },
      (error: unknown) => {
        cancel();
        reject(error);
      },
    );
  });
}
