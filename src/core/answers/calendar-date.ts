/** The time zone of every commune the bot serves (UTC+7, no daylight saving). */
export const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh";

/** A day on the wall calendar, without a time zone: what "31/3" means to a commune. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A wall-clock reading in a time zone: the calendar day plus hour and minute. */
export interface LocalDateTime extends CalendarDate {
  readonly hour: number;
  readonly minute: number;
}

/**
 * What a clock in `timeZone` shows at `instant`. Replies are read by people in that zone,
 * so "today", weekdays and dates are always taken from here, never from the server's zone.
 * `timeZone` must be a valid IANA name (the app configuration checks it at start-up).
 */
export function localDateTime(instant: Date, timeZone: string): LocalDateTime {
  const formatter = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    hourCycle: "h23",
  });
  const parts = formatter.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: part("year"),
    month: part("month"),
    day: part("day"),
    hour: part("hour") % 24,
    minute: part("minute"),
  };
}

/**
 * The calendar date of `day/month/year`, or null when there is no such day (31/2), so a
 * catalog's "31/2" is skipped instead of silently becoming 2 or 3 March.
 */
export function calendarDate(year: number, month: number, day: number): CalendarDate | null {
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** Days since 1/1/1970 of a calendar date: differences give whole days with no clock drift. */
export function dayNumber(date: CalendarDate): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / 86_400_000);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 = Sunday … 6 = Saturday, for the weekday of a calendar date. */
export function weekdayIndex(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}
