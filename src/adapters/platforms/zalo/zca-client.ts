import type {
  ZaloApiPort,
  ZaloClientFactory,
  ZaloCookie,
  ZaloCredentials,
  ZaloListenerEvents,
  ZaloListenerPort,
  ZaloLoginResult,
  ZaloQrEvent,
} from "./port.js";
import {
  type API,
  type Credentials,
  type GroupEvent,
  GroupEventType,
  type LoginQRCallbackEvent,
  LoginQRCallbackEventType,
  Zalo,
  ZaloApiError,
} from "./zca-deps.js";

/**
 * zca-js options for every login: no update check against npm, no console output of its
 * own (the adapter logs through pino), and the account's own events delivered, so the
 * adapter sees its removal from a group (it filters its own messages itself).
 */
const zcaOptions = { checkUpdate: false, logging: false, selfListen: true } as const;

/** Listener events that only show the socket is alive. */
const activityEvents = [
  "cipher_key",
  "typing",
  "seen_messages",
  "delivered_messages",
  "reaction",
  "old_reactions",
  "old_messages",
  "undo",
  "friend_event",
  "group_event",
  "upload_attachment",
] as const;

/** The port over the real zca-js (pinned in package.json: the adapter relies on its listener's events and send paths). */
export function createZcaClientFactory(): ZaloClientFactory {
  return {
    async login(credentials: ZaloCredentials): Promise<ZaloLoginResult> {
      try {
        const api = await new Zalo(zcaOptions).login({
          imei: credentials.imei,
          userAgent: credentials.userAgent,
          language: credentials.language ?? "vi",
          cookie: credentials.cookies as unknown as Credentials["cookie"],
        });
        return { ok: true, api: wrapZcaApi(api) };
      } catch (error) {
        return {
          ok: false,
          reason: classifyLoginError(error),
          message: error instanceof Error ? error.message : String(error),
        };
      }
    },
    async loginQR(options, onEvent) {
      const api = await new Zalo(zcaOptions).loginQR({ userAgent: options.userAgent, language: "vi" }, (event) => {
        const mapped = toQrEvent(event);
        if (mapped) onEvent(mapped);
      });
      const context = api.getContext();
      const credentials: ZaloCredentials = {
        imei: context.imei,
        userAgent: context.userAgent,
        language: context.language,
        cookies: cookiesOf(api),
      };
      return { api: wrapZcaApi(api), credentials };
    },
  };
}

/** Wraps a logged-in zca-js `API` in the port (exported for the contract test against a local server). */
export function wrapZcaApi(api: API): ZaloApiPort {
  const ownId = api.getOwnId();
  return {
    getOwnId: () => ownId,
    listener: wrapListener(api.listener, ownId),
    async sendMessage(content, threadId, type) {
      const attachments = content.attachments?.map((file) => ({
        data: file.data,
        filename: file.filename,
        metadata: { totalSize: file.data.length, width: file.width, height: file.height },
      }));
      return api.sendMessage(
        {
          msg: content.msg,
          ...(content.mentions?.length ? { mentions: content.mentions } : {}),
          ...(attachments?.length ? { attachments } : {}),
        },
        threadId,
        type,
      );
    },
    getCookies: () => cookiesOf(api),
    async keepAlive() {
      await api.keepAlive();
    },
  };
}

function wrapListener(listener: API["listener"], ownId: string): ZaloListenerPort {
  return {
    on(event, handler) {
      const h = handler as (...args: never[]) => void;
      switch (event) {
        case "message":
          listener.on("message", h as ZaloListenerEvents["message"]);
          break;
        case "connected":
          listener.on("connected", h as ZaloListenerEvents["connected"]);
          break;
        case "closed":
          listener.on("closed", (code, reason) => (h as ZaloListenerEvents["closed"])(code, reason));
          break;
        case "error":
          listener.on("error", h as ZaloListenerEvents["error"]);
          break;
        case "activity":
          for (const name of activityEvents) listener.on(name, () => (h as ZaloListenerEvents["activity"])());
          break;
        case "removedFromGroup":
          listener.on("group_event", (groupEvent) => {
            if (removesAccount(groupEvent, ownId)) (h as ZaloListenerEvents["removedFromGroup"])(groupEvent.threadId);
          });
          break;
      }
    },
    start: () => listener.start({ retryOnClose: false }),
    stop: () => listener.stop(),
  };
}

function removesAccount(event: GroupEvent, ownId: string): boolean {
  if (
    event.type !== GroupEventType.REMOVE_MEMBER &&
    event.type !== GroupEventType.BLOCK_MEMBER &&
    event.type !== GroupEventType.LEAVE
  )
    return false;
  return event.data.updateMembers?.some((member) => String(member.id) === ownId) ?? false;
}

function cookiesOf(api: API): ZaloCookie[] {
  return (api.getCookie().toJSON()?.cookies ?? []) as unknown as ZaloCookie[];
}

function toQrEvent(event: LoginQRCallbackEvent): ZaloQrEvent | null {
  switch (event.type) {
    case LoginQRCallbackEventType.QRCodeGenerated:
      return { type: "qr-generated", image: Buffer.from(event.data.image, "base64") };
    case LoginQRCallbackEventType.QRCodeExpired:
      return { type: "qr-expired", retry: () => void event.actions.retry(), abort: () => void event.actions.abort() };
    case LoginQRCallbackEventType.QRCodeScanned:
      return { type: "qr-scanned", displayName: event.data.display_name };
    case LoginQRCallbackEventType.QRCodeDeclined:
      return { type: "qr-declined", retry: () => void event.actions.retry(), abort: () => void event.actions.abort() };
    default:
      return null;
  }
}

/**
 * Whether a failed cookie login means the cookies are no longer accepted, or only that
 * Zalo could not be reached. zca-js throws `ZaloApiError` when Zalo answered and refused;
 * anything else (fetch failures, timeouts) and server errors count as unreachable.
 */
function classifyLoginError(error: unknown): "rejected" | "unreachable" {
  if (!(error instanceof ZaloApiError)) return "unreachable";
  return /status code 5\d\d|Bad Gateway|Service Unavailable|Gateway Time-?out|Internal Server Error|Too Many Requests/i.test(
    error.message,
  )
    ? "unreachable"
    : "rejected";
}
