import type { Logger } from "../../adapters/logging/create-logger.js";

/** Something that started and must be stopped on exit (a listener, the database). */
export interface Stoppable {
  name: string;
  stop(): Promise<void>;
}

/**
 * Stops everything in reverse order of start: listeners first (no new work comes in),
 * then in-flight work finishes, then the database closes. One failing step is logged
 * and does not prevent the others.
 */
export async function stopAll(stoppables: readonly Stoppable[], logger: Logger): Promise<void> {
  for (const stoppable of [...stoppables].reverse()) {
    try {
      await stoppable.stop();
      logger.debug({ component: stoppable.name }, "stopped");
    } catch (error) {
      logger.error({ err: error, component: stoppable.name }, "failed to stop cleanly");
    }
  }
}

/**
 * Calls `onSignal` once on the first SIGINT (Ctrl-C) or SIGTERM. A second signal while
 * stopping forces the exit, for when something hangs.
 */
export function onShutdownSignal(onSignal: (signal: NodeJS.Signals) => Promise<void>, logger: Logger): void {
  let stopping = false;
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, "second signal: exiting now");
      process.exit(130);
    }
    stopping = true;
    logger.info({ signal }, "shutting down");
    void onSignal(signal);
  };
  process.on("SIGINT", handle);
  process.on("SIGTERM", handle);
}
