import { type Day, dayOf, instantAt, isoDay, shiftDay, weekdayOf } from "../calendar/local-time.js";
import { moveEarlier, moveLater } from "../calendar/place-reminder.js";
import type { WorkingCalendar } from "../calendar/working-calendar.js";
import type { CommuneSnapshot } from "../conversation/commune-snapshot.js";
import type { EvaluationStatus } from "../evaluation/evaluation-status.js";
import { type DeadlineTarget, deadlineTargets, missingCodes, statusesOf } from "./deadline-targets.js";
import { type PlannedReminder, type ReminderKind, reminderKey } from "./planned-reminder.js";
import { quarterMeetings, romanQuarter } from "./quarter-meetings.js";
import type { ReminderSettings } from "./reminder-settings.js";
import type { DeadlineRecord, MeetingRecord } from "./reminder-sources.js";

/** Everything the planner reads; the app loads it, the planner only decides. */
export interface PlanningInput {
  snapshot: CommuneSnapshot;
  meetings: readonly MeetingRecord[];
  deadlines: readonly DeadlineRecord[];
  settings: ReminderSettings;
  calendar: WorkingCalendar;
  timeZone: string;
}

const HOUR = 60 * 60 * 1000;

/** How long after a meeting's start the bot asks whether it took place. */
const FOLLOW_UP_AFTER = 3 * HOUR;

/** Nudges for missing figures begin this many days before a deadline that needs them. */
const NUDGE_WINDOW_DAYS = 14;

/** Nudges go out an hour after the morning reminders, so they do not arrive together. */
const NUDGE_TIME = { hour: 9, minute: 0 };

/**
 * The reminders that should exist for one commune, each placed in office hours with its
 * stable key: for every scheduled meeting an invitation, a reminder the working day
 * before and one on the day, and a question afterwards; for every quarter without a
 * meeting, a prompt to the chair; for every deadline with figures still missing, reminders
 * before it and one escalation after; and at most one nudge a week to each member with
 * missing figures while a deadline approaches. A reminder that would fall before what it
 * follows (an invitation's confirmation) is not planned. Pure: same input, same plan.
 */
export function planReminders(input: PlanningInput): PlannedReminder[] {
  const statuses = statusesOf(input.snapshot);
  const targets = deadlineTargets(input.snapshot, input.deadlines, input.timeZone, statuses);
  return [
    ...meetingReminders(input),
    ...quarterReminders(input, statuses),
    ...deadlineReminders(input, targets, statuses),
    ...nudges(input, targets, statuses),
  ].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.key.localeCompare(b.key));
}

function planned(
  kind: ReminderKind,
  target: string,
  occurrence: string,
  offset: string,
  fields: { dueAt: Date; eventAt: Date | null; why: string; series?: string },
): PlannedReminder {
  return {
    key: reminderKey(kind, target, occurrence, offset),
    kind,
    target,
    occurrence,
    offset,
    dueAt: fields.dueAt,
    eventAt: fields.eventAt,
    series: fields.series ?? `${kind}:${target}:${occurrence}`,
    why: fields.why,
  };
}

function minuteStamp(instant: Date): string {
  return instant.toISOString().slice(0, 16);
}

function meetingReminders({ meetings, settings, calendar, timeZone }: PlanningInput): PlannedReminder[] {
  const result: PlannedReminder[] = [];
  for (const meeting of meetings) {
    if (meeting.status !== "scheduled" || Number.isNaN(meeting.startsAt.getTime())) continue;
    const occurrence = minuteStamp(meeting.startsAt);
    const startsAt = meeting.startsAt;
    const arranged = meeting.arrangedAt.getTime();
    const add = (offset: string, dueAt: Date, eventAt: Date | null, why: string, series?: string) => {
      if (offset !== "invite" && dueAt.getTime() <= arranged) return;
      result.push(
        planned("meeting", meeting.id, occurrence, offset, { dueAt, eventAt, why: `${why}: ${meeting.title}`, series }),
      );
    };
    const series = `meeting:${meeting.id}:${occurrence}`;
    add("invite", moveLater(meeting.arrangedAt, calendar, timeZone), startsAt, "Giấy mời họp", `${series}:invite`);
    const meetingDay = dayOf(startsAt, timeZone);
    const dayBefore = instantAt(calendar.previousWorkingDay(meetingDay), calendar.hours.morning, timeZone);
    add("d-1", moveEarlier(dayBefore, startsAt, calendar, timeZone), startsAt, "Nhắc họp trước 1 ngày làm việc");
    const hours = settings.meetingHoursBefore;
    const onTheDay = new Date(startsAt.getTime() - hours * HOUR);
    add(`h-${hours}`, moveEarlier(onTheDay, startsAt, calendar, timeZone), startsAt, `Nhắc họp trước ${hours} giờ`);
    const after = moveLater(new Date(startsAt.getTime() + FOLLOW_UP_AFTER), calendar, timeZone, calendar.hours.morning);
    add("after", after, null, "Hỏi kết quả cuộc họp", `${series}:after`);
  }
  return result;
}

