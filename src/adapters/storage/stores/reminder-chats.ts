import type { DbClient, Prisma } from "../prisma-types.js";
import { writeAudit } from "./audit-log.js";

/** A committee group chat reminders go to. */
export interface ReminderChat {
  platform: string;
  chatId: string;
  communeId: string;
  planId: string;
  paused: boolean;
  /** The commune's stored reminder settings (JSON), null for the defaults. */
  settings: unknown;
}

/**
 * Every active, bound group chat with a plan, with its commune's reminder settings: where
 * the clock sends reminders. Private chats get replies only.
 */
export async function listReminderChats(db: DbClient, communeId?: string): Promise<ReminderChat[]> {
  const rows = await db.chatBinding.findMany({
    where: { active: true, isGroup: true, planId: { not: null }, ...(communeId ? { communeId } : {}) },
    include: { commune: { select: { reminderSettings: true } } },
    orderBy: [{ communeId: "asc" }, { createdAt: "asc" }],
  });
  return rows.map((row) => ({
    platform: row.platform,
    chatId: row.chatId,
    communeId: row.communeId,
    planId: row.planId as string,
    paused: row.remindersPaused,
    settings: row.commune.reminderSettings,
  }));
}

/** Pauses or resumes reminders in one chat (/nhacnho tạm dừng, /nhacnho tiếp tục); false when the chat is not bound. */
export async function setRemindersPaused(
  db: DbClient,
  input: { platform: string; chatId: string; paused: boolean; personId?: string | undefined; at: Date },
): Promise<boolean> {
  const binding = await db.chatBinding.findUnique({
    where: { platform_chatId: { platform: input.platform, chatId: input.chatId } },
  });
  if (!binding) return false;
  await db.chatBinding.update({
    where: { id: binding.id },
    data: { remindersPaused: input.paused, updatedAt: input.at },
  });
  await writeAudit(db, {
    communeId: binding.communeId,
    personId: input.personId,
    action: input.paused ? "reminders.pause" : "reminders.resume",
    entity: "ChatBinding",
    entityId: binding.id,
    before: { remindersPaused: binding.remindersPaused },
    after: { remindersPaused: input.paused },
    platform: input.platform,
    chatId: input.chatId,
    at: input.at,
  });
  return true;
}

/** A commune's stored reminder settings (JSON), null when it keeps the defaults. */
export async function loadReminderSettings(db: DbClient, communeId: string): Promise<unknown> {
  const commune = await db.commune.findUnique({ where: { id: communeId }, select: { reminderSettings: true } });
  return commune?.reminderSettings ?? null;
}

/** Stores a commune's reminder settings (lead times, office hours) as JSON. */
export async function saveReminderSettings(
  db: DbClient,
  input: {
    communeId: string;
    settings: Prisma.InputJsonValue;
    personId?: string | undefined;
    platform?: string | undefined;
    chatId?: string | undefined;
    at: Date;
  },
): Promise<void> {
  const before = await db.commune.findUniqueOrThrow({ where: { id: input.communeId } });
  await db.commune.update({ where: { id: input.communeId }, data: { reminderSettings: input.settings } });
  await writeAudit(db, {
    communeId: input.communeId,
    personId: input.personId,
    action: "reminders.settings",
    entity: "Commune",
    entityId: input.communeId,
    before: (before.reminderSettings ?? undefined) as Prisma.InputJsonValue | undefined,
    after: input.settings,
    platform: input.platform,
    chatId: input.chatId,
    at: input.at,
  });
}
