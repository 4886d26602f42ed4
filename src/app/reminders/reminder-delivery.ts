import type { DbClient } from "../../adapters/storage/prisma-types.js";
import { findPrivateChat } from "../../adapters/storage/stores/private-chats.js";
import { loadReminderSettings, type ReminderChat } from "../../adapters/storage/stores/reminder-chats.js";
import type { ReminderJobRow } from "../../adapters/storage/stores/reminder-jobs.js";

/** Where a claimed reminder goes and what it is written from, or why it is not sent. */
export type ReminderDelivery =
  | {
      send: true;
      chatId: string;
      /** The plan and settings the reminder is written from (those of the chat it was queued for). */
      source: { planId: string; platform: string; settings: unknown };
      audience: "group" | "private";
    }
  | { send: false; reason: string };

/**
 * Decides where a claimed reminder goes. Reminders go to the group they were queued for,
 * unless the chat paused them or is no longer bound. A nudge about a member's own missing
 * figures goes to the member's private chat with the bot instead, where they have written
 * to it there and that chat is bound to their commune (Telegram lets a bot write only to
 * someone who wrote first; Zalo is kept to the same rule so a personal account never
 * writes unasked); otherwise it stays in the group, by mention. A nudge asked for in a
 * private chat ("nhắc lại sau") goes back there.
 */
export async function reminderDelivery(
  db: DbClient,
  job: ReminderJobRow,
  groups: readonly ReminderChat[],
): Promise<ReminderDelivery> {
  const group = groups.find((c) => c.platform === job.platform && c.chatId === job.chatId);
  if (group?.paused) return { send: false, reason: "nhắc việc đang tạm dừng trong nhóm" };
  const privately =
    job.payload.kind === "nudge"
      ? await findPrivateChat(db, {
          communeId: job.communeId,
          membershipId: job.payload.target,
          platform: job.platform,
        })
      : null;
  if (group) {
    const source = { planId: group.planId, platform: group.platform, settings: group.settings };
    return privately
      ? { send: true, chatId: privately.chatId, source, audience: "private" }
      : { send: true, chatId: group.chatId, source, audience: "group" };
  }
  if (privately && privately.chatId === job.chatId) {
    const settings = await loadReminderSettings(db, job.communeId);
    return {
      send: true,
      chatId: privately.chatId,
      source: { planId: privately.planId, platform: job.platform, settings },
      audience: "private",
    };
  }
  return { send: false, reason: "nhóm không còn gắn với xã" };
}
