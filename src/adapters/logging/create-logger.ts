import { type LevelWithSilent, type Logger, pino } from "pino";
import { scrubSecrets } from "./scrub-secrets.js";

export type { Logger } from "pino";

/** Field names whose values never reach the log, wherever they appear. */
const secretKeys = [
  "token",
  "botToken",
  "cookie",
  "cookies",
  "password",
  "apiKey",
  "authorization",
  "secret",
  "phone",
  "phoneNumber",
  "imei",
];

/**
 * Creates the process logger: structured JSON lines (pino) on stdout. Secrets are
 * redacted by field name at any depth up to two levels, and scrubbed from message
 * strings and error messages, so tokens, cookies and phone numbers are never logged.
 */
export function createLogger(level: LevelWithSilent, destination?: pino.DestinationStream): Logger {
  const paths = secretKeys.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);
  return pino(
    {
      level,
      base: { service: "xa-so" },
      redact: { paths, censor: "[ẩn]" },
      serializers: { err: serializeError },
      hooks: {
        logMethod(args, method) {
          const scrubbed = args.map((arg) => (typeof arg === "string" ? scrubSecrets(arg) : arg));
          method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}

/** Every string of the serialized error is scrubbed, nested causes and request details included. */
function serializeError(error: unknown): unknown {
  const serialized = pino.stdSerializers.err(error as Error);
  return JSON.parse(scrubSecrets(JSON.stringify(serialized))) as unknown;
}
