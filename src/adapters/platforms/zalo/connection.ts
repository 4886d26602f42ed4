import { type Clock, withTimeout } from "../../clock/clock.js";
import type { Logger } from "../../logging/create-logger.js";
import { readZaloCredentials, writeZaloCredentials } from "./login.js";
import {
  describeError,
  type ZaloApiPort,
  type ZaloClientFactory,
  type ZaloCredentials,
  type ZaloLoginResult,
} from "./port.js";
import type { Message } from "./zca-deps.js";

/** The adapter's pacing and patience, in milliseconds. Defaults suit one dedicated account. */
export interface ZaloTimings {
  /** Least time between two messages to the same chat. */
  perChatGap: number;
  /** Least time between any two messages the account sends. */
  overallGap: number;
  /** Waits before reconnecting after the socket closed, one per attempt; the last repeats. */
  reconnectDelays: readonly number[];
  /** Reconnect attempts on the same login before logging in again from the saved cookies. */
  reconnectsBeforeRelogin: number;
  /** Retry interval while the session is lost (kicked, cookies refused): slow on purpose. */
  lostSessionRetry: number;
  /** Least time between two alerts about a lost session. */
  alertCooldown: number;
  /** After a lost session, how long the listener must stay connected before it counts as restored. */
  restoreConfirm: number;
  /** How often the watchdog looks at the listener. */
  watchdogInterval: number;
  /** A listener that started but neither connected nor closed within this is restarted. */
  connectTimeout: number;
  /** A connected listener with no event at all for this long is restarted. */
  silenceLimit: number;
  /** How long to wait for the socket to close after stopping it, before starting it again. */
  closeWait: number;
  /** How often the session is kept alive and its cookies saved again. */
  cookieRefreshInterval: number;
  /** An attachment not sent within this fails (uploads complete only through the listener). */
  fileTimeout: number;
}

/** Pacing close to a person's, reconnects quick at first and slow when a human must act, checks every minute. */
export const defaultZaloTimings: ZaloTimings = {
  perChatGap: 1_500,
  overallGap: 400,
  reconnectDelays: [2_000, 5_000, 15_000, 30_000, 60_000, 120_000, 300_000],
  reconnectsBeforeRelogin: 3,
  lostSessionRetry: 15 * 60_000,
  alertCooldown: 6 * 60 * 60_000,
  restoreConfirm: 2 * 60_000,
  watchdogInterval: 60_000,
  connectTimeout: 60_000,
  silenceLimit: 30 * 60_000,
  closeWait: 5_000,
  cookieRefreshInterval: 60 * 60_000,
  fileTimeout: 90_000,
};

/** Why the Zalo account stopped working until someone acts. */
export type SessionLossReason = "kicked" | "duplicate-connection" | "login-rejected" | "credentials-missing";

/**
 * A lost Zalo session, for the app to alert the commune administrators on another
 * platform. `text` is ready to send as it is.
 */
export interface ZaloSessionLoss {
  reason: SessionLossReason;
  /** The socket close code, for kicks (3000, 3003). */
  code?: number | undefined;
  text: string;
  at: Date;
}

const relogin =
  "Quản trị viên đăng nhập lại bằng lệnh: npm run -s xaso -- zalo login (quét mã QR bằng điện thoại của tài khoản Zalo dành riêng cho bot).";

/** The alert for administrators, in Vietnamese. `retryMinutes`: how often the bot tries again by itself. */
export function sessionLossText(reason: SessionLossReason, retryMinutes: number): string {
  const retry = `Xã Số sẽ tự thử kết nối lại mỗi ${retryMinutes} phút.`;
  switch (reason) {
    case "kicked":
      return `⚠️ Tài khoản Zalo của Xã Số vừa bị đăng xuất vì tài khoản này được mở trên Zalo Web hoặc máy khác. Các nhóm Zalo tạm thời không nhận được trả lời. Đóng Zalo Web trên tài khoản này. ${retry} Nếu vẫn không được: ${relogin}`;
    case "duplicate-connection":
      return `⚠️ Tài khoản Zalo của Xã Số đang được một chương trình khác kết nối cùng lúc (có thể Xã Số đang chạy hai lần). Các nhóm Zalo tạm thời không nhận được trả lời. Chỉ để một bản Xã Số chạy. ${retry}`;
    case "login-rejected":
      return `⚠️ Zalo không chấp nhận phiên đăng nhập đã lưu của Xã Số (phiên hết hạn hoặc đã đăng xuất). Các nhóm Zalo tạm thời không nhận được trả lời. ${relogin} ${retry}`;
    case "credentials-missing":
      return `⚠️ Xã Số không tìm thấy thông tin đăng nhập Zalo đã lưu. ${relogin} ${retry}`;
  }
}

