import { type CalendarDate, calendarDate } from "./calendar-date.js";

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
