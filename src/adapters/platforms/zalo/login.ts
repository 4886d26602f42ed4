import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import jsqr from "jsqr";
import { PNG } from "pngjs";
import QRCode from "qrcode";
import { z } from "zod";
import type { Logger } from "../../logging/create-logger.js";
import {
  describeError,
  type ZaloApiPort,
  type ZaloClientFactory,
  type ZaloCredentials,
  type ZaloQrEvent,
} from "./port.js";
import { createZcaClientFactory } from "./zca-client.js";

/** jsQR is a CommonJS bundle typed with an ES default export; under NodeNext that export is its `default`. */
const jsQR = jsqr.default;

/**
 * What the Zalo adapter needs to be told: where the account's saved login lives (the QR
 * image of a first login is saved beside it). The app maps its configuration to this.
 */
export interface ZaloSettings {
  credentialsPath: string;
}

/** Bumped when the file's shape changes; an older file is treated as invalid and asks for a new login. */
const CREDENTIALS_VERSION = 1;

const credentialsFileSchema = z.object({
  version: z.literal(CREDENTIALS_VERSION),
  imei: z.string().min(1),
  userAgent: z.string().min(1),
  language: z.string().min(1).optional(),
  cookies: z.array(z.record(z.string(), z.unknown())).min(1),
  savedAt: z.string().optional(),
});

/** The saved login, or why there is none. */
export type CredentialsRead =
  | { status: "ok"; credentials: ZaloCredentials }
  | { status: "missing" }
  | { status: "invalid"; problem: string };

/**
 * Reads the saved Zalo login. A file others can read is tightened to mode 600 on the way.
 * Problems come back as values naming the field, never the secret values themselves.
 */
export async function readZaloCredentials(file: string): Promise<CredentialsRead> {
  let raw: string;
  try {
    raw = await fs.readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { status: "missing" };
    return { status: "invalid", problem: `không đọc được tệp (${(error as NodeJS.ErrnoException).code ?? "lỗi"})` };
  }
  await tightenMode(file);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { status: "invalid", problem: "không phải JSON" };
  }
  const parsed = credentialsFileSchema.safeParse(json);
  if (!parsed.success)
    return { status: "invalid", problem: parsed.error.issues.map((issue) => issue.path.join(".") || "tệp").join(", ") };
  const { imei, userAgent, language, cookies } = parsed.data;
  return { status: "ok", credentials: { imei, userAgent, language, cookies } };
}

/**
 * Saves the Zalo login with file mode 600 (its directory is created 700). The file is
 * written beside the old one and renamed over it, so a crash never leaves half a file.
 */
export async function writeZaloCredentials(file: string, credentials: ZaloCredentials, at: Date): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const body = {
    version: CREDENTIALS_VERSION,
    imei: credentials.imei,
    userAgent: credentials.userAgent,
    ...(credentials.language ? { language: credentials.language } : {}),
    cookies: credentials.cookies,
    savedAt: at.toISOString(),
  };
  const temporary = `${file}.${crypto.randomUUID()}.tmp`;
  try {
    await fs.writeFile(temporary, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600 });
    await fs.chmod(temporary, 0o600);
    await fs.rename(temporary, file);
  } finally {
    await fs.rm(temporary, { force: true });
  }
}

async function tightenMode(file: string): Promise<void> {
  try {
    const { mode } = await fs.stat(file);
    if (mode & 0o077) await fs.chmod(file, 0o600);
  } catch {
    // Reading worked; a file system without modes is left as it is.
  }
}

/** Where the login QR code is saved as a PNG: beside the credentials file. */
export function zaloQrImagePath(config: ZaloSettings): string {
  return path.join(path.dirname(config.credentialsPath), "zalo-qr.png");
}

/** The browser the bot's Zalo session presents itself as; saved with the cookies, which Zalo ties to it. */
export const ZALO_USER_AGENT =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

/** Options of a QR login; all optional. */
export interface ZaloQrLoginOptions {
  zalo?: ZaloClientFactory | undefined;
  /** Where the QR code and the instructions are printed. Default: standard output. */
  print?: ((text: string) => void) | undefined;
  now?: (() => Date) | undefined;
  /** QR codes offered before giving up; each lasts about 100 seconds. Default 3. */
  attempts?: number | undefined;
}

/** A finished QR login: the account (already logged in) and what was saved. */
export interface ZaloQrLogin {
  api: ZaloApiPort;
  credentials: ZaloCredentials;
  displayName: string | null;
}

/**
 * Logs the bot's Zalo account in by QR code: the code is drawn in the terminal and saved as
 * a PNG beside the credentials file (to open on another screen); after it is scanned and
 * confirmed on the phone, the device id, user agent and cookies are saved to the
 * credentials file (mode 600) and the PNG is deleted. An expired code is replaced up to
 * `attempts` times. Throws with a Vietnamese message when the login does not complete.
 */
