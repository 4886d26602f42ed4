import type { CommuneSnapshot, ScheduledItem } from "../conversation/commune-snapshot.js";
import { type Answer, answerOf } from "./answer.js";
import {
  type CalendarDate,
  catalogDeadlineDate,
  dayNumber,
  daysBetween,
  describeDaysLeft,
  formatTime,
  formatWeekdayDate,
  localDateTime,
} from "./calendar.js";
import { type IndicatorState, snapshotStates } from "./indicator-state.js";
import { codeAndName } from "./labels.js";

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

/**
 * One line of the "lịch họp / hạn nộp" reply before it is written out: the day, the clock
 * time when one was set, and what happens.
 */
interface AgendaEntry {
  readonly date: CalendarDate;
  /** Absent for date-only items (catalog deadlines, deadlines set for a whole day). */
  readonly time?: { readonly hour: number; readonly minute: number };
  /** "Họp BCĐ CĐS quý 3 tại Hội trường UBND xã", "Hạn chỉ tiêu I.2.4 Họp BCĐ quý 3". */
  readonly what: string;
}

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
function scheduledEntries(
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

/** Up to this many indicators sharing a date are named one by one. */
const NAMED = 3;

/** Indicators about meetings ("phiên họp BCĐ", "họp trực tuyến"): what "lịch họp" asks for. */
const MEETING = /(^|[\s(])họp(?=$|[\s,.)])/iu;

function isMeeting(state: IndicatorState): boolean {
  return MEETING.test(state.indicator.name) || state.indicator.aliases.some((alias) => MEETING.test(alias));
}

function named(state: IndicatorState): string {
  return `${codeAndName(state.indicator)}${state.evaluation.status === "met" ? " (đã đạt)" : ""}`;
}

function describeGroup(states: readonly IndicatorState[]): string {
  if (states.length <= NAMED) return `Hạn hoàn thành chỉ tiêu ${states.map(named).join("; ")}`;
  const open = states.filter((state) => state.evaluation.status !== "met").length;
  const progress =
    open === 0
      ? " (đã đạt hết)"
      : open === states.length
        ? " (chưa chỉ tiêu nào đạt)"
        : ` (còn ${open} chỉ tiêu chưa đạt)`;
  const meetings = states.filter(isMeeting);
  const highlight = meetings.length > 0 ? `; trong đó có ${meetings.map(named).join("; ")}` : "";
  return `Hạn hoàn thành ${states.length} chỉ tiêu${progress}${highlight}`;
}

/**
 * The catalog's completion deadlines ("31/3" … "31/10") in the plan year that are today or
 * later, one entry per date: up to three indicators are named, a larger set is counted with
 * how many are still open, and its meeting items (Huế's quarterly BCĐ meetings) named. Met
 * items are marked "đã đạt"; not-assessed ones have no deadline for this commune.
 */
function catalogDeadlineEntries(states: readonly IndicatorState[], year: number, today: CalendarDate): AgendaEntry[] {
  const byDay = new Map<number, { date: CalendarDate; states: IndicatorState[] }>();
  for (const state of states) {
    if (state.indicator.deadline === undefined || state.evaluation.status === "not-assessed") continue;
    const date = catalogDeadlineDate(state.indicator.deadline, year);
    if (date === null || dayNumber(date) < dayNumber(today)) continue;
    const day = dayNumber(date);
    const group = byDay.get(day) ?? { date, states: [] };
    group.states.push(state);
    byDay.set(day, group);
  }
  return [...byDay.values()].map((group) => ({ date: group.date, what: describeGroup(group.states) }));
}
