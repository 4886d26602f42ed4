import type { CommuneSnapshot } from "../conversation/commune-snapshot.js";
import type { AgendaEntry } from "./agenda-entry.js";
import { type Answer, answerOf } from "./answer.js";
import { type CalendarDate, dayNumber, daysBetween, localDateTime } from "./calendar-date.js";
import { catalogDeadlineEntries } from "./catalog-deadline-entries.js";
import { snapshotStates } from "./indicator-state.js";
import { scheduledEntries } from "./scheduled-entries.js";
import { describeDaysLeft, formatTime, formatWeekdayDate } from "./vietnamese-dates.js";

/** At most this many entries are listed, so the reply fits a phone screen. */
const MOST = 12;

const MINUTES_PER_DAY = 24 * 60;

/** Day first; within a day, timed items by time, date-only ones (due by the day's end) last. */
function sortKey(entry: AgendaEntry): number {
  const minutes = entry.time ? entry.time.hour * 60 + entry.time.minute : MINUTES_PER_DAY;
  return dayNumber(entry.date) * (MINUTES_PER_DAY + 1) + minutes;
}

/** "• thứ Sáu, 27/09/2024, 14:00 (còn 7 ngày): Họp BCĐ CĐS quý 3 tại Hội trường UBND xã" */
function entryLine(entry: AgendaEntry, today: CalendarDate): string {
  const time = entry.time ? `, ${formatTime(entry.time)}` : "";
  return `• ${formatWeekdayDate(entry.date)}${time} (${describeDaysLeft(daysBetween(today, entry.date))}): ${entry.what}`;
}

/**
 * Answers "lịch họp" and "hạn nộp": the meetings and deadlines the committee scheduled that
 * are still ahead of `now`, together with the catalog's completion deadlines in the plan year
 * (same-date indicators grouped; Huế's quarterly BCĐ meetings named), in date order, each
 * with its weekday and date ("thứ Hai, 31/03/2025") and the days left ("còn 5 ngày"). Past
 * items are left out; when nothing is ahead, it says so. Dates are those of `timeZone`.
 */
export function answerDeadlines(snapshot: CommuneSnapshot, now: Date, timeZone: string): Answer {
  const today = localDateTime(now, timeZone);
  const entries = [
    ...scheduledEntries(snapshot.scheduled, now, today, timeZone),
    ...catalogDeadlineEntries(snapshotStates(snapshot), snapshot.year, today),
  ].sort((a, b) => sortKey(a) - sortKey(b));

  if (entries.length === 0) return answerOf(["Hiện chưa có lịch họp hay hạn nộp nào sắp tới."]);
  const lines = ["Lịch họp và hạn nộp sắp tới:", ...entries.slice(0, MOST).map((entry) => entryLine(entry, today))];
  if (entries.length > MOST) lines.push(`… và ${entries.length - MOST} mục khác.`);
  return answerOf(lines);
}
