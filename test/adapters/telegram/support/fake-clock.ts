import type { Clock } from "../../../../src/adapters/clock/clock.js";

/** A clock that only moves when the test says so; due timers run in time order. */
export class FakeClock implements Clock {
  private time = 0;
  private timers: Array<{ at: number; run: () => void; id: number }> = [];
  private nextId = 0;

  now(): number {
    return this.time;
  }

  async sleep(ms: number): Promise<void> {
    await this.advanceTo(this.time + Math.max(0, ms));
  }

  after(ms: number, run: () => void): () => void {
    const id = this.nextId++;
    this.timers.push({ at: this.time + Math.max(0, ms), run, id });
    return () => {
      this.timers = this.timers.filter((t) => t.id !== id);
    };
  }

  /** Moves to `target`, running each timer at its own time and letting promises settle in between. */
  async advanceTo(target: number): Promise<void> {
    await settle();
    for (;;) {
      const next = [...this.timers].sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!next || next.at > target) break;
      this.timers = this.timers.filter((t) => t !== next);
      this.time = Math.max(this.time, next.at);
      next.run();
      await settle();
    }
    this.time = Math.max(this.time, target);
  }
}

/** Lets pending promise callbacks run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setImmediate(resolve));
}
