import type { DbClient } from "../prisma-types.js";
import { writeAudit } from "./audit-log.js";

/** How much of a commune's data there is, as a removal reads it back before and after. */
export interface CommuneHoldings {
  plans: number;
  members: number;
  submissions: number;
  chats: number;
  meetings: number;
  deadlines: number;
  reminders: number;
}

/** Counts what removing the commune would delete, for the question asked before it. */
export async function communeHoldings(db: DbClient, communeId: string): Promise<CommuneHoldings> {
  const where = { communeId };
  return {
    plans: await db.communePlan.count({ where }),
    members: await db.membership.count({ where }),
    submissions: await db.submission.count({ where }),
    chats: await db.chatBinding.count({ where }),
    meetings: await db.meeting.count({ where }),
    deadlines: await db.deadline.count({ where }),
    reminders: await db.reminderJob.count({ where }),
  };
}

/**
 * Deletes a commune with everything that is its own, in the caller's transaction: figures
 * (versions, evidence, figures in force), assignments and own targets, plans, meetings,
 * deadlines, reminders, bound chats with their dialogs and handled-message ids, seats, its
 * audit trail, and the people who sat on no other committee (with their accounts). Catalog
 * versions are shared and stay. One audit row, not tied to any commune, records what went.
 * Returns what was deleted, or null when there is no such commune (nothing changes).
 */
export async function removeCommune(
  db: DbClient,
  communeId: string,
  actor: { platform: string; at: Date },
): Promise<CommuneHoldings | null> {
  const commune = await db.commune.findUnique({ where: { id: communeId } });
  if (!commune) return null;
  const holdings = await communeHoldings(db, communeId);
  const chats = await db.chatBinding.findMany({ where: { communeId }, select: { platform: true, chatId: true } });
  const seats = await db.membership.findMany({ where: { communeId }, select: { personId: true } });
  const where = { communeId };
  const ofPlans = { plan: { communeId } };

  await db.currentFigure.deleteMany({ where });
  await db.evidence.deleteMany({ where: { submission: { communeId } } });
  await db.submission.deleteMany({ where });
  await db.assignment.deleteMany({ where: ofPlans });
  await db.planTarget.deleteMany({ where: ofPlans });
  await db.deadline.deleteMany({ where });
  await db.reminderJob.deleteMany({ where });
  await db.meeting.deleteMany({ where });
  if (chats.length) {
    const inChats = { OR: chats.map(({ platform, chatId }) => ({ platform, chatId })) };
    await db.conversationState.deleteMany({ where: inChats });
    await db.processedMessage.deleteMany({ where: inChats });
  }
  await db.chatBinding.deleteMany({ where });
  await db.membership.deleteMany({ where });
  await db.communePlan.deleteMany({ where });
  await db.auditEntry.deleteMany({ where });
  await db.commune.delete({ where: { id: communeId } });
  // People who sat only on this committee: nothing of theirs is left to point at them.
  await db.person.deleteMany({
    where: { id: { in: [...new Set(seats.map((seat) => seat.personId))] }, memberships: { none: {} } },
  });
  await writeAudit(db, {
    action: "commune.remove",
    entity: "Commune",
    entityId: communeId,
    before: {
      slug: commune.slug,
      name: commune.name,
      district: commune.district,
      province: commune.province,
      ...holdings,
    },
    platform: actor.platform,
    at: actor.at,
  });
  return holdings;
}