/** What the connection needs and whom it tells. */
export interface ZaloConnectionDeps {
  factory: ZaloClientFactory;
  credentialsPath: string;
  clock: Clock;
  timings: ZaloTimings;
  logger: Logger;
  onMessage(message: Message, ownId: string): void;
  onRemovedFromGroup(groupId: string): void;
  onSessionLost?: ((loss: ZaloSessionLoss) => void | Promise<void>) | undefined;
  onSessionRestored?: (() => void | Promise<void>) | undefined;
}

/** One Zalo account kept connected. */
export interface ZaloConnection {
  /** The logged-in account, or null while there is none (sending then fails). */
  readonly current: ZaloApiPort | null;
  /** Whether the listener is connected right now. */
  readonly connected: boolean;
  /**
   * Starts: with an account just logged in by QR, or by logging in from the saved cookies.
   * Never throws for Zalo's sake: a failed login is retried in the background.
   */
  start(fresh?: { api: ZaloApiPort; credentials: ZaloCredentials }): Promise<void>;
  /** Stops the listener (waiting for its socket to close), cancels every timer and saves the cookies once more. */
  stop(): Promise<void>;
}

type State = "idle" | "logging-in" | "connecting" | "open" | "restarting" | "waiting" | "lost" | "stopped";

const CLOSE_MANUAL = 1000;
const CLOSE_DUPLICATE = 3000;
const CLOSE_KICKED = 3003;

/**
 * Keeps one Zalo account connected, because zca-js does not:
 * - a socket closed abnormally (1006, frequent on Zalo) is reopened after a growing wait;
 *   every few failed attempts the account logs in again from the saved cookies;
 * - a kicked session (3003: Zalo Web opened elsewhere; 3000: a second connection) or
 *   cookies Zalo refuses are logged as errors, reported once through `onSessionLost`
 *   (again only after `alertCooldown`), and retried slowly, reading the credentials file
 *   anew each time so a fresh `xaso zalo login` is picked up;
 * - a watchdog restarts a listener that never connected or has been silent too long,
 *   waiting for the old socket to close first (zca-js mixes up two sockets otherwise);
 * - the session is kept warm and its cookies saved again every `cookieRefreshInterval`.
 * Nothing here ever logs cookies or the device id.
 */
