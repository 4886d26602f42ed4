import { type Message, ThreadType } from "./zca-deps.js";

/**
 * The narrow slice of zca-js the Zalo adapter uses, the chat ids it gives Zalo's threads,
 * and how errors coming through it are described. Everything in the adapter talks to
 * these interfaces; `zca-client.ts` implements them over the real library and the tests
 * implement them with fakes, so no test ever reaches Zalo.
 */

/** A cookie as tough-cookie serializes it; opaque to Xã Số, kept only in the credentials file. */
export type ZaloCookie = Record<string, unknown>;

/** What a cookie login needs: the device id, the browser it claimed to be, its cookies. */
export interface ZaloCredentials {
  imei: string;
  userAgent: string;
  language?: string | undefined;
  cookies: ZaloCookie[];
}

/** A tag of a group member inside a message: `len` characters from `pos` (UTF-16 units) name `uid`. */
export interface ZaloMention {
  pos: number;
  uid: string;
  len: number;
}

/** A file sent from memory; `width`/`height` are required by Zalo for images. */
export interface ZaloAttachment {
  filename: `${string}.${string}`;
  data: Buffer;
  width?: number | undefined;
  height?: number | undefined;
}

/** The content of one outgoing message (zca-js `MessageContent`, reduced). */
export interface ZaloOutgoing {
  msg: string;
  mentions?: ZaloMention[] | undefined;
  attachments?: ZaloAttachment[] | undefined;
}

/** Events of the websocket listener the adapter subscribes to. */
export interface ZaloListenerEvents {
  /** A user or group message (zca-js `UserMessage` / `GroupMessage`), own messages included. */
  message: (message: Message) => void;
  connected: () => void;
  /** The socket closed: 1000 on our own stop, 1006 abnormal, 3000 duplicate connection, 3003 kicked. */
  closed: (code: number, reason: string) => void;
  error: (error: unknown) => void;
  /** Any other event on the socket (typing, seen, reactions…): proof the listener is alive. */
  activity: () => void;
  /** This account was removed from a group, or left it. */
  removedFromGroup: (groupId: string) => void;
}

/** The zca-js `Listener`, as far as the adapter uses it. */
export interface ZaloListenerPort {
  on<E extends keyof ZaloListenerEvents>(event: E, handler: ZaloListenerEvents[E]): void;
  /** Opens the websocket; zca-js's own retry is left off (the adapter retries). */
  start(): void;
  /** Closes the websocket with code 1000; the "closed" event follows. */
  stop(): void;
}

/** A logged-in account (zca-js `API`), as far as the adapter uses it. */
export interface ZaloApiPort {
  /** The account's own user id. */
  getOwnId(): string;
  readonly listener: ZaloListenerPort;
  /**
   * Sends to a thread. `type` is always passed: zca-js sends to a private chat when it is
   * left out, even for a group id. Attachments are uploaded first; files other than
   * images finish uploading only through the listener, so the promise may never settle
   * without it (the caller sets a timeout).
   */
  sendMessage(content: ZaloOutgoing, threadId: string, type: ThreadType): Promise<unknown>;
  /** The session's cookies as they are now (Zalo refreshes some of them). */
  getCookies(): ZaloCookie[];
  /** The web client's keep-alive call; keeps the login session warm. */
  keepAlive(): Promise<void>;
}

/** A login attempt: the account, or why not. Network trouble is retried soon; a rejection means new credentials are needed. */
export type ZaloLoginResult =
  | { ok: true; api: ZaloApiPort }
  | { ok: false; reason: "rejected" | "unreachable"; message: string };

/** What happens while a QR login waits for the phone. `retry`/`abort` answer the events that need a decision. */
export type ZaloQrEvent =
  | { type: "qr-generated"; image: Buffer }
  | { type: "qr-expired"; retry(): void; abort(): void }
  | { type: "qr-scanned"; displayName: string }
  | { type: "qr-declined"; retry(): void; abort(): void };

/** Logs in to Zalo: with saved cookies, or by scanning a QR code on the phone. */
export interface ZaloClientFactory {
  login(credentials: ZaloCredentials): Promise<ZaloLoginResult>;
  /** Resolves with the account and the credentials to save; rejects when aborted or refused. */
  loginQR(
    options: { userAgent: string },
    onEvent: (event: ZaloQrEvent) => void,
  ): Promise<{ api: ZaloApiPort; credentials: ZaloCredentials }>;
}

/**
 * Zalo thread ids do not tell a group from a person, and zca-js needs to know which one it
 * sends to. Xã Số's chat id for Zalo carries it: "g:<group id>" or "u:<user id>". Every
 * message the adapter hands to the core, every binding /batdau stores and every reminder
 * the app sends later uses this form, so a group is never answered in private.
 */
export interface ZaloThread {
  threadId: string;
  type: ThreadType;
}

/** "g:123" for a group, "u:456" for a private chat. */
export function zaloChatId(threadId: string, type: ThreadType): string {
  return `${type === ThreadType.Group ? "g" : "u"}:${threadId}`;
}

/** The thread behind a Zalo chat id, or null for an id not in that form (it is never guessed). */
export function parseZaloChatId(chatId: string): ZaloThread | null {
  const match = /^([gu]):(\S+)$/.exec(chatId);
  if (!match?.[1] || !match[2]) return null;
  return { threadId: match[2], type: match[1] === "g" ? ThreadType.Group : ThreadType.User };
}

/**
 * A short, safe description of anything thrown or emitted as an error. Websocket error
 * events carry the socket and its request headers (cookies included), so they are never
 * logged whole: only a message and a code.
 */
export function describeError(error: unknown): string {
  if (error instanceof Error) return withCode(error.message, (error as { code?: unknown }).code);
  if (typeof error === "object" && error !== null && "message" in error && typeof error.message === "string")
    return error.message;
  if (typeof error === "string") return error;
  return "lỗi không rõ";
}

function withCode(message: string, code: unknown): string {
  return typeof code === "string" || typeof code === "number" ? `${message} (code ${code})` : message;
}
