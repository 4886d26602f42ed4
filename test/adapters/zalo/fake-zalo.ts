import crypto from "node:crypto";
import type { Clock } from "../../../src/adapters/clock/clock.js";
import type {
  ZaloApiPort,
  ZaloClientFactory,
  ZaloCookie,
  ZaloCredentials,
  ZaloListenerEvents,
  ZaloListenerPort,
  ZaloLoginResult,
  ZaloOutgoing,
  ZaloQrEvent,
} from "../../../src/adapters/platforms/zalo/port.js";
import {
  GroupMessage,
  type TGroupMessage,
  type ThreadType,
  type TMention,
  type TQuote,
  UserMessage,
} from "../../../src/adapters/platforms/zalo/zca-deps.js";

/**
 * Test doubles of the Zalo port: a fake Zalo whose listener is driven by the test and
 * whose sends are recorded, on the shared fake clock. Inbound messages are built with
 * zca-js's own GroupMessage / UserMessage classes.
 */

/** When the Zalo tests' clock starts and their messages are stamped: a Monday morning in Hà Nội. */
export const ZALO_TEST_START = Date.parse("2023-11-20T01:00:00Z");

/** The listener of a fake account: the test emits its events. */
export class FakeListener implements ZaloListenerPort {
  private readonly handlers = new Map<keyof ZaloListenerEvents, ((...args: never[]) => void)[]>();
  starts = 0;
  stops = 0;
  /** Emit "connected" after start (as a healthy socket does). */
  connectOnStart = true;
  /** Emit "closed" 1000 after stop (false: a dead socket that never closes). */
  closeOnStop = true;

  on<E extends keyof ZaloListenerEvents>(event: E, handler: ZaloListenerEvents[E]): void {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler as (...args: never[]) => void]);
  }

  start(): void {
    this.starts += 1;
    if (this.connectOnStart) queueMicrotask(() => this.emit("connected"));
  }

  stop(): void {
    this.stops += 1;
    if (this.closeOnStop) queueMicrotask(() => this.emit("closed", 1000, ""));
  }

  emit<E extends keyof ZaloListenerEvents>(event: E, ...args: Parameters<ZaloListenerEvents[E]>): void {
    for (const handler of this.handlers.get(event) ?? [])
      (handler as (...a: Parameters<ZaloListenerEvents[E]>) => void)(...args);
  }
}

/** One recorded sendMessage call. */
export interface SentMessage {
  api: number;
  threadId: string;
  type: ThreadType;
  msg: string;
  mentions: ZaloOutgoing["mentions"];
  attachments: ZaloOutgoing["attachments"];
  at: number;
}

/** A logged-in fake account. */
export class FakeApi implements ZaloApiPort {
  readonly listener = new FakeListener();
  cookies: ZaloCookie[];
  keepAlives = 0;
  /** Replaces the default (instant success) for the next sends. */
  sendImpl: ((content: ZaloOutgoing, threadId: string, type: ThreadType) => Promise<unknown>) | null = null;

  constructor(
    private readonly zalo: FakeZalo,
    readonly index: number,
    credentials: ZaloCredentials,
  ) {
    this.cookies = credentials.cookies;
  }

  getOwnId(): string {
    return this.zalo.ownId;
  }

  async sendMessage(content: ZaloOutgoing, threadId: string, type: ThreadType): Promise<unknown> {
    if (this.sendImpl) await this.sendImpl(content, threadId, type);
    this.zalo.sent.push({
      api: this.index,
      threadId,
      type,
      msg: content.msg,
      mentions: content.mentions,
      attachments: content.attachments,
      at: this.zalo.clock.now(),
    });
    return { message: { msgId: this.zalo.sent.length }, attachment: [] };
  }

  getCookies(): ZaloCookie[] {
    return this.cookies;
  }

  async keepAlive(): Promise<void> {
    this.keepAlives += 1;
  }
}

/** A fake Zalo: logs in (or refuses, as told), records what every account sends. */
export class FakeZalo implements ZaloClientFactory {
  readonly apis: FakeApi[] = [];
  readonly logins: ZaloCredentials[] = [];
  readonly sent: SentMessage[] = [];
  /** Outcomes of the next cookie logins, in order; "ok" once they run out. */
  outcomes: ("ok" | "rejected" | "unreachable")[] = [];
  /** Set up each new account before it is handed over (e.g. make its listener fail). */
  onNewApi: ((api: FakeApi) => void) | null = null;
  /** What the QR login shows and returns. */
  qr: {
    image: Buffer;
    displayName: string;
    credentials: ZaloCredentials;
    expireTimes?: number;
    decline?: boolean;
    whileShown?: () => Promise<void>;
  } | null = null;

