import type { Target } from "../../../core/catalog/catalog-schema.js";
import type { MemberInfo, Role, ScheduledItem } from "../../../core/conversation/commune-snapshot.js";
import type { DbClient } from "../prisma-types.js";

/**
 * What a message reads about a commune's plan besides its figures, meetings and deadlines:
 * the commune, the plan, the commune's own targets, who is responsible for what and the
 * members with their account on one platform. It changes only with the commune's
 * `revision`, so it can be kept in memory (see `CommunePartsCache`).
 */
export interface CommuneParts {
  /** The plan's id. */
  readonly id: string;
  readonly communeId: string;
  readonly setId: string;
  readonly year: number;
  readonly commune: {
    readonly id: string;
    readonly name: string;
    readonly district: string;
    readonly province: string;
    readonly joinPolicy: "approval" | "open";
    /** False when the commune turned the optional language model off. */
    readonly languageModel: boolean;
  };
  readonly targetOverrides: Readonly<Record<string, Target | null>>;
  readonly assigned: Readonly<Record<string, string[]>>;
  readonly members: readonly MemberInfo[];
  /** Display names by membership id, for who confirmed each figure. */
  readonly names: ReadonlyMap<string, string>;
  /** The database id of each indicator of the plan's catalog version, by code, for saving a figure. */
  readonly indicatorIds: ReadonlyMap<string, string>;
}

/** Reads a plan's commune parts, one query after another (a transaction shares one connection). */
export async function loadCommuneParts(db: DbClient, planId: string, platform: string): Promise<CommuneParts> {
  const plan = await db.communePlan.findUniqueOrThrow({
    where: { id: planId },
    include: {
      commune: true,
      targets: { include: { indicator: { select: { code: true } } } },
      set: { select: { indicators: { select: { id: true, code: true } } } },
    },
  });
  const assignments = await db.assignment.findMany({
    where: { planId },
    include: { indicator: { select: { code: true } } },
  });
  const memberships = await db.membership.findMany({
    where: { communeId: plan.communeId },
    include: { person: { include: { identities: { where: { platform } } } } },
    orderBy: { createdAt: "asc" },
  });
  const assigned: Record<string, string[]> = {};
  for (const row of assignments) {
    assigned[row.indicator.code] = [...(assigned[row.indicator.code] ?? []), row.membershipId];
  }
  const targetOverrides: Record<string, Target | null> = {};
  for (const row of plan.targets)
    targetOverrides[row.indicator.code] =
      row.assessed && row.comparator ? ({ op: row.comparator, value: row.value } as Target) : null;
  const members = memberships.map(
    (m): MemberInfo => ({
      membershipId: m.id,
      personId: m.personId,
      displayName: m.person.displayName,
      role: m.role as Role,
      status: m.status as MemberInfo["status"],
      ...(m.person.identities[0] ? { platformUserId: m.person.identities[0].externalId } : {}),
    }),
  );
  return {
    id: plan.id,
    communeId: plan.communeId,
    setId: plan.setId,
    year: plan.year,
    commune: {
      id: plan.commune.id,
      name: plan.commune.name,
      district: plan.commune.district,
      province: plan.commune.province,
      joinPolicy: plan.commune.joinPolicy === "open" ? "open" : "approval",
      languageModel: plan.commune.languageModel,
    },
    targetOverrides,
    assigned,
    members,
    names: new Map(members.map((m) => [m.membershipId, m.displayName])),
    indicatorIds: new Map(plan.set.indicators.map((indicator) => [indicator.code, indicator.id])),
  };
}

/**
 * A commune's scheduled meetings, then its open deadlines, each soonest first, from one
 * moment on. They change only with the commune's `revision` too, and hold for any later
 * moment once those gone by are left out (see `upcomingAt`).
 */
export interface Upcoming {
  /** The moment they were read from. */
  readonly since: Date;
  readonly items: readonly ScheduledItem[];
}

/** Reads a commune's meetings and deadlines from `since` on, one query after the other. */
export async function loadUpcoming(db: DbClient, communeId: string, since: Date): Promise<Upcoming> {
  const meetings = await db.meeting.findMany({
    where: { communeId, startsAt: { gte: since }, status: "scheduled" },
    orderBy: { startsAt: "asc" },
  });
  const deadlines = await db.deadline.findMany({
    where: { communeId, dueAt: { gte: since }, status: "open" },
    orderBy: { dueAt: "asc" },
  });
  const items: ScheduledItem[] = [
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
  ];
  return { since, items };
}

/** What is still ahead at `now` (not before `upcoming.since`), in the order read. */
export function upcomingAt(upcoming: Upcoming, now: Date): ScheduledItem[] {
  return upcoming.items.filter((item) => item.at >= now);
}
