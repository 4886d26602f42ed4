import fs from "node:fs";
import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../../../src/adapters/logging/create-logger.js";
import type { PlatformHooks } from "../../../src/adapters/platforms/platform-adapter.js";
import {
  defaultZaloTimings as timings,
  type ZaloSessionLoss,
} from "../../../src/adapters/platforms/zalo/connection.js";
import { writeZaloCredentials } from "../../../src/adapters/platforms/zalo/login.js";
import { ZaloNotConnectedError } from "../../../src/adapters/platforms/zalo/outbox.js";
import { type RunningZalo, startZalo, type ZaloStartOptions } from "../../../src/adapters/platforms/zalo/start-zalo.js";
import { FakeClock } from "../../support/fake-clock.js";
import { FakeZalo, groupMessage, ZALO_TEST_START } from "./fake-zalo.js";
import { credentials, credentialsFixture, SECRET_COOKIE, SECRET_IMEI, tempDir } from "./zalo-fixtures.js";

const BOT = "bot-uid";
const echo: PlatformHooks = {
  handle: async (message) => [{ platform: "zalo", chatId: message.chatId, text: `Nhận: ${message.text}` }],
  chatUnavailable: async () => {},
};

let running: RunningZalo | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

/** Starts the adapter on a fake Zalo with a saved login; logs are kept to check for secrets. */
async function start(setup: (zalo: FakeZalo) => void = () => {}, options: ZaloStartOptions = {}) {
  const clock = new FakeClock(ZALO_TEST_START);
  const zalo = new FakeZalo(clock, BOT);
  setup(zalo);
  const config = await credentialsFixture(tempDir());
  const losses: ZaloSessionLoss[] = [];
  let restored = 0;
  let logs = "";
  const logger = createLogger(
    "trace",
    new Writable({
      write: (chunk, _encoding, done) => {
        logs += String(chunk);
        done();
      },
    }),
  );
  running = await startZalo(config, echo, logger, {
    zalo,
    clock,
    onSessionLost: (loss) => void losses.push(loss),
    onSessionRestored: () => {
      restored += 1;
    },
    ...options,
  });
  await clock.advance(0);
  const platform = running;
  return { zalo, clock, config, losses, restored: () => restored, logs: () => logs, platform };
}

