import { type DbClient, Prisma } from "../prisma-types.js";
import type { FigureInForceRow } from "./commune-snapshots.js";
import { REPORT_SENT_ACTION } from "./report-log.js";

/** Where a message comes from: its chat and the account that sent it. */
export interface MessageOrigin {
  platform: string;
  chatId: string;
  /** The sender's account id on the platform. */
  senderId: string;
}

/** The plan a chat is served under, with what the in-memory copy of its commune is checked against. */
export interface ServedPlan {
  communeId: string;
  planId: string;
  /** The commune's `revision`: a copy of its plan, members and meetings kept with an older one is stale. */
  revision: number;
  /** When a report file was last sent for the commune; null if never. */
  lastReportAt: Date | null;
  /** The plan's figures in force for its year (the period a plan reports on), by indicator id. */
  figuresInForce: FigureInForceRow[];
}

/** The sender's registered account: the person behind it and the private chat nudges go to. */
export interface KnownAccount {
  personId: string;
  displayName: string;
  privateChatId: string | null;
}

/** The sender's stored dialog in the chat, whatever shape version it was written under. */
export interface StoredDialog {
  state: unknown;
  schemaVersion: number;
  revision: number;
  expiresAt: Date;
}

/** What a message needs to know before the conversation step, read at once. */
export interface MessageContext {
  /** null when the bot does not serve the chat for a commune (unbound, inactive, or no plan). */
  plan: ServedPlan | null;
  /** null for an account the bot has never registered. */
  account: KnownAccount | null;
  /** null when the sender has no dialog stored in this chat (or is not registered). */
  dialog: StoredDialog | null;
}

interface ContextRow {
  active: boolean | null;
  communeId: string | null;
  planId: string | null;
  revision: number | null;
  lastReportAt: Date | null;
  personId: string | null;
  displayName: string | null;
  privateChatId: string | null;
  state: unknown;
  schemaVersion: number | null;
  dialogRevision: number | null;
  expiresAt: Date | null;
}

/**
 * Reads what every message starts from: the chat's binding with its plan and the
 * commune's revision (so the commune's parts can come from memory), when a report was
 * last sent, the sender's account and person and their dialog in the chat — one row, every
 * table reached by its unique key — and, beside it, the plan's figures in force. The two
 * statements go out together in the message's transaction (one round trip on a pipelined
 * PostgreSQL connection) instead of six, and the figures do not repeat the rest.
 */
export async function loadMessageContext(db: DbClient, origin: MessageOrigin): Promise<MessageContext> {
  const [rows, figures] = await Promise.all([readContextRow(db, origin), readFiguresOfChat(db, origin)]);
  const row = rows[0];
  if (!row) throw new Error("the message context query returned no row");
  return { plan: servedPlan(row, figures), account: knownAccount(row), dialog: storedDialog(row) };
}

function readContextRow(db: DbClient, { platform, chatId, senderId }: MessageOrigin): Promise<ContextRow[]> {
  return db.$queryRaw<ContextRow[]>(Prisma.sql`
    SELECT b."active", p."communeId", p."id" AS "planId", c."revision",
      (SELECT a."createdAt" FROM "AuditEntry" a
        WHERE a."communeId" = p."communeId" AND a."action" = ${REPORT_SENT_ACTION}
        ORDER BY a."createdAt" DESC LIMIT 1) AS "lastReportAt",
      i."personId", n."displayName", i."privateChatId",
      s."state", s."schemaVersion", s."revision" AS "dialogRevision", s."expiresAt"
    FROM (SELECT 1 AS "one") AS "message"
    LEFT JOIN "ChatBinding" b ON b."platform" = ${platform} AND b."chatId" = ${chatId}
    LEFT JOIN "CommunePlan" p ON p."id" = b."planId"
    LEFT JOIN "Commune" c ON c."id" = p."communeId"
    LEFT JOIN "PlatformIdentity" i ON i."platform" = ${platform} AND i."externalId" = ${senderId}
    LEFT JOIN "Person" n ON n."id" = i."personId"
    LEFT JOIN "ConversationState" s
      ON s."platform" = ${platform} AND s."chatId" = ${chatId} AND s."personId" = i."personId"`);
}

/** A figure in force with the plan it was read for. */
type FigureOfPlanRow = FigureInForceRow & { planId: string };

/**
 * The figures in force of the plan an active binding of the chat serves, for the plan's
 * year. Each carries its plan: on PostgreSQL each statement sees what was committed when it
 * began, so a binding moved to another plan between the two reads is told apart.
 */
function readFiguresOfChat(db: DbClient, { platform, chatId }: MessageOrigin): Promise<FigureOfPlanRow[]> {
  return db.$queryRaw<FigureOfPlanRow[]>(Prisma.sql`
    SELECT f."planId", f."indicatorId", f."code", f."version", f."kind", f."value", f."previousValue",
      f."membershipId", f."platform", f."chatId", f."evidence", f."lastDenominator", f."lastEvidence", f."createdAt"
    FROM "ChatBinding" b
    JOIN "CommunePlan" p ON p."id" = b."planId"
    JOIN "CurrentFigure" f ON f."planId" = p."id" AND f."period" = CAST(p."year" AS TEXT)
    WHERE b."platform" = ${platform} AND b."chatId" = ${chatId} AND b."active"
    ORDER BY f."indicatorId"`);
}

function servedPlan(row: ContextRow, figures: readonly FigureOfPlanRow[]): ServedPlan | null {
  if (!row.active || row.communeId === null || row.planId === null || row.revision === null) return null;
  return {
    communeId: row.communeId,
    planId: row.planId,
    revision: row.revision,
    lastReportAt: row.lastReportAt,
    figuresInForce: figures.filter((figure) => figure.planId === row.planId),
  };
}

function knownAccount(row: ContextRow): KnownAccount | null {
  if (row.personId === null || row.displayName === null) return null;
  return { personId: row.personId, displayName: row.displayName, privateChatId: row.privateChatId };
}

function storedDialog(row: ContextRow): StoredDialog | null {
  if (row.schemaVersion === null || row.dialogRevision === null || row.expiresAt === null) return null;
  return { state: row.state, schemaVersion: row.schemaVersion, revision: row.dialogRevision, expiresAt: row.expiresAt };
}
