import { type ClockTime, dayOf, instantAt, isoDay, timeOf } from "./local-time.js";
import { isQuietTime, minutesOf } from "./office-hours.js";
import type { WorkingCalendar } from "./working-calendar.js";

/** Whether a reminder may be sent at `instant`: a working day, outside the quiet hours. */
export function isSendable(instant: Date, calendar: WorkingCalendar, timeZone: string): boolean {
  return calendar.isWorkingDay(dayOf(instant, timeZone)) && !isQuietTime(timeOf(instant, timeZone), calendar.hours);
}

/**
 * Where a reminder wanted at `wanted` is sent, moving earlier when `wanted` is not in
 * office hours: to the end of the quiet morning (07:00) the same day when that day is a
 * working day and the event is later that day, otherwise to the morning (08:00) of the
 * previous working day. A reminder must never come after what it announces.
 */
export function moveEarlier(wanted: Date, eventAt: Date | null, calendar: WorkingCalendar, timeZone: string): Date {
  if (isSendable(wanted, calendar, timeZone)) return wanted;
  const day = dayOf(wanted, timeZone);
  const hours = calendar.hours;
  if (calendar.isWorkingDay(day) && eventAt) {
    const opening = instantAt(day, hours.quietUntil, timeZone);
    const sameDay = isoDay(dayOf(eventAt, timeZone)) === isoDay(day);
    if (sameDay && opening.getTime() < eventAt.getTime()) return opening;
  }
  return instantAt(calendar.previousWorkingDay(day), hours.morning, timeZone);
}

/**
 * Where a message wanted at `wanted` that cannot come earlier (an invitation, a question
 * after a meeting) is sent: `wanted` itself in office hours, otherwise the next opening,
 * the end of the quiet morning of the next working day, or `morning` when given.
 */
export function moveLater(wanted: Date, calendar: WorkingCalendar, timeZone: string, morning?: ClockTime): Date {
  if (isSendable(wanted, calendar, timeZone)) return wanted;
  const day = dayOf(wanted, timeZone);
  const opening = morning ?? calendar.hours.quietUntil;
  const time = timeOf(wanted, timeZone);
  if (calendar.isWorkingDay(day) && minutesOf(time) < minutesOf(calendar.hours.quietUntil))
    return instantAt(day, opening, timeZone);
  return instantAt(calendar.nextWorkingDay(day), opening, timeZone);
}
