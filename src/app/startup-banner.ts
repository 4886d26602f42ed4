import type { AppConfig } from "./config/app-config.js";

/**
 * What the person who just ran `npm start` needs to read: what is running, on which
 * database, which platforms are connected, and how to stop it. Database passwords in a
 * PostgreSQL URL are masked.
 */
export function startupBanner(config: AppConfig, platforms: readonly string[]): string {
  const connected = platforms.length ? platforms.join(", ") : "chưa có (đặt TELEGRAM_BOT_TOKEN hoặc ZALO_ENABLED trong .env)";
  return [
    "Xã Số đang chạy — trợ lý số cho Ban chỉ đạo chuyển đổi số cấp xã",
    `  Cơ sở dữ liệu : ${maskPassword(config.databaseUrl)}`,
    `  Múi giờ       : ${config.timeZone}`,
    `  Nền tảng      : ${connected}`,
    `  Trợ lý AI     : ${config.llm ? `bật (${config.llm.model})` : "tắt (không bắt buộc)"}`,
    "  Dừng          : Ctrl-C",
  ].join("\n");
}

function maskPassword(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, "$1***@");
}
