import type { OutboundMessage } from "../../../core/messages/outbound-message.js";
import { type Clock, systemClock } from "../../clock/clock.js";
import type { Logger } from "../../logging/create-logger.js";
import type { PlatformHooks, RunningPlatform } from "../platform-adapter.js";
import {
  createZaloConnection,
  defaultZaloTimings,
  type ZaloConnection,
  type ZaloSessionLoss,
  type ZaloTimings,
} from "./connection.js";
import { createZaloInbox } from "./inbound.js";
import { loginZaloWithQr, readZaloCredentials, type ZaloSettings } from "./login.js";
import { createZaloOutbox, type ZaloFile } from "./outbox.js";
import { describeError, type ZaloClientFactory, zaloChatId } from "./port.js";
import { createZcaClientFactory } from "./zca-client.js";
import { ThreadType } from "./zca-deps.js";

/** Optional collaborators of the Zalo adapter; the defaults are the real ones. */
export interface ZaloStartOptions {
  /** How to log in (default: zca-js). Tests pass a fake. */
  zalo?: ZaloClientFactory | undefined;
  /** The time inbound messages without a timestamp get. Default: the clock's time. */
  now?: (() => Date) | undefined;
  /** Timers and waits. Default: real time. */
  clock?: Clock | undefined;
  timings?: Partial<ZaloTimings> | undefined;
  /**
   * The session was kicked or its cookies refused: the app alerts the commune
   * administrators on another platform with `loss.text`. Called once per loss, again
   * only after `timings.alertCooldown`.
   */
  onSessionLost?: ((loss: ZaloSessionLoss) => void | Promise<void>) | undefined;
  /** The session works again after a loss. */
  onSessionRestored?: (() => void | Promise<void>) | undefined;
  /** Where a first-run QR code is drawn. Default: standard output. */
  print?: ((text: string) => void) | undefined;
}

/** The running Zalo adapter: the platform contract plus files and state. */
export interface RunningZalo extends RunningPlatform {
  /** Sends a DOCX, XLSX, PDF or PNG file to a chat, with an optional caption; rejects after the file time-out. */
  sendFile(chatId: string, file: ZaloFile, caption?: string): Promise<void>;
  /** Whether the listener is connected right now. */
  readonly connected: boolean;
  /** Resolves when every message received so far has been handled and its replies sent. */
  idle(): Promise<void>;
}

/**
 * Connects Xã Số to Zalo groups and private chats through one dedicated personal account
 * (zca-js). On the first run, with no saved login, a QR code is shown in the terminal
 * and saved as a PNG; afterwards the saved cookies log in. Messages are handled one chat
 * at a time in order, replies go back to the thread they came from with its type, and the
 * connection looks after itself (see createZaloConnection). Rejects only when a first-run QR
 * login does not complete.
 */
export async function startZalo(
  config: ZaloSettings,
  hooks: PlatformHooks,
  logger: Logger,
  options: ZaloStartOptions = {},
): Promise<RunningZalo> {
  const clock = options.clock ?? systemClock;
  const now = options.now ?? (() => new Date(clock.now()));
  const timings: ZaloTimings = { ...defaultZaloTimings, ...options.timings };
  const factory = options.zalo ?? createZcaClientFactory();

  let connection: ZaloConnection | null = null;
  const chatUnavailable = async (chatId: string, reason: string) => {
    logger.warn({ component: "zalo", chatId, reason }, "Zalo chat no longer reachable");
    await hooks.chatUnavailable(chatId, reason);
  };
  const outbox = createZaloOutbox({ api: () => connection?.current ?? null, clock, timings, chatUnavailable });
  const inbox = createZaloInbox({ hooks, outbox, logger, now });
  connection = createZaloConnection({
    factory,
    credentialsPath: config.credentialsPath,
    clock,
    timings,
    logger,
    onMessage: (message, ownId) => inbox.receive(message, ownId),
    onRemovedFromGroup: (groupId) =>
      void chatUnavailable(
        zaloChatId(groupId, ThreadType.Group),
        "Zalo: tài khoản bot đã rời hoặc bị xóa khỏi nhóm",
      ).catch((error: unknown) =>
        logger.error({ component: "zalo", error: describeError(error) }, "could not mark the Zalo group unavailable"),
      ),
    onSessionLost: options.onSessionLost,
    onSessionRestored: options.onSessionRestored,
  });

  const saved = await readZaloCredentials(config.credentialsPath);
  if (saved.status === "ok") {
    await connection.start();
  } else {
    if (saved.status === "invalid")
      logger.warn(
        { component: "zalo", problem: saved.problem },
        "Zalo credentials file unreadable; logging in by QR again",
      );
    else logger.info({ component: "zalo" }, "no saved Zalo login; showing a QR code to scan");
    await connection.start(await loginZaloWithQr(config, logger, { zalo: factory, print: options.print, now }));
  }

  const running = connection;
  return {
    platform: "zalo",
    get connected() {
      return running.connected;
    },
    async send(message: OutboundMessage) {
      if (message.platform !== "zalo")
        throw new Error(`the Zalo adapter cannot send to platform "${message.platform}"`);
      await outbox.send(message.chatId, message);
    },
    sendFile: (chatId, file, caption) => outbox.sendFile(chatId, file, caption),
    async idle() {
      await inbox.idle();
      await outbox.idle();
    },
    async stop() {
      await running.stop();
      await inbox.idle();
      await outbox.idle();
    },
  };
}
