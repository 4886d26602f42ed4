import type { Logger } from "../adapters/logging/create-logger.js";
import { deployMigrations } from "../adapters/storage/migrations/migrator.js";
import { openDatabase, type OpenedDatabase } from "../adapters/storage/open-database.js";
import type { AppConfig } from "./config/app-config.js";
import type { Stoppable } from "./lifecycle/shutdown.js";

/** A started Xã Số process: what runs, and what to stop on exit (in start order). */
export interface RunningApp {
  database: OpenedDatabase;
  stoppables: Stoppable[];
  /** Platforms listening for messages, e.g. ["telegram", "zalo"]. */
  platforms: string[];
}

/**
 * Starts the service: migrates and opens the database, then starts the platform
 * listeners the configuration asks for. Everything started is returned so main.ts can
 * stop it in reverse order.
 */
export async function startApp(config: AppConfig, logger: Logger): Promise<RunningApp> {
  const applied = await deployMigrations(config.databaseUrl, undefined, (line) => logger.warn({ component: "migrations" }, line));
  if (applied.length) logger.info({ applied }, "database migrated");
  const database = await openDatabase(config.databaseUrl);
  logger.info({ database: database.kind }, "database open");
  const stoppables: Stoppable[] = [{ name: "database", stop: database.close }];
  return { database, stoppables, platforms: [] };
}
