import type { CalendarDate } from "./calendar-date.js";

/**
 * One line of the "lịch họp / hạn nộp" reply before it is written out: the day, the clock
 * time when one was set, and what happens.
 */
export interface AgendaEntry {
  readonly date: CalendarDate;
  /** Absent for date-only items (catalog deadlines, deadlines set for a whole day). */
  readonly time?: { readonly hour: number; readonly minute: number };
  /** "Họp BCĐ CĐS quý 3 tại Hội trường UBND xã", "Hạn chỉ tiêu I.2.4 Họp BCĐ quý 3". */
  readonly what: string;
}
