import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_OFFICE_HOURS } from "../../../src/core/calendar/office-hours.js";
import { workingCalendar } from "../../../src/core/calendar/working-calendar.js";
import type { CommuneSnapshot } from "../../../src/core/conversation/commune-snapshot.js";
import { planReminders } from "../../../src/core/reminders/plan-reminders.js";
import { fatesAt } from "../../../src/core/reminders/planned-reminder.js";
import { DEFAULT_REMINDER_SETTINGS } from "../../../src/core/reminders/reminder-settings.js";
import type { MeetingRecord } from "../../../src/core/reminders/reminder-sources.js";
import { renderReminder } from "../../../src/core/reminders/render-reminder.js";
import { catalog, choice, HUNG, LAN, MAI, snapshotOf, TZ, version } from "../answers/fixtures.js";

const at = (text: string) => new Date(`${text}+07:00`);
const calendar = workingCalendar(DEFAULT_OFFICE_HOURS, []);
let hue: CommuneSnapshot;

beforeAll(async () => {
  hue = snapshotOf({
    catalog: await catalog("hue-2023"),
    year: 2024,
    period: "2024",
    members: [LAN, HUNG, MAI],
    assignments: { "I.2.2": [HUNG.membershipId] },
  });
});

function meeting(startsAt: string, createdAt: string, extra: Partial<MeetingRecord> = {}): MeetingRecord {
  return {
    id: "m1",
    title: "Họp Ban Chỉ đạo chuyển đổi số quý I năm 2024",
    startsAt: at(startsAt),
    location: "Hội trường UBND xã",
    year: 2024,
    quarter: 1,
    status: "scheduled",
    createdAt: at(createdAt),
    arrangedAt: at(createdAt),
    heldOn: null,
    chairedByHead: null,
    chairName: null,
    conclusionRef: null,
    conclusionOn: null,
    photosUrl: null,
    ...extra,
  };
}

const plan = (meetings: MeetingRecord[], snapshot = hue) =>
  planReminders({ snapshot, meetings, deadlines: [], settings: DEFAULT_REMINDER_SETTINGS, calendar, timeZone: TZ });

describe("planning a meeting's reminders", () => {
  it("invites at once, reminds the working day before at 08:00 and two hours before, asks afterwards", () => {
    const reminders = plan([meeting("2024-03-25T14:00:00", "2024-03-18T10:00:00")]).filter((r) => r.kind === "meeting");
    expect(reminders.map((r) => [r.offset, r.dueAt.toISOString()])).toEqual([
      ["invite", at("2024-03-18T10:00:00").toISOString()],
      ["d-1", at("2024-03-22T08:00:00").toISOString()], // Friday: the Monday meeting's working day before
      ["h-2", at("2024-03-25T12:00:00").toISOString()],
      ["after", at("2024-03-25T17:00:00").toISOString()],
    ]);
    expect(reminders[1]?.key).toBe("meeting:m1:2024-03-25T07:00:d-1");
  });

  it("moves a 08:00 meeting's reminder out of the quiet morning, to 07:00", () => {
    const reminders = plan([meeting("2024-03-25T08:00:00", "2024-03-18T10:00:00")]);
    expect(reminders.find((r) => r.offset === "h-2")?.dueAt).toEqual(at("2024-03-25T07:00:00"));
  });

  it("plans nothing before the meeting was arranged, and nothing for a cancelled one", () => {
    const late = plan([meeting("2024-03-25T14:00:00", "2024-03-25T09:00:00")]).filter((r) => r.kind === "meeting");
    expect(late.map((r) => r.offset)).toEqual(["invite", "h-2", "after"]);
    expect(
      plan([meeting("2024-03-25T14:00:00", "2024-03-18T10:00:00", { status: "cancelled" })]).some(
        (r) => r.kind === "meeting",
      ),
    ).toBe(false);
  });

  it("after downtime sends the latest reminder of a series and drops the stale one", () => {
    const reminders = plan([meeting("2024-03-25T14:00:00", "2024-03-18T10:00:00")]);
    const fates = fatesAt(reminders, at("2024-03-25T12:30:00"));
    expect(fates.get("meeting:m1:2024-03-25T07:00:d-1")).toBe("superseded");
    expect(fates.get("meeting:m1:2024-03-25T07:00:h-2")).toBe("due");
    const afterStart = fatesAt(reminders, at("2024-03-25T15:00:00"));
    expect(afterStart.get("meeting:m1:2024-03-25T07:00:h-2")).toBe("stale");
  });
});

describe("a quarter without a meeting", () => {
  it("prompts the chair and secretary two weeks before Huế's deadline, moved off the weekend", () => {
    const quarter = plan([]).filter((r) => r.kind === "quarter");
    expect(quarter.map((r) => [r.target, r.dueAt.toISOString()])).toEqual([
      ["2024-Q1", at("2024-03-15T08:00:00").toISOString()], // 17/3 is a Sunday
      ["2024-Q2", at("2024-06-14T08:00:00").toISOString()], // 16/6 is a Sunday
      ["2024-Q3", at("2024-09-16T08:00:00").toISOString()],
      ["2024-Q4", at("2024-10-17T08:00:00").toISOString()],
    ]);
    expect(plan([meeting("2024-03-25T14:00:00", "2024-03-01T10:00:00")]).some((r) => r.target === "2024-Q1")).toBe(
      false,
    );
  });
});

describe("deadlines", () => {
  it("reminds 7 days and 1 working day before, escalates the next working day, and stops once complete", () => {
    const deadline = plan([]).filter((r) => r.kind === "deadline" && r.target === "catalog:2024-03-31");
    expect(deadline.map((r) => [r.offset, r.dueAt.toISOString()])).toEqual([
      ["d-7", at("2024-03-22T08:00:00").toISOString()], // 24/3 is a Sunday
      ["wd-1", at("2024-03-29T08:00:00").toISOString()],
      ["escalate", at("2024-04-01T08:00:00").toISOString()],
    ]);
    const complete = { ...hue, figures: { "I.2.2": [version("2024-03-20T09:00:00", choice("head"))] } };
    expect(plan([], complete).some((r) => r.target === "catalog:2024-03-31")).toBe(false);
  });

  it("writes the reminder with what is missing and who answers for it", () => {
    const rendered = renderReminder({
      reminder: { kind: "deadline", target: "catalog:2024-03-31", occurrence: "2024-03-31", offset: "d-7" },
      snapshot: hue,
      meetings: [],
      deadlines: [],
      timeZone: TZ,
      now: at("2024-03-22T08:00:00"),
    });
    expect(rendered).toMatchObject({ send: true });
    if (rendered.send) {
      expect(rendered.answer.text).toContain("Kính nhắc các đồng chí");
      expect(rendered.answer.text).toContain("Chủ nhật, 31/3/2024 (còn 9 ngày)");
      expect(rendered.answer.text).toContain("@Hùng");
    }
  });

  it("nudges a member with missing figures at most once a week before a deadline", () => {
    const nudges = plan([]).filter((r) => r.kind === "nudge" && r.target === HUNG.membershipId);
    const weeks = nudges.map((r) => r.occurrence);
    expect(new Set(weeks).size).toBe(weeks.length);
    expect(nudges[0]?.dueAt).toEqual(at("2024-03-18T09:00:00"));
  });
});
