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
function weekdayIndex(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

const WEEKDAYS = ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"] as const;

const twoDigits = (n: number): string => String(n).padStart(2, "0");

/** "20/09/2024": a date as Vietnamese documents write it, day first, zero-padded. */
export function formatDate(date: CalendarDate): string {
  return `${twoDigits(date.day)}/${twoDigits(date.month)}/${date.year}`;
}

/** "14:00": a 24-hour clock time. */
export function formatTime(time: Pick<LocalDateTime, "hour" | "minute">): string {
  return `${twoDigits(time.hour)}:${twoDigits(time.minute)}`;
}

/** "thứ Hai", "Chủ nhật": the weekday of a date as people say it. */
function weekdayName(date: CalendarDate): string {
  return WEEKDAYS[weekdayIndex(date)] ?? "";
}

/** "thứ Hai, 31/03/2025": how a meeting or deadline date is announced. */
export function formatWeekdayDate(date: CalendarDate): string {
  return `${weekdayName(date)}, ${formatDate(date)}`;
}

/**
 * "20/09/2024" for an instant as seen in `timeZone`; "—" for an invalid date, so one bad
 * timestamp shows up in a reply instead of breaking it.
 */
export function formatInstantDate(instant: Date, timeZone: string): string {
  return Number.isNaN(instant.getTime()) ? "—" : formatDate(localDateTime(instant, timeZone));
}

/** "20/09/2024 08:00" for an instant as seen in `timeZone`; "—" for an invalid date. */
export function formatInstantDateTime(instant: Date, timeZone: string): string {
  if (Number.isNaN(instant.getTime())) return "—";
  const local = localDateTime(instant, timeZone);
  return `${formatDate(local)} ${formatTime(local)}`;
}

/** "hôm nay", "ngày mai", "còn 5 ngày" for a date `days` ahead; "đã qua N ngày" behind. */
export function describeDaysLeft(days: number): string {
  if (days === 0) return "hôm nay";
  if (days === 1) return "ngày mai";
  if (days > 1) return `còn ${days} ngày`;
  return `đã qua ${-days} ngày`;
}

/** "hôm nay", "hôm qua", "3 ngày trước" for something `days` ago. */
export function describeDaysAgo(days: number): string {
  if (days <= 0) return "hôm nay";
  if (days === 1) return "hôm qua";
  return `${days} ngày trước`;
}

/**
 * The date a catalog deadline ("31/3", "30/06") falls on in the plan year, or null when it
 * is not a real day in that year. Catalog deadlines are days of the year; the commune's plan
 * year places them on the calendar.
 */
export function catalogDeadlineDate(deadline: string, year: number): CalendarDate | null {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\s*$/.exec(deadline);
  if (!match) return null;
  return calendarDate(year, Number(match[2]), Number(match[1]));
}
