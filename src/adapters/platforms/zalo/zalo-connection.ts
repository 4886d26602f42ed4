import { type Clock, withTimeout } from "../../clock/clock.js";
import type { Logger } from "../../logging/create-logger.js";
import { readZaloCredentials, writeZaloCredentials } from "./credentials-file.js";
import { describeError } from "./describe-error.js";
import { type SessionLossReason, sessionLossText, type ZaloSessionLoss } from "./session-loss.js";
import type { ZaloApiPort, ZaloClientFactory, ZaloCredentials, ZaloLoginResult } from "./zalo-port.js";
import type { ZaloTimings } from "./zalo-timings.js";
import type { Message } from "./zca-js.js";

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
export class ZaloConnection {
  private api: ZaloApiPort | null = null;
  private credentials: ZaloCredentials | null = null;
  private savedCookies = "";
  private state: State = "idle";
  private generation = 0;
  private failures = 0;
  private connectStartedAt = 0;
  private lastActivity = 0;
  private lostSince: number | null = null;
  private lastAlertAt = Number.NEGATIVE_INFINITY;
  private readonly cancels = new Set<() => void>();
  private closeWaiter: (() => void) | null = null;

  constructor(private readonly deps: ZaloConnectionDeps) {}

  /** The logged-in account, or null while there is none (sending then fails). */
  get current(): ZaloApiPort | null {
    return this.api;
  }

  /** Whether the listener is connected right now. */
  get connected(): boolean {
    return this.state === "open";
  }

  /**
   * Starts: with an account just logged in by QR, or by logging in from the saved cookies.
   * Never throws for Zalo's sake: a failed login is retried in the background.
   */
  async start(fresh?: { api: ZaloApiPort; credentials: ZaloCredentials }): Promise<void> {
    this.every(this.deps.timings.watchdogInterval, () => this.watch());
    this.every(this.deps.timings.cookieRefreshInterval, () => this.refreshSession());
    if (fresh) {
      this.adopt(fresh.api, fresh.credentials);
      await this.saveCookies();
      this.connect();
      return;
    }
    await this.safely(() => this.login());
  }

  /** Stops the listener (waiting for its socket to close), cancels every timer and saves the cookies once more. */
  async stop(): Promise<void> {
    const api = this.api;
    const live = this.state === "open" || this.state === "connecting" || this.state === "restarting";
    this.state = "stopped";
    for (const cancel of this.cancels) cancel();
    this.cancels.clear();
    if (api && live) await this.stopListener(api);
    await this.saveCookies();
  }

  private async login(): Promise<void> {
    if (this.state === "stopped") return;
    this.state = "logging-in";
    this.detach();
    const read = await readZaloCredentials(this.deps.credentialsPath);
    if (this.isStopped()) return;
    if (read.status !== "ok") {
      if (read.status === "invalid")
        this.deps.logger.error({ component: "zalo", problem: read.problem }, "Zalo credentials file is invalid");
      await this.lose("credentials-missing");
      return;
    }
    const timeout = this.deps.timings.connectTimeout;
    const result = await withTimeout(
      this.deps.clock,
      this.deps.factory.login(read.credentials),
      timeout,
      () => new Error(`no answer within ${timeout / 1000} s`),
    ).catch((error: unknown): ZaloLoginResult => ({ ok: false, reason: "unreachable", message: describeError(error) }));
    if (this.isStopped()) return;
    if (!result.ok) {
      if (result.reason === "rejected") {
        this.deps.logger.error(
          { component: "zalo", error: result.message },
          "Zalo refused the saved login (cookies expired or logged out)",
        );
        await this.lose("login-rejected");
      } else {
        this.deps.logger.warn({ component: "zalo", error: result.message }, "Zalo unreachable; login will be retried");
        this.retryLater();
      }
      return;
    }
    this.adopt(result.api, read.credentials);
    await this.saveCookies();
    this.connect();
  }

