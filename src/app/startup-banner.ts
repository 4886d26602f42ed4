import type { AppConfig } from "./config/app-config.js";

/**
 * What the person who just ran `npm start` needs to read: what is running, on which
 * database, which platforms are connected, and how to stop it. Database passwords in a
 * PostgreSQL URL are masked.
 */
export function startupBanner(config: AppConfig, platforms: readonly string[], logFile: string | null = null): string {
  const terminal = platforms.includes("terminal");
  const connected = terminal
    ? "trò chuyện trên máy này (chưa cấu hình Telegram/Zalo)"
    : platforms.join(", ") || "chưa có";
  const lines = [
    "Xã Số đang chạy — trợ lý số cho Ban chỉ đạo chuyển đổi số cấp xã",
    `  Cơ sở dữ liệu : ${maskPassword(config.databaseUrl)}`,
    `  Múi giờ       : ${config.timeZone}`,
    `  Nền tảng      : ${connected}`,
    ...(logFile ? [`  Nhật ký       : ${logFile}`] : []),
    "  Dừng          : Ctrl-C",
  ];
  if (terminal) {
    lines.push(
      "",
      "Xã mẫu: Thúy Sơn (bộ tiêu chí Thanh Hóa 2023). Gõ /capnhat để nhập số liệu, /tiendo, /chuadat, /huongdan…",
      "Gửi một tệp làm minh chứng (chỉ tên tệp): /tep 189-BC-UBND.pdf",
    );
  }
  return lines.join("\n");
}

function maskPassword(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, "$1***@");
}
