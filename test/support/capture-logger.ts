import { Writable } from "node:stream";
import { createLogger, type Logger } from "../../src/adapters/logging/create-logger.js";

/** A logger whose JSON lines are kept for the test to read. */
export function captureLogger(): { logger: Logger; lines: () => Array<Record<string, unknown>> } {
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      raw.push(String(chunk));
      done();
    },
  });
  const logger = createLogger("debug", stream);
  return {
    logger,
    lines: () =>
      raw
        .join("")
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
