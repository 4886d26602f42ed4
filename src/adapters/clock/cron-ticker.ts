import cron from "node-cron";
import type { Logger } from "../logging/create-logger.js";

/** A periodic job, stopped on shutdown. */
export interface Ticker {
  stop(): Promise<void>;
}

/**
 * Wakes `tick` on a cron schedule (node-cron is only the clock: the work itself reads
 * what is due from the database, so nothing is lost by a restart). Runs never overlap; a
 * failing run is logged and the next one goes ahead.
 */
export function startCronTicker(
  name: string,
  expression: string,
  timeZone: string,
  tick: (now: Date) => Promise<void>,
  logger: Logger,
): Ticker {
  let running: Promise<void> = Promise.resolve();
  const task = cron.schedule(
    expression,
    async () => {
      running = tick(new Date()).catch((error: unknown) =>
        logger.error({ err: error, job: name }, "scheduled job failed"),
      );
      await running;
    },
    { name, timezone: timeZone, noOverlap: true },
  );
  return {
    stop: async () => {
      await task.stop();
      await running;
    },
  };
}
