import type { AgendaEntry } from "./agenda-entry.js";
import { type CalendarDate, dayNumber } from "./calendar-date.js";
import { catalogDeadlineDate } from "./catalog-deadline-date.js";
import type { IndicatorState } from "./indicator-state.js";
import { codeAndName } from "./short-name.js";

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
export function catalogDeadlineEntries(
  states: readonly IndicatorState[],
  year: number,
  today: CalendarDate,
): AgendaEntry[] {
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
