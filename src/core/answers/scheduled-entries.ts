import type { ScheduledItem } from "../conversation/commune-snapshot.js";
import type { AgendaEntry } from "./agenda-entry.js";
import { type CalendarDate, dayNumber, localDateTime } from "./calendar-date.js";

/** 00:00 and 23:59 mean "that day" rather than a clock time someone must be present at. */
function meaningfulTime(hour: number, minute: number): boolean {
  return !(hour === 0 && minute === 0) && !(hour === 23 && minute === 59);
}

function describeItem(item: ScheduledItem): string {
  const title = item.title.trim();
  const location = item.location?.trim() ? ` tại ${item.location.trim()}` : "";
  if (item.kind === "meeting") return `${title}${location}`;
  const named = /^hạn(\s|$)/iu.test(title) ? title : `Hạn: ${title}`;
  const code = item.indicatorCode && !title.includes(item.indicatorCode) ? ` (chỉ tiêu ${item.indicatorCode})` : "";
  return `${named}${code}${location}`;
}

/**
 * The committee's own meetings and deadlines that are still ahead: an item with a clock time
 * is ahead until that moment passes; a date-only item (00:00 or 23:59) stays ahead for the
 * whole of its day, since a deadline "on 25/9" is still open on the morning of 25/9. Items
 * with an invalid date are skipped.
 */
export function scheduledEntries(
  items: readonly ScheduledItem[],
  now: Date,
  today: CalendarDate,
  timeZone: string,
): AgendaEntry[] {
  const entries: AgendaEntry[] = [];
  for (const item of items) {
    if (Number.isNaN(item.at.getTime())) continue;
    const local = localDateTime(item.at, timeZone);
    const date: CalendarDate = { year: local.year, month: local.month, day: local.day };
    const timed = meaningfulTime(local.hour, local.minute);
    const ahead = timed ? item.at.getTime() >= now.getTime() : dayNumber(date) >= dayNumber(today);
    if (!ahead) continue;
    entries.push(
      timed
        ? { date, time: { hour: local.hour, minute: local.minute }, what: describeItem(item) }
        : { date, what: describeItem(item) },
    );
  }
  return entries;
}
