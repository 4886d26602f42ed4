import { describe, expect, it } from "vitest";
import type { Database } from "../../src/adapters/storage/open-database.js";
import { openDatabase } from "../../src/adapters/storage/open-database.js";
import { bindChat } from "../../src/adapters/storage/stores/chat-bindings.js";
import { createCommune } from "../../src/adapters/storage/stores/communes.js";
import { readCatalogVersion } from "../../src/adapters/storage/stores/indicator-sets.js";
import { createMeeting } from "../../src/adapters/storage/stores/meetings.js";
import { addMember } from "../../src/adapters/storage/stores/members.js";
import { createPlan } from "../../src/adapters/storage/stores/plans.js";
import { claimDueReminders, listReminderJobs } from "../../src/adapters/storage/stores/reminder-jobs.js";
import { type ReminderTickDeps, runReminderTick } from "../../src/app/reminders/run-reminder-tick.js";
import { catalogSchema } from "../../src/core/catalog/catalog-schema.js";
import type { OutboundMessage } from "../../src/core/messages/outbound-message.js";
import { captureLogger } from "../support/capture-logger.js";
import { databaseKindsUnderTest } from "../support/test-database.js";
import { useTestDatabase } from "../support/use-test-database.js";

const at = (text: string) => new Date(`${text}+07:00`);
const catalog = catalogSchema.parse({
  id: "reminder-set",
  title: "Bộ chỉ tiêu thử",
  source: "QĐ 1/QĐ-UBND",
  year: 2024,
  groups: [{ code: "1", name: "Chính quyền số" }],
  indicators: [{ code: "1.1", group: "1", name: "Chỉ tiêu 1.1", measure: { kind: "boolean", question: "đạt 1.1" } }],
});

function depsFor(db: Database, owner: string, sent: OutboundMessage[], extra: Partial<ReminderTickDeps> = {}) {
  const log = captureLogger();
  const deps: ReminderTickDeps = {
    db,
    catalogOf: (setId) => readCatalogVersion(db, setId),
    holidays: [],
    timeZone: "Asia/Ho_Chi_Minh",
    owner,
    senders: new Map([["telegram", async (message: OutboundMessage) => void sent.push(message)]]),
    logger: log.logger,
    ...extra,
  };
  return { deps, log };
}

