import type { AppConfig } from "./config/app-config.js";

/**
 * One Vietnamese line saying why Xã Số could not start and what to fix, for whoever ran
 * `npm start`. The full error stays in the log; this line is printed on screen, where the
 * terminal chat would otherwise leave nothing but an exit code.
 */
export function describeStartupFailure(error: unknown, config: AppConfig, logFile: string | null): string {
  const reason = knownReason(errorChain(error), config);
  const details = logFile ? ` Chi tiết trong ${logFile}.` : "";
  return `Không khởi động được Xã Số: ${reason ?? firstLine(error)}.${details}`;
}

interface ErrorFacts {
  code: string;
  path: string;
  message: string;
}

function knownReason(facts: readonly ErrorFacts[], config: AppConfig): string | null {
  const database = databaseLabel(config.databaseUrl);
  for (const { code, path, message } of facts) {
    if (path && sameDir(path, config.catalogDir) && /^(ENOTDIR|ENOENT|EACCES|EPERM)$/.test(code))
      return `CATALOG_DIR (${config.catalogDir}) không phải là thư mục đọc được; sửa CATALOG_DIR trong .env`;
    if (/can't reach database server|ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT/i.test(`${code} ${message}`))
      return `không kết nối được máy chủ PostgreSQL (${database}); kiểm tra máy chủ đang chạy và DATABASE_URL`;
    if (/denied access|password authentication failed|28P01|28000/i.test(`${code} ${message}`))
      return `PostgreSQL từ chối đăng nhập (${database}); kiểm tra tên người dùng và mật khẩu trong DATABASE_URL`;
    if (/database .* does not exist|3D000/i.test(`${code} ${message}`))
      return `chưa có cơ sở dữ liệu ${database} trên máy chủ PostgreSQL; tạo nó (createdb) hoặc sửa DATABASE_URL`;
    if (/file is not a database|SQLITE_NOTADB|SQLITE_CORRUPT|malformed/i.test(`${code} ${message}`))
      return `tệp SQLite ${database} hỏng hoặc không phải cơ sở dữ liệu; khôi phục bản sao lưu hoặc sửa DATABASE_URL`;
    if (/SQLITE_CANTOPEN|unable to open database/i.test(`${code} ${message}`))
      return `không mở được tệp SQLite ${database}; kiểm tra thư mục và quyền ghi`;
  }
  return null;
}

/** The error and its causes, outermost first, as plain facts. */
function errorChain(error: unknown): ErrorFacts[] {
  const facts: ErrorFacts[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    const record = (typeof current === "object" ? current : {}) as Record<string, unknown>;
    facts.push({
      code: String(record.code ?? ""),
      path: String(record.path ?? ""),
      message: current instanceof Error ? current.message : String(current),
    });
    current = record.cause;
  }
  return facts;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]?.trim() || "lỗi không rõ";
}

/** The database's address without its password: "127.0.0.1:5432/xaso", "./data/xaso.db". */
function databaseLabel(url: string): string {
  if (url.startsWith("file:")) return url.slice("file:".length);
  return url.replace(/^postgres(ql)?:\/\/([^@]*@)?/, "");
}

function sameDir(errorPath: string, configured: string): boolean {
  const clean = (p: string) => p.replace(/\/+$/, "").replace(/^\.\//, "");
  return clean(errorPath).endsWith(clean(configured));
}
