import type { MemberRole } from "../../adapters/storage/stores/members.js";

/** The platforms a chat or a member account can be on. */
export const platforms = ["telegram", "zalo", "terminal"] as const;
export type Platform = (typeof platforms)[number];

/** Roles as the installer may type them, English or Vietnamese without diacritics. */
const roleWords: Record<string, MemberRole> = {
  chair: "chair",
  "chu-tich": "chair",
  "truong-ban": "chair",
  deputy: "deputy",
  "pho-truong-ban": "deputy",
  "pho-ban": "deputy",
  secretary: "secretary",
  "thu-ky": "secretary",
  member: "member",
  "thanh-vien": "member",
  viewer: "viewer",
  xem: "viewer",
};

/** How each role is named in messages. */
export const roleLabels: Record<MemberRole, string> = {
  chair: "trưởng ban",
  deputy: "phó trưởng ban",
  secretary: "thư ký",
  member: "thành viên",
  viewer: "chỉ xem",
};

/** The roles accepted by `--role`, for error messages. */
export const roleChoices =
  "chair (truong-ban, chu-tich), deputy (pho-truong-ban), secretary (thu-ky), member (thanh-vien) hoặc viewer (xem)";

/** Reads a role: "thu-ky", "Thư ký", "secretary" → "secretary"; null when it is none. */
export function parseRole(word: string): MemberRole | null {
  return roleWords[slugify(word)] ?? null;
}

/** Reads a platform name, case-insensitively; null when it is none. */
export function parsePlatform(word: string): Platform | null {
  const lower = word.trim().toLowerCase();
  return platforms.find((platform) => platform === lower) ?? null;
}

/** "telegram" → "Telegram", for messages. */
export function platformLabel(platform: string): string {
  return platform === "terminal" ? "terminal" : platform.charAt(0).toUpperCase() + platform.slice(1);
}

/** Ids the platform itself issues: Telegram chat and user ids are integers. */
export function isPlatformId(platform: Platform, id: string): boolean {
  return platform !== "telegram" || /^-?\d+$/.test(id);
}

/**
 * Whether a chat id has the platform's form: Telegram's a number (negative for groups),
 * with `:topic` for a forum topic; Zalo's carries its kind, `g:<group id>` or `u:<user id>`
 * (see docs/decisions/0006), since a bare Zalo id does not say where messages would go.
 */
export function isChatId(platform: Platform, id: string): boolean {
  if (platform === "telegram") return /^-?\d+(:\d+)?$/.test(id);
  if (platform === "zalo") return /^[gu]:\d+$/.test(id);
  return id !== "";
}

/** What a chat id says about being a group: Telegram's negative ids and Zalo's `g:` are groups, `u:` is not. */
export function groupByChatId(platform: Platform, id: string): boolean | null {
  if (platform === "telegram") return id.startsWith("-");
  if (platform === "zalo") return id.startsWith("g:");
  return null;
}

/** A handle without diacritics: "Thúy Sơn" → "thuy-son", "Đồng Lạc" → "dong-lac". */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Whether a commune handle is well formed: lower-case letters, digits and single hyphens. */
export function isSlug(text: string): boolean {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(text);
}
