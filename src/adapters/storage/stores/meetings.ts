import type { MeetingRecord } from "../../../core/reminders/reminder-sources.js";
import type { DbClient } from "../prisma-types.js";
import { writeAudit } from "./audit-log.js";

/** A meeting to schedule. */
export interface NewMeeting {
  communeId: string;
  title: string;
  startsAt: Date;
  location: string | null;
  year: number | null;
  quarter: number | null;
  createdBy?: string | undefined;
  platform?: string | undefined;
  chatId?: string | undefined;
  at: Date;
}

/** The record of a meeting held. */
export interface MeetingOutcome {
  communeId: string;
  /** The meeting it records, else the quarter's scheduled meeting, else a new record. */
  meetingId?: string | undefined;
  year: number;
  quarter: number | null;
  title: string;
  heldOn: Date;
  chairedByHead: boolean;
  chairName: string | null;
  conclusionRef: string | null;
  conclusionOn: Date | null;
  photosUrl: string | null;
  personId?: string | undefined;
  at: Date;
}

type Row = Awaited<ReturnType<DbClient["meeting"]["findFirstOrThrow"]>>;

function toRecord(row: Row): MeetingRecord {
  return {
    id: row.id,
    title: row.title,
    startsAt: row.startsAt,
    location: row.location,
    year: row.year,
    quarter: row.quarter,
    status: row.status === "cancelled" || row.status === "held" ? row.status : "scheduled",
    createdAt: row.createdAt,
    arrangedAt: row.updatedAt > row.createdAt && row.status === "scheduled" ? row.updatedAt : row.createdAt,
    heldOn: row.heldOn,
    chairedByHead: row.chairedByHead,
    chairName: row.chairName,
    conclusionRef: row.conclusionRef,
    conclusionOn: row.conclusionOn,
    photosUrl: row.photosUrl,
  };
}

/** Schedules a meeting; recorded in the audit log. */
export async function createMeeting(db: DbClient, input: NewMeeting): Promise<MeetingRecord> {
  const row = await db.meeting.create({
    data: {
      communeId: input.communeId,
      title: input.title,
      startsAt: input.startsAt,
      location: input.location,
      year: input.year,
      quarter: input.quarter,
      createdBy: input.createdBy ?? null,
      createdAt: input.at,
      updatedAt: input.at,
    },
  });
  await writeAudit(db, {
    communeId: input.communeId,
    personId: input.createdBy,
    action: "meeting.schedule",
    entity: "Meeting",
    entityId: row.id,
    after: { title: row.title, startsAt: row.startsAt.toISOString(), location: row.location, quarter: row.quarter },
    platform: input.platform,
    chatId: input.chatId,
    at: input.at,
  });
  return toRecord(row);
}

/** Moves a scheduled meeting (and its place, when given); false when it is not scheduled any more. */
export async function rescheduleMeeting(
  db: DbClient,
  input: { meetingId: string; startsAt: Date; location?: string | null; personId?: string | undefined; at: Date },
): Promise<boolean> {
  const before = await db.meeting.findUnique({ where: { id: input.meetingId } });
  if (before?.status !== "scheduled") return false;
  await db.meeting.update({
    where: { id: input.meetingId },
    data: {
      startsAt: input.startsAt,
      ...(input.location !== undefined ? { location: input.location } : {}),
      updatedAt: input.at,
    },
  });
  await writeAudit(db, {
    communeId: before.communeId,
    personId: input.personId,
    action: "meeting.reschedule",
    entity: "Meeting",
    entityId: before.id,
    before: { startsAt: before.startsAt.toISOString(), location: before.location },
    after: { startsAt: input.startsAt.toISOString(), location: input.location ?? before.location },
    at: input.at,
  });
  return true;
}

/** Cancels a scheduled meeting; its pending reminders are then no longer planned. */
export async function cancelMeeting(
  db: DbClient,
  input: { meetingId: string; personId?: string | undefined; at: Date },
): Promise<boolean> {
  const updated = await db.meeting.updateMany({
    where: { id: input.meetingId, status: "scheduled" },
    data: { status: "cancelled", updatedAt: input.at },
  });
  if (updated.count === 0) return false;
  const row = await db.meeting.findUniqueOrThrow({ where: { id: input.meetingId } });
  await writeAudit(db, {
    communeId: row.communeId,
    personId: input.personId,
    action: "meeting.cancel",
    entity: "Meeting",
    entityId: row.id,
    before: { status: "scheduled" },
    after: { status: "cancelled" },
    at: input.at,
  });
  return true;
}

/**
 * Records a meeting as held: the meeting named, else the quarter's scheduled meeting of
 * that year, else a new record (a meeting held without being scheduled here).
 */
export async function recordMeetingHeld(db: DbClient, input: MeetingOutcome): Promise<MeetingRecord> {
  const existing = input.meetingId
    ? await db.meeting.findFirst({ where: { id: input.meetingId, communeId: input.communeId } })
    : input.quarter
      ? await db.meeting.findFirst({
          where: { communeId: input.communeId, year: input.year, quarter: input.quarter, status: { not: "cancelled" } },
          orderBy: { startsAt: "desc" },
        })
      : null;
  const outcome = {
    status: "held",
    heldOn: input.heldOn,
    chairedByHead: input.chairedByHead,
    chairName: input.chairName,
    conclusionRef: input.conclusionRef,
    conclusionOn: input.conclusionOn,
    photosUrl: input.photosUrl,
    updatedAt: input.at,
  };
  const row = existing
    ? await db.meeting.update({ where: { id: existing.id }, data: outcome })
    : await db.meeting.create({
        data: {
          communeId: input.communeId,
          title: input.title,
          startsAt: input.heldOn,
          year: input.year,
          quarter: input.quarter,
          createdAt: input.at,
          ...outcome,
        },
      });
  await writeAudit(db, {
    communeId: input.communeId,
    personId: input.personId,
    action: "meeting.record",
    entity: "Meeting",
    entityId: row.id,
    before: existing ? { status: existing.status } : undefined,
    after: {
      status: "held",
      heldOn: input.heldOn.toISOString(),
      chairedByHead: input.chairedByHead,
      conclusionRef: input.conclusionRef,
    },
    at: input.at,
  });
  return toRecord(row);
}

/** The commune's meetings starting from `from` (all when absent), earliest first. */
export async function listMeetings(db: DbClient, communeId: string, from?: Date): Promise<MeetingRecord[]> {
  const rows = await db.meeting.findMany({
    where: { communeId, ...(from ? { startsAt: { gte: from } } : {}) },
    orderBy: { startsAt: "asc" },
  });
  return rows.map(toRecord);
}
