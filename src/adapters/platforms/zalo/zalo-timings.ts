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
