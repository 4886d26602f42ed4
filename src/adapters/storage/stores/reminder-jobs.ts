import type { DbClient, Prisma } from "../prisma-types.js";
import { isUniqueViolation } from "../prisma-types.js";

/** What a queued reminder is: its planned key parts and why it exists. */
export interface ReminderPayload {
  key: string;
  kind: "meeting" | "quarter" | "deadline" | "nudge";
  target: string;
  occurrence: string;
  offset: string;
  why: string;
}

/** A reminder to queue for one chat. */
export interface NewReminderJob {
  communeId: string;
  platform: string;
  chatId: string;
  dueAt: Date;
  payload: ReminderPayload;
  /** "pending", or "dropped" for a stale reminder recorded only so it is reported once. */
  status: "pending" | "dropped";
}

/** A queued reminder as the clock reads it. */
export interface ReminderJobRow {
  id: string;
  communeId: string;
  platform: string;
  chatId: string;
  dueAt: Date;
  status: string;
  attempts: number;
  payload: ReminderPayload;
  sentAt: Date | null;
  lastError: string | null;
}

/** The job's key: the same reminder in the same chat is queued once, whoever plans it. */
export function jobKey(job: Pick<NewReminderJob, "communeId" | "platform" | "chatId"> & { key: string }): string {
  return `${job.communeId}|${job.key}|${job.platform}:${job.chatId}`;
}

type Row = Awaited<ReturnType<DbClient["reminderJob"]["findFirstOrThrow"]>>;

function toJob(row: Row): ReminderJobRow {
  return {
    id: row.id,
    communeId: row.communeId,
    platform: row.platform,
    chatId: row.chatId,
    dueAt: row.dueAt,
    status: row.status,
    attempts: row.attempts,
    payload: row.payload as unknown as ReminderPayload,
    sentAt: row.sentAt,
    lastError: row.lastError,
  };
}

/**
 * Queues reminders idempotently by key and returns the keys this call created. A key
 * already queued (by an earlier tick, or by another instance at the same moment — P2002
 * under concurrency) is "already queued" and left as it is.
 */