  constructor(
    readonly clock: Clock,
    readonly ownId = "bot-uid",
  ) {}

  /** The newest account. */
  get api(): FakeApi {
    const api = this.apis.at(-1);
    if (!api) throw new Error("no login yet");
    return api;
  }

  async login(credentials: ZaloCredentials): Promise<ZaloLoginResult> {
    this.logins.push(credentials);
    const outcome = this.outcomes.shift() ?? "ok";
    if (outcome === "rejected") return { ok: false, reason: "rejected", message: "zpw_sek bị thiếu hoặc không đúng" };
    if (outcome === "unreachable") return { ok: false, reason: "unreachable", message: "fetch failed" };
    return { ok: true, api: this.newApi(credentials) };
  }

  async loginQR(
    _options: { userAgent: string },
    onEvent: (event: ZaloQrEvent) => void,
  ): Promise<{ api: ZaloApiPort; credentials: ZaloCredentials }> {
    const qr = this.qr;
    if (!qr) throw new Error("no QR set up");
    for (let expired = 0; ; expired++) {
      onEvent({ type: "qr-generated", image: qr.image });
      await qr.whileShown?.();
      if (expired >= (qr.expireTimes ?? 0)) break;
      const decision = await new Promise<"retry" | "abort">((resolve) =>
        onEvent({ type: "qr-expired", retry: () => resolve("retry"), abort: () => resolve("abort") }),
      );
      if (decision === "abort") throw new Error("QR login aborted");
    }
    onEvent({ type: "qr-scanned", displayName: qr.displayName });
    if (qr.decline) {
      await new Promise<void>((resolve) =>
        onEvent({ type: "qr-declined", retry: () => resolve(), abort: () => resolve() }),
      );
      throw new Error("QR login declined");
    }
    return { api: this.newApi(qr.credentials), credentials: qr.credentials };
  }

  private newApi(credentials: ZaloCredentials): FakeApi {
    const api = new FakeApi(this, this.apis.length, credentials);
    this.onNewApi?.(api);
    this.apis.push(api);
    return api;
  }
}

/** A member's message in a group, as zca-js delivers it. */
export function groupMessage(
  ownId: string,
  groupId: string,
  from: { uid: string; name: string },
  content: TGroupMessage["content"],
  extra: { mentions?: TMention[]; quote?: Partial<TQuote>; msgType?: string; cliMsgId?: string; msgId?: string } = {},
): GroupMessage {
  return new GroupMessage(ownId, { ...messageData(from, groupId, content, extra), mentions: extra.mentions });
}

/** A private message to the bot's account. */
export function userMessage(
  ownId: string,
  from: { uid: string; name: string },
  content: TGroupMessage["content"],
  extra: { quote?: Partial<TQuote>; msgType?: string; cliMsgId?: string } = {},
): UserMessage {
  return new UserMessage(ownId, messageData(from, "0", content, extra));
}

/** A "@Name" tag for the mentions of a group message: where `name` stands in `text`. */
export function tag(text: string, name: string, uid: string): TMention {
  return { uid, pos: text.indexOf(`@${name}`), len: name.length + 1, type: 0 };
}

function messageData(
  from: { uid: string; name: string },
  idTo: string,
  content: TGroupMessage["content"],
  extra: { quote?: Partial<TQuote>; msgType?: string; cliMsgId?: string; msgId?: string },
) {
  const id = crypto.randomInt(1, 2 ** 47);
  return {
    actionId: String(id),
    msgId: extra.msgId ?? String(id),
    cliMsgId: extra.cliMsgId ?? String(id + 1),
    msgType: extra.msgType ?? "webchat",
    uidFrom: from.uid,
    idTo,
    dName: from.name,
    ts: String(ZALO_TEST_START),
    status: 1,
    content,
    notify: "1",
    ttl: 0,
    userId: "0",
    uin: "0",
    topOut: "0",
    topOutTimeOut: "0",
    topOutImprTimeOut: "0",
    propertyExt: undefined,
    paramsExt: { countUnread: 1, containType: 0, platformType: 1 },
    cmd: 501,
    st: 3,
    at: 5,
    realMsgId: "0",
    quote: extra.quote
      ? ({
          ownerId: "0",
          cliMsgId: 1,
          globalMsgId: 1,
          cliMsgType: 1,
          ts: ZALO_TEST_START,
          msg: "",
          attach: "",
          fromD: "",
          ttl: 0,
          ...extra.quote,
        } as TQuote)
      : undefined,
  };
}
