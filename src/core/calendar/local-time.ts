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
  return new Date(new TZDate(day.year, day.month - 1, day.day, time.hour, time.minute, timeZone).getTime());
}

/** The local day an instant falls on in `timeZone`. */
export function dayOf(instant: Date, timeZone: string): Day {
  const local = new TZDate(instant.getTime(), timeZone);
  return { year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate() };
}

/** The local clock time of an instant in `timeZone`. */
export function timeOf(instant: Date, timeZone: string): ClockTime {
  const local = new TZDate(instant.getTime(), timeZone);
  return { hour: local.getHours(), minute: local.getMinutes() };
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
