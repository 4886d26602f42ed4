import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { writeZaloCredentials, type ZaloSettings } from "../../../src/adapters/platforms/zalo/login.js";
import type { ZaloCredentials } from "../../../src/adapters/platforms/zalo/port.js";

/** Values that must never appear in a log line. */
export const SECRET_COOKIE = "zpw_sek-SECRET-4f9a8c";
export const SECRET_IMEI = "imei-SECRET-0b5e-2c7d";

/** Credentials as a QR login or the saved file gives them. */
export function credentials(cookieValue = SECRET_COOKIE): ZaloCredentials {
  return {
    imei: SECRET_IMEI,
    userAgent: "Mozilla/5.0 (test)",
    language: "vi",
    cookies: [{ key: "zpw_sek", value: cookieValue, domain: "chat.zalo.me", path: "/", httpOnly: true, secure: true }],
  };
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary directory, removed after the file's tests. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xaso-zalo-"));
  dirs.push(dir);
  return dir;
}

/** A Zalo config whose credentials file already holds a saved login. */
export async function credentialsFixture(dir: string, saved: ZaloCredentials = credentials()): Promise<ZaloSettings> {
  const config = { credentialsPath: path.join(dir, "data", "zalo-credentials.json") };
  await writeZaloCredentials(config.credentialsPath, saved, new Date("2023-11-20T00:00:00Z"));
  return config;
}
