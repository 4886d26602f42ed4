import { listReminderChats } from "../../adapters/storage/stores/reminder-chats.js";
import { jobKey, listReminderJobs } from "../../adapters/storage/stores/reminder-jobs.js";
import { planReminders } from "../../core/reminders/plan-reminders.js";
import { fatesAt } from "../../core/reminders/planned-reminder.js";
import { loadCommuneReminderData, type ReminderDataSource } from "./commune-reminder-data.js";

/** One line of a commune's reminder schedule: a queued job, or a reminder planned but not queued yet. */
export interface ScheduledReminder {
  dueAt: Date;
  platform: string;
  chatId: string;
  /** "planned" (not queued yet), or the job's status: "pending", "sent", "skipped", "dropped", "failed", … */
  status: string;
  why: string;
  key: string;
  /** Why it was skipped, dropped or failed. */
  note: string | null;
  paused: boolean;
}

/**
 * What the clock has queued and sent for a commune, and what it will queue, in due order:
 * the stored jobs together with the reminders planned from the data as it is now.
 */
export async function loadReminderSchedule(
  source: ReminderDataSource & { timeZone: string },
  communeId: string,
  now: Date,
): Promise<ScheduledReminder[]> {
  const chats = await listReminderChats(source.db, communeId);
  const jobs = await listReminderJobs(source.db, communeId);
  const lines: ScheduledReminder[] = jobs.map((job) => ({
    dueAt: job.dueAt,
    platform: job.platform,
    chatId: job.chatId,
    status: job.status,
    why: job.payload.why,
    key: job.payload.key,
    note: job.lastError,
    paused: chats.find((c) => c.platform === job.platform && c.chatId === job.chatId)?.paused ?? false,
  }));
  const queued = new Set(jobs.map((job) => jobKey({ ...job, key: job.payload.key })));
  const first = chats[0];
  if (first) {
    const data = await loadCommuneReminderData(source, first, now);
    const planned = planReminders({ ...data, timeZone: source.timeZone });
    const fates = fatesAt(planned, now);
    for (const reminder of planned) {
      if (fates.get(reminder.key) !== "upcoming") continue;
      for (const chat of chats) {
        if (queued.has(jobKey({ communeId, platform: chat.platform, chatId: chat.chatId, key: reminder.key })))
          continue;
        lines.push({
          dueAt: reminder.dueAt,
          platform: chat.platform,
          chatId: chat.chatId,
          status: "planned",
          why: reminder.why,
          key: reminder.key,
          note: null,
          paused: chat.paused,
        });
      }
    }
  }
  return lines.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.key.localeCompare(b.key));
}
