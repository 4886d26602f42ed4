import type { Logger } from "../../logging/create-logger.js";
import { scrubSecrets } from "../../logging/scrub-secrets.js";

/**
 * The adapter's logger: tagged `platform: "telegram"`, with errors written so that the
 * bot token never reaches the log. grammY keeps the failed request's own error inside
 * its HttpError, and that inner message carries the request URL, token included; here
 * every message and stack, nested ones too, is scrubbed of the token.
 */
export function telegramLogger(logger: Logger, token: string): Logger {
  return logger.child(
    { platform: "telegram" },
    { serializers: { err: (error: unknown) => errorForLog(error, token) } },
  );
}

/** An error as a plain, scrubbed object: its type, message, stack, codes, and the error it wraps. */
export function errorForLog(error: unknown, token: string, depth = 0): unknown {
  const clean = (text: string) => scrubSecrets(token ? text.split(token).join("[token]") : text);
  if (!(error instanceof Error)) return typeof error === "string" ? clean(error) : error;
  const fields = error as Error & {
    code?: unknown;
    error_code?: unknown;
    description?: unknown;
    error?: unknown;
    cause?: unknown;
  };
  const inner = fields.error ?? fields.cause;
  return {
    type: error.name,
    message: clean(error.message),
    ...(error.stack ? { stack: clean(error.stack) } : {}),
    ...(typeof fields.code === "string" || typeof fields.code === "number" ? { code: fields.code } : {}),
    ...(typeof fields.error_code === "number" ? { errorCode: fields.error_code } : {}),
    ...(typeof fields.description === "string" ? { description: clean(fields.description) } : {}),
    ...(inner !== undefined && depth < 2 ? { cause: errorForLog(inner, token, depth + 1) } : {}),
  };
}
