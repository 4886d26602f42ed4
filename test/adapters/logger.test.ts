import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/adapters/logging/create-logger.js";
import { parseConfig } from "../../src/app/config/app-config.js";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger("info", stream), lines };
}

describe("logger", () => {
  it("redacts tokens, cookies and phone numbers in fields", () => {
    const { logger, lines } = capture();
    logger.info(
      { token: "123:abc", zalo: { cookies: [{ name: "zpsid" }], imei: "x" }, member: { phone: "0912345678" } },
      "configured",
    );
    const text = lines.join("");
    expect(text).not.toMatch(/123:abc|zpsid|0912345678/);
    expect(text).toContain("[ẩn]");
  });

  it("scrubs bot tokens and phone numbers from messages and errors", () => {
    const { logger, lines } = capture();
    logger.warn(
      "call to https://api.telegram.org/bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/getMe failed for 0912 345 678",
    );
    logger.error(
      { err: new Error("token 123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw rejected, +84912345678") },
      "failed",
    );
    const text = lines.join("");
    expect(text).not.toMatch(/AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw|0912 345 678|\+84912345678/);
    expect(text).toContain("[token]");
    expect(text).toContain("[số điện thoại]");
  });

  it("scrubs every token shape the configuration accepts", () => {
    for (const token of ["1:abcdefghij_KLMNOPQ-ST", "12345678901234:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawXYZ"]) {
      expect(parseConfig({ TELEGRAM_BOT_TOKEN: token }).ok, token).toBe(true);
      const { logger, lines } = capture();
      logger.warn(`https://api.telegram.org/bot${token}/getMe failed`);
      expect(lines.join(""), token).not.toContain(token.split(":")[1]);
    }
  });

  it("scrubs secrets inside nested causes and extra error fields", () => {
    const { logger, lines } = capture();
    const inner = Object.assign(new Error("fetch failed"), {
      url: "https://api.telegram.org/bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/getUpdates",
    });
    logger.error({ err: new Error("Network request for 'getUpdates' failed!", { cause: inner }) }, "polling failed");
    expect(lines.join("")).not.toContain("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw");
  });

  it("leaves figures and document numbers alone", () => {
    const { logger, lines } = capture();
    logger.info("3.2: 6.608/8.315, 189/BC-UBND ngày 27/11/2023");
    expect(lines.join("")).toContain("3.2: 6.608/8.315, 189/BC-UBND ngày 27/11/2023");
  });
});
