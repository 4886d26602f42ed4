import fs from "node:fs";
import path from "node:path";
import { Writable } from "node:stream";
import { PNG } from "pngjs";
import QRCode from "qrcode";
import { describe, expect, it, vi } from "vitest";
import { createLogger } from "../../../src/adapters/logging/create-logger.js";
import {
  loginZaloWithQr,
  qrToTerminal,
  readQrContent,
  readZaloCredentials,
  writeZaloCredentials,
} from "../../../src/adapters/platforms/zalo/login.js";
import { startZalo } from "../../../src/adapters/platforms/zalo/start-zalo.js";
import { parseConfig } from "../../../src/app/config/app-config.js";
import type { CliContext } from "../../../src/cli/cli-command.js";
import { createZaloLoginCommand } from "../../../src/cli/commands/zalo-login.js";
import { FakeClock } from "../../support/fake-clock.js";
import { FakeZalo, ZALO_TEST_START } from "./fake-zalo.js";
import { credentials, SECRET_COOKIE, SECRET_IMEI, tempDir } from "./zalo-fixtures.js";

function capture() {
  let text = "";
  const logger = createLogger(
    "trace",
    new Writable({
      write: (chunk, _encoding, done) => {
        text += String(chunk);
        done();
      },
    }),
  );
  return { logger, logs: () => text };
}

/** What a Zalo login QR code carries: a link the phone opens (its form does not matter here). */
const QR_CONTENT = "https://id.zalo.me/account/logininfo?code=qr-4f9a8c-TEST";

/** A login QR code as Zalo sends it: a PNG image. */
const qrImage = (options: QRCode.QRCodeToBufferOptions = {}) =>
  QRCode.toBuffer(QR_CONTENT, { type: "png", ...options });

async function qrZalo(extra: Partial<NonNullable<FakeZalo["qr"]>> = {}) {
  const zalo = new FakeZalo(new FakeClock(ZALO_TEST_START));
  zalo.qr = { image: await qrImage(), displayName: "Xã Số Thúy Sơn", credentials: credentials(), ...extra };
  return zalo;
}

