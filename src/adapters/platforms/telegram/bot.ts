import type { Logger } from "../../logging/create-logger.js";
import { scrubSecrets } from "../../logging/scrub-secrets.js";
import {
  type Api,
  type ApiClientOptions,
  apiSignal,
  autoRetry,
  Bot,
  type BotCommand,
  type Transformer,
} from "./grammy-deps.js";

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

/** Commands everyone sees in the "/" menu, in private chats and groups alike. */
const COMMON: BotCommand[] = [
  { command: "capnhat", description: "Cập nhật số liệu một chỉ tiêu" },
  { command: "chuadat", description: "Các chỉ tiêu chưa đạt" },
  { command: "dadat", description: "Các chỉ tiêu đã đạt" },
  { command: "tiendo", description: "Tiến độ chuyển đổi số của xã" },
  { command: "diem", description: "Điểm của xã (bộ chỉ tiêu có chấm điểm)" },
  { command: "sosanh", description: "So sánh với năm trước" },
  { command: "thanhvien", description: "Thành viên BCĐ và chỉ tiêu phụ trách" },
  { command: "chuacapnhat", description: "Chỉ tiêu chưa có số liệu" },
  { command: "lichhop", description: "Lịch họp và hạn báo cáo" },
  { command: "hoantac", description: "Hoàn tác lần cập nhật gần nhất của mình" },
  { command: "huy", description: "Hủy phần đang nhập dở" },
  { command: "huongdan", description: "Hướng dẫn sử dụng" },
  { command: "thamgia", description: "Đề nghị tham gia Ban chỉ đạo" },
];

/** The menu in private chats. */
export const PRIVATE_COMMANDS: readonly BotCommand[] = [
  ...COMMON,
  { command: "batdau", description: "Gắn cuộc trò chuyện với xã (trưởng ban, thư ký)" },
];

/** The menu in groups: also binding the group, approving members and assigning indicators. */
export const GROUP_COMMANDS: readonly BotCommand[] = [
  ...COMMON,
  { command: "batdau", description: "Gắn nhóm với xã (trưởng ban, thư ký)" },
  { command: "duyet", description: "Duyệt thành viên: /duyet @Tên" },
  { command: "phancong", description: "Giao chỉ tiêu: /phancong 3.2 3.4 @Tên" },
  { command: "xoathanhvien", description: "Xóa thành viên khỏi BCĐ: /xoathanhvien @Tên" },
];

/**
 * Publishes the Vietnamese command menus, scoped to private chats and to groups. A
 * failure (an API server that lacks setMyCommands) is logged and start-up goes on: the
 * commands work typed whether or not the menu shows them.
 */
export async function publishCommands(api: Api, logger: Logger, signal?: AbortSignal): Promise<void> {
  const menus = [
    { scope: { type: "all_private_chats" as const }, commands: PRIVATE_COMMANDS },
    { scope: { type: "all_group_chats" as const }, commands: GROUP_COMMANDS },
  ];
  for (const { scope, commands } of menus) {
    try {
      await api.setMyCommands([...commands], { scope }, apiSignal(signal));
    } catch (error) {
      logger.warn({ err: error, scope: scope.type }, "could not set the Telegram command menu");
    }
  }
}