  private adopt(api: ZaloApiPort, credentials: ZaloCredentials): void {
    const generation = ++this.generation;
    const current = () => generation === this.generation && this.state !== "stopped";
    const ownId = api.getOwnId();
    this.api = api;
    this.credentials = credentials;
    const { listener } = api;
    listener.on("connected", () => current() && this.onConnected());
    listener.on("closed", (code, reason) => {
      if (this.closeWaiter && generation === this.generation) {
        this.closeWaiter();
        return;
      }
      if (current()) void this.safely(() => this.onClosed(code, reason));
    });
    listener.on(
      "error",
      (error) =>
        current() && this.deps.logger.warn({ component: "zalo", error: describeError(error) }, "Zalo listener error"),
    );
    listener.on("message", (message) => {
      if (!current()) return;
      this.touch();
      this.deps.onMessage(message, ownId);
    });
    listener.on("activity", () => current() && this.touch());
    listener.on("removedFromGroup", (groupId) => current() && this.deps.onRemovedFromGroup(groupId));
  }

  private connect(): void {
    if (!this.api || this.isStopped()) return;
    this.state = "connecting";
    this.connectStartedAt = this.deps.clock.now();
    try {
      this.api.listener.start();
    } catch (error) {
      // "Already started": the watchdog restarts it if it never connects.
      this.deps.logger.warn({ component: "zalo", error: describeError(error) }, "Zalo listener did not start");
    }
  }

  private onConnected(): void {
    this.state = "open";
    this.failures = 0;
    this.touch();
    this.deps.logger.info({ component: "zalo" }, "Zalo listener connected");
    if (this.lostSince === null) return;
    // After a lost session, it counts as restored only once it has stayed up a while (a kick often follows at once).
    const generation = this.generation;
    this.once(this.deps.timings.restoreConfirm, () => {
      if (this.state !== "open" || this.generation !== generation || this.lostSince === null) return;
      const downMinutes = Math.round((this.deps.clock.now() - this.lostSince) / 60_000);
      this.lostSince = null;
      this.deps.logger.info({ component: "zalo", downMinutes }, "Zalo session restored");
      void this.notify(() => this.deps.onSessionRestored?.());
    });
  }

  private async onClosed(code: number, reason: string): Promise<void> {
    if (this.state === "restarting" || this.state === "waiting" || this.state === "lost") return;
    if (code === CLOSE_KICKED || code === CLOSE_DUPLICATE) {
      this.deps.logger.error(
        { component: "zalo", code, reason },
        code === CLOSE_KICKED
          ? "Zalo session kicked: the account was opened on Zalo Web or another device"
          : "Zalo closed a duplicate connection on this account",
      );
      await this.lose(code === CLOSE_KICKED ? "kicked" : "duplicate-connection", code);
      return;
    }
    this.deps.logger.warn(
      { component: "zalo", code, reason, attempt: this.failures + 1 },
      code === CLOSE_MANUAL ? "Zalo listener closed" : "Zalo socket closed abnormally; reconnecting",
    );
    this.retryLater();
  }

  /** Waits the next back-off delay, then reconnects; every few attempts it logs in again instead. */
  private retryLater(): void {
    if (this.isStopped()) return;
    const { reconnectDelays, reconnectsBeforeRelogin } = this.deps.timings;
    const delay = reconnectDelays[Math.min(this.failures, reconnectDelays.length - 1)] ?? 60_000;
    this.failures += 1;
    const relogin = !this.api || this.failures % (reconnectsBeforeRelogin + 1) === 0;
    this.state = "waiting";
    this.once(delay, () => (relogin ? void this.safely(() => this.login()) : this.connect()));
  }

  private async lose(reason: SessionLossReason, code?: number): Promise<void> {
    if (this.isStopped()) return;
    this.state = "lost";
    this.detach();
    const now = this.deps.clock.now();
    this.lostSince ??= now;
    const retryMinutes = Math.round(this.deps.timings.lostSessionRetry / 60_000);
    this.deps.logger.error({ component: "zalo", reason, code, retryMinutes }, "Zalo session lost; retrying slowly");
    this.once(this.deps.timings.lostSessionRetry, () => void this.safely(() => this.login()));
    if (now - this.lastAlertAt < this.deps.timings.alertCooldown) return;
    this.lastAlertAt = now;
    const loss: ZaloSessionLoss = { reason, code, text: sessionLossText(reason, retryMinutes), at: new Date(now) };
    await this.notify(() => this.deps.onSessionLost?.(loss));
  }

