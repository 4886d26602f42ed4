import type { Target } from "../../../core/catalog/catalog-schema.js";
import type { MemberInfo, Role } from "../../../core/conversation/commune-snapshot.js";
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
}

/** Reads a plan's commune parts, one query after another (a transaction shares one connection). */
export async function loadCommuneParts(db: DbClient, planId: string, platform: string): Promise<CommuneParts> {
  const plan = await db.communePlan.findUniqueOrThrow({
    where: { id: planId },
    include: { commune: true, targets: { include: { indicator: { select: { code: true } } } } },
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
  };
}
