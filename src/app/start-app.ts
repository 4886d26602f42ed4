import os from "node:os";
import { loadCatalogRegistry } from "../adapters/catalogs/catalog-registry.js";
import { loadHolidayYears } from "../adapters/catalogs/load-holiday-years.js";
import { startCronTicker } from "../adapters/clock/cron-ticker.js";
import type { Logger } from "../adapters/logging/create-logger.js";
import type { PlatformHooks, RunningPlatform } from "../adapters/platforms/platform-adapter.js";
import { renderTerminalMessage } from "../adapters/platforms/terminal/render-terminal-message.js";
import { startTerminalChat, type TerminalStreams } from "../adapters/platforms/terminal/terminal-chat.js";
import { openMigratedDatabase } from "../adapters/storage/migrations/open-migrated-database.js";
import type { OpenedDatabase } from "../adapters/storage/open-database.js";
import { deactivateChat } from "../adapters/storage/stores/chat-bindings.js";
import { purgeHandledMessages } from "../adapters/storage/stores/inbound-messages.js";
import { converse } from "../core/conversation/converse.js";
import { addressedByName } from "../core/messages/called-by-name.js";
import type { InboundMessage } from "../core/messages/inbound-message.js";
import type { OutboundMessage } from "../core/messages/outbound-message.js";
import { messagesToAdministrators } from "./alerts/administrator-contacts.js";
import { assistantFromConfig } from "./assistant/assistant-from-config.js";
import { handleWithModel } from "./assistant/handle-with-model.js";
import type { AppConfig } from "./config/app-config.js";
import { createCatalogCache } from "./conversation/catalog-cache.js";
import { withFailureBoundary } from "./conversation/failure-boundary.js";
import type { ConversationDeps } from "./conversation/handle-inbound.js";
import { sweepExpiredSessions } from "./conversation/sweep-expired-sessions.js";
import { ensureDemoCommune } from "./demo/ensure-demo-commune.js";
import type { Stoppable } from "./lifecycle/shutdown.js";
import { loadReminderView } from "./reminders/reminder-view.js";
import { runReminderTick } from "./reminders/run-reminder-tick.js";

/** A started Xã Số process: what runs, and what to stop on exit (in start order). */
export interface RunningApp {
  database: OpenedDatabase;
  stoppables: Stoppable[];
  /** Where members can talk to the bot, e.g. ["terminal"] or ["telegram", "zalo"]. */
  platforms: string[];
}

/** True when no messaging platform is configured: the local terminal chat is opened instead. */
export function usesTerminalChat(config: AppConfig): boolean {
  return !config.telegram && !config.zalo;
}

/**
 * Starts the service: migrates and opens the database, loads the catalogs, starts the
 * platform listeners (the terminal chat on the demo commune when no platform is
 * configured), the clock that ends abandoned dialogs and the reminder clock (every minute
 * and once at start-up). Everything started is returned
 * so main.ts can stop it in reverse order.
 */
