/** What a reminder is about. */
export type ReminderKind = "meeting" | "quarter" | "deadline" | "nudge";

/**
 * One reminder that should exist. Its key — kind, target, occurrence, offset — is stable:
 * planning again from the same data gives the same key, so it is queued once however often
 * the clock ticks, and a rescheduled meeting (a new occurrence) gets new reminders.
 */
export interface PlannedReminder {
  /** "meeting:<id>:2024-03-25T14:00:offset" … */
  key: string;
  kind: ReminderKind;
  /** The meeting id, "2024-Q1", "catalog:2024-03-31", "manual:<id>", a membership id. */
  target: string;
  /** Which occurrence: the meeting's time, the deadline's day, the ISO week of a nudge. */
  occurrence: string;
  /** "invite", "d-1", "h-2", "after", "d-14", "d-7", "wd-1", "escalate", "weekly". */
  offset: string;
  /** When it goes out, already moved into office hours. */
  dueAt: Date;
  /** When what it announces begins; a reminder still unsent then is stale. Null for follow-ups. */
  eventAt: Date | null;
  /** Reminders of one series replace each other: after downtime only the latest due one is sent. */
  series: string;
  /** Why it is sent, for `xaso reminders list` and /nhacnho: "Nhắc họp trước 1 ngày làm việc". */
  why: string;
}

/** The parts of a reminder key. */
export function reminderKey(kind: ReminderKind, target: string, occurrence: string, offset: string): string {
  return `${kind}:${target}:${occurrence}:${offset}`;
}

/**
 * What to do with a planned reminder at `now`:
 * - `upcoming`: not due yet;
 * - `due`: send it;
 * - `stale`: what it announces has begun (a "day before" reminder after the meeting started);
 * - `superseded`: a later reminder of its series is due too, so only that one is sent;
 * - `expired`: due more than `lookbackMs` ago: too old to send or to report.
 */
export type ReminderFate = "upcoming" | "due" | "stale" | "superseded" | "expired";

/** Seven days: reminders missed for longer are forgotten, not reported. */
export const LOOKBACK_MS = 7 * 24 * 60 * 60 * 1000;

/** The fate of each reminder at `now`, given all reminders planned for the commune. */
export function fatesAt(
  reminders: readonly PlannedReminder[],
  now: Date,
  lookbackMs = LOOKBACK_MS,
): Map<string, ReminderFate> {
  const latestDue = new Map<string, number>();
  for (const reminder of reminders) {
    if (reminder.dueAt.getTime() > now.getTime() || isStale(reminder, now)) continue;
    latestDue.set(reminder.series, Math.max(latestDue.get(reminder.series) ?? 0, reminder.dueAt.getTime()));
  }
  const fates = new Map<string, ReminderFate>();
  for (const reminder of reminders) {
    const due = reminder.dueAt.getTime();
    let fate: ReminderFate;
    if (due > now.getTime()) fate = "upcoming";
    else if (due < now.getTime() - lookbackMs) fate = "expired";
    else if (isStale(reminder, now)) fate = "stale";
    else if ((latestDue.get(reminder.series) ?? due) > due) fate = "superseded";
    else fate = "due";
    fates.set(reminder.key, fate);
  }
  return fates;
}

function isStale(reminder: PlannedReminder, now: Date): boolean {
  return reminder.eventAt !== null && now.getTime() >= reminder.eventAt.getTime();
}
