/**
 * Every wait and timer of the Zalo adapter goes through this port (throttling, reconnect
 * back-off, the watchdog, cookie refresh, upload time-outs), so tests drive time by hand
 * and run instantly.
 */
export interface ZaloScheduler {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms` (the sender's throttle waits this way). */
  sleep(ms: number): Promise<void>;
  /** Calls `run` once after `ms`; the returned function cancels it. */
  after(ms: number, run: () => void): () => void;
}

/** Real time. Timers do not keep the process alive on their own. */
export const systemScheduler: ZaloScheduler = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)).unref()),
  after(ms, run) {
    const timer = setTimeout(run, Math.max(0, ms));
    timer.unref();
    return () => clearTimeout(timer);
  },
};

/** Rejects with `onTimeout()` when `work` has not settled after `ms`. */
export function withTimeout<T>(
  scheduler: ZaloScheduler,
  work: Promise<T>,
  ms: number,
  onTimeout: () => Error,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const cancel = scheduler.after(ms, () => reject(onTimeout()));
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
