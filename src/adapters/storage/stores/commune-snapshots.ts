import type { Catalog } from "../../../core/catalog/catalog-schema.js";
import type {
  CommuneSnapshot,
  EarlierYear,
  EvidenceInfo,
  FigureVersion,
  MemberInfo,
} from "../../../core/conversation/commune-snapshot.js";
import { type FigureValue, figureValueSchema } from "../../../core/evaluation/figure-value.js";
import type { CurrentFigure, DbClient } from "../prisma-types.js";
import { type CommuneParts, loadCommuneParts, loadUpcoming, type Upcoming, upcomingAt } from "./commune-parts.js";
import type { CommunePartsCache } from "./commune-parts-cache.js";
import type { FigureInForce, FiguresInForce } from "./submissions.js";

/** Where a snapshot is read for: the plan, the platform (for mentions) and the moment. */
export interface SnapshotRequest {
  planId: string;
  platform: string;
  now: Date;
  /**
   * "latest": only each indicator's figure in force (one row per indicator, the message
   * path); "full" (default): every version of the period, for undo, history and reports.
   */
  history?: "latest" | "full";
  /** The commune's revision, when already read in this transaction (for the in-memory parts). */
  revision?: number;
  /** The plan's figures in force for its year, when already read in this transaction (with `history: "latest"`). */
  figuresInForce?: readonly FigureInForceRow[];
}

/** A figure in force as stored (`CurrentFigure`), the columns a snapshot is built from. */
export type FigureInForceRow = Pick<
  CurrentFigure,
  | "indicatorId"
  | "code"
  | "version"
  | "kind"
  | "value"
  | "previousValue"
  | "membershipId"
  | "platform"
  | "chatId"
  | "evidence"
  | "lastDenominator"
  | "lastEvidence"
  | "createdAt"
>;

/**
 * Loads everything the core needs about one commune's plan: its catalog version, its own
 * targets, the figures of the plan's year (the period a plan reports on) — every version,
 * or with `history: "latest"` only those in force —, assignments, members (with their
 * account on this platform for mentions) and upcoming meetings and deadlines. Only this
 * commune's rows are read, so no answer can show another commune's data. The queries run
 * one after another: inside a transaction they share one connection.
 */
export async function loadCommuneSnapshot(
  db: DbClient,
  request: SnapshotRequest,
  catalogOf: (setId: string) => Promise<Catalog>,
  cache?: CommunePartsCache,
): Promise<CommuneSnapshot> {
  return (await loadCommuneForMessage(db, request, catalogOf, cache)).snapshot;
}

/** What saving a message's figures needs that the snapshot does not hold, read with it. */
export interface PlanRecords {
  /** The database id of each indicator of the plan's catalog version, by code. */
  indicatorIds: ReadonlyMap<string, string>;
  /** The figures in force as read, for `appendSubmission` (read with `history: "latest"` only). */
  inForce?: FiguresInForce;
}

/**
 * `loadCommuneSnapshot`, with what saving a figure needs besides, so that a message's
 * writes follow from what it read instead of reading it again.
 */
export async function loadCommuneForMessage(
  db: DbClient,
  request: SnapshotRequest,
  catalogOf: (setId: string) => Promise<Catalog>,
  cache?: CommunePartsCache,
): Promise<{ snapshot: CommuneSnapshot; records: PlanRecords }> {
  const { parts: plan, upcoming } = cache ? await cache.loadWithUpcoming(db, request) : await loadDirectly(db, request);
  const period = String(plan.year);
  const catalog = await catalogOf(plan.setId);
  const names = plan.names;
  const latestOnly = request.history === "latest";
  const figures = latestOnly
    ? figuresInForce(request.figuresInForce ?? (await readFiguresInForce(db, plan.id, period)), names)
    : {
        figures: await everyVersion(db, plan.id, period, names),
        lastDenominators: {},
        lastEvidence: {},
        byIndicator: undefined,
      };

  const snapshot: CommuneSnapshot = {
    communeId: plan.commune.id,
    communeName: plan.commune.name,
    district: plan.commune.district,
    province: plan.commune.province,
    joinPolicy: plan.commune.joinPolicy,
    ...(plan.commune.languageModel ? {} : { languageModel: "off" as const }),
    planId: plan.id,
    year: plan.year,
    period,
    catalog,
    targetOverrides: { ...plan.targetOverrides },
    figures: figures.figures,
    ...(latestOnly
      ? { history: "latest" as const, lastDenominators: figures.lastDenominators, lastEvidence: figures.lastEvidence }
      : {}),
    assignments: { ...plan.assigned },
    members: [...plan.members],
    scheduled: upcomingAt(upcoming, request.now),
  };
  const records: PlanRecords = { indicatorIds: plan.indicatorIds };
  if (figures.byIndicator) records.inForce = { planId: plan.id, period, byIndicator: figures.byIndicator };
  return { snapshot, records };
}

async function loadDirectly(
  db: DbClient,
  request: SnapshotRequest,
): Promise<{ parts: CommuneParts; upcoming: Upcoming }> {
  const parts = await loadCommuneParts(db, request.planId, request.platform);
  return { parts, upcoming: await loadUpcoming(db, parts.communeId, request.now) };
}

/**
 * Every figure version of a plan's period per indicator code (only of the indicators
 * `codes` names, when given), oldest first, for a snapshot loaded with `history: "latest"`
 * whose step turned out to need them; names come from the snapshot's members.
 */