describe("Zalo connection resilience", () => {
  it("reconnects after a 1006 close with growing waits, and logs in again from the saved cookies when reconnecting keeps failing", async () => {
    const { zalo, clock, platform, losses } = await start();
    const first = zalo.api;
    expect([first.listener.starts, platform.connected]).toEqual([1, true]);

    first.listener.emit("closed", 1006, "");
    expect(platform.connected).toBe(false);
    await clock.advance(timings.reconnectDelays[0]! - 1);
    expect(first.listener.starts).toBe(1);
    await clock.advance(1);
    expect([first.listener.starts, platform.connected]).toEqual([2, true]);

    // The socket keeps dying before it connects: the same listener is retried three times, then the account logs in again.
    first.listener.connectOnStart = false;
    first.listener.emit("closed", 1006, "");
    await clock.advance(timings.reconnectDelays[0]!);
    first.listener.emit("closed", 1006, "");
    await clock.advance(timings.reconnectDelays[1]!);
    first.listener.emit("closed", 1006, "");
    await clock.advance(timings.reconnectDelays[2]!);
    expect([first.listener.starts, zalo.logins.length]).toEqual([5, 1]);
    first.listener.emit("closed", 1006, "");
    await clock.advance(timings.reconnectDelays[3]!);
    expect(zalo.logins.length).toBe(2);
    expect(zalo.api).not.toBe(first);
    expect([zalo.api.listener.starts, platform.connected]).toEqual([1, true]);

    // Messages flow on the new login; the old listener is no longer heard.
    first.listener.emit("message", groupMessage(BOT, "G1", { uid: "u1", name: "Lan" }, "cũ"));
    zalo.api.listener.emit("message", groupMessage(BOT, "G1", { uid: "u1", name: "Lan" }, "mới"));
    await platform.idle();
    expect(zalo.sent.map((s) => [s.api, s.msg])).toEqual([[1, "Nhận: mới"]]);
    expect(losses).toEqual([]);
  });

  it("alerts the administrators once when the session is kicked, and keeps retrying slowly until it works again", async () => {
    const { zalo, clock, platform, losses, restored, logs } = await start();
    zalo.api.listener.emit("closed", 3003, "");
    await clock.advance(0);
    expect(losses).toHaveLength(1);
    expect(losses[0]).toMatchObject({ reason: "kicked", code: 3003 });
    expect(losses[0]?.text).toContain("Zalo Web");
    expect(losses[0]?.text).toContain("npm run -s xaso -- zalo login");
    expect(logs()).toContain("Zalo session kicked");
    expect(platform.connected).toBe(false);
    await expect(platform.send({ platform: "zalo", chatId: "g:G1", text: "Nhắc họp" })).rejects.toBeInstanceOf(
      ZaloNotConnectedError,
    );

    // Nothing fast: the next try comes after the slow interval, and it is kicked again (Zalo Web still open).
    zalo.onNewApi = (api) =>
      api.listener.on("connected", () => queueMicrotask(() => api.listener.emit("closed", 3003, "")));
    await clock.advance(timings.lostSessionRetry - 1);
    expect(zalo.logins).toHaveLength(1);
    await clock.advance(1);
    expect(zalo.logins).toHaveLength(2);
    expect(losses).toHaveLength(1);

    zalo.onNewApi = null;
    await clock.advance(timings.lostSessionRetry);
    expect(zalo.logins).toHaveLength(3);
    expect([platform.connected, restored()]).toEqual([true, 0]);
    await clock.advance(timings.restoreConfirm);
    expect([platform.connected, restored(), losses.length]).toEqual([true, 1, 1]);
    await platform.send({ platform: "zalo", chatId: "g:G1", text: "Nhắc họp" });
    expect(zalo.sent.at(-1)?.msg).toBe("Nhắc họp");
  });

  it("treats refused cookies as a lost session and picks up a new login saved meanwhile", async () => {
    const { zalo, clock, config, platform, losses, logs } = await start((z) => (z.outcomes = ["rejected", "rejected"]));
    expect(losses.map((l) => l.reason)).toEqual(["login-rejected"]);
    expect(platform.connected).toBe(false);
    expect(logs()).toContain("Zalo refused the saved login");

    await clock.advance(timings.lostSessionRetry);
    expect([zalo.logins.length, losses.length]).toEqual([2, 1]);

    // An administrator runs `xaso zalo login` meanwhile: the next try uses the new cookies.
    await writeZaloCredentials(config.credentialsPath, credentials("fresh-cookie"), new Date());
    await clock.advance(timings.lostSessionRetry);
    expect(zalo.logins.at(-1)?.cookies[0]?.value).toBe("fresh-cookie");
    expect(platform.connected).toBe(true);
  });

  it("retries soon without alerting when Zalo cannot be reached", async () => {
    const { zalo, clock, platform, losses } = await start((z) => (z.outcomes = ["unreachable"]));
    expect(platform.connected).toBe(false);
    await clock.advance(timings.reconnectDelays[0]!);
    expect([zalo.logins.length, platform.connected, losses.length]).toEqual([2, true, 0]);
  });

  it("restarts a listener gone silent, waiting for its socket to close, and logs in again when it never closes", async () => {
    const { zalo, clock, platform } = await start();
    const api = zalo.api;
    await clock.advance(timings.silenceLimit - 1);
    expect(api.listener.stops).toBe(0);
    await clock.advance(timings.watchdogInterval + 1);
    expect([api.listener.stops, api.listener.starts, platform.connected]).toEqual([1, 2, true]);

    // Activity keeps it alive.
    for (let minute = 0; minute < 60; minute++) {
      api.listener.emit("activity");
      await clock.advance(60_000);
    }
    expect(api.listener.stops).toBe(1);

    // A dead socket that never reports its close: a fresh login instead of a second socket on the same listener.
    api.listener.closeOnStop = false;
    await clock.advance(timings.silenceLimit + timings.watchdogInterval + timings.closeWait);
    expect([api.listener.stops, zalo.logins.length, zalo.api === api, platform.connected]).toEqual([2, 2, false, true]);
  });

  it("restarts a listener that never connects", async () => {
    const { zalo, clock, platform } = await start((z) => (z.onNewApi = (api) => (api.listener.connectOnStart = false)));
    const api = zalo.api;
    expect(platform.connected).toBe(false);
    await clock.advance(timings.connectTimeout + timings.watchdogInterval);
    api.listener.connectOnStart = true;
    await clock.advance(timings.reconnectDelays[0]!);
    expect([api.listener.stops, api.listener.starts, platform.connected]).toEqual([1, 2, true]);
  });

  it("keeps the session warm and saves refreshed cookies (mode 600), never logging them", async () => {
    const { zalo, clock, config, logs } = await start();
    zalo.api.cookies = credentials("refreshed-SECRET-cookie").cookies;
    await clock.advance(timings.cookieRefreshInterval);
    expect(zalo.api.keepAlives).toBe(1);
    const saved = JSON.parse(fs.readFileSync(config.credentialsPath, "utf8")) as {
      cookies: { value: string }[];
      imei: string;
    };
    expect([saved.cookies[0]?.value, saved.imei]).toEqual(["refreshed-SECRET-cookie", SECRET_IMEI]);
    expect(fs.statSync(config.credentialsPath).mode & 0o777).toBe(0o600);
    zalo.api.listener.emit("error", Object.assign(new Error("socket hang up"), { headers: { cookie: SECRET_COOKIE } }));
    zalo.api.listener.emit("closed", 3003, "");
    await clock.advance(0);
    for (const secret of [SECRET_COOKIE, "refreshed-SECRET-cookie", SECRET_IMEI]) expect(logs()).not.toContain(secret);
    expect(logs()).toContain("socket hang up");
  });

  it("stops cleanly: the socket is closed, every timer is cancelled and in-flight replies are sent", async () => {
    const { zalo, clock, platform } = await start();
    zalo.api.listener.emit("message", groupMessage(BOT, "G1", { uid: "u1", name: "Lan" }, "xin chào"));
    await platform.stop();
    running = undefined;
    expect(zalo.sent.map((s) => s.msg)).toEqual(["Nhận: xin chào"]);
    expect(zalo.api.listener.stops).toBe(1);
    expect(clock.pending).toBe(0);
  });
});
