import { describe, expect, it } from "vitest";
import {
  EMPTY_LIMITER_STATE,
  earliestSendTime,
  type LimiterState,
  pickNext,
  recordSend,
  type SendSlot,
  TELEGRAM_LIMITS,
} from "../../../src/adapters/platforms/telegram/outbox.js";

/** Sends `slots` one after another, each at the earliest allowed time; returns the times. */
function schedule(slots: SendSlot[], start = 0): number[] {
  let state: LimiterState = EMPTY_LIMITER_STATE;
  let now = start;
  return slots.map((slot) => {
    now = earliestSendTime(state, TELEGRAM_LIMITS, slot, now);
    state = recordSend(state, TELEGRAM_LIMITS, slot, now);
    return now;
  });
}

/** The most sends that fall in any window of `width` ms. */
function busiestWindow(times: number[], width: number): number {
  return Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + width).length));
}

describe("outbound limits (pure, on a fake clock)", () => {
  it("keeps fan-out to many private chats within 30 a second, spaced evenly, close to the N/30 s bound", () => {
    const times = schedule(Array.from({ length: 300 }, () => ({ group: null })));
    expect(busiestWindow(times, 1_000)).toBe(30);
    expect(busiestWindow(times, 1_000 + TELEGRAM_LIMITS.guardMs)).toBe(30);
    for (let i = 1; i < times.length; i += 1)
      expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(1_000 / 30 - 1e-9);
    const elapsed = times.at(-1)! - times[0]!;
    expect(elapsed).toBeGreaterThan((299 / 30) * 1_000);
    expect(elapsed).toBeLessThan((300 / 30) * 1_000 * 1.05);
  });

  it("lets a group have 20 messages a minute, then waits for the window to pass", () => {
    const times = schedule(Array.from({ length: 45 }, () => ({ group: "-100" })));
    expect(busiestWindow(times, 60_000)).toBe(20);
    expect(times[19]).toBeLessThan(1_000);
    expect(times[20]).toBe(times[0]! + 60_000 + TELEGRAM_LIMITS.guardMs);
    expect(times[40]).toBe(times[20]! + 60_000 + TELEGRAM_LIMITS.guardMs);
  });

  it("forgets groups that have been quiet for a minute", () => {
    let state = recordSend(EMPTY_LIMITER_STATE, TELEGRAM_LIMITS, { group: "-1" }, 0);
    state = recordSend(state, TELEGRAM_LIMITS, { group: "-2" }, 30_000);
    state = recordSend(state, TELEGRAM_LIMITS, { group: null }, 70_000);
    expect([...state.groups.keys()]).toEqual(["-2"]);
  });

  it("picks replies before bulk sends, and never lets a full group hold up other chats", () => {
    let state: LimiterState = EMPTY_LIMITER_STATE;
    for (let i = 0; i < 20; i += 1) state = recordSend(state, TELEGRAM_LIMITS, { group: "-100" }, i * 40);
    const now = 2_000;
    const pending = [
      { slot: { group: "-100" }, priority: 0, seq: 1, name: "reply in the full group" },
      { slot: { group: null }, priority: 1, seq: 2, name: "bulk to a private chat" },
      { slot: { group: "-200" }, priority: 0, seq: 3, name: "reply in another group" },
    ];
    expect(pickNext(state, TELEGRAM_LIMITS, pending, now)).toEqual({ item: pending[2], at: now });
    expect(pickNext(state, TELEGRAM_LIMITS, pending.slice(0, 2), now)).toEqual({ item: pending[1], at: now });
    expect(pickNext(state, TELEGRAM_LIMITS, pending.slice(0, 1), now)).toEqual({
      item: pending[0],
      at: 60_000 + TELEGRAM_LIMITS.guardMs,
    });
    expect(pickNext(state, TELEGRAM_LIMITS, [], now)).toBeNull();
  });
});
