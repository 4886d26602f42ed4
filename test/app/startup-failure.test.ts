import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/app/config/app-config.js";
import { describeStartupFailure } from "../../src/app/startup-failure.js";

function configWith(environment: Record<string, string>) {
  const parsed = parseConfig(environment);
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  return parsed.config;
}

const pg = configWith({ DATABASE_URL: "postgresql://xaso:secret@10.0.0.5:5432/xaso" });
const sqlite = configWith({ CATALOG_DIR: "./data/catalogs" });

function errorWith(message: string, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(message), extra);
}

describe("start-up failures in one Vietnamese line", () => {
  it.each([
    [
      "a catalog folder that is a file",
      errorWith("ENOTDIR: not a directory, scandir '/srv/xaso/data/catalogs'", {
        code: "ENOTDIR",
        path: "/srv/xaso/data/catalogs",
      }),
      sqlite,
      "CATALOG_DIR (./data/catalogs) không phải là thư mục đọc được",
    ],
    [
      "an unreachable PostgreSQL",
      errorWith("Can't reach database server at `10.0.0.5:5432`\n\nPlease make sure…"),
      pg,
      "không kết nối được máy chủ PostgreSQL (10.0.0.5:5432/xaso)",
    ],
    [
      "a refused login",
      errorWith("User was denied access on the database `(not available)`"),
      pg,
      "PostgreSQL từ chối đăng nhập",
    ],
    ["a missing database", errorWith("Database `xaso` does not exist"), pg, "chưa có cơ sở dữ liệu 10.0.0.5:5432/xaso"],
    [
      "a corrupt SQLite file, inside a wrapping error",
      errorWith("migration failed", { cause: errorWith("file is not a database") }),
      sqlite,
      "tệp SQLite ./data/xaso.db hỏng",
    ],
  ])("%s", (_name, error, config, expected) => {
    const line = describeStartupFailure(error, config, "data/xaso.log");
    expect(line).toContain(expected);
    expect(line).toMatch(/^Không khởi động được Xã Số: .*\. Chi tiết trong data\/xaso\.log\.$/);
    expect(line).not.toContain("\n");
    expect(line).not.toContain("secret");
  });

  it("falls back to the first line of an unknown error", () => {
    expect(describeStartupFailure(errorWith("boom\n at somewhere"), sqlite, null)).toBe(
      "Không khởi động được Xã Số: boom.",
    );
  });
});
