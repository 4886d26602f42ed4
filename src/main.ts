// Xã Số entry point: the only place that reads the environment, opens the database,
// starts listeners and handles shutdown.
import fs from "node:fs";
import path from "node:path";
import { pino } from "pino";
import { createLogger } from "./adapters/logging/create-logger.js";
import { parseConfig } from "./app/config/app-config.js";
import { loadDotEnv } from "./app/config/dot-env.js";
import { onShutdownSignal, stopAll } from "./app/lifecycle/shutdown.js";
import { startApp, usesTerminalChat } from "./app/start-app.js";
import { startupBanner } from "./app/startup-banner.js";
import { describeStartupFailure } from "./app/startup-failure.js";

loadDotEnv(process.cwd(), process.env);

const parsed = parseConfig(process.env);
if (!parsed.ok) {
  console.error(`Cấu hình không hợp lệ (sửa trong .env hoặc biến môi trường):\n  - ${parsed.errors.join("\n  - ")}`);
  process.exit(2);
}
const config = parsed.config;
process.env.TZ = config.timeZone;
// In the terminal chat the screen belongs to the conversation: logs go to a file beside the database.
const logFile = usesTerminalChat(config) ? path.resolve("data", "xaso.log") : null;
if (logFile) fs.mkdirSync(path.dirname(logFile), { recursive: true });
const logger = createLogger(config.logLevel, logFile ? pino.destination({ dest: logFile, sync: false }) : undefined);

process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled promise rejection"));

try {
  const app = await startApp(config, logger, { input: process.stdin, output: process.stdout });
  // Keeps the process alive while no listener holds it open; cleared on shutdown.
  const keepAlive = setInterval(() => {}, 1 << 30);
  onShutdownSignal(async () => {
    clearInterval(keepAlive);
    await stopAll(app.stoppables, logger);
    logger.info("stopped");
    process.exit(0);
  }, logger);
  console.log(startupBanner(config, app.platforms, logFile));
} catch (error) {
  logger.fatal({ err: error }, "start-up failed");
  console.error(describeStartupFailure(error, config, logFile));
  process.exit(1);
}