  private watch(): void {
    const now = this.deps.clock.now();
    const { connectTimeout, silenceLimit } = this.deps.timings;
    if (this.state === "connecting" && now - this.connectStartedAt > connectTimeout) {
      this.deps.logger.warn(
        { component: "zalo", waitedSeconds: Math.round((now - this.connectStartedAt) / 1000) },
        "Zalo listener did not connect in time; restarting it",
      );
      void this.safely(() => this.restart(true));
    } else if (this.state === "open" && now - this.lastActivity > silenceLimit) {
      this.deps.logger.warn(
        { component: "zalo", silentMinutes: Math.round((now - this.lastActivity) / 60_000) },
        "Zalo listener silent too long; restarting it",
      );
      void this.safely(() => this.restart(false));
    }
  }

  /** Stops the listener and starts it again once its socket has closed; a socket that does not close means a new login. */
  private async restart(failed: boolean): Promise<void> {
    const api = this.api;
    if (!api) return;
    this.state = "restarting";
    const closed = await this.stopListener(api);
    if (this.state !== "restarting" || this.api !== api) return;
    if (!closed) {
      this.failures += 1;
      await this.safely(() => this.login());
    } else if (failed) {
      this.retryLater();
    } else {
      this.connect();
    }
  }

  /** Stops the socket; true when its close arrived within `closeWait`. */
  private stopListener(api: ZaloApiPort): Promise<boolean> {
    return new Promise((resolve) => {
      const cancel = this.deps.clock.after(this.deps.timings.closeWait, () => {
        this.closeWaiter = null;
        resolve(false);
      });
      this.closeWaiter = () => {
        this.closeWaiter = null;
        cancel();
        resolve(true);
      };
      try {
        api.listener.stop();
      } catch (error) {
        this.deps.logger.warn({ component: "zalo", error: describeError(error) }, "Zalo listener did not stop cleanly");
      }
    });
  }

  private async refreshSession(): Promise<void> {
    const api = this.api;
    if (!api) return;
    try {
      await api.keepAlive();
    } catch (error) {
      this.deps.logger.warn({ component: "zalo", error: describeError(error) }, "Zalo keep-alive failed");
    }
    await this.saveCookies();
  }

  /** Writes the session's current cookies to the credentials file when they changed. */
  private async saveCookies(): Promise<void> {
    const api = this.api;
    if (!api || !this.credentials) return;
    try {
      const cookies = api.getCookies();
      const serialized = JSON.stringify(cookies);
      if (!cookies.length || serialized === this.savedCookies) return;
      this.credentials = { ...this.credentials, cookies };
      await writeZaloCredentials(this.deps.credentialsPath, this.credentials, new Date(this.deps.clock.now()));
      this.savedCookies = serialized;
      this.deps.logger.debug({ component: "zalo" }, "Zalo cookies saved");
    } catch (error) {
      this.deps.logger.error({ component: "zalo", error: describeError(error) }, "could not save the Zalo cookies");
    }
  }

  /** Forgets the account; events still coming from its listener are ignored from now on. */
  private detach(): void {
    this.api = null;
    this.generation += 1;
  }

  private touch(): void {
    this.lastActivity = this.deps.clock.now();
  }

  private isStopped(): boolean {
    return this.state === "stopped";
  }

  /** Runs a step of the connection's upkeep; an unexpected failure is logged and retried later, never left unhandled. */
  private async safely(step: () => Promise<void>): Promise<void> {
    try {
      await step();
    } catch (error) {
      this.deps.logger.error(
        { component: "zalo", error: describeError(error) },
        "Zalo connection step failed; retrying",
      );
      if (this.state !== "waiting" && this.state !== "lost") this.retryLater();
    }
  }

  private async notify(call: () => void | Promise<void> | undefined): Promise<void> {
    try {
      await call();
    } catch (error) {
      this.deps.logger.error({ component: "zalo", error: describeError(error) }, "Zalo session alert failed");
    }
  }

  /** Runs `run` once after `ms`, unless stopped first. */
  private once(ms: number, run: () => void): void {
    const cancel = this.deps.clock.after(ms, () => {
      this.cancels.delete(cancel);
      if (!this.isStopped()) run();
    });
    this.cancels.add(cancel);
  }

  /** Runs `run` every `ms` until stopped. */
  private every(ms: number, run: () => void | Promise<void>): void {
    this.once(ms, () => {
      this.every(ms, run);
      void run();
    });
  }
}
