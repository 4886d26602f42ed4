import { describe, expect, it } from "vitest";
import { holidayYearSchema } from "../../../src/core/calendar/holiday-year.js";
import { type Day, instantAt, isoDay, parseIsoDay } from "../../../src/core/calendar/local-time.js";
import { hungKingsDay, tetDay } from "../../../src/core/calendar/lunar-dates.js";
import { DEFAULT_OFFICE_HOURS, isQuietTime } from "../../../src/core/calendar/office-hours.js";
import { moveEarlier, moveLater } from "../../../src/core/calendar/place-reminder.js";
import { computedDaysOff, holidayYearDays } from "../../../src/core/calendar/public-holidays.js";
import { weekdayDateTime } from "../../../src/core/calendar/vietnamese-dates.js";
import { workingCalendar } from "../../../src/core/calendar/working-calendar.js";

const TZ = "Asia/Ho_Chi_Minh";
const day = (text: string): Day => parseIsoDay(text) as Day;
const at = (text: string) => new Date(`${text}+07:00`);
const year2026 = holidayYearSchema.parse({
  year: 2026,
  daysOff: [{ holiday: "tet", name: "Tết Nguyên đán", from: "2026-02-14", to: "2026-02-22" }],
});
const calendar = workingCalendar(DEFAULT_OFFICE_HOURS, [year2026]);

describe("Vietnamese lunar holidays", () => {
  it.each([
    [2020, "2020-01-25", "2020-04-02"],
    [2024, "2024-02-10", "2024-04-18"],
    [2025, "2025-01-29", "2025-04-07"],
    [2026, "2026-02-17", "2026-04-26"],
    [2030, "2030-02-02", "2030-04-12"], // the Chinese calendar says 3/2
    [2027, "2027-02-06", "2027-04-16"],
  ])("%i: Tết %s, Giỗ Tổ %s", (year, tet, hungKings) => {
    expect(isoDay(tetDay(year))).toBe(tet);
    expect(isoDay(hungKingsDay(year))).toBe(hungKings);
  });
});

describe("official days off", () => {
  it("takes Tết 2026 from the year's data file: 14/2–22/2", () => {
    const days = holidayYearDays(2026, year2026);
    const tet = [...days.daysOff.values()].filter((d) => d.holiday === "tet").map((d) => isoDay(d.day));
    expect(tet).toEqual([
      "2026-02-14",
      "2026-02-15",
      "2026-02-16",
      "2026-02-17",
      "2026-02-18",
      "2026-02-19",
      "2026-02-20",
      "2026-02-21",
      "2026-02-22",
    ]);
    expect(days.daysOff.get("2026-04-30")?.holiday).toBe("reunification");
  });

  it.each([
    // year, holiday, expected days (computed default; weekend holidays compensated on the next weekday)
    [2025, "tet", ["2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01", "2025-02-03"]],
    [2024, "national-day", ["2024-09-02", "2024-09-03"]],
    [2025, "national-day", ["2025-09-01", "2025-09-02"]],
    [2023, "national-day", ["2023-09-01", "2023-09-02", "2023-09-04"]],
    [2026, "hung-kings", ["2026-04-26", "2026-04-27"]],
    [2028, "new-year", ["2028-01-01", "2028-01-03"]],
  ] as const)("computes %i %s when no file says otherwise", (year, holiday, expected) => {
    expect(computedDaysOff(year).get(holiday)?.map(isoDay)).toEqual(expected);
  });
});

describe("working days", () => {
  it.each([
    ["2026-02-13", true], // Friday before Tết
    ["2026-02-16", false], // in the Tết break
    ["2026-02-23", true], // first day back
    ["2026-03-07", false], // Saturday
    ["2026-04-30", false],
    ["2026-09-02", false],
    ["2024-03-25", true],
  ])("%s is a working day: %s", (text, expected) => {
    expect(calendar.isWorkingDay(day(text))).toBe(expected);
  });

  it("steps over weekends and Tết", () => {
    expect(isoDay(calendar.previousWorkingDay(day("2026-02-23")))).toBe("2026-02-13");
    expect(isoDay(calendar.nextWorkingDay(day("2026-02-13")))).toBe("2026-02-23");
    expect(isoDay(calendar.previousWorkingDay(day("2024-03-25")))).toBe("2024-03-22");
  });

  it.each([
    [21, 0, true],
    [23, 59, true],
    [6, 59, true],
    [7, 0, false],
    [20, 59, false],
  ])("%i:%i is quiet: %s", (hour, minute, expected) => {
    expect(isQuietTime({ hour, minute }, DEFAULT_OFFICE_HOURS)).toBe(expected);
  });
});

describe("placing a reminder", () => {
  it.each([
    // wanted, event, placed
    ["2024-03-25T12:00:00", "2024-03-25T14:00:00", "2024-03-25T12:00:00"], // office hours: unchanged
    ["2024-03-25T06:00:00", "2024-03-25T08:00:00", "2024-03-25T07:00:00"], // quiet morning, event later that day
    ["2024-03-24T08:00:00", "2024-03-25T14:00:00", "2024-03-22T08:00:00"], // Sunday → Friday 08:00
    ["2024-03-25T21:30:00", "2024-03-26T08:00:00", "2024-03-22T08:00:00"], // late evening, event next day
    ["2026-02-20T08:00:00", "2026-02-23T14:00:00", "2026-02-13T08:00:00"], // Tết → the Friday before
  ])("%s for %s → %s", (wanted, event, placed) => {
    expect(moveEarlier(at(wanted), at(event), calendar, TZ)).toEqual(at(placed));
  });

  it.each([
    ["2024-03-25T10:00:00", "2024-03-25T10:00:00"],
    ["2024-03-25T22:00:00", "2024-03-26T07:00:00"],
    ["2024-03-26T05:00:00", "2024-03-26T07:00:00"],
    ["2024-03-23T10:00:00", "2024-03-25T07:00:00"],
  ])("something that cannot come earlier, wanted %s, goes at %s", (wanted, placed) => {
    expect(moveLater(at(wanted), calendar, TZ)).toEqual(at(placed));
  });

  it("writes dates as official letters do", () => {
    expect(weekdayDateTime(instantAt(day("2024-03-25"), { hour: 14, minute: 0 }, TZ), TZ)).toBe(
      "thứ Hai, 25/3/2024, 14:00",
    );
  });
});
