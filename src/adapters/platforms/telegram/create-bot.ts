import type { Logger } from "../../logging/create-logger.js";
import { type ApiClientOptions, autoRetry, Bot, type Transformer } from "./grammy-deps.js";

/** The update kinds the bot asks Telegram for. */
export const ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"] as const;

/**
 * Creates the grammY bot for a configuration: `apiRoot` when set (a self-hosted Bot API
 * server or an emulator), and every API call passing two transformers: failures logged
 * (without the payload, which holds members' messages), then auto-retry, which waits out
 * 429 `retry_after` and retries network and 5xx errors with a growing back-off.
 */
export function createBot(
  config: { token: string; apiRoot?: string | undefined },
  logger: Logger,
  fetchImpl?: typeof fetch,
): Bot {
  const client: ApiClientOptions = {
    ...(config.apiRoot ? { apiRoot: config.apiRoot.replace(/\/+$/, "") } : {}),
    ...(fetchImpl ? { fetch: fetchImpl as unknown as NonNullable<ApiClientOptions["fetch"]> } : {}),
  };
  const bot = new Bot(config.token, { client });
  bot.api.config.use(logFailures(logger), autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 120 }));
  return bot;
}

/** Logs each failed attempt of an API call (auto-retry, outside it, decides whether to try again). */
function logFailures(logger: Logger): Transformer {
  return async (prev, method, payload, signal) => {
    try {
      const result = await prev(method, payload, signal);
      if (!result.ok && result.parameters?.retry_after !== undefined)
        logger.warn({ method, retryAfter: result.parameters.retry_after }, "Telegram rate limit hit; waiting as asked");
      else if (!result.ok && result.error_code >= 500)
        logger.warn({ method, code: result.error_code }, "Telegram server error; retrying");
      return result;
    } catch (error) {
      if (!signal?.aborted) logger.warn({ method, err: error }, "Telegram API unreachable; retrying with back-off");
      throw error;
    }
  };
}