function quarterReminders(
  { snapshot, meetings, settings, calendar, timeZone }: PlanningInput,
  statuses: ReadonlyMap<string, EvaluationStatus>,
): PlannedReminder[] {
  const result: PlannedReminder[] = [];
  for (const owed of quarterMeetings(snapshot.catalog, snapshot.year)) {
    const arranged = meetings.some(
      (meeting) => meeting.status !== "cancelled" && meeting.year === snapshot.year && meeting.quarter === owed.quarter,
    );
    const status = owed.indicatorCode ? statuses.get(owed.indicatorCode) : undefined;
    const recorded = status !== undefined && status !== "no-data";
    if (arranged || recorded) continue;
    const eventAt = instantAt(owed.deadline, { hour: 23, minute: 59 }, timeZone);
    const wanted = instantAt(shiftDay(owed.deadline, -settings.quarterDaysBefore), calendar.hours.morning, timeZone);
    result.push(
      planned(
        "quarter",
        `${snapshot.year}-Q${owed.quarter}`,
        isoDay(owed.deadline),
        `d-${settings.quarterDaysBefore}`,
        {
          dueAt: moveEarlier(wanted, eventAt, calendar, timeZone),
          eventAt,
          why: `Chưa có lịch họp BCĐ quý ${romanQuarter(owed.quarter)}`,
        },
      ),
    );
  }
  return result;
}

function deadlineReminders(
  input: PlanningInput,
  targets: readonly DeadlineTarget[],
  statuses: ReadonlyMap<string, EvaluationStatus>,
): PlannedReminder[] {
  const { snapshot, deadlines, settings, calendar, timeZone } = input;
  const result: PlannedReminder[] = [];
  for (const target of targets) {
    if (missingCodes(snapshot, target.codes, statuses).length === 0) continue;
    const occurrence = isoDay(target.due);
    const created = deadlines.find((deadline) => `manual:${deadline.id}` === target.target)?.createdAt.getTime() ?? 0;
    const byTime = new Map<number, PlannedReminder>();
    const add = (offset: string, dueAt: Date, eventAt: Date | null, why: string, series?: string) => {
      if (dueAt.getTime() <= created) return;
      byTime.set(
        dueAt.getTime(),
        planned("deadline", target.target, occurrence, offset, {
          dueAt,
          eventAt,
          why: `${why}: ${target.title}`,
          series,
        }),
      );
    };
    for (const days of [...settings.deadlineDaysBefore].sort((a, b) => b - a)) {
      const wanted = instantAt(shiftDay(target.due, -days), calendar.hours.morning, timeZone);
      add(`d-${days}`, moveEarlier(wanted, target.dueAt, calendar, timeZone), target.dueAt, `Hạn còn ${days} ngày`);
    }
    const workingDayBefore = instantAt(calendar.previousWorkingDay(target.due), calendar.hours.morning, timeZone);
    add("wd-1", workingDayBefore, target.dueAt, "Hạn còn 1 ngày làm việc");
    const escalation = instantAt(calendar.nextWorkingDay(target.due), calendar.hours.morning, timeZone);
    add(
      "escalate",
      escalation,
      null,
      "Quá hạn còn thiếu số liệu, báo Trưởng ban",
      `deadline:${target.target}:escalate`,
    );
    result.push(...byTime.values());
  }
  return result;
}

/** The first working day of each week within the nudge window before a deadline, computed once per deadline. */
function nudgeDays(
  target: DeadlineTarget,
  calendar: WorkingCalendar,
  cache: Map<string, Array<{ week: string; day: Day }>>,
): Array<{ week: string; day: Day }> {
  const cached = cache.get(target.target);
  if (cached) return cached;
  const firsts = new Map<string, Day>();
  for (let offset = NUDGE_WINDOW_DAYS; offset >= 1; offset--) {
    const day = shiftDay(target.due, -offset);
    if (!calendar.isWorkingDay(day)) continue;
    const week = weekOf(day);
    if (!firsts.has(week)) firsts.set(week, day);
  }
  const days = [...firsts].map(([week, day]) => ({ week, day }));
  cache.set(target.target, days);
  return days;
}

/** Monday of the ISO week of `day`, as the week's stable name "2024-03-18". */
function weekOf(day: Day): string {
  return isoDay(shiftDay(day, -((weekdayOf(day) + 6) % 7)));
}

function nudges(
  { snapshot, calendar, timeZone }: PlanningInput,
  targets: readonly DeadlineTarget[],
  statuses: ReadonlyMap<string, EvaluationStatus>,
): PlannedReminder[] {
  const result = new Map<string, PlannedReminder>();
  const windows = new Map<string, Array<{ week: string; day: Day }>>();
  const assigned = new Map<string, string[]>();
  for (const [code, ids] of Object.entries(snapshot.assignments))
    for (const id of ids) assigned.set(id, [...(assigned.get(id) ?? []), code]);
  for (const member of snapshot.members) {
    if (member.status !== "approved") continue;
    const missing = new Set(missingCodes(snapshot, assigned.get(member.membershipId) ?? [], statuses));
    if (missing.size === 0) continue;
    // The first working day of each week in the two weeks before a deadline that needs this member's figures.
    const weeks = new Map<string, { day: Day; eventAt: Date }>();
    for (const target of targets) {
      if (!target.codes.some((code) => missing.has(code))) continue;
      for (const { week, day } of nudgeDays(target, calendar, windows)) {
        const existing = weeks.get(week);
        if (!existing || isoDay(day) < isoDay(existing.day)) weeks.set(week, { day, eventAt: target.dueAt });
      }
    }
    for (const [week, { day, eventAt }] of weeks)
      result.set(
        `${member.membershipId}:${week}`,
        planned("nudge", member.membershipId, week, "weekly", {
          dueAt: instantAt(day, NUDGE_TIME, timeZone),
          eventAt,
          why: `Nhắc ${member.displayName} cập nhật số liệu còn thiếu`,
        }),
      );
  }
  return [...result.values()];
}
