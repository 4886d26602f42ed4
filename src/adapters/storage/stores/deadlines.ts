import type { DeadlineRecord } from "../../../core/reminders/reminder-sources.js";
import type { DbClient } from "../prisma-types.js";
import { writeAudit } from "./audit-log.js";

/** A deadline the committee sets itself. */
export interface NewDeadline {
  communeId: string;
  planId: string | null;
  title: string;
  dueAt: Date;
  indicatorCode: string | null;
  createdBy?: string | undefined;
  platform?: string | undefined;
  chatId?: string | undefined;
  at: Date;
}

type Row = Awaited<ReturnType<DbClient["deadline"]["findFirstOrThrow"]>>;

function toRecord(row: Row): DeadlineRecord {
  return {
    id: row.id,
    title: row.title,
    dueAt: row.dueAt,
    indicatorCode: row.indicatorCode,
    status: row.status === "cancelled" ? "cancelled" : "open",
    createdAt: row.createdAt,
  };
}

/** Adds a deadline; recorded in the audit log. */
export async function createDeadline(db: DbClient, input: NewDeadline): Promise<DeadlineRecord> {
  const row = await db.deadline.create({
    data: {
      communeId: input.communeId,
      planId: input.planId,
      title: input.title,
      dueAt: input.dueAt,
      indicatorCode: input.indicatorCode,
      source: "manual",
      createdBy: input.createdBy ?? null,
      createdAt: input.at,
    },
  });
  await writeAudit(db, {
    communeId: input.communeId,
    personId: input.createdBy,
    action: "deadline.add",
    entity: "Deadline",
    entityId: row.id,
    after: { title: row.title, dueAt: row.dueAt.toISOString(), indicatorCode: row.indicatorCode },
    platform: input.platform,
    chatId: input.chatId,
    at: input.at,
  });
  return toRecord(row);
}

/** The commune's deadlines, earliest first. */
export async function listDeadlines(db: DbClient, communeId: string): Promise<DeadlineRecord[]> {
  const rows = await db.deadline.findMany({ where: { communeId }, orderBy: { dueAt: "asc" } });
  return rows.map(toRecord);
}
