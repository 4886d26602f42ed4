import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { ZaloCredentials } from "./zalo-port.js";

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
