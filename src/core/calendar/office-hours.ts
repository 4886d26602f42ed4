import type { ClockTime } from "./local-time.js";

/**
 * When a commune's committee may be written to: the working weekdays, and the quiet hours
 * at night when nothing is sent. Configurable per commune; these are the defaults.
 */
export interface OfficeHours {
  /** Working weekdays, 0 = Sunday … 6 = Saturday. */
  readonly workingWeekdays: readonly number[];
  /** Nothing is sent from this time … */
  readonly quietFrom: ClockTime;
  /** … until this time the next morning. */
  readonly quietUntil: ClockTime;
  /** The morning time reminders "the day before" are sent at. */
  readonly morning: ClockTime;
}

/** Monday to Friday; quiet from 21:00 to 07:00; mornings at 08:00. */
export const DEFAULT_OFFICE_HOURS: OfficeHours = {
  workingWeekdays: [1, 2, 3, 4, 5],
  quietFrom: { hour: 21, minute: 0 },
  quietUntil: { hour: 7, minute: 0 },
  morning: { hour: 8, minute: 0 },
};

/** Minutes since midnight of a clock time. */
export function minutesOf(time: ClockTime): number {
  return time.hour * 60 + time.minute;
}

/** Whether `time` is in the quiet hours (which may run past midnight). */
export function isQuietTime(time: ClockTime, hours: OfficeHours): boolean {
  const t = minutesOf(time);
  const from = minutesOf(hours.quietFrom);
  const until = minutesOf(hours.quietUntil);
  return from > until ? t >= from || t < until : t >= from && t < until;
}

/** "21:00" → { hour: 21, minute: 0 }; null for anything else. */
export function parseClockTime(text: string): ClockTime | null {
  const match = /^(\d{1,2})[:h](\d{2})?$/.exec(text.trim());
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  return hour < 24 && minute < 60 ? { hour, minute } : null;
}
