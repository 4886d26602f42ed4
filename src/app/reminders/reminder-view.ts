import type { DbClient } from "../../adapters/storage/prisma-types.js";
import { listDeadlines } from "../../adapters/storage/stores/deadlines.js";
import { listMeetings } from "../../adapters/storage/stores/meetings.js";
import { listReminderChats, loadReminderSettings } from "../../adapters/storage/stores/reminder-chats.js";
import type { HolidayYear } from "../../core/calendar/holiday-year.js";
import { dayOf, instantAt } from "../../core/calendar/local-time.js";
import { workingCalendar } from "../../core/calendar/working-calendar.js";
import type { CommuneSnapshot, ReminderView } from "../../core/conversation/commune-snapshot.js";
import { leadTimesOf } from "../../core/reminders/lead-times.js";
import { planReminders } from "../../core/reminders/plan-reminders.js";
import { fatesAt } from "../../core/reminders/planned-reminder.js";
import { officeHoursOf, readReminderSettings } from "../../core/reminders/reminder-settings.js";

/**
 * What the clock will send in one chat, for /nhacnho and nudge answers: the upcoming
 * reminders planned from the commune's data as it is now, whether the chat paused them,
 * the commune's lead times and sending hours, and when "nhắc lại sau" reminds (its next
 * working morning by its office hours and the holiday files). A chat the clock does not
 * write to (a private chat) gets an empty list.
 */
export async function loadReminderView(
  db: DbClient,
  snapshot: CommuneSnapshot,
  chat: { platform: string; chatId: string },
  context: { holidays: readonly HolidayYear[]; timeZone: string; now: Date },
): Promise<ReminderView> {
  const settings = readReminderSettings(await loadReminderSettings(db, snapshot.communeId));
  const calendar = workingCalendar(officeHoursOf(settings), context.holidays);
  const rules = {
    leadTimes: leadTimesOf(settings),
    sendingHours: `từ ${settings.quietUntil.padStart(5, "0")} đến ${settings.quietFrom.padStart(5, "0")}`,
    snoozeUntil: instantAt(
      calendar.nextWorkingDay(dayOf(context.now, context.timeZone)),
      calendar.hours.morning,
      context.timeZone,
    ),
  };
  const chats = await listReminderChats(db, snapshot.communeId);
  const here = chats.find((c) => c.platform === chat.platform && c.chatId === chat.chatId);
  if (!here) return { paused: false, upcoming: [], ...rules };
  const [meetings, deadlines] = await Promise.all([
    listMeetings(db, snapshot.communeId),
    listDeadlines(db, snapshot.communeId),
  ]);
  const planned = planReminders({
    snapshot,
    meetings,
    deadlines,
    settings,
    calendar,
    timeZone: context.timeZone,
  });
  const fates = fatesAt(planned, context.now);
  return {
    ...rules,
    paused: here.paused,
    upcoming: planned.filter((r) => fates.get(r.key) === "upcoming").map((r) => ({ at: r.dueAt, why: r.why })),
  };
}
