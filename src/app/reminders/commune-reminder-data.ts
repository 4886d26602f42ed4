import type { Database } from "../../adapters/storage/open-database.js";
import { loadCommuneSnapshot } from "../../adapters/storage/stores/commune-snapshots.js";
import { listDeadlines } from "../../adapters/storage/stores/deadlines.js";
import { listMeetings } from "../../adapters/storage/stores/meetings.js";
import type { HolidayYear } from "../../core/calendar/holiday-year.js";
import { type WorkingCalendar, workingCalendar } from "../../core/calendar/working-calendar.js";
import type { Catalog } from "../../core/catalog/catalog-schema.js";
import type { CommuneSnapshot } from "../../core/conversation/commune-snapshot.js";
import { officeHoursOf, type ReminderSettings, readReminderSettings } from "../../core/reminders/reminder-settings.js";
import type { DeadlineRecord, MeetingRecord } from "../../core/reminders/reminder-sources.js";

/** Everything planning and writing a commune's reminders reads, fresh from the database. */
export interface CommuneReminderData {
  snapshot: CommuneSnapshot;
  meetings: MeetingRecord[];
  deadlines: DeadlineRecord[];
  settings: ReminderSettings;
  calendar: WorkingCalendar;
}

/** What loading needs: the database, catalogs by set id, the holiday data files. */
export interface ReminderDataSource {
  db: Database;
  catalogOf(setId: string): Promise<Catalog>;
  holidays: readonly HolidayYear[];
}

/**
 * Loads one commune plan's reminder data: its snapshot (mentions for `platform`), every
 * meeting and deadline, its reminder settings and its working calendar. Reminders judge
 * only the figures in force, so the snapshot reads those and not every version: planning
 * costs the same however long the commune's history grows.
 */
export async function loadCommuneReminderData(
  source: ReminderDataSource,
  chat: { planId: string; platform: string; settings: unknown },
  now: Date,
): Promise<CommuneReminderData> {
  const snapshot = await loadCommuneSnapshot(
    source.db,
    { planId: chat.planId, platform: chat.platform, now, history: "latest" },
    source.catalogOf,
  );
  const [meetings, deadlines] = await Promise.all([
    listMeetings(source.db, snapshot.communeId),
    listDeadlines(source.db, snapshot.communeId),
  ]);
  const settings = readReminderSettings(chat.settings);
  return {
    snapshot,
    meetings,
    deadlines,
    settings,
    calendar: workingCalendar(officeHoursOf(settings), source.holidays),
  };
}
