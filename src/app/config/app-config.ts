import type { TelegramSettings } from "../../adapters/platforms/telegram/start-telegram.js";
import type { ZaloSettings } from "../../adapters/platforms/zalo/login.js";
import { DEFAULT_BOT_NAME } from "../../core/messages/called-by-name.js";
import { type Env, envSchema } from "./env-schema.js";

/** OpenAI-compatible endpoint; present only when an API key is configured. */
export interface LlmConfig {
  apiKey: string;
  baseUrl: string | undefined;
  model: string;
  /** The most a member waits for the model (default 8 s). */
  timeoutMs: number;
  /** Requests per commune per day. */
  dailyLimit: number;
}

/** The whole configuration of one Xã Số process, with optional sections per platform. */
export interface AppConfig {
  databaseUrl: string;
  timeZone: string;
  logLevel: Env["LOG_LEVEL"];
  /** Where `xaso catalog import` keeps a province's own catalogs, beside the built-in ones. */
  catalogDir: string;
  /**
   * The names members call the bot by ("Xã Số ơi …"), with or without diacritics: the
   * configured display name, and the default one when they differ.
   */
  botNames: string[];
  /** Present only when a bot token is configured. */
  telegram: TelegramSettings | undefined;
  /** Present only when Zalo is enabled. */
  zalo: ZaloSettings | undefined;
  llm: LlmConfig | undefined;
}

/** A parsed configuration, or one message per bad variable. */
export type ConfigResult = { ok: true; config: AppConfig } | { ok: false; errors: string[] };

/**
 * Validates the environment and shapes it into sections. Returns every problem at once
 * (each naming its variable) so whoever installs Xã Số fixes them in one go.
 */
export function parseConfig(environment: Record<string, string | undefined>): ConfigResult {
  const parsed = envSchema.safeParse(withoutBlanks(environment));
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) };
  }
  const env = parsed.data;
  const errors = crossFieldErrors(env);
  if (errors.length) return { ok: false, errors };
  return { ok: true, config: toAppConfig(env) };
}

function crossFieldErrors(env: Env): string[] {
  const errors: string[] = [];
  if (env.TELEGRAM_WEBHOOK_URL && !env.TELEGRAM_BOT_TOKEN)
    errors.push("TELEGRAM_WEBHOOK_URL: cần đặt TELEGRAM_BOT_TOKEN trước");
  if (env.TELEGRAM_WEBHOOK_URL && !env.TELEGRAM_WEBHOOK_SECRET)
    errors.push("TELEGRAM_WEBHOOK_SECRET: bắt buộc khi dùng webhook");
  return errors;
}

function toAppConfig(env: Env): AppConfig {
  return {
    databaseUrl: env.DATABASE_URL,
    timeZone: env.TZ,
    logLevel: env.LOG_LEVEL,
    catalogDir: env.CATALOG_DIR,
    botNames: [...new Set([env.BOT_NAME, DEFAULT_BOT_NAME])],
    telegram: env.TELEGRAM_BOT_TOKEN
      ? {
          token: env.TELEGRAM_BOT_TOKEN,
          apiRoot: env.TELEGRAM_API_ROOT,
          webhook:
            env.TELEGRAM_WEBHOOK_URL && env.TELEGRAM_WEBHOOK_SECRET
              ? { url: env.TELEGRAM_WEBHOOK_URL, secret: env.TELEGRAM_WEBHOOK_SECRET, port: env.TELEGRAM_WEBHOOK_PORT }
              : undefined,
        }
      : undefined,
    zalo: env.ZALO_ENABLED ? { credentialsPath: env.ZALO_CREDENTIALS_PATH } : undefined,
    llm: env.OPENAI_API_KEY
      ? {
          apiKey: env.OPENAI_API_KEY,
          baseUrl: env.OPENAI_BASE_URL,
          model: env.OPENAI_MODEL,
          timeoutMs: env.OPENAI_TIMEOUT_MS,
          dailyLimit: env.OPENAI_DAILY_LIMIT,
        }
      : undefined,
  };
}

function withoutBlanks(environment: Record<string, string | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const key of Object.keys(envSchema.shape)) {
    const value = environment[key]?.trim();
    if (value) result[key] = value;
  }
  return result;
}
