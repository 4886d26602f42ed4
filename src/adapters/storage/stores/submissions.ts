import { type DbClient, Prisma, type Submission } from "../prisma-types.js";
import { writeAudit } from "./audit-log.js";

/** A confirmed figure to store as the next version of an indicator's value. */
export interface NewSubmission {
  communeId: string;
  planId: string;
  indicatorId: string;
  period: string;
  kind: "update" | "correction" | "undo";
  /** null when an undo withdraws the only figure there was. */
  value: Prisma.InputJsonValue | null;
  membershipId: string;
  personId: string;
  platform: string;
  chatId: string;
  messageId?: string | undefined;
  evidence?: NewEvidence[] | undefined;
  at: Date;
}

/** Proof attached to a submission. */
export interface NewEvidence {
  kind: "document" | "link" | "file";
  reference?: string | undefined;
  issuedOn?: Date | undefined;
  url?: string | undefined;
  fileName?: string | undefined;
}

/**
 * Appends the next version of an indicator's figure; never updates a row. The previous
 * version's value is copied into `previousValue` and an audit row records before → after,
 * who, when and in which chat. Run it inside a transaction with the rest of the message's
 * effects; two writers racing for the same version hit the unique constraint, and the
 * loser's transaction fails rather than silently overwriting.
 */
export async function appendSubmission(db: DbClient, input: NewSubmission): Promise<Submission> {
  const latest = await latestSubmission(db, input.planId, input.indicatorId, input.period);
  const created = await db.submission.create({
    data: {
      communeId: input.communeId,
      planId: input.planId,
      indicatorId: input.indicatorId,
      period: input.period,
      version: (latest?.version ?? 0) + 1,
      kind: input.kind,
      value: input.value ?? Prisma.JsonNull,
      previousValue: (latest?.value ?? undefined) as Prisma.InputJsonValue | undefined,
      membershipId: input.membershipId,
      platform: input.platform,
      chatId: input.chatId,
      messageId: input.messageId,
      createdAt: input.at,
      evidence: input.evidence?.length
        ? { create: input.evidence.map((e) => ({ ...e, createdAt: input.at })) }
        : undefined,
    },
  });
  await writeAudit(db, {
    communeId: input.communeId,
    personId: input.personId,
    action: `submission.${input.kind}`,
    entity: "Submission",
    entityId: created.id,
    before: (latest?.value ?? undefined) as Prisma.InputJsonValue | undefined,
    after: input.value ?? undefined,
    platform: input.platform,
    chatId: input.chatId,
    at: input.at,
  });
  return created;
}

/** The newest version of an indicator's figure in a period, or null when none was confirmed. */
export function latestSubmission(
  db: DbClient,
  planId: string,
  indicatorId: string,
  period: string,
): Promise<Submission | null> {
  return db.submission.findFirst({ where: { planId, indicatorId, period }, orderBy: { version: "desc" } });
}

/** Every version of an indicator's figure in a period, oldest first (the history view). */
export function submissionHistory(
  db: DbClient,
  planId: string,
  indicatorId: string,
  period: string,
): Promise<Submission[]> {
  return db.submission.findMany({ where: { planId, indicatorId, period }, orderBy: { version: "asc" } });
}