describe("Zalo login", () => {
  it("shows the QR in the terminal, saves it as PNG meanwhile, then keeps the login in a mode-600 file and never logs it", async () => {
    const dir = tempDir();
    const config = { credentialsPath: path.join(dir, "data", "zalo-credentials.json") };
    const { logger, logs } = capture();
    const printed: string[] = [];
    const qrFile = path.join(dir, "data", "zalo-qr.png");
    let qrFileWhileShown = false;
    const zalo = await qrZalo({
      whileShown: () =>
        vi.waitFor(() => {
          qrFileWhileShown = fs.existsSync(qrFile);
          expect(qrFileWhileShown).toBe(true);
        }),
    });
    const login = await loginZaloWithQr(config, logger, { zalo, print: (text) => printed.push(text) });
    expect(login.displayName).toBe("Xã Số Thúy Sơn");
    const screen = printed.join("\n");
    expect(screen).toContain("Quét mã QR");
    expect(screen).toContain("█");
    expect(screen).toContain(path.join(dir, "data", "zalo-qr.png"));
    expect(screen).toContain("✅ Đã đăng nhập Zalo (Xã Số Thúy Sơn)");
    expect(qrFileWhileShown).toBe(true);
    expect(fs.existsSync(path.join(dir, "data", "zalo-qr.png"))).toBe(false);

    expect(fs.statSync(config.credentialsPath).mode & 0o777).toBe(0o600);
    expect(await readZaloCredentials(config.credentialsPath)).toEqual({ status: "ok", credentials: credentials() });
    for (const secret of [SECRET_COOKIE, SECRET_IMEI]) {
      expect(logs()).not.toContain(secret);
      expect(screen).not.toContain(secret);
    }
  });

  it("offers a new QR when one expires, and fails clearly when the phone declines", async () => {
    const config = { credentialsPath: path.join(tempDir(), "zalo-credentials.json") };
    const printed: string[] = [];
    await loginZaloWithQr(config, createLogger("silent"), {
      zalo: await qrZalo({ expireTimes: 2 }),
      print: (text) => printed.push(text),
    });
    expect(printed.filter((t) => t.includes("Mã QR đã hết hạn, đang tạo mã mới"))).toHaveLength(2);

    const declined = { credentialsPath: path.join(tempDir(), "zalo-credentials.json") };
    await expect(
      loginZaloWithQr(declined, createLogger("silent"), { zalo: await qrZalo({ decline: true }), print: () => {} }),
    ).rejects.toThrow(/Đăng nhập Zalo không thành công.*zalo login/);
    expect(fs.existsSync(declined.credentialsPath)).toBe(false);
  });

  it("logs in by QR on the first start, then from the saved cookies", async () => {
    const dir = tempDir();
    const config = { credentialsPath: path.join(dir, "zalo-credentials.json") };
    const clock = new FakeClock(ZALO_TEST_START);
    const zalo = await qrZalo();
    const hooks = { handle: async () => [], chatUnavailable: async () => {} };
    const first = await startZalo(config, hooks, createLogger("silent"), { zalo, clock, print: () => {} });
    await clock.advance(0);
    expect([zalo.logins.length, first.connected]).toEqual([0, true]);
    await first.stop();

    const second = await startZalo(config, hooks, createLogger("silent"), { zalo, clock, print: () => {} });
    await clock.advance(0);
    expect([zalo.logins.length, second.connected]).toEqual([1, true]);
    await second.stop();
  });

  it("reads a damaged or loosely protected credentials file safely", async () => {
    const dir = tempDir();
    const file = path.join(dir, "zalo-credentials.json");
    expect(await readZaloCredentials(file)).toEqual({ status: "missing" });
    fs.writeFileSync(file, "{", { mode: 0o644 });
    expect(await readZaloCredentials(file)).toEqual({ status: "invalid", problem: "không phải JSON" });
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    fs.writeFileSync(file, JSON.stringify({ version: 1, imei: SECRET_IMEI, userAgent: "x", cookies: [] }));
    const read = await readZaloCredentials(file);
    expect(read).toEqual({ status: "invalid", problem: "cookies" });
    expect(JSON.stringify(read)).not.toContain(SECRET_IMEI);
    await writeZaloCredentials(file, credentials(), new Date());
    expect(fs.readdirSync(dir)).toEqual(["zalo-credentials.json"]);
  });

  it("reads the code out of the PNG and draws the same code in the terminal", async () => {
    expect(readQrContent(await qrImage())).toBe(QR_CONTENT);
    expect(readQrContent(await qrImage({ color: { light: "#0000" } }))).toBe(QR_CONTENT);
    const drawn = await qrToTerminal(await qrImage({ scale: 3 }));
    expect(drawn).toBe(await QRCode.toString(QR_CONTENT, { type: "terminal", small: true }));
    expect(drawn).toContain("▄");

    const blank = new PNG({ width: 40, height: 40 });
    blank.data.fill(255);
    expect(await qrToTerminal(PNG.sync.write(blank))).toBeNull();
    expect(await qrToTerminal(Buffer.from("not a png"))).toBeNull();
  });

  it("`xaso zalo login` saves the login, and asks to enable Zalo first", async () => {
    const dir = tempDir();
    const run = async (env: Record<string, string>) => {
      const parsed = parseConfig(env);
      if (!parsed.ok) throw new Error(parsed.errors.join("; "));
      const out: string[] = [];
      const err: string[] = [];
      const context: CliContext = {
        io: { out: (t) => out.push(t), err: (t) => err.push(t), readLines: async function* () {} },
        config: parsed.config,
        now: () => new Date("2024-09-20T01:00:00Z"),
      };
      const code = await createZaloLoginCommand({ zalo: await qrZalo(), logger: createLogger("silent") }).run(
        [],
        context,
      );
      return { code, out: out.join("\n"), err: err.join("\n") };
    };
    const credentialsPath = path.join(dir, "zalo.json");
    const disabled = await run({ ZALO_CREDENTIALS_PATH: credentialsPath });
    expect([disabled.code, disabled.err]).toEqual([1, expect.stringContaining("ZALO_ENABLED=true")]);
    const done = await run({ ZALO_ENABLED: "true", ZALO_CREDENTIALS_PATH: credentialsPath });
    expect(done.code).toBe(0);
    expect(done.out).toContain("✅ Đã đăng nhập Zalo");
    expect(fs.statSync(credentialsPath).mode & 0o777).toBe(0o600);
  });
});