export async function startApp(config: AppConfig, logger: Logger, terminal: TerminalStreams): Promise<RunningApp> {
  // Prompts are checked before anything opens: a missing one stops start-up at once.
  const assistant = await assistantFromConfig(config.llm, logger);
  const { opened: database, applied } = await openMigratedDatabase(config.databaseUrl, (line) =>
    logger.warn({ component: "migrations" }, line),
  );
  if (applied.length) logger.info({ applied }, "database migrated");
  const stoppables: Stoppable[] = [{ name: "database", stop: database.close }];
  const registry = await loadCatalogRegistry(config.catalogDir);
  for (const problem of registry.problems) logger.warn({ problem }, "catalog file skipped");

  const now = () => new Date();
  const holidays = await loadHolidayYears(config.catalogDir);
  for (const problem of holidays.problems) logger.warn({ problem }, "holiday file skipped");
  const deps: ConversationDeps = {
    db: database.db,
    converse,
    catalogOf: createCatalogCache(database.db),
    timeZone: config.timeZone,
    now,
    reminderView: (db, snapshot, chat, at) =>
      loadReminderView(db, snapshot, chat, { holidays: holidays.years, timeZone: config.timeZone, now: at }),
  };
  const guarded = withFailureBoundary((message) => handleWithModel(deps, assistant, message), logger);
  const handle = (message: InboundMessage) => guarded(addressedByName(message, config.botNames));
  const senders = new Map<string, (message: OutboundMessage) => Promise<void>>();
  const platforms: string[] = [];
  const hooksFor = (platform: string): PlatformHooks => ({
    handle,
    chatUnavailable: async (chatId, reason) => {
      if (await deactivateChat(database.db, { platform, chatId, reason, at: now() }))
        logger.warn({ platform, chatId, reason }, "chat binding deactivated");
    },
  });
  const connect = (running: RunningPlatform) => {
    senders.set(running.platform, (message) => running.send(message));
    stoppables.push({ name: running.platform, stop: () => running.stop() });
    platforms.push(running.platform);
  };
  const deliver = async (messages: OutboundMessage[]) => {
    for (const message of messages) {
      const send = senders.get(message.platform);
      if (send)
        await send(message).catch((error: unknown) =>
          logger.error({ err: error, platform: message.platform, chatId: message.chatId }, "delivery failed"),
        );
    }
  };

  // Each platform's library (grammY, zca-js) is imported only when that platform is configured.
  if (config.telegram) {
    const { startTelegram } = await import("../adapters/platforms/telegram/start-telegram.js");
    connect(await startTelegram(config.telegram, hooksFor("telegram"), logger));
  }
  if (config.zalo) {
    const { startZalo } = await import("../adapters/platforms/zalo/start-zalo.js");
    const alertElsewhere = async (text: string) =>
      deliver(await messagesToAdministrators(database.db, "telegram", text));
    connect(
      await startZalo(config.zalo, hooksFor("zalo"), logger, { onSessionLost: (loss) => alertElsewhere(loss.text) }),
    );
  }

  if (usesTerminalChat(config)) {
    const user = { id: os.userInfo().username || "local", name: "Thư ký" };
    const chatId = `terminal:${user.id}`;
    await ensureDemoCommune(database.db, registry, user, chatId, now());
    const chat = startTerminalChat(terminal, user, handle, now, (error) =>
      logger.error({ err: error }, "terminal reply could not be shown"),
    );
    senders.set("terminal", async (message) => void terminal.output.write(`${renderTerminalMessage(message)}\n`));
    stoppables.push({ name: "terminal chat", stop: chat.stop });
    platforms.push("terminal");
  }

  const sweeper = startCronTicker(
    "end-abandoned-dialogs",
    "*/30 * * * * *",
    config.timeZone,
    async (now) => deliver(await sweepExpiredSessions(database.db, now)),
    logger,
  );
  stoppables.push({ name: "dialog sweeper", stop: sweeper.stop });

  // Every message in every chat leaves its id for redelivery checks; ids older than a week are dropped hourly.
  const forgetter = startCronTicker(
    "forget-handled-messages",
    "17 * * * *",
    config.timeZone,
    async (now) => {
      const deleted = await purgeHandledMessages(database.db, now);
      if (deleted) logger.info({ deleted }, "handled message ids past the redelivery window removed");
    },
    logger,
  );
  stoppables.push({ name: "handled-message purge", stop: forgetter.stop });

  const reminders = {
    db: database.db,
    catalogOf: deps.catalogOf,
    holidays: holidays.years,
    timeZone: config.timeZone,
    owner: `${os.hostname()}:${process.pid}`,
    senders,
    logger,
  };
  // node-cron never replays missed minutes: the tick at start-up catches up after downtime.
  const catchUp = runReminderTick(reminders, now()).catch((error: unknown) =>
    logger.error({ err: error, job: "send-reminders" }, "scheduled job failed"),
  );
  const reminderClock = startCronTicker(
    "send-reminders",
    "* * * * *",
    config.timeZone,
    async (at) => void (await runReminderTick(reminders, at)),
    logger,
  );
  stoppables.push({
    name: "reminder clock",
    stop: async () => {
      await reminderClock.stop();
      await catchUp;
    },
  });
  return { database, stoppables, platforms };
}