describe.each(databaseKindsUnderTest())("the reminder clock on %s", (kind) => {
  const database = useTestDatabase(kind);
  let n = 0;

  /** A commune with one group chat and `meetings` meetings confirmed at `created`. */
  async function communeWithMeetings(meetings: number, created: Date): Promise<string> {
    const { db } = database();
    n += 1;
    const commune = await createCommune(
      db,
      { slug: `xa-${n}`, name: `Xã ${n}`, district: "—", province: "Huế" },
      { at: created },
    );
    const plan = await createPlan(db, { communeId: commune.id, catalog, year: 2024, at: created, actor: {} });
    if (plan.status !== "created" && plan.status !== "existing") throw new Error(plan.status);
    const chatId = `-100${n}`;
    await bindChat(db, {
      platform: "telegram",
      chatId,
      communeId: commune.id,
      planId: plan.plan.id,
      isGroup: true,
      at: created,
    });
    await addMember(
      db,
      {
        communeId: commune.id,
        platform: "telegram",
        externalId: `u${n}`,
        displayName: "Lan",
        role: "secretary",
        status: "approved",
      },
      { at: created },
    );
    for (let i = 0; i < meetings; i++)
      await createMeeting(db, {
        communeId: commune.id,
        title: `Họp BCĐ lần ${i + 1}`,
        startsAt: new Date(created.getTime() + (7 + (i % 15)) * 24 * 60 * 60 * 1000),
        location: "Hội trường",
        year: 2024,
        quarter: 1,
        at: created,
      });
    return chatId;
  }

  it("sends each reminder once when two instances tick the same minute", async () => {
    const { db, url } = database();
    const chats: string[] = [];
    for (let i = 0; i < 3; i++) chats.push(await communeWithMeetings(10, at("2024-03-04T09:00:00")));
    const second = await openDatabase(url);
    try {
      const sent: OutboundMessage[] = [];
      const now = at("2024-03-04T09:30:00");
      await Promise.all([
        runReminderTick(depsFor(db, "a", sent).deps, now),
        runReminderTick(depsFor(second.db, "b", sent).deps, now),
      ]);
      const invitations = sent.filter((m) => chats.includes(m.chatId));
      expect(invitations).toHaveLength(30);
      expect(new Set(invitations.map((m) => `${m.chatId}|${m.text}`)).size).toBe(30);
      expect(invitations[0]?.text).toContain("GIẤY MỜI HỌP");
    } finally {
      await second.close();
    }
  });

  it("sends a reminder once when an instance stopped between claiming and sending it", async () => {
    const { db } = database();
    const chatId = await communeWithMeetings(1, at("2024-04-01T09:00:00"));
    const sent: OutboundMessage[] = [];
    const { deps } = depsFor(db, "b", sent);
    // Instance "a" queues and claims, then stops before sending.
    await runReminderTick({ ...deps, senders: new Map() }, at("2024-04-01T09:00:00"));
    const claimed = await claimDueReminders(db, {
      owner: "a",
      now: at("2024-04-01T09:01:00"),
      leaseMs: 120_000,
      limit: 100,
    });
    expect(claimed.some((job) => job.chatId === chatId)).toBe(true);
    await runReminderTick(deps, at("2024-04-01T09:02:00"));
    expect(sent.filter((m) => m.chatId === chatId)).toHaveLength(0); // still leased to "a"
    await runReminderTick(deps, at("2024-04-01T09:04:00"));
    expect(sent.filter((m) => m.chatId === chatId)).toHaveLength(1);
  });

  it("never sends twice when an instance stopped between sending and marking it sent", async () => {
    const { db } = database();
    const chatId = await communeWithMeetings(1, at("2024-05-02T09:00:00"));
    const sent: OutboundMessage[] = [];
    const crash = depsFor(db, "a", sent, {
      afterSend: async () => {
        throw new Error("the process stopped");
      },
    });
    await expect(runReminderTick(crash.deps, at("2024-05-02T09:00:00"))).rejects.toThrow("the process stopped");
    const { deps, log } = depsFor(db, "b", sent);
    await runReminderTick(deps, at("2024-05-02T09:05:00"));
    await runReminderTick(deps, at("2024-05-02T09:10:00"));
    expect(sent.filter((m) => m.chatId === chatId)).toHaveLength(1);
    expect(log.lines().some((line) => line.msg === "reminder interrupted while sending; not resent")).toBe(true);
    const jobs = await listReminderJobs(db);
    expect(jobs.find((job) => job.chatId === chatId && job.payload.offset === "invite")?.status).toBe("failed");
  });

  it("after downtime sends the latest reminder of a meeting and drops the stale one with a log line", async () => {
    const { db } = database();
    const created = at("2024-07-01T09:00:00");
    const chatId = await communeWithMeetings(1, created);
    const sent: OutboundMessage[] = [];
    const { deps, log } = depsFor(db, "a", sent);
    await runReminderTick(deps, created); // the invitation
    // Down from the invitation until 30 minutes before the meeting (8/7 09:00): the day-before reminder is stale.
    await runReminderTick(deps, at("2024-07-08T08:30:00"));
    const texts = sent.filter((m) => m.chatId === chatId).map((m) => m.text);
    expect(texts).toHaveLength(2);
    expect(texts[1]).toContain("hôm nay");
    expect(
      log
        .lines()
        .filter((line) => line.msg === "stale reminder dropped")
        .map((line) => line.key),
    ).toEqual([expect.stringMatching(/:d-1$/)]);
  });

  it("retries a failed send with back-off", async () => {
    const { db } = database();
    const chatId = await communeWithMeetings(1, at("2024-06-03T09:00:00"));
    const sent: OutboundMessage[] = [];
    let failures = 1;
    const flaky = async (message: OutboundMessage) => {
      if (failures-- > 0) throw new Error("429 Too Many Requests");
      sent.push(message);
    };
    const { deps } = depsFor(db, "a", sent, { senders: new Map([["telegram", flaky]]) });
    await runReminderTick(deps, at("2024-06-03T09:00:00"));
    await runReminderTick(deps, at("2024-06-03T09:00:30"));
    expect(sent.filter((m) => m.chatId === chatId)).toHaveLength(0);
    await runReminderTick(deps, at("2024-06-03T09:01:00"));
    expect(sent.filter((m) => m.chatId === chatId)).toHaveLength(1);
  });
});
