import { foldVietnamese } from "../../../core/text/fold-vietnamese.js";
import { storableText } from "../../../core/text/typed-text.js";
import type { DbClient } from "../prisma-types.js";
import { writeAudit } from "./audit-log.js";

/** What binding a chat to a province did; `bound-to-commune` (`ok: false`) wrote nothing. */
export type BindProvinceChatResult =
  | { ok: true; status: "created" | "updated" | "unchanged" }
  | { ok: false; status: "bound-to-commune"; communeName: string };

/**
 * Binds a chat to a province as an oversight chat (upsert by platform and chat id). A chat
 * bound to a commune stays that commune's: it is refused, and nothing is written. Every
 * change is audited.
 */
export async function bindProvinceChat(
  db: DbClient,
  input: { platform: string; chatId: string; province: string; title?: string | undefined; at: Date },
): Promise<BindProvinceChatResult> {
  const key = { platform: input.platform, chatId: input.chatId };
  const commune = await db.chatBinding.findUnique({
    where: { platform_chatId: key },
    select: { active: true, commune: { select: { name: true } } },
  });
  if (commune?.active) return { ok: false, status: "bound-to-commune", communeName: commune.commune.name };
  const existing = await db.provinceChat.findUnique({ where: { platform_chatId: key } });
  const title = storableText(input.title ?? "") || existing?.title || null;
  if (existing && existing.province === input.province && existing.title === title)
    return { ok: true, status: "unchanged" };
  const saved = existing
    ? await db.provinceChat.update({
        where: { id: existing.id },
        data: { province: input.province, title, updatedAt: input.at },
      })
    : await db.provinceChat.create({
        data: { ...key, province: input.province, title, boundBy: "cli", createdAt: input.at, updatedAt: input.at },
      });
  await writeAudit(db, {
    action: existing ? "province-chat.update" : "province-chat.bind",
    entity: "ProvinceChat",
    entityId: saved.id,
    ...(existing ? { before: { province: existing.province, title: existing.title } } : {}),
    after: { province: saved.province, title: saved.title },
    platform: input.platform,
    chatId: input.chatId,
    at: input.at,
  });
  return { ok: true, status: existing ? "updated" : "created" };
}

/** The province a chat oversees, or null when it is not a province chat. */
export async function findProvinceChat(
  db: DbClient,
  chat: { platform: string; chatId: string },
): Promise<{ province: string } | null> {
  return db.provinceChat.findUnique({
    where: { platform_chatId: { platform: chat.platform, chatId: chat.chatId } },
    select: { province: true },
  });
}

/**
 * The province as the communes store it, matched without regard to case or where the
 * diacritics sit ("thanh hoa", "Thanh Hoá" → "Thanh Hóa"); null when no commune has it.
 */
export async function findProvinceName(db: DbClient, name: string): Promise<string | null> {
  const wanted = foldVietnamese(name).trim().replace(/\s+/g, " ");
  const rows = await db.commune.findMany({ distinct: ["province"], select: { province: true } });
  return (
    rows.map((row) => row.province).find((stored) => foldVietnamese(stored).trim().replace(/\s+/g, " ") === wanted) ??
    null
  );
}