export function createZaloConnection(deps: ZaloConnectionDeps): ZaloConnection {
  const { clock, timings, logger } = deps;
  let account: ZaloApiPort | null = null;
  let credentials: ZaloCredentials | null = null;
  let savedCookies = "";
  let state: State = "idle";
  let generation = 0;
  let failures = 0;
  let connectStartedAt = 0;
  let lastActivity = 0;
  let lostSince: number | null = null;
  let lastAlertAt = Number.NEGATIVE_INFINITY;
  const cancels = new Set<() => void>();
  let closeWaiter: (() => void) | null = null;

  const isStopped = () => state === "stopped";
  const touch = () => {
    lastActivity = clock.now();
  };

  async function login(): Promise<void> {
    if (isStopped()) return;
    state = "logging-in";
    detach();
    const read = await readZaloCredentials(deps.credentialsPath);
    if (isStopped()) return;
    if (read.status !== "ok") {
      if (read.status === "invalid")
        logger.error({ component: "zalo", problem: read.problem }, "Zalo credentials file is invalid");
      await lose("credentials-missing");
      return;
    }
    const timeout = timings.connectTimeout;
    const result = await withTimeout(
      clock,
      deps.factory.login(read.credentials),
      timeout,
      () => new Error(`no answer within ${timeout / 1000} s`),
    ).catch((error: unknown): ZaloLoginResult => ({ ok: false, reason: "unreachable", message: describeError(error) }));
    if (isStopped()) return;
    if (!result.ok) {
      if (result.reason === "rejected") {
        logger.error(
          { component: "zalo", error: result.message },
          "Zalo refused the saved login (cookies expired or logged out)",
        );
        await lose("login-rejected");
      } else {
        logger.warn({ component: "zalo", error: result.message }, "Zalo unreachable; login will be retried");
        retryLater();
      }
      return;
    }
    adopt(result.api, read.credentials);
    await saveCookies();
    connect();
  }

  function adopt(api: ZaloApiPort, loggedIn: ZaloCredentials): void {
    const mine = ++generation;
    const current = () => mine === generation && !isStopped();
    const ownId = api.getOwnId();
    account = api;
    credentials = loggedIn;
    const { listener } = api;
    listener.on("connected", () => current() && onConnected());
    listener.on("closed", (code, reason) => {
      if (closeWaiter && mine === generation) {
        closeWaiter();
        return;
      }
      if (current()) void safely(() => onClosed(code, reason));
    });
    listener.on(
      "error",
      (error) => current() && logger.warn({ component: "zalo", error: describeError(error) }, "Zalo listener error"),
    );
    listener.on("message", (message) => {
      if (!current()) return;
      touch();
      deps.onMessage(message, ownId);
    });
    listener.on("activity", () => current() && touch());
    listener.on("removedFromGroup", (groupId) => current() && deps.onRemovedFromGroup(groupId));
  }

  function connect(): void {
    if (!account || isStopped()) return;
    state = "connecting";
    connectStartedAt = clock.now();
    try {
      account.listener.start();
    } catch (error) {
      // "Already started": the watchdog restarts it if it never connects.
      logger.warn({ component: "zalo", error: describeError(error) }, "Zalo listener did not start");
    }
  }

  function onConnected(): void {
    state = "open";
    failures = 0;
    touch();
    logger.info({ component: "zalo" }, "Zalo listener connected");
    if (lostSince === null) return;
    // After a lost session, it counts as restored only once it has stayed up a while (a kick often follows at once).
    const connectedAs = generation;
    once(timings.restoreConfirm, () => {
      if (state !== "open" || generation !== connectedAs || lostSince === null) return;
      const downMinutes = Math.round((clock.now() - lostSince) / 60_000);
      lostSince = null;
      logger.info({ component: "zalo", downMinutes }, "Zalo session restored");
      void notify(() => deps.onSessionRestored?.());
    });
  }

  async function onClosed(code: number, reason: string): Promise<void> {
    if (state === "restarting" || state === "waiting" || state === "lost") return;
    if (code === CLOSE_KICKED || code === CLOSE_DUPLICATE) {
      logger.error(
        { component: "zalo", code, reason },
        code === CLOSE_KICKED
          ? "Zalo session kicked: the account was opened on Zalo Web or another device"
          : "Zalo closed a duplicate connection on this account",
      );
      await lose(code === CLOSE_KICKED ? "kicked" : "duplicate-connection", code);
      return;
    }
    logger.warn(
      { component: "zalo", code, reason, attempt: failures + 1 },
      code === CLOSE_MANUAL ? "Zalo listener closed" : "Zalo socket closed abnormally; reconnecting",
    );
    retryLater();
  }

  /** Waits the next back-off delay, then reconnects; every few attempts it logs in again instead. */
  function retryLater(): void {
    if (isStopped()) return;
    const { reconnectDelays, reconnectsBeforeRelogin } = timings;
    const delay = reconnectDelays[Math.min(failures, reconnectDelays.length - 1)] ?? 60_000;
    failures += 1;
    const relogin = !account || failures % (reconnectsBeforeRelogin + 1) === 0;
    state = "waiting";
    once(delay, () => (relogin ? void safely(login) : connect()));
  }

  async function lose(reason: SessionLossReason, code?: number): Promise<void> {
    if (isStopped()) return;
    state = "lost";
    detach();
    const now = clock.now();
    lostSince ??= now;
    const retryMinutes = Math.round(timings.lostSessionRetry / 60_000);
    logger.error({ component: "zalo", reason, code, retryMinutes }, "Zalo session lost; retrying slowly");
    once(timings.lostSessionRetry, () => void safely(login));
    if (now - lastAlertAt < timings.alertCooldown) return;
    lastAlertAt = now;
    const loss: ZaloSessionLoss = { reason, code, text: sessionLossText(reason, retryMinutes), at: new Date(now) };
    await notify(() => deps.onSessionLost?.(loss));
  }

  function watch(): void {
    const now = clock.now();
    const { connectTimeout, silenceLimit } = timings;
    if (state === "connecting" && now - connectStartedAt > connectTimeout) {
      logger.warn(
        { component: "zalo", waitedSeconds: Math.round((now - connectStartedAt) / 1000) },
        "Zalo listener did not connect in time; restarting it",
      );
      void safely(() => restart(true));
    } else if (state === "open" && now - lastActivity > silenceLimit) {
      logger.warn(
        { component: "zalo", silentMinutes: Math.round((now - lastActivity) / 60_000) },
        "Zalo listener silent too long; restarting it",
      );
      void safely(() => restart(false));
    }
  }

  /** Stops the listener and starts it again once its socket has closed; a socket that does not close means a new login. */
  async function restart(failed: boolean): Promise<void> {
    const restarting = account;
    if (!restarting) return;
    state = "restarting";
    const closed = await stopListener(restarting);
    if (!stillRestarting(restarting)) return;
    if (!closed) {
      failures += 1;
      await safely(login);
    } else if (failed) {
      retryLater();
    } else {
      connect();
    }
  }

  /** Whether a restart of `api` is still the thing going on (a stop or a new login may have come meanwhile). */
  function stillRestarting(api: ZaloApiPort): boolean {
    return state === "restarting" && account === api;
  }

  /** Stops the socket; true when its close arrived within `closeWait`. */
  function stopListener(api: ZaloApiPort): Promise<boolean> {
    return new Promise((resolve) => {
      const cancel = clock.after(timings.closeWait, () => {
        closeWaiter = null;
        resolve(false);
      });
      closeWaiter = () => {
        closeWaiter = null;
        cancel();
        resolve(true);
      };
      try {
        api.listener.stop();
      } catch (error) {
        logger.warn({ component: "zalo", error: describeError(error) }, "Zalo listener did not stop cleanly");
      }
    });
  }

  async function refreshSession(): Promise<void> {
    const api = account;
    if (!api) return;
    try {
      await api.keepAlive();
    } catch (error) {
      logger.warn({ component: "zalo", error: describeError(error) }, "Zalo keep-alive failed");
    }
    await saveCookies();
  }

  /** Writes the session's current cookies to the credentials file when they changed. */
  async function saveCookies(): Promise<void> {
    const api = account;
    if (!api || !credentials) return;
    try {
      const cookies = api.getCookies();
      const serialized = JSON.stringify(cookies);
      if (!cookies.length || serialized === savedCookies) return;
      credentials = { ...credentials, cookies };
      await writeZaloCredentials(deps.credentialsPath, credentials, new Date(clock.now()));
      savedCookies = serialized;
      logger.debug({ component: "zalo" }, "Zalo cookies saved");
    } catch (error) {
      logger.error({ component: "zalo", error: describeError(error) }, "could not save the Zalo cookies");
    }
  }

  /** Forgets the account; events still coming from its listener are ignored from now on. */
  function detach(): void {
    account = null;
    generation += 1;
  }

  /** Runs a step of the connection's upkeep; an unexpected failure is logged and retried later, never left unhandled. */
  async function safely(step: () => Promise<void>): Promise<void> {
    try {
      await step();
    } catch (error) {
      logger.error({ component: "zalo", error: describeError(error) }, "Zalo connection step failed; retrying");
      if (state !== "waiting" && state !== "lost") retryLater();
    }
  }

  async function notify(call: () => void | Promise<void> | undefined): Promise<void> {
    try {
      await call();
    } catch (error) {
      logger.error({ component: "zalo", error: describeError(error) }, "Zalo session alert failed");
    }
  }

  /** Runs `run` once after `ms`, unless stopped first. */
  function once(ms: number, run: () => void): void {
    const cancel = clock.after(ms, () => {
      cancels.delete(cancel);
      if (!isStopped()) run();
    });
    cancels.add(cancel);
  }

  /** Runs `run` every `ms` until stopped. */
  function every(ms: number, run: () => void | Promise<void>): void {
    once(ms, () => {
      every(ms, run);
      void run();
    });
  }

  return {
    get current() {
      return account;
    },
    get connected() {
      return state === "open";
    },
    async start(fresh) {
      every(timings.watchdogInterval, watch);
      every(timings.cookieRefreshInterval, refreshSession);
      if (fresh) {
        adopt(fresh.api, fresh.credentials);
        await saveCookies();
        connect();
        return;
      }
      await safely(login);
    },
    async stop() {
      const api = account;
      const live = state === "open" || state === "connecting" || state === "restarting";
      state = "stopped";
      for (const cancel of cancels) cancel();
      cancels.clear();
      if (api && live) await stopListener(api);
      await saveCookies();
    },
  };
}