export async function queueReminders(db: DbClient, jobs: readonly NewReminderJob[], at: Date): Promise<string[]> {
  if (jobs.length === 0) return [];
  const keyed = jobs.map((job) => ({ job, dedupeKey: jobKey({ ...job, key: job.payload.key }) }));
  const existing = new Set(
    (
      await db.reminderJob.findMany({
        where: { dedupeKey: { in: keyed.map((k) => k.dedupeKey) } },
        select: { dedupeKey: true },
      })
    ).map((row) => row.dedupeKey),
  );
  const created: string[] = [];
  for (const { job, dedupeKey } of keyed) {
    if (existing.has(dedupeKey)) continue;
    try {
      await db.reminderJob.create({
        data: {
          communeId: job.communeId,
          kind: job.payload.kind,
          dedupeKey,
          dueAt: job.dueAt,
          platform: job.platform,
          chatId: job.chatId,
          payload: job.payload as unknown as Prisma.InputJsonValue,
          status: job.status,
          createdAt: at,
        },
      });
      created.push(dedupeKey);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return created;
}

/**
 * Settles the pending reminders of one commune that planning no longer wants: those whose
 * key is not planned any more are cancelled (a meeting moved or cancelled, a deadline
 * completed), those planned but stale or superseded are dropped. Returns the dropped ones,
 * to be logged.
 */
export async function settlePending(
  db: DbClient,
  input: { communeId: string; wanted: ReadonlySet<string>; drop: ReadonlySet<string>; at: Date },
): Promise<ReminderJobRow[]> {
  const pending = await db.reminderJob.findMany({ where: { communeId: input.communeId, status: "pending" } });
  const dropped: ReminderJobRow[] = [];
  for (const row of pending) {
    const { key, offset } = row.payload as unknown as ReminderPayload;
    // A snooze is asked for by a member, not planned: planning never cancels it.
    const next = input.drop.has(key) ? "dropped" : input.wanted.has(key) || offset === "snooze" ? null : "cancelled";
    if (!next) continue;
    const updated = await db.reminderJob.updateMany({
      where: { id: row.id, status: "pending" },
      data: { status: next },
    });
    if (updated.count === 1 && next === "dropped") dropped.push(toJob(row));
  }
  return dropped;
}

/**
 * Claims up to `limit` due reminders for `owner`: pending → sending with a lease until
 * `now + leaseMs`. Each claim is one conditional UPDATE that re-checks the status in its
 * WHERE, and only an update that changed the row wins, so two instances claiming the same
 * minute on PostgreSQL never both get a job.
 */
export async function claimDueReminders(
  db: DbClient,
  input: { owner: string; now: Date; leaseMs: number; limit: number; platforms?: readonly string[] | undefined },
): Promise<ReminderJobRow[]> {
  const ready = {
    ...(input.platforms ? { platform: { in: [...input.platforms] } } : {}),
    status: "pending",
    dueAt: { lte: input.now },
    OR: [{ lockedUntil: null }, { lockedUntil: { lte: input.now } }],
  };
  const candidates = await db.reminderJob.findMany({
    where: ready,
    orderBy: { dueAt: "asc" },
    take: input.limit,
    select: { id: true },
  });
  const claimed: ReminderJobRow[] = [];
  for (const { id } of candidates) {
    const won = await db.reminderJob.updateMany({
      where: { id, ...ready },
      data: {
        status: "sending",
        lockedBy: input.owner,
        lockedUntil: new Date(input.now.getTime() + input.leaseMs),
        attempts: { increment: 1 },
        handedOverAt: null,
      },
    });
    if (won.count === 1) claimed.push(toJob(await db.reminderJob.findUniqueOrThrow({ where: { id } })));
  }
  return claimed;
}

/** Notes that the message is about to be handed to the platform; false when the lease was lost. */
export async function markHandedOver(db: DbClient, id: string, owner: string, at: Date): Promise<boolean> {
  const updated = await db.reminderJob.updateMany({
    where: { id, status: "sending", lockedBy: owner },
    data: { handedOverAt: at },
  });
  return updated.count === 1;
}

/** Marks a claimed reminder sent. */
export async function markSent(db: DbClient, id: string, owner: string, at: Date): Promise<void> {
  await db.reminderJob.updateMany({
    where: { id, status: "sending", lockedBy: owner },
    data: { status: "sent", sentAt: at, lockedBy: null, lockedUntil: null },
  });
}

/**
 * Whether a member's nudge asked for with "nhắc lại sau" was sent (in any chat) since
 * `since`: the week's planned nudge is then not sent as well, so a member gets at most one
 * nudge a week besides the one they asked for.
 */
export async function snoozedNudgeSentSince(
  db: DbClient,
  input: { communeId: string; membershipId: string; since: Date },
): Promise<boolean> {
  const found = await db.reminderJob.findFirst({
    where: {
      communeId: input.communeId,
      status: "sent",
      sentAt: { gte: input.since },
      dedupeKey: { startsWith: `${input.communeId}|nudge:${input.membershipId}:`, contains: ":snooze|" },
    },
    select: { id: true },
  });
  return found !== null;
}

/** Marks a claimed reminder as not sent because nothing was left to say, or the chat paused. */
export async function markSkipped(db: DbClient, id: string, owner: string, reason: string): Promise<void> {
  await db.reminderJob.updateMany({
    where: { id, status: "sending", lockedBy: owner },
    data: { status: "skipped", lastError: reason, lockedBy: null, lockedUntil: null },
  });
}

/**
 * Records a failed send: back to pending, not claimable before `retryAt`, until
 * `maxAttempts` is reached; then failed. Returns the new status.
 */
export async function markAttemptFailed(
  db: DbClient,
  input: { id: string; owner: string; error: string; retryAt: Date; maxAttempts: number },
): Promise<"pending" | "failed"> {
  const row = await db.reminderJob.findUnique({ where: { id: input.id } });
  const status = row && row.attempts < input.maxAttempts ? "pending" : "failed";
  await db.reminderJob.updateMany({
    where: { id: input.id, status: "sending", lockedBy: input.owner },
    data: {
      status,
      lastError: input.error.slice(0, 500),
      lockedBy: null,
      lockedUntil: input.retryAt,
      handedOverAt: null,
    },
  });
  return status;
}

/**
 * Deals with claims whose lease ran out (the instance stopped mid-way). One never handed
 * to the platform goes back to pending and is sent once later. One handed over may or may
 * not have reached the chat: it is marked failed and not sent again — a possible miss is
 * preferred to a certain duplicate. Returns the ones marked failed, to be logged.
 */
export async function recoverExpiredClaims(db: DbClient, now: Date): Promise<ReminderJobRow[]> {
  const expired = { status: "sending", lockedUntil: { lte: now } };
  await db.reminderJob.updateMany({
    where: { ...expired, handedOverAt: null },
    data: { status: "pending", lockedBy: null, lockedUntil: null },
  });
  const unknown = await db.reminderJob.findMany({ where: { ...expired, handedOverAt: { not: null } } });
  const failed: ReminderJobRow[] = [];
  for (const row of unknown) {
    const updated = await db.reminderJob.updateMany({
      where: { id: row.id, ...expired },
      data: { status: "failed", lastError: "gián đoạn khi đang gửi; không gửi lại để tránh trùng", lockedBy: null },
    });
    if (updated.count === 1) failed.push(toJob(row));
  }
  return failed;
}

/** The commune's queued reminders (or every commune's), by due time. */
export async function listReminderJobs(db: DbClient, communeId?: string): Promise<ReminderJobRow[]> {
  const rows = await db.reminderJob.findMany({
    where: communeId ? { communeId } : {},
    orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
  });
  return rows.map(toJob);
}

/**
 * Marks a member's pending nudges in a commune as answered ("đã xong"), so they are not
 * sent; returns how many.
 */
export async function markNudgesDone(db: DbClient, communeId: string, membershipId: string): Promise<number> {
  const pending = await db.reminderJob.findMany({ where: { communeId, kind: "nudge", status: "pending" } });
  const ids = pending
    .filter((row) => (row.payload as unknown as ReminderPayload).target === membershipId)
    .map((r) => r.id);
  if (ids.length === 0) return 0;
  const updated = await db.reminderJob.updateMany({
    where: { id: { in: ids }, status: "pending" },
    data: { status: "done" },
  });
  return updated.count;
}

/**
 * The next moment after `after` when a pending reminder becomes claimable (its due time,
 * or the end of its retry back-off), or null when none is pending. A simulated clock
 * (`xaso replay`) jumps from one such moment to the next instead of ticking every minute.
 */
export async function nextReminderWakeUp(db: DbClient, after: Date): Promise<Date | null> {
  const pending = await db.reminderJob.findMany({
    where: { status: { in: ["pending", "sending"] } },
    select: { dueAt: true, lockedUntil: true },
  });
  let next: number | null = null;
  for (const row of pending) {
    const at = Math.max(row.dueAt.getTime(), row.lockedUntil?.getTime() ?? 0);
    if (at > after.getTime() && (next === null || at < next)) next = at;
  }
  return next === null ? null : new Date(next);
}
