import type { Logger } from "../../adapters/logging/create-logger.js";
import { listReminderChats, type ReminderChat } from "../../adapters/storage/stores/reminder-chats.js";
import {
  claimDueReminders,
  markAttemptFailed,
  markHandedOver,
  markSent,
  markSkipped,
  type NewReminderJob,
  queueReminders,
  type ReminderJobRow,
  recoverExpiredClaims,
  settlePending,
  snoozedNudgeSentSince,
} from "../../adapters/storage/stores/reminder-jobs.js";
import type { OutboundMessage } from "../../core/messages/outbound-message.js";
import { planReminders } from "../../core/reminders/plan-reminders.js";
import { fatesAt, type PlannedReminder } from "../../core/reminders/planned-reminder.js";
import { renderReminder } from "../../core/reminders/render-reminder.js";
import { type CommuneReminderData, loadCommuneReminderData, type ReminderDataSource } from "./commune-reminder-data.js";
import { reminderDelivery } from "./reminder-delivery.js";

/** What the clock's reminder work needs. */
export interface ReminderTickDeps extends ReminderDataSource {
  timeZone: string;
  /** This instance's name, written on the jobs it claims. */
  owner: string;
  /** The platforms connected now, each with its `send`. */
  senders: ReadonlyMap<string, (message: OutboundMessage) => Promise<void>>;
  logger: Logger;
  /** Test hook: runs between claiming a job and handing it to the platform. */
  beforeSend?: (jobId: string) => Promise<void>;
  /** Test hook: runs after the platform accepted it and before it is marked sent. */
  afterSend?: (jobId: string) => Promise<void>;
}

/** Reminders are queued this far ahead, so `xaso reminders list` shows what comes next. */
const QUEUE_AHEAD_MS = 2 * 24 * 60 * 60 * 1000;
/** A claim this old is taken to be abandoned by an instance that stopped. */
export const LEASE_MS = 2 * 60 * 1000;
/** Claimed together; a batch is sent well within its lease even at Telegram's 30 messages a second. */
const BATCH = 50;
/** Back-off before each retry of a failed send; after the last, the reminder is marked failed. */
const RETRY_AFTER_MS = [60_000, 5 * 60_000, 15 * 60_000];

/**
 * One tick of the reminder clock: (a) plans every commune's reminders and queues those due
 * soon, idempotently by key — stale or superseded ones (after downtime) are dropped with a
 * log line, ones no longer planned are cancelled; (b) claims due ones atomically; (c) writes
 * each from fresh data; (d) sends it through its platform; (e) marks it sent. A failed send
 * is retried with back-off, then marked failed. Returns the messages sent.
 */
export async function runReminderTick(deps: ReminderTickDeps, now: Date): Promise<OutboundMessage[]> {
  for (const lost of await recoverExpiredClaims(deps.db, now))
    deps.logger.warn(
      { job: lost.id, key: lost.payload.key, chatId: lost.chatId },
      "reminder interrupted while sending; not resent",
    );
  await queueDueSoon(deps, now);
  return sendDue(deps, now);
}

async function queueDueSoon(deps: ReminderTickDeps, now: Date): Promise<void> {
  const byPlan = new Map<string, ReminderChat[]>();
  for (const chat of await listReminderChats(deps.db))
    byPlan.set(chat.planId, [...(byPlan.get(chat.planId) ?? []), chat]);
  for (const chats of byPlan.values()) {
    const first = chats[0] as ReminderChat;
    const data = await loadCommuneReminderData(deps, first, now);
    const planned = planReminders({ ...data, timeZone: deps.timeZone });
    const fates = fatesAt(planned, now);
    const jobs: NewReminderJob[] = [];
    const wanted = new Set<string>();
    const drop = new Set<string>();
    for (const reminder of planned) {
      const fate = fates.get(reminder.key);
      if (fate === "expired") continue;
      wanted.add(reminder.key);
      if (fate === "stale" || fate === "superseded") drop.add(reminder.key);
      if (reminder.dueAt.getTime() > now.getTime() + QUEUE_AHEAD_MS) continue;
      for (const chat of chats)
        jobs.push({
          communeId: first.communeId,
          platform: chat.platform,
          chatId: chat.chatId,
          dueAt: reminder.dueAt,
          payload: payloadOf(reminder),
          status: fate === "stale" || fate === "superseded" ? "dropped" : "pending",
        });
    }
    const created = new Set(await queueReminders(deps.db, jobs, now));
    for (const job of jobs)
      if (job.status === "dropped" && created.has(`${job.communeId}|${job.payload.key}|${job.platform}:${job.chatId}`))
        logDropped(deps, job.payload.key, job.chatId, job.dueAt, fates.get(job.payload.key));
    const settled = await settlePending(deps.db, { communeId: first.communeId, wanted, drop, at: now });
    for (const job of settled) logDropped(deps, job.payload.key, job.chatId, job.dueAt, fates.get(job.payload.key));
  }
}

