import { z } from "zod";
import { DEFAULT_BOT_NAME } from "../../core/messages/called-by-name.js";

/** The embedded default: a SQLite file under ./data, created on first start. */
export const defaultDatabaseUrl = "file:./data/xaso.db";

const optional = <T extends z.ZodType>(schema: T) => schema.optional();

const timeZone = z.string().refine(isTimeZone, "không phải múi giờ IANA hợp lệ (ví dụ Asia/Ho_Chi_Minh)");

const databaseUrl = z
  .string()
  .refine(
    (url) => /^(file:|postgres(ql)?:\/\/)/.test(url),
    "phải bắt đầu bằng file: (SQLite) hoặc postgresql:// (PostgreSQL)",
  )
  .refine(
    (url) => !/^file:(\s*$|:memory:|.*[?&]mode=memory)/.test(url),
    "cần một tệp SQLite thật (ví dụ file:./data/xaso.db): cơ sở dữ liệu trong bộ nhớ mất hết khi tắt",
  );

const httpUrl = z.url({ protocol: /^https?$/, error: "phải là địa chỉ http(s)://" });
const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"], "phải là true hoặc false")
  .transform((v) => ["true", "1", "yes"].includes(v));

/**
 * Every environment variable Xã Số reads, in one schema. Parsed once in main.ts;
 * nothing else reads process.env. Empty values count as unset, so a copied
 * .env.example with blanks behaves like the defaults.
 */
export const envSchema = z.object({
  DATABASE_URL: databaseUrl.default(defaultDatabaseUrl),
  TZ: timeZone.default("Asia/Ho_Chi_Minh"),
  LOG_LEVEL: z
    .enum(
      ["fatal", "error", "warn", "info", "debug", "trace", "silent"],
      "phải là một trong fatal, error, warn, info, debug, trace, silent",
    )
    .default("info"),
  CATALOG_DIR: z.string().min(1).default("./data/catalogs"),
  BOT_NAME: z.string().min(1).default(DEFAULT_BOT_NAME),
  TELEGRAM_BOT_TOKEN: optional(
    z.string().regex(/^\d+:[\w-]{20,}$/, "không đúng dạng token của BotFather (123456:ABC...)"),
  ),
  TELEGRAM_API_ROOT: optional(httpUrl),
  TELEGRAM_WEBHOOK_URL: optional(z.url({ protocol: /^https$/, error: "phải là địa chỉ https://" })),
  TELEGRAM_WEBHOOK_SECRET: optional(
    z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, "cần 16–256 ký tự A-Z, a-z, 0-9, _ hoặc -"),
  ),
  TELEGRAM_WEBHOOK_PORT: z.coerce
    .number("phải là số cổng")
    .int()
    .min(1)
    .max(65535, "phải là số cổng 1–65535")
    .default(8080),
  ZALO_ENABLED: booleanFlag.default(false),
  ZALO_CREDENTIALS_PATH: z.string().min(1).default("./data/zalo-credentials.json"),
  OPENAI_API_KEY: optional(z.string().min(1)),
  OPENAI_BASE_URL: optional(httpUrl),
  OPENAI_MODEL: z.string().min(1).default("gpt-4o-mini"),
  OPENAI_TIMEOUT_MS: z.coerce
    .number("phải là số mili giây")
    .int()
    .min(500, "phải từ 500 đến 60000 mili giây")
    .max(60000, "phải từ 500 đến 60000 mili giây")
    .default(8000),
  OPENAI_DAILY_LIMIT: z.coerce.number("phải là số yêu cầu").int().min(0, "không được âm").default(200),
});

/** The raw, validated environment. */
export type Env = z.output<typeof envSchema>;

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("vi-VN", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
