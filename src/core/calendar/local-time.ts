import { TZDate } from "@date-fns/tz";
import { addDays } from "date-fns";

/** A day on the wall calendar of the commune, without a time zone: what "25/3" means there. */
export interface Day {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
}

/** A clock time of day, "14:00" → { hour: 14, minute: 0 }. */
export interface ClockTime {
  readonly hour: number;
  readonly minute: number;
}

/**
 * The instant a clock in `timeZone` shows `time` on `day`. Reminders are planned in the
 * commune's local time ("08:00 on the working day before") and stored as instants.
 */
export function instantAt(day: Day, time: ClockTime, timeZone: string): Date {
  const key = `${timeZone}|${day.year}|${day.month}|${day.day}|${time.hour}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const zoned = new TZDate(day.year, day.month - 1, day.day, time.hour, 0, timeZone).getTime();
    offset = Date.UTC(day.year, day.month - 1, day.day, time.hour) - zoned;
    if (offsets.size > 50_000) offsets.clear();
    offsets.set(key, offset);
  }
  return new Date(Date.UTC(day.year, day.month - 1, day.day, time.hour, time.minute) - offset);
}

/**
 * The zone's offset from UTC per local day and hour, remembered: converting a wall-clock
 * time is the planner's most frequent step, and an offset only changes on the hour. A
 * pure cache (same input, same answer), emptied when it grows large.
 */
const offsets = new Map<string, number>();

/** The local day an instant falls on in `timeZone`. */
export function dayOf(instant: Date, timeZone: string): Day {
  const local = wallClock(instant, timeZone);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/** The local clock time of an instant in `timeZone`. */
export function timeOf(instant: Date, timeZone: string): ClockTime {
  const local = wallClock(instant, timeZone);
  return { hour: local.getUTCHours(), minute: local.getUTCMinutes() };
}

/** The wall-clock reading of `instant` in `timeZone`, as a Date whose UTC fields are the local ones. */
function wallClock(instant: Date, timeZone: string): Date {
  const hour = Math.floor(instant.getTime() / 3_600_000);
  const key = `${timeZone}@${hour}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const local = new TZDate(hour * 3_600_000, timeZone);
    offset =
      Date.UTC(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes()) -
      hour * 3_600_000;
    if (offsets.size > 50_000) offsets.clear();
    offsets.set(key, offset);
  }
  return new Date(instant.getTime() + offset);
}

/** `day` moved by `days` calendar days (negative: earlier). */
export function shiftDay(day: Day, days: number): Day {
  const moved = addDays(new Date(Date.UTC(day.year, day.month - 1, day.day)), days);
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: Day): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

/** "2026-02-14": a stable text form of a day, for keys and data files. */
export function isoDay(day: Day): string {
  return `${day.year}-${String(day.month).padStart(2, "0")}-${String(day.day).padStart(2, "0")}`;
}

/** The day of "2026-02-14", or null when that is no such day (2026-02-31). */
export function parseIsoDay(text: string): Day | null {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!match) return null;
  return validDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** The day `day/month/year`, or null when the calendar has no such day (31/2, 29/2/2025). */
export function validDay(year: number, month: number, day: number): Day | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** Negative, zero or positive as `a` is before, on or after `b`. */
export function compareDays(a: Day, b: Day): number {
  return Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day);
}

/** Whole days from `from` to `to`. */
export function daysFrom(from: Day, to: Day): number {
  return Math.round(compareDays(to, from) / 86_400_000);
}