function logDropped(deps: ReminderTickDeps, key: string, chatId: string, dueAt: Date, fate: string | undefined): void {
  deps.logger.info({ key, chatId, dueAt: dueAt.toISOString(), fate }, "stale reminder dropped");
}

function payloadOf(reminder: PlannedReminder) {
  const { key, kind, target, occurrence, offset, why } = reminder;
  return { key, kind, target, occurrence, offset, why };
}

/** A nudge asked for with "nhắc lại sau" counts as the week's nudge: the planned one a few days later is not sent too. */
const SNOOZE_COUNTS_FOR_MS = 6 * 24 * 60 * 60 * 1000;

function weeklyNudgeAfterSnooze(deps: ReminderTickDeps, job: ReminderJobRow, now: Date): Promise<boolean> {
  if (job.payload.kind !== "nudge" || job.payload.offset === "snooze") return Promise.resolve(false);
  return snoozedNudgeSentSince(deps.db, {
    communeId: job.communeId,
    membershipId: job.payload.target,
    since: new Date(now.getTime() - SNOOZE_COUNTS_FOR_MS),
  });
}

async function sendDue(deps: ReminderTickDeps, now: Date): Promise<OutboundMessage[]> {
  const sent: OutboundMessage[] = [];
  const platforms = [...deps.senders.keys()];
  const fresh = new Map<string, CommuneReminderData>();
  for (;;) {
    const claimed = await claimDueReminders(deps.db, {
      owner: deps.owner,
      now,
      leaseMs: LEASE_MS,
      limit: BATCH,
      platforms,
    });
    if (claimed.length === 0) return sent;
    const chats = await listReminderChats(deps.db);
    for (const job of claimed) {
      const delivery = await reminderDelivery(deps.db, job, chats);
      if (!delivery.send) {
        await markSkipped(deps.db, job.id, deps.owner, delivery.reason);
        continue;
      }
      if (await weeklyNudgeAfterSnooze(deps, job, now)) {
        await markSkipped(deps.db, job.id, deps.owner, "đã nhắc lại theo yêu cầu của thành viên");
        continue;
      }
      const { source, audience } = delivery;
      const cacheKey = `${source.planId}|${source.platform}`;
      let data = fresh.get(cacheKey);
      if (!data) {
        data = await loadCommuneReminderData(deps, source, now);
        fresh.set(cacheKey, data);
      }
      const rendered = renderReminder({ reminder: job.payload, ...data, timeZone: deps.timeZone, now, audience });
      if (!rendered.send) {
        await markSkipped(deps.db, job.id, deps.owner, rendered.reason);
        continue;
      }
      const message: OutboundMessage = {
        platform: job.platform,
        chatId: delivery.chatId,
        text: rendered.answer.text,
        ...(rendered.answer.mentions.length ? { mentions: rendered.answer.mentions } : {}),
      };
      const send = deps.senders.get(job.platform);
      try {
        await deps.beforeSend?.(job.id);
        if (!send || !(await markHandedOver(deps.db, job.id, deps.owner, now))) continue;
        await send(message);
      } catch (error) {
        const retry = RETRY_AFTER_MS[Math.min(job.attempts - 1, RETRY_AFTER_MS.length - 1)] ?? 60_000;
        const status = await markAttemptFailed(deps.db, {
          id: job.id,
          owner: deps.owner,
          error: error instanceof Error ? error.message : String(error),
          retryAt: new Date(now.getTime() + retry),
          maxAttempts: RETRY_AFTER_MS.length + 1,
        });
        deps.logger.warn({ err: error, job: job.id, key: job.payload.key, status }, "reminder send failed");
        continue;
      }
      sent.push(message);
      await deps.afterSend?.(job.id);
      await markSent(deps.db, job.id, deps.owner, now);
    }
  }
}
