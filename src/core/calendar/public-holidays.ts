import type { HolidayKind, HolidayYear } from "./holiday-year.js";
import { type Day, isoDay, parseIsoDay, shiftDay, weekdayOf } from "./local-time.js";
import { hungKingsDay, tetDay } from "./lunar-dates.js";

/** A day off with the holiday it belongs to. */
export interface DayOff {
  readonly day: Day;
  readonly holiday: HolidayKind;
  /** "Tết Nguyên đán", "Giỗ Tổ Hùng Vương" */
  readonly name: string;
}

/** The official days off of one year and the weekend days worked in exchange. */
export interface HolidayYearDays {
  readonly year: number;
  /** Days off by ISO day ("2026-02-16"). */
  readonly daysOff: ReadonlyMap<string, DayOff>;
  /** Weekend days that are working days this year ("2026-01-10"). */
  readonly workingDays: ReadonlySet<string>;
  /** "computed" when no data file was given for the year. */
  readonly origin: "file" | "computed";
}

const NAMES: Record<Exclude<HolidayKind, "other">, string> = {
  "new-year": "Tết Dương lịch",
  tet: "Tết Nguyên đán",
  "hung-kings": "Giỗ Tổ Hùng Vương",
  reunification: "Ngày Giải phóng miền Nam, thống nhất đất nước",
  labour: "Ngày Quốc tế Lao động",
  "national-day": "Quốc khánh",
};

const isWeekend = (day: Day): boolean => weekdayOf(day) === 0 || weekdayOf(day) === 6;

/**
 * The days off the Labour Code gives in `year` when nothing was announced: 1/1; Tết from
 * the last day of the old lunar year to mùng 4 (5 days); Giỗ Tổ 10/3 lunar; 30/4 and 1/5;
 * 2/9 with an adjacent day (1/9 when 2/9 is a Tuesday or Saturday, else 3/9). A holiday on
 * a Saturday or Sunday gives the next weekday off instead, as the Code provides.
 */
export function computedDaysOff(year: number): Map<Exclude<HolidayKind, "other">, Day[]> {
  const tet = tetDay(year);
  const nationalDay: Day = { year, month: 9, day: 2 };
  const bridge = [2, 6].includes(weekdayOf(nationalDay)) ? shiftDay(nationalDay, -1) : shiftDay(nationalDay, 1);
  const base = new Map<Exclude<HolidayKind, "other">, Day[]>([
    ["new-year", [{ year, month: 1, day: 1 }]],
    ["tet", [-1, 0, 1, 2, 3].map((offset) => shiftDay(tet, offset))],
    ["hung-kings", [hungKingsDay(year)]],
    ["reunification", [{ year, month: 4, day: 30 }]],
    ["labour", [{ year, month: 5, day: 1 }]],
    ["national-day", [bridge, nationalDay].sort((a, b) => a.day - b.day)],
  ]);
  const taken = new Set([...base.values()].flat().map(isoDay));
  for (const [kind, days] of base) {
    const compensations: Day[] = [];
    for (const day of days) {
      if (!isWeekend(day)) continue;
      let next = shiftDay(day, 1);
      while (isWeekend(next) || taken.has(isoDay(next))) next = shiftDay(next, 1);
      taken.add(isoDay(next));
      compensations.push(next);
    }
    base.set(kind, [...days, ...compensations]);
  }
  return base;
}

/**
 * The days off of `year`: what the year's data file announces, each holiday it does not
 * name taken from `computedDaysOff`; without a file, all computed.
 */
export function holidayYearDays(year: number, file?: HolidayYear): HolidayYearDays {
  const daysOff = new Map<string, DayOff>();
  const named = new Set(file?.daysOff.map((entry) => entry.holiday) ?? []);
  for (const [holiday, days] of computedDaysOff(year)) {
    if (named.has(holiday)) continue;
    for (const day of days) daysOff.set(isoDay(day), { day, holiday, name: NAMES[holiday] });
  }
  for (const entry of file?.daysOff ?? []) {
    const from = parseIsoDay(entry.from);
    const to = parseIsoDay(entry.to ?? entry.from);
    if (!from || !to) continue;
    for (let day = from, n = 0; isoDay(day) <= isoDay(to) && n < 60; day = shiftDay(day, 1), n++)
      daysOff.set(isoDay(day), { day, holiday: entry.holiday, name: entry.name });
  }
  const workingDays = new Set(
    (file?.workingDays ?? []).map((w) => parseIsoDay(w.date)).flatMap((d) => (d ? [isoDay(d)] : [])),
  );
  return { year, daysOff, workingDays, origin: file ? "file" : "computed" };
}
