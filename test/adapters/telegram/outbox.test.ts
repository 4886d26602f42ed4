import { describe, expect, it } from "vitest";
import { createOutbox, OutboxClosedError, TELEGRAM_LIMITS } from "../../../src/adapters/platforms/telegram/outbox.js";
import { FakeClock, settle } from "../../support/fake-clock.js";

describe("outbox (fake clock)", () => {
  it("starts calls at the limiter's times, keeps each chat in order, and runs chats side by side", async () => {
    const clock = new FakeClock();
    const outbox = createOutbox(TELEGRAM_LIMITS, clock);
    const started: Array<[string, number]> = [];
    const finish = new Map<string, () => void>();
    const call = (name: string) => () =>
      new Promise<string>((resolve) => {
        started.push([name, clock.now()]);
        finish.set(name, () => resolve(name));
      });
    const a1 = outbox.send({ chatKey: "a", group: null }, "bulk", call("a1"));
    const a2 = outbox.send({ chatKey: "a", group: null }, "bulk", call("a2"));
    void outbox.send({ chatKey: "b", group: null }, "bulk", call("b1"));
    await clock.advanceTo(1_000);
    // a2 waits for a1 to finish; b1 goes meanwhile, one slot later.
    expect(started).toEqual([
      ["a1", 0],
      ["b1", 1_000 / 30],
    ]);
    finish.get("a1")!();
    await expect(a1).resolves.toBe("a1");
    await clock.advanceTo(1_000);
    expect(started.at(-1)).toEqual(["a2", 1_000]);
    finish.get("a2")!();
    await expect(a2).resolves.toBe("a2");
    expect(outbox.size()).toBe(1);
  });

  it("sends a reply ahead of a bulk fan-out already queued", async () => {
    const clock = new FakeClock();
    const outbox = createOutbox(TELEGRAM_LIMITS, clock);
    const order: string[] = [];
    const sends = Array.from({ length: 40 }, (_, i) =>
      outbox.send({ chatKey: `u${i}`, group: null }, "bulk", async () => void order.push(`bulk${i}`)),
    );
    await clock.advanceTo(100);
    sends.push(outbox.send({ chatKey: "-5", group: "-5" }, "reply", async () => void order.push("reply")));
    await clock.advanceTo(10_000);
    await Promise.all(sends);
    expect(order.indexOf("reply")).toBeLessThanOrEqual(5);
    expect(order).toHaveLength(41);
  });

  it("on close, waits for the queue to drain, then drops what is left", async () => {
    const clock = new FakeClock();
    const outbox = createOutbox(TELEGRAM_LIMITS, clock);
    const sends = Promise.allSettled(
      Array.from({ length: 25 }, () => outbox.send({ chatKey: "-7", group: "-7" }, "bulk", async () => "sent")),
    );
    const closing = outbox.close(5_000);
    await clock.advanceTo(5_000);
    await expect(closing).resolves.toBe(5);
    const results = await sends;
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(20);
    expect(
      results
        .filter((r) => r.status === "rejected")
        .every((r) => (r as PromiseRejectedResult).reason instanceof OutboxClosedError),
    ).toBe(true);
    await expect(outbox.send({ chatKey: "x", group: null }, "bulk", async () => 1)).rejects.toBeInstanceOf(
      OutboxClosedError,
    );
    await settle();
  });
});