export function loadFigureHistory(
  db: DbClient,
  planId: string,
  period: string,
  members: readonly MemberInfo[],
  codes?: readonly string[],
): Promise<Record<string, FigureVersion[]>> {
  return everyVersion(db, planId, period, new Map(members.map((m) => [m.membershipId, m.displayName])), codes);
}

/**
 * The commune's newest plan of a year before `year`, with its own targets and the figures
 * in force of its year, for comparing with the year before; null when there is none.
 */
export async function loadEarlierYear(
  db: DbClient,
  request: { communeId: string; year: number; platform: string },
  catalogOf: (setId: string) => Promise<Catalog>,
): Promise<EarlierYear | null> {
  const plan = await db.communePlan.findFirst({
    where: { communeId: request.communeId, year: { lt: request.year } },
    orderBy: [{ year: "desc" }, { createdAt: "desc" }],
    select: { id: true },
  });
  if (!plan) return null;
  const parts = await loadCommuneParts(db, plan.id, request.platform);
  const { figures } = figuresInForce(await readFiguresInForce(db, parts.id, String(parts.year)), parts.names);
  return {
    year: parts.year,
    catalog: await catalogOf(parts.setId),
    targetOverrides: { ...parts.targetOverrides },
    figures,
  };
}

/**
 * Every version of the period per indicator code (of `codes` only, when given), oldest
 * first; names from the members already read.
 */
async function everyVersion(
  db: DbClient,
  planId: string,
  period: string,
  names: ReadonlyMap<string, string>,
  codes?: readonly string[],
): Promise<Record<string, FigureVersion[]>> {
  const rows = await db.submission.findMany({
    where: { planId, period, ...(codes ? { indicator: { code: { in: [...codes] } } } : {}) },
    orderBy: [{ indicatorId: "asc" }, { version: "asc" }],
    include: { indicator: { select: { code: true } }, evidence: true },
  });
  const figures: Record<string, FigureVersion[]> = {};
  for (const row of rows) {
    const versions = figures[row.indicator.code] ?? [];
    figures[row.indicator.code] = versions;
    versions.push({
      version: row.version,
      kind: row.kind as FigureVersion["kind"],
      value: asFigure(row.value),
      previousValue: asFigure(row.previousValue),
      at: row.createdAt,
      byMembershipId: row.membershipId,
      byName: names.get(row.membershipId) ?? "",
      platform: row.platform,
      chatId: row.chatId,
      evidence: row.evidence.map(toEvidenceInfo),
    });
  }
  return figures;
}

/** The plan's figures in force for a period, one row per indicator. */
function readFiguresInForce(db: DbClient, planId: string, period: string): Promise<FigureInForceRow[]> {
  return db.currentFigure.findMany({ where: { planId, period }, orderBy: { indicatorId: "asc" } });
}

/** The newest version per indicator code, from `CurrentFigure` (one row per indicator), and the last denominators. */
function figuresInForce(
  rows: readonly FigureInForceRow[],
  names: ReadonlyMap<string, string>,
): {
  figures: Record<string, FigureVersion[]>;
  lastDenominators: Record<string, number>;
  lastEvidence: Record<string, EvidenceInfo[]>;
  byIndicator: Map<string, FigureInForce>;
} {
  const figures: Record<string, FigureVersion[]> = {};
  const lastDenominators: Record<string, number> = {};
  const lastEvidence: Record<string, EvidenceInfo[]> = {};
  const byIndicator = new Map<string, FigureInForce>();
  for (const row of rows) {
    byIndicator.set(row.indicatorId, {
      version: row.version,
      value: row.value,
      lastDenominator: row.lastDenominator,
      lastEvidence: row.lastEvidence,
    });
    figures[row.code] = [
      {
        version: row.version,
        kind: row.kind as FigureVersion["kind"],
        value: asFigure(row.value),
        previousValue: asFigure(row.previousValue),
        at: row.createdAt,
        byMembershipId: row.membershipId,
        byName: names.get(row.membershipId) ?? "",
        platform: row.platform,
        chatId: row.chatId,
        evidence: storedEvidence(row.evidence),
      },
    ];
    if (row.lastDenominator !== null) lastDenominators[row.code] = row.lastDenominator;
    const cited = storedEvidence(row.lastEvidence);
    if (cited.length > 0) lastEvidence[row.code] = cited;
  }
  return { figures, lastDenominators, lastEvidence, byIndicator };
}

/** The evidence JSON kept with a figure in force, read back as `toEvidenceInfo` reads rows. */
function storedEvidence(json: unknown): EvidenceInfo[] {
  if (!Array.isArray(json)) return [];
  return json.map(
    (item: { kind: string; reference?: string | null; issuedOn?: string | null; url?: string | null }) => ({
      kind: item.kind as EvidenceInfo["kind"],
      ...(item.reference ? { reference: item.reference } : {}),
      ...(item.issuedOn ? { issuedOn: item.issuedOn.slice(0, 10) } : {}),
      ...(item.url ? { url: item.url } : {}),
    }),
  );
}

function asFigure(json: unknown): FigureValue | null {
  const parsed = figureValueSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

function toEvidenceInfo(row: {
  kind: string;
  reference: string | null;
  issuedOn: Date | null;
  url: string | null;
}): EvidenceInfo {
  return {
    kind: row.kind as EvidenceInfo["kind"],
    ...(row.reference ? { reference: row.reference } : {}),
    ...(row.issuedOn ? { issuedOn: row.issuedOn.toISOString().slice(0, 10) } : {}),
    ...(row.url ? { url: row.url } : {}),
  };
}
