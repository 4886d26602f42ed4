import { getSolarDate } from "@dqcai/vn-lunar";
import type { Day } from "./local-time.js";

/**
 * The solar day of a day in the Vietnamese lunar calendar (computed for UTC+7, as Hồ Ngọc
 * Đức's algorithm does). Not the Chinese calendar: the two differ on some new moons, e.g.
 * Tết 2030 is 2/2 in Vietnam and 3/2 in China.
 */
export function solarDayOfLunar(lunarDay: number, lunarMonth: number, lunarYear: number): Day {
  const solar = getSolarDate(lunarDay, lunarMonth, lunarYear);
  return { year: solar.year, month: solar.month, day: solar.day };
}

/** Mùng 1 Tết of the lunar year that starts in solar `year`. */
export function tetDay(year: number): Day {
  return solarDayOfLunar(1, 1, year);
}

/** Giỗ Tổ Hùng Vương, 10/3 lunar, in solar `year`. */
export function hungKingsDay(year: number): Day {
  return solarDayOfLunar(10, 3, year);
}
