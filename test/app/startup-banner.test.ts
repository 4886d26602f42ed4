import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/app/config/app-config.js";
import { startupBanner } from "../../src/app/startup-banner.js";

describe("start-up banner", () => {
  it("says what runs and masks a database password", () => {
    const parsed = parseConfig({ DATABASE_URL: "postgresql://xaso:secret@127.0.0.1:5432/xaso" });
    if (!parsed.ok) throw new Error("config should parse");
    const banner = startupBanner(parsed.config, ["telegram"]);
    expect(banner).toContain("Xã Số đang chạy");
    expect(banner).toContain("postgresql://xaso:***@127.0.0.1:5432/xaso");
    expect(banner).not.toContain("secret");
    expect(banner).toContain("Nền tảng      : telegram");
  });
});
