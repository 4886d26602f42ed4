import { type CalendarDate, localDateTime } from "../answers/calendar.js";
import type { CommuneSnapshot, FigureVersion } from "../conversation/commune-snapshot.js";
import { requireFullHistory } from "../conversation/history-required.js";

const MINUTE = 60_000;

/**
 * The last instant of a calendar day in `timeZone` (23:59:59.999 there), found from the
 * zone's offset at that day's end, so a figure confirmed at 23:30 on 31/3 in Hà Nội belongs
 * to quý I whatever the server's zone.
 */
export function endOfDay(date: CalendarDate, timeZone: string): Date {
  const guess = Date.UTC(date.year, date.month - 1, date.day + 1);
  const seen = localDateTime(new Date(guess), timeZone);
  const offset = Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute) - guess;
  return new Date(guess - Math.round(offset / MINUTE) * MINUTE - 1);
}

/**
 * The snapshot as it stood at `cutoff`: every indicator keeps only the versions confirmed
 * at or before it, so a quarterly report shows what was known at the quarter's end and a
 * later correction does not rewrite an earlier report. Indicators with no version left
 * are dropped (no figure yet).
 */
export function snapshotAsOf(snapshot: CommuneSnapshot, cutoff: Date): CommuneSnapshot {
  requireFullHistory(snapshot);
  const figures: Record<string, FigureVersion[]> = {};
  for (const [code, versions] of Object.entries(snapshot.figures)) {
    const kept = versions.filter((version) => version.at.getTime() <= cutoff.getTime());
    if (kept.length) figures[code] = kept;
  }
  return { ...snapshot, figures };
}
