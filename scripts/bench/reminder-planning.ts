import { performance } from "node:perf_hooks";
import { DEFAULT_OFFICE_HOURS } from "../../src/core/calendar/office-hours.js";
import { workingCalendar } from "../../src/core/calendar/working-calendar.js";
import type { Catalog } from "../../src/core/catalog/catalog-schema.js";
import type { CommuneSnapshot, MemberInfo } from "../../src/core/conversation/commune-snapshot.js";
import { planReminders } from "../../src/core/reminders/plan-reminders.js";
import { fatesAt } from "../../src/core/reminders/planned-reminder.js";
import { DEFAULT_REMINDER_SETTINGS } from "../../src/core/reminders/reminder-settings.js";
import type { MeetingRecord } from "../../src/core/reminders/reminder-sources.js";
import { median } from "./stats.js";

/**
 * The planning half of one reminder tick for `communes` communes on `catalog`: each with
 * eight members, a third of its indicators assigned, a quarterly meeting scheduled and no
 * figures yet (the most reminders), planned and sorted into due, stale and superseded at
 * 08:00. Returns the median milliseconds of 7 passes over all communes, and how many
 * reminders one pass planned. Pure code only: no database.
 */
export function reminderPlanningCost(catalog: Catalog, communes: number): { ms: number; reminders: number } {
  const now = new Date(`${catalog.year}-03-20T08:00:00+07:00`);
  const calendar = workingCalendar(DEFAULT_OFFICE_HOURS, []);
  const snapshots = Array.from({ length: communes }, (_, n) => snapshotOf(catalog, n));
  const meeting = (n: number): MeetingRecord => ({
    id: `m${n}`,
    title: "Họp Ban Chỉ đạo chuyển đổi số quý I",
    startsAt: new Date(`${catalog.year}-03-27T14:00:00+07:00`),
    location: "Hội trường UBND xã",
    year: catalog.year,
    quarter: 1,
    status: "scheduled",
    createdAt: new Date(`${catalog.year}-03-01T09:00:00+07:00`),
    arrangedAt: new Date(`${catalog.year}-03-01T09:00:00+07:00`),
    heldOn: null,
    chairedByHead: null,
    chairName: null,
    conclusionRef: null,
    conclusionOn: null,
    photosUrl: null,
  });
  let reminders = 0;
  const pass = () => {
    reminders = 0;
    const start = performance.now();
    for (const [n, snapshot] of snapshots.entries()) {
      const planned = planReminders({
        snapshot,
        meetings: [meeting(n)],
        deadlines: [],
        settings: DEFAULT_REMINDER_SETTINGS,
        calendar,
        timeZone: "Asia/Ho_Chi_Minh",
      });
      fatesAt(planned, now);
      reminders += planned.length;
    }
    return performance.now() - start;
  };
  pass(); // warm-up
  return { ms: median(Array.from({ length: 7 }, pass)), reminders };
}

function snapshotOf(catalog: Catalog, n: number): CommuneSnapshot {
  const members: MemberInfo[] = Array.from({ length: 8 }, (_, i) => ({
    membershipId: `c${n}-m${i}`,
    personId: `c${n}-p${i}`,
    displayName: `Thành viên ${i + 1}`,
    role: i === 0 ? "chair" : i === 1 ? "secretary" : "member",
    status: "approved",
  }));
  const assignments: Record<string, string[]> = {};
  catalog.indicators.forEach((indicator, i) => {
    if (i % 3 === 0) assignments[indicator.code] = [`c${n}-m${i % 8}`];
  });
  return {
    communeId: `c${n}`,
    communeName: `Xã ${n}`,
    district: "—",
    province: "Huế",
    joinPolicy: "approval",
    planId: `p${n}`,
    year: catalog.year,
    period: String(catalog.year),
    catalog,
    targetOverrides: {},
    figures: {},
    assignments,
    members,
    scheduled: [],
  };
}
