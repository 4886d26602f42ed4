import { type CalendarDate, type LocalDateTime, localDateTime, weekdayIndex } from "./calendar-date.js";

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
export function weekdayName(date: CalendarDate): string {
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
