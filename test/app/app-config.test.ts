import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/app/config/app-config.js";

describe("configuration from the environment", () => {
  it("runs on the embedded defaults with an empty environment", () => {
    const result = parseConfig({});
    expect(result).toEqual({
      ok: true,
      config: {
        databaseUrl: "file:./data/xaso.db",
        timeZone: "Asia/Ho_Chi_Minh",
        logLevel: "info",
        catalogDir: "./data/catalogs",
        botNames: ["Xã Số"],
        telegram: undefined,
        zalo: undefined,
        llm: undefined,
      },
    });
  });

  it("treats blank values as unset, as in a copied .env.example", () => {
    const result = parseConfig({ DATABASE_URL: "", TELEGRAM_BOT_TOKEN: "  ", TZ: "" });
    expect(result.ok && result.config.databaseUrl).toBe("file:./data/xaso.db");
    expect(result.ok && result.config.telegram).toBeUndefined();
  });

  it("names every bad variable at once", () => {
    const result = parseConfig({
      DATABASE_URL: "mysql://x",
      TZ: "Hanoi/Nowhere",
      TELEGRAM_BOT_TOKEN: "abc",
      LOG_LEVEL: "loud",
    });
    expect(result.ok).toBe(false);
    const fields = result.ok ? [] : result.errors.map((e) => e.split(":")[0]);
    expect(fields.sort()).toEqual(["DATABASE_URL", "LOG_LEVEL", "TELEGRAM_BOT_TOKEN", "TZ"]);
  });

  it.each(["file:", "file::memory:", "file:xaso?mode=memory&cache=shared"])(
    "refuses %s, which would run on a database that is never kept",
    (url) => {
      const result = parseConfig({ DATABASE_URL: url });
      expect(result.ok ? [] : result.errors).toEqual([
        "DATABASE_URL: cần một tệp SQLite thật (ví dụ file:./data/xaso.db): cơ sở dữ liệu trong bộ nhớ mất hết khi tắt",
      ]);
    },
  );

  it("builds the optional sections when configured", () => {
    const result = parseConfig({
      DATABASE_URL: "postgresql://xaso:pw@127.0.0.1:5432/xaso",
      TELEGRAM_BOT_TOKEN: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ_abc",
      TELEGRAM_WEBHOOK_URL: "https://bot.example.vn/telegram",
      TELEGRAM_WEBHOOK_SECRET: "a-long-secret-value-123",
      ZALO_ENABLED: "true",
      OPENAI_API_KEY: "sk-test",
      OPENAI_BASE_URL: "http://127.0.0.1:11434/v1",
      BOT_NAME: "Trợ lý CĐS",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.telegram?.webhook).toEqual({
      url: "https://bot.example.vn/telegram",
      secret: "a-long-secret-value-123",
      port: 8080,
    });
    expect(result.config.botNames).toEqual(["Trợ lý CĐS", "Xã Số"]);
    expect(result.config.zalo).toEqual({ credentialsPath: "./data/zalo-credentials.json" });
    expect(result.config.llm).toEqual({
      apiKey: "sk-test",
      baseUrl: "http://127.0.0.1:11434/v1",
      model: "gpt-4o-mini",
      timeoutMs: 8000,
      dailyLimit: 200,
    });
  });

  it("requires a secret for webhook mode", () => {
    const result = parseConfig({
      TELEGRAM_BOT_TOKEN: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ_abc",
      TELEGRAM_WEBHOOK_URL: "https://bot.example.vn/tg",
    });
    expect(result).toEqual({ ok: false, errors: ["TELEGRAM_WEBHOOK_SECRET: bắt buộc khi dùng webhook"] });
  });
});