export async function loginZaloWithQr(
  config: ZaloSettings,
  logger: Logger,
  options: ZaloQrLoginOptions = {},
): Promise<ZaloQrLogin> {
  const factory = options.zalo ?? createZcaClientFactory();
  const print = options.print ?? ((text: string) => void process.stdout.write(`${text}\n`));
  const now = options.now ?? (() => new Date());
  const attempts = options.attempts ?? 3;
  const qrPath = zaloQrImagePath(config);
  let shown = 0;
  let displayName: string | null = null;
  let saving: Promise<void> = Promise.resolve();
  // Drawing a code takes a moment: every line goes through one queue, so the screen keeps the events' order.
  let screen: Promise<void> = Promise.resolve();
  const show = (text: string | Promise<string>) => {
    screen = screen.then(async () => print(await text));
  };

  const onEvent = (event: ZaloQrEvent) => {
    switch (event.type) {
      case "qr-generated":
        shown += 1;
        saving = saveQr(qrPath, event.image).catch((error: unknown) =>
          logger.warn({ component: "zalo", error: describeError(error) }, "could not save the Zalo QR image"),
        );
        show(qrInstructions(event.image, qrPath, shown));
        logger.info({ component: "zalo", qrPath }, "Zalo QR code ready to scan");
        return;
      case "qr-expired":
        if (shown < attempts) {
          show("Mã QR đã hết hạn, đang tạo mã mới…");
          event.retry();
        } else {
          show("Mã QR đã hết hạn. Chạy lại lệnh khi có điện thoại bên cạnh.");
          event.abort();
        }
        return;
      case "qr-scanned":
        displayName = event.displayName;
        show(`Đã quét bằng tài khoản ${event.displayName}. Bấm xác nhận đăng nhập trên điện thoại.`);
        return;
      case "qr-declined":
        show("Đăng nhập đã bị từ chối trên điện thoại.");
        event.abort();
        return;
    }
  };

  try {
    const { api, credentials } = await factory.loginQR({ userAgent: ZALO_USER_AGENT }, onEvent);
    await writeZaloCredentials(config.credentialsPath, credentials, now());
    await screen;
    print(
      `✅ Đã đăng nhập Zalo${displayName ? ` (${displayName})` : ""}. Thông tin đăng nhập lưu tại ${config.credentialsPath}, chỉ tài khoản chạy Xã Số đọc được; đừng gửi tệp này cho ai.`,
    );
    logger.info({ component: "zalo", credentialsPath: config.credentialsPath }, "Zalo login saved");
    return { api, credentials, displayName };
  } catch (error) {
    logger.error({ component: "zalo", error: describeError(error) }, "Zalo QR login failed");
    throw new Error(
      `Đăng nhập Zalo không thành công (${describeError(error)}). Chạy lại: npm run -s xaso -- zalo login`,
    );
  } finally {
    await screen.catch(() => {});
    await saving;
    await fs.rm(qrPath, { force: true });
  }
}

async function qrInstructions(image: Buffer, qrPath: string, shown: number): Promise<string> {
  const drawn = await qrToTerminal(image);
  return [
    shown === 1
      ? "Đăng nhập Zalo cho Xã Số: trên điện thoại của tài khoản Zalo dành riêng cho bot, mở Zalo → Quét mã QR, rồi quét mã dưới đây."
      : "Mã QR mới:",
    ...(drawn ? ["", drawn, ""] : []),
    `Ảnh mã QR cũng được lưu tại ${qrPath} (mở ảnh nếu mã trên màn hình khó quét). Mã có hiệu lực khoảng 100 giây.`,
  ].join("\n");
}

/**
 * The QR code of a PNG image drawn again for a terminal (qrcode's renderer: two modules a
 * line in half blocks, black on white whatever the terminal's colours), so the phone can
 * scan it off the screen. Null when the image holds no readable code: the PNG file is
 * always there as well.
 */
export async function qrToTerminal(png: Buffer): Promise<string | null> {
  const content = readQrContent(png);
  if (!content) return null;
  try {
    return await QRCode.toString(content, { type: "terminal", small: true });
  } catch {
    return null;
  }
}

/** The text a QR code in a PNG image carries (pngjs decodes, jsQR reads), or null when there is none. */
export function readQrContent(png: Buffer): string | null {
  let image: PNG;
  try {
    image = PNG.sync.read(png);
  } catch {
    return null;
  }
  return jsQR(onWhite(image.data), image.width, image.height)?.data || null;
}

/** RGBA pixels laid on a white background, so a transparent image reads as a printed code would. */
function onWhite(rgba: Buffer): Uint8ClampedArray {
  const pixels = new Uint8ClampedArray(rgba);
  for (let i = 0; i < pixels.length; i += 4) {
    const opacity = (pixels[i + 3] ?? 255) / 255;
    for (let channel = i; channel < i + 3; channel++)
      pixels[channel] = (pixels[channel] ?? 0) * opacity + 255 * (1 - opacity);
    pixels[i + 3] = 255;
  }
  return pixels;
}

async function saveQr(file: string, image: Buffer): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await fs.writeFile(file, image, { mode: 0o600 });
}
