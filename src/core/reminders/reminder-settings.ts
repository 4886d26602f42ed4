import { z } from "zod";
import type { ClockTime } from "../calendar/local-time.js";
import { DEFAULT_OFFICE_HOURS, type OfficeHours, parseClockTime } from "../calendar/office-hours.js";

const clockText = z.string().regex(/^\d{1,2}:\d{2}$/, "giờ phải viết dạng HH:MM");

/**
 * A commune's reminder rules, stored as JSON on the commune when they differ from the
 * defaults; every field is optional there. Lead times are how long before an event each
 * reminder goes out; office hours say when anything may be sent at all.
 */
export const reminderSettingsSchema = z.object({
  /** Deadline reminders this many calendar days before (default 7), besides the working day before. */
  deadlineDaysBefore: z.array(z.number().int().min(1).max(60)).default([7]),
  /** The meeting-day reminder this many hours before the meeting (default 2). */
  meetingHoursBefore: z.number().min(0.5).max(12).default(2),
  /** A quarter without a scheduled meeting is raised this many days before its deadline (default 14). */
  quarterDaysBefore: z.number().int().min(1).max(60).default(14),
  /** Working weekdays, 0 = Sunday … 6 = Saturday (default Monday–Friday). */
  workingWeekdays: z.array(z.number().int().min(0).max(6)).default([1, 2, 3, 4, 5]),
  quietFrom: clockText.default("21:00"),
  quietUntil: clockText.default("07:00"),
  morning: clockText.default("08:00"),
});

export type ReminderSettings = z.output<typeof reminderSettingsSchema>;

/** The defaults: 7 days and 1 working day before a deadline, 2 hours before a meeting, 21:00–07:00 quiet. */
export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = reminderSettingsSchema.parse({});

/** Reads stored settings; anything unreadable falls back to the defaults, field by field where possible. */
export function readReminderSettings(stored: unknown): ReminderSettings {
  const parsed = reminderSettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : DEFAULT_REMINDER_SETTINGS;
}

/** The office hours the settings describe. */
export function officeHoursOf(settings: ReminderSettings): OfficeHours {
  return {
    workingWeekdays: settings.workingWeekdays,
    quietFrom: parseClockTimeOr(settings.quietFrom, DEFAULT_OFFICE_HOURS.quietFrom),
    quietUntil: parseClockTimeOr(settings.quietUntil, DEFAULT_OFFICE_HOURS.quietUntil),
    morning: parseClockTimeOr(settings.morning, DEFAULT_OFFICE_HOURS.morning),
  };
}

function parseClockTimeOr(text: string, fallback: ClockTime): ClockTime {
  return parseClockTime(text) ?? fallback;
}
