import { type Clock, systemClock } from "../../clock/clock.js";
import type { Logger } from "../../logging/create-logger.js";
import type { PlatformHooks, RunningPlatform } from "../platform-adapter.js";
import { ALLOWED_UPDATES, createBot, publishCommands, telegramLogger } from "./bot.js";
import { createChatRegistry, createDelivery, type OutboundFile } from "./delivery.js";
import { apiSignal, run, type Update } from "./grammy-deps.js";
import { createReplyMemory } from "./outbound.js";
import { createOutbox, type SendLimits, TELEGRAM_LIMITS } from "./outbox.js";
import { updateHandlers } from "./update-handlers.js";
import { startWebhookServer } from "./webhook-server.js";

/**
 * What the Telegram adapter needs to be told: the bot's token, a self-hosted Bot API
 * server when there is one, and the webhook when updates are pushed rather than polled.
 * The app maps its configuration to this.
 */
export interface TelegramSettings {
  token: string;
  /** A self-hosted Bot API server or an emulator; Telegram's own when absent. */
  apiRoot: string | undefined;
  /** Webhook mode when set; long polling otherwise. */
  webhook: { url: string; secret: string; port: number } | undefined;
}

/** Optional settings, mostly for tests and the bench. */
export interface StartTelegramOptions {
  /** The fetch used for Bot API calls (a fake Bot API in tests); node-fetch otherwise. */
  fetch?: typeof fetch;
  /** Interface the webhook server listens on; all interfaces when absent. */
  webhookHost?: string;
  /** Outbound limits; Telegram's by default. */
  limits?: SendLimits;
  /** Clock for the outbox and for judging button age. */
  clock?: Clock;
  /** How long `stop` lets in-flight messages finish, then queued sends drain, in ms. */
  stopGraceMs?: number;
}

/** The running Telegram adapter: the platform contract, plus files and the webhook port. */
export interface TelegramPlatform extends RunningPlatform {
  /** Sends a report (.xlsx, .docx, .pdf) to a chat or topic, within the outbound limits. */
  sendDocument(chatId: string, file: OutboundFile): Promise<boolean>;
  /** Sends a chart (.png) to a chat or topic, within the outbound limits. */
  sendPhoto(chatId: string, file: OutboundFile): Promise<boolean>;
  /** The port the webhook server listens on (webhook mode), e.g. when configured as 0. */
  readonly webhookPort: number | undefined;
}

/**
 * Connects Xã Số to Telegram and returns once updates are flowing. Long polling with
 * @grammyjs/runner by default; webhook mode when `config.webhook` is set (an HTTP server
 * on its port checking the secret token, and setWebhook with that secret). Each chat's
 * (or forum topic's) updates are handled one at a time, in order, through `hooks.handle`;
 * replies and `send` go through a limiter that keeps to about 30 messages a second
 * overall and 20 a minute per group. Chat ids are Telegram's, with forum topics as
 * "chatId:threadId" (ChatAddress, in inbound.ts).
 */
export async function startTelegram(
  config: TelegramSettings,
  hooks: PlatformHooks,
  logger: Logger,
  options: StartTelegramOptions = {},
): Promise<TelegramPlatform> {
  const log = telegramLogger(logger, config.token);
  const clock = options.clock ?? systemClock;
  const shutdown = new AbortController();
  const bot = createBot(config, log, options.fetch);
  await bot.init(apiSignal(shutdown.signal));
  const identity = { id: bot.botInfo.id, username: bot.botInfo.username };

  const outbox = createOutbox(options.limits ?? TELEGRAM_LIMITS, clock);
  const memory = createReplyMemory();
  const chats = createChatRegistry();
  const delivery = createDelivery({ api: bot.api, outbox, hooks, logger: log, memory, chats, signal: shutdown.signal });
  const inFlight = new Set<Promise<unknown>>();
  bot.use(async (_ctx, next) => {
    const handling = next();
    inFlight.add(handling);
    try {
      await handling;
    } finally {
      inFlight.delete(handling);
    }
  });
  bot.use(
    updateHandlers({
      hooks,
      logger: log,
      delivery,
      memory,
      chats,
      bot: identity,
      now: () => new Date(clock.now()),
    }),
  );
  bot.catch((error) => log.error({ err: error.error, updateId: error.ctx.update.update_id }, "Telegram update failed"));

  let stopTransport: () => Promise<void>;
  let webhookPort: number | undefined;
  if (config.webhook) {
    const handleInBackground = (update: Update) => {
      void bot
        .handleUpdate(update)
        .catch((error: unknown) => log.error({ err: error, updateId: update.update_id }, "Telegram update failed"));
    };
    const server = await startWebhookServer({
      port: config.webhook.port,
      host: options.webhookHost,
      secret: config.webhook.secret,
      logger: log,
      onUpdate: handleInBackground,
    });
    webhookPort = server.port;
    try {
      await bot.api.setWebhook(
        config.webhook.url,
        { secret_token: config.webhook.secret, allowed_updates: [...ALLOWED_UPDATES], drop_pending_updates: false },
        apiSignal(shutdown.signal),
      );
    } catch (error) {
      await server.close();
      throw error;
    }
    stopTransport = server.close;
  } else {
    await bot.api.deleteWebhook({ drop_pending_updates: false }, apiSignal(shutdown.signal));
    const runner = run(bot, {
      runner: {
        fetch: { timeout: 30, allowed_updates: [...ALLOWED_UPDATES] },
        silent: true,
        retryInterval: "exponential",
      },
    });
    void runner
      .task()
      ?.catch((error: unknown) =>
        log.fatal(
          { err: error },
          "Telegram polling stopped (is another instance polling with this token, or a webhook set?)",
        ),
      );
    stopTransport = async () => {
      await runner.stop();
    };
  }
  await publishCommands(bot.api, log, shutdown.signal);
  log.info(
    { bot: identity.username, mode: config.webhook ? "webhook" : "polling", port: webhookPort },
    "Telegram connected",
  );

  const grace = options.stopGraceMs ?? 10_000;
  let stopping: Promise<void> | null = null;
  return {
    platform: "telegram",
    webhookPort,
    send: async (message) => void (await delivery.deliver(message, { priority: "bulk" })),
    sendDocument: (chatId, file) => delivery.sendFile("document", chatId, file),
    sendPhoto: (chatId, file) => delivery.sendFile("photo", chatId, file),
    stop: () =>
      (stopping ??= (async () => {
        await stopTransport();
        await Promise.race([Promise.allSettled([...inFlight]), abortableSleep(grace, shutdown.signal)]);
        const dropped = await outbox.close(grace);
        shutdown.abort();
        await Promise.allSettled([...inFlight]);
        log.info({ dropped }, "Telegram stopped");
      })()),
  };
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done);
  });
}
