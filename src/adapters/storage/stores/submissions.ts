import { type CurrentFigure, type DbClient, Prisma, type Submission } from "../prisma-types.js";
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
  /** The indicator's code; looked up from `indicatorId` when not given. */
  code?: string | undefined;
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

/** What the next version of a figure follows from the one in force. */
export type FigureInForce = Pick<CurrentFigure, "version" | "value" | "lastDenominator" | "lastEvidence">;

/**
 * Every figure in force of one plan and period, as read earlier in the same transaction,
 * by indicator id (an indicator without one has none). `appendSubmission` takes the
 * version it follows from here instead of reading it again, and keeps it current.
 */
export interface FiguresInForce {
  planId: string;
  period: string;
  byIndicator: Map<string, FigureInForce>;
}

/**
 * Appends the next version of an indicator's figure; never updates a submission. The
 * previous version's value is copied into `previousValue`, the figure in force
 * (`CurrentFigure`) is replaced by the new version, and an audit row records before →
 * after, who, when and in which chat. Run it inside a transaction with the rest of the
 * message's effects; two writers racing for the same version hit the unique constraint,
 * and the loser's transaction fails rather than silently overwriting. With `inForce`
 * (the plan's figures read in this transaction) the one in force is not read again:
 * a version written since that read makes the same unique constraint fail.
 */
export async function appendSubmission(
  db: DbClient,
  input: NewSubmission,
  inForce?: FiguresInForce,
): Promise<Submission> {
  const key = { planId: input.planId, indicatorId: input.indicatorId, period: input.period };
  const known = inForce?.planId === input.planId && inForce.period === input.period ? inForce : undefined;
  const latest = known
    ? (known.byIndicator.get(input.indicatorId) ?? null)
    : await db.currentFigure.findUnique({ where: { planId_indicatorId_period: key } });
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
  const kept = await keepInForce(db, input, created, latest);
  known?.byIndicator.set(input.indicatorId, kept);
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

/**
 * Replaces the figure in force with the version just created, carrying the last denominator
 * and the evidence last cited forward.
 */
async function keepInForce(
  db: DbClient,
  input: NewSubmission,
  created: Submission,
  previous: FigureInForce | null,
): Promise<FigureInForce> {
  const value = input.value as { kind?: unknown; denominator?: unknown } | null;
  const lastDenominator =
    value?.kind === "ratio" && typeof value.denominator === "number"
      ? value.denominator
      : (previous?.lastDenominator ?? null);
  const code =
    input.code ??
    (await db.indicator.findUniqueOrThrow({ where: { id: input.indicatorId }, select: { code: true } })).code;
  const evidence = (input.evidence ?? []).map((e) => ({
    kind: e.kind,
    ...(e.reference ? { reference: e.reference } : {}),
    ...(e.issuedOn ? { issuedOn: e.issuedOn.toISOString().slice(0, 10) } : {}),
    ...(e.url ? { url: e.url } : {}),
  }));
  const lastEvidence = evidence.length > 0 ? evidence : (previous?.lastEvidence ?? null);
  const row = {
    code,
    communeId: input.communeId,
    submissionId: created.id,
    version: created.version,
    kind: created.kind,
    value: input.value ?? Prisma.JsonNull,
    previousValue: (previous?.value ?? undefined) as Prisma.InputJsonValue | undefined,
    membershipId: input.membershipId,
    platform: input.platform,
    chatId: input.chatId,
    evidence,
    lastDenominator,
    lastEvidence: (lastEvidence ?? Prisma.DbNull) as Prisma.InputJsonValue | typeof Prisma.DbNull,
    createdAt: input.at,
  };
  const key = { planId: input.planId, indicatorId: input.indicatorId, period: input.period };
  if (previous)
    await db.currentFigure.update({
      where: { planId_indicatorId_period: key },
      data: { ...row, previousValue: row.previousValue ?? Prisma.DbNull },
    });
  else await db.currentFigure.create({ data: { ...key, ...row } });
  return { version: created.version, value: created.value, lastDenominator, lastEvidence };
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
