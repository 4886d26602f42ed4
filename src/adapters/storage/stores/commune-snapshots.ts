import type { Catalog, Target } from "../../../core/catalog/catalog-schema.js";
import type {
  CommuneSnapshot,
  EvidenceInfo,
  FigureVersion,
  MemberInfo,
  Role,
} from "../../../core/conversation/commune-snapshot.js";
import { type FigureValue, figureValueSchema } from "../../../core/evaluation/figure-value.js";
import type { DbClient } from "../prisma-types.js";

/** Where a snapshot is read for: the plan, the platform (for mentions) and the moment. */
export interface SnapshotRequest {
  planId: string;
  platform: string;
  now: Date;
}

/**
 * Loads everything the core needs about one commune's plan: its catalog version, its own
 * targets, all figure versions of the plan's year (the period a plan reports on),
 * assignments, members (with their account on this platform for mentions) and upcoming
 * meetings and deadlines. Only this commune's rows are read, so no answer can show
 * another commune's data.
 */
export async function loadCommuneSnapshot(
  db: DbClient,
  request: SnapshotRequest,
  catalogOf: (setId: string) => Promise<Catalog>,
): Promise<CommuneSnapshot> {
  const plan = await db.communePlan.findUniqueOrThrow({
    where: { id: request.planId },
    include: { commune: true, targets: { include: { indicator: true } } },
  });
  const period = String(plan.year);
  const [catalog, submissions, assignments, memberships, meetings, deadlines] = await Promise.all([
    catalogOf(plan.setId),
    db.submission.findMany({
      where: { planId: plan.id, period },
      orderBy: [{ indicatorId: "asc" }, { version: "asc" }],
      include: { indicator: true, evidence: true, membership: { include: { person: true } } },
    }),
    db.assignment.findMany({ where: { planId: plan.id }, include: { indicator: true } }),
    db.membership.findMany({
      where: { communeId: plan.communeId },
      include: { person: { include: { identities: { where: { platform: request.platform } } } } },
      orderBy: { createdAt: "asc" },
    }),
    db.meeting.findMany({
      where: { communeId: plan.communeId, startsAt: { gte: request.now }, status: "scheduled" },
      orderBy: { startsAt: "asc" },
    }),
    db.deadline.findMany({
      where: { communeId: plan.communeId, dueAt: { gte: request.now }, status: "open" },
      orderBy: { dueAt: "asc" },
    }),
  ]);

  const figures: Record<string, FigureVersion[]> = {};
  for (const row of submissions) {
    const versions = figures[row.indicator.code] ?? [];
    figures[row.indicator.code] = versions;
    versions.push({
      version: row.version,
      kind: row.kind as FigureVersion["kind"],
      value: asFigure(row.value),
      previousValue: asFigure(row.previousValue),
      at: row.createdAt,
      byMembershipId: row.membershipId,
      byName: row.membership.person.displayName,
      platform: row.platform,
      chatId: row.chatId,
      evidence: row.evidence.map(toEvidenceInfo),
    });
  }
  const assigned: Record<string, string[]> = {};
  for (const row of assignments) {
    assigned[row.indicator.code] = [...(assigned[row.indicator.code] ?? []), row.membershipId];
  }
  const targetOverrides: Record<string, Target | null> = {};
  for (const row of plan.targets)
    targetOverrides[row.indicator.code] =
      row.assessed && row.comparator ? ({ op: row.comparator, value: row.value } as Target) : null;

  return {
    communeId: plan.commune.id,
    communeName: plan.commune.name,
    district: plan.commune.district,
    province: plan.commune.province,
    joinPolicy: plan.commune.joinPolicy === "open" ? "open" : "approval",
    planId: plan.id,
    year: plan.year,
    period,
    catalog,
    targetOverrides,
    figures,
    assignments: assigned,
    members: memberships.map(
      (m): MemberInfo => ({
        membershipId: m.id,
        personId: m.personId,
        displayName: m.person.displayName,
        role: m.role as Role,
        status: m.status as MemberInfo["status"],
        ...(m.person.identities[0] ? { platformUserId: m.person.identities[0].externalId } : {}),
      }),
    ),
    scheduled: [
      ...meetings.map((m) => ({
        kind: "meeting" as const,
        title: m.title,
        at: m.startsAt,
        ...(m.location ? { location: m.location } : {}),
        meetingId: m.id,
        ...(m.quarter ? { quarter: m.quarter } : {}),
        ...(m.year ? { year: m.year } : {}),
      })),
      ...deadlines.map((d) => ({
        kind: "deadline" as const,
        title: d.title,
        at: d.dueAt,
        ...(d.indicatorCode ? { indicatorCode: d.indicatorCode } : {}),
      })),
    ],
  };
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
