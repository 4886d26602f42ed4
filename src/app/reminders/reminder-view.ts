import type { DbClient } from "../../adapters/storage/prisma-types.js";
import { listDeadlines } from "../../adapters/storage/stores/deadlines.js";
import { listMeetings } from "../../adapters/storage/stores/meetings.js";
import { listReminderChats } from "../../adapters/storage/stores/reminder-chats.js";
import type { HolidayYear } from "../../core/calendar/holiday-year.js";
import { workingCalendar } from "../../core/calendar/working-calendar.js";
import type { CommuneSnapshot, ReminderView } from "../../core/conversation/commune-snapshot.js";
import { planReminders } from "../../core/reminders/plan-reminders.js";
import { fatesAt } from "../../core/reminders/planned-reminder.js";
import { officeHoursOf, readReminderSettings } from "../../core/reminders/reminder-settings.js";

/**
 * What the clock will send in one chat, for /nhacnho: the upcoming reminders planned from
 * the commune's data as it is now, and whether the chat paused them. A chat the clock does
 * not write to (a private chat) gets an empty list.
 */
export async function loadReminderView(
  db: DbClient,
  snapshot: CommuneSnapshot,
  chat: { platform: string; chatId: string },
  context: { holidays: readonly HolidayYear[]; timeZone: string; now: Date },
): Promise<ReminderView> {
  const chats = await listReminderChats(db, snapshot.communeId);
  const here = chats.find((c) => c.platform === chat.platform && c.chatId === chat.chatId);
  if (!here) return { paused: false, upcoming: [] };
  const settings = readReminderSettings(here.settings);
  const [meetings, deadlines] = await Promise.all([
    listMeetings(db, snapshot.communeId),
    listDeadlines(db, snapshot.communeId),
  ]);
  const planned = planReminders({
    snapshot,
    meetings,
    deadlines,
    settings,
    calendar: workingCalendar(officeHoursOf(settings), context.holidays),
    timeZone: context.timeZone,
  });
  const fates = fatesAt(planned, context.now);
  return {
    paused: here.paused,
    upcoming: planned.filter((r) => fates.get(r.key) === "upcoming").map((r) => ({ at: r.dueAt, why: r.why })),
  };
}
