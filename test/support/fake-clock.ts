import type { Clock } from "../../src/adapters/clock/clock.js";

/** A timer waiting on the fake clock; `sequence` keeps timers due at the same time in the order they were set. */
interface Timer {
  at: number;
  sequence: number;
  run: () => void;
}

/**
 * The one fake of the adapters' `Clock`: time moves only when the test says so, so
 * pacing, back-off, watchdogs and time-outs run instantly and in a fixed order.
 * `advance`/`advanceTo` run each timer that falls due at its own time and let promise
 * chains (and file reads and writes) settle in between. `sleep` jumps ahead at once,
 * running the timers it passes: a waiting sender never needs the test to move time.
 */
export class FakeClock implements Clock {
  private time: number;
  private sequence = 0;
  private timers: Timer[] = [];

  /** `start`: milliseconds since the epoch the clock shows first (0 unless a test needs a real date). */
  constructor(start = 0) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  async sleep(ms: number): Promise<void> {
    this.jumpTo(this.time + Math.max(0, ms));
  }

  after(ms: number, run: () => void): () => void {
    const timer = { at: this.time + Math.max(0, ms), sequence: this.sequence++, run };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  /** Moves time forward by `ms`; see `advanceTo`. */
  advance(ms: number): Promise<void> {
    return this.advanceTo(this.time + ms);
  }

  /** Moves time to `target`, running every timer due by then at its own time and letting its work proceed. */
  async advanceTo(target: number): Promise<void> {
    await settle();
    for (let next = this.nextDue(target); next; next = this.nextDue(target)) {
      this.fire(next);
      await settle();
    }
    this.time = Math.max(this.time, target);
    await settle();
  }

  /** Timers waiting, for assertions. */
  get pending(): number {
    return this.timers.length;
  }

  private jumpTo(target: number): void {
    for (let next = this.nextDue(target); next; next = this.nextDue(target)) this.fire(next);
    this.time = Math.max(this.time, target);
  }

  private fire(timer: Timer): void {
    this.time = Math.max(this.time, timer.at);
    this.timers = this.timers.filter((t) => t !== timer);
    timer.run();
  }

  private nextDue(target: number): Timer | undefined {
    return [...this.timers].sort((a, b) => a.at - b.at || a.sequence - b.sequence).find((t) => t.at <= target);
  }
}

/**
 * Lets queued callbacks and promise chains run, including file reads and writes (the
 * Zalo credentials file): it goes on while Node reports file system work in flight.
 */
export async function settle(): Promise<void> {
  for (let round = 0; round < 500; round++) {
    for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
    const busy = process.getActiveResourcesInfo().some((name) => /^(FSReq|CloseReq|FileHandle)/.test(name));
    if (!busy && round >= 3) return;
    if (busy) await new Promise((resolve) => setTimeout(resolve, 1));
  }
}
