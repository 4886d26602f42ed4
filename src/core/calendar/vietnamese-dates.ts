import { type Day, dayOf, timeOf, weekdayOf } from "./local-time.js";

const WEEKDAYS = ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"] as const;

/** "thứ Hai", "Chủ nhật" */
export function weekdayName(day: Day): string {
  return WEEKDAYS[weekdayOf(day)] ?? "";
}

/** "25/3/2024", as official letters write a date. */
export function shortDate(day: Day): string {
  return `${day.day}/${day.month}/${day.year}`;
}

/** "thứ Hai, 25/3/2024" */
export function weekdayDate(day: Day): string {
  return `${weekdayName(day)}, ${shortDate(day)}`;
}

/** "thứ Hai, 25/3/2024, 14:00": a meeting's time as invitations and reminders give it. */
export function weekdayDateTime(instant: Date, timeZone: string): string {
  const time = timeOf(instant, timeZone);
  return `${weekdayDate(dayOf(instant, timeZone))}, ${String(time.hour).padStart(2, "0")}:${String(time.minute).padStart(2, "0")}`;
}
