import { z } from "zod";

/** The public holidays the Labour Code gives (Điều 112 Bộ luật Lao động 2019). */
export const HOLIDAY_KINDS = ["new-year", "tet", "hung-kings", "reunification", "labour", "national-day"] as const;

/** One of the Labour Code's holidays, or "other" for a day off the government adds for a year. */
export type HolidayKind = (typeof HOLIDAY_KINDS)[number] | "other";

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "ngày phải viết dạng YYYY-MM-DD");

/**
 * A data file of one year's official days off (`src/catalogs/holidays/2026.yaml`): the
 * days the government announced for each holiday (Tết is set anew every year), extra days
 * off, and Saturdays worked in exchange. A holiday the file does not name keeps its
 * computed days, so an administrator only writes what was announced.
 */
export const holidayYearSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  /** Where the days come from, e.g. the announcement's number and date. */
  source: z.string().optional(),
  daysOff: z
    .array(
      z.object({
        holiday: z.enum([...HOLIDAY_KINDS, "other"]),
        name: z.string().min(1),
        from: isoDay,
        /** The last day off, inclusive; the same as `from` when absent. */
        to: isoDay.optional(),
      }),
    )
    .default([]),
  /** Weekend days worked in exchange for a bridge day off. */
  workingDays: z.array(z.object({ date: isoDay, note: z.string().optional() })).default([]),
});

export type HolidayYear = z.output<typeof holidayYearSchema>;
