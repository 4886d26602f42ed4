import type { HolidayYear } from "./holiday-year.js";
import { type Day, isoDay, shiftDay, weekdayOf } from "./local-time.js";
import type { OfficeHours } from "./office-hours.js";
import { type DayOff, type HolidayYearDays, holidayYearDays } from "./public-holidays.js";

/**
 * Which days a commune works: its working weekdays, minus public holidays (from the year
 * data files where given, computed otherwise), plus weekend days worked in exchange.
 */
export interface WorkingCalendar {
  readonly hours: OfficeHours;
  isWorkingDay(day: Day): boolean;
  /** The holiday `day` belongs to, if it is an official day off. */
  holidayOn(day: Day): DayOff | undefined;
  /** The last working day strictly before `day`. */
  previousWorkingDay(day: Day): Day;
  /** The first working day strictly after `day`. */
  nextWorkingDay(day: Day): Day;
}

/** A year without a single working day is a mistake in a data file; the search stops after this many days. */
const SEARCH_LIMIT = 60;

/** Builds the working calendar of `hours` over the given holiday data files (one per year, any years). */
export function workingCalendar(hours: OfficeHours, files: readonly HolidayYear[]): WorkingCalendar {
  const byYear = new Map(files.map((file) => [file.year, file]));
  const years = new Map<number, HolidayYearDays>();
  const yearDays = (year: number): HolidayYearDays => {
    let days = years.get(year);
    if (!days) {
      days = holidayYearDays(year, byYear.get(year));
      years.set(year, days);
    }
    return days;
  };
  const holidayOn = (day: Day) => yearDays(day.year).daysOff.get(isoDay(day));
  const isWorkingDay = (day: Day): boolean => {
    const year = yearDays(day.year);
    const key = isoDay(day);
    if (year.daysOff.has(key)) return false;
    return year.workingDays.has(key) || hours.workingWeekdays.includes(weekdayOf(day));
  };
  const step = (day: Day, by: 1 | -1): Day => {
    let next = shiftDay(day, by);
    for (let n = 0; n < SEARCH_LIMIT && !isWorkingDay(next); n++) next = shiftDay(next, by);
    return next;
  };
  return {
    hours,
    isWorkingDay,
    holidayOn,
    previousWorkingDay: (day) => step(day, -1),
    nextWorkingDay: (day) => step(day, 1),
  };
}
