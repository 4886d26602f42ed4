import { MANAGING_ROLES } from "../../../core/conversation/permissions.js";
import type { DbClient, Membership } from "../prisma-types.js";
import type { MemberRole } from "./members.js";

/** Identifies a member by the platform account they write from. */
export interface MemberAccountRef {
  communeId: string;
  platform: string;
  externalId: string;
}

/** A committee member with every platform account of theirs, for lookups by id or name. */
export interface MemberSummary {
  membershipId: string;
  personId: string;
  displayName: string;
  role: MemberRole;
  status: "pending" | "approved" | "removed";
  accounts: { platform: string; externalId: string; displayName: string | null }[];
}

/** The commune membership of whoever owns a platform account, or null when they have none there. */
export async function findMembership(db: DbClient, ref: MemberAccountRef): Promise<Membership | null> {
  const identity = await db.platformIdentity.findUnique({
    where: { platform_externalId: { platform: ref.platform, externalId: ref.externalId } },
  });
  if (!identity) return null;
  return db.membership.findUnique({
    where: { communeId_personId: { communeId: ref.communeId, personId: identity.personId } },
  });
}

/** Every member of a commune's committee (removed ones included), in the order they joined. */
export async function listMembers(db: DbClient, communeId: string): Promise<MemberSummary[]> {
  const memberships = await db.membership.findMany({
    where: { communeId },
    orderBy: { createdAt: "asc" },
    include: { person: { include: { identities: { orderBy: { createdAt: "asc" } } } } },
  });
  return memberships.map((membership) => ({
    membershipId: membership.id,
    personId: membership.personId,
    displayName: membership.person.displayName,
    role: membership.role as MemberRole,
    status: membership.status as MemberSummary["status"],
    accounts: membership.person.identities.map((identity) => ({
      platform: identity.platform,
      externalId: identity.externalId,
      displayName: identity.displayName,
    })),
  }));
}

/**
 * The accounts on `platform` of every approved chair, deputy chair and secretary, of any commune, oldest
 * account first: whom to tell when something needs an administrator (the Zalo account was
 * signed out). Each person's account id is also their private chat's id.
 */
export async function administratorAccountIds(db: DbClient, platform: string): Promise<string[]> {
  const identities = await db.platformIdentity.findMany({
    where: {
      platform,
      person: { memberships: { some: { status: "approved", role: { in: [...MANAGING_ROLES] } } } },
    },
    orderBy: { createdAt: "asc" },
    select: { externalId: true },
  });
  return identities.map((identity) => identity.externalId);
}
