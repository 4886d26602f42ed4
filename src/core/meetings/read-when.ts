import { type ClockTime, type Day, dayOf, instantAt, validDay } from "../calendar/local-time.js";
import { foldVietnamese } from "../text/fold-vietnamese.js";

/** What a typed date and time say, or which part is missing or wrong, as a value to ask back about. */
export type ReadWhen =
  | { ok: true; day: Day; time: ClockTime | null; at: Date }
  | { ok: false; problem: "no-date" | "impossible-date" | "past" | "future"; typed?: string };

/** "25/3/2024", "25/3", "25-3-2024", "2024-03-25" */
const DATE = /(?:^|[^\d/])(\d{1,2})[/-](\d{1,2})(?:[/-](\d{2,4}))?(?![\d/])|(\d{4})-(\d{1,2})-(\d{1,2})/;
/** "14:00", "14h", "14h30", "8 giờ 30", "8g30" */
const TIME = /(?:^|[^\d/:])(\d{1,2})\s*(?:gio|:|h|g)\s*(\d{2})?(?:\s*(?:phut|p))?(?![\d/])/;

/**
 * Reads a date and, when given, a time of day from a message ("14h ngày 25/3", "8h30
 * thứ Hai 25/3/2024", "2024-03-25 14:00"), in the commune's `timeZone`. A date without a
 * year is the next such day from `now`. A time without a date, a day the calendar does not
 * have (31/2) and a moment already past come back as problems to ask about, never guesses.
 * With `timeRequired` false a date alone is the end of that day (a deadline). With
 * `direction` "past" (a meeting already held) it is the other way round: a date without a
 * year is the last such day, and a day still ahead is the problem.
 */
export function readWhen(
  text: string,
  now: Date,
  timeZone: string,
  timeRequired = true,
  direction: "future" | "past" = "future",
): ReadWhen {
  const folded = foldVietnamese(text).toLowerCase();
  const date = DATE.exec(folded);
  if (!date) return { ok: false, problem: "no-date" };
  const iso = date[4] !== undefined;
  const dd = Number(iso ? date[6] : date[1]);
  const mm = Number(iso ? date[5] : date[2]);
  const typedYear = iso ? date[4] : date[3];
  const today = dayOf(now, timeZone);
  const year = typedYear ? (typedYear.length === 2 ? 2000 + Number(typedYear) : Number(typedYear)) : today.year;
  const typed = date[0].trim();
  const withoutDate = folded.replace(date[0], " ");
  const clock = TIME.exec(withoutDate);
  const time = clock ? { hour: Number(clock[1]), minute: Number(clock[2] ?? 0) } : null;
  if (time && (time.hour > 23 || time.minute > 59)) return { ok: false, problem: "no-date" };
  let day = validDay(year, mm, dd);
  if (!day) return { ok: false, problem: "impossible-date", typed };
  const at = (d: Day) =>
    instantAt(d, time ?? (timeRequired ? { hour: 0, minute: 0 } : { hour: 23, minute: 59 }), timeZone);
  if (direction === "past") {
    const startOf = (d: Day) => instantAt(d, { hour: 0, minute: 0 }, timeZone);
    if (!typedYear && startOf(day).getTime() > now.getTime()) day = validDay(year - 1, mm, dd) ?? day;
    if (startOf(day).getTime() > now.getTime()) return { ok: false, problem: "future", typed };
    return { ok: true, day, time, at: at(day) };
  }
  if (!typedYear && at(day).getTime() < now.getTime()) day = validDay(year + 1, mm, dd) ?? day;
  if (at(day).getTime() < now.getTime()) return { ok: false, problem: "past", typed };
  return { ok: true, day, time, at: at(day) };
}

/** Whether the text names a time of day ("14h", "8:30") — to tell "a time without a date" apart. */
export function hasClockTime(text: string): boolean {
  return TIME.test(foldVietnamese(text).toLowerCase());
}
