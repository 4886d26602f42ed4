import type { MemberInfo, Role } from "../../../core/conversation/commune-snapshot.js";
import type { AdministeredPlan, SenderInfo } from "../../../core/conversation/converse-input.js";
import { isManagingRole } from "../../../core/conversation/permissions.js";
import type { DbClient } from "../prisma-types.js";

/**
 * Identifies the sender of a message: the person behind the platform account, their seat
 * in the commune bound to the chat (if any), and the plans they administer (for /batdau).
 */
export async function findSender(
  db: DbClient,
  account: { platform: string; externalId: string; name: string },
  communeId: string | null,
): Promise<SenderInfo> {
  const identity = await db.platformIdentity.findUnique({
    where: { platform_externalId: { platform: account.platform, externalId: account.externalId } },
    include: {
      person: {
        include: {
          memberships: {
            where: { status: { not: "removed" } },
            include: { commune: { include: { plans: { orderBy: { year: "desc" }, include: { set: true } } } } },
          },
        },
      },
    },
  });
  if (!identity) return { personId: null, name: account.name, membership: null, administers: [] };
  const person = identity.person;
  const seat = person.memberships.find((m) => m.communeId === communeId);
  const membership: MemberInfo | null = seat
    ? {
        membershipId: seat.id,
        personId: person.id,
        displayName: person.displayName,
        role: seat.role as Role,
        status: seat.status as MemberInfo["status"],
        platformUserId: account.externalId,
      }
    : null;
  const administers: AdministeredPlan[] = person.memberships
    .filter((m) => m.status === "approved" && isManagingRole(m.role))
    .flatMap((m) => {
      const plan = m.commune.plans[0];
      return plan
        ? [
            {
              communeId: m.communeId,
              communeName: m.commune.name,
              planId: plan.id,
              catalogTitle: plan.set.title,
              year: plan.year,
            },
          ]
        : [];
    });
  return { personId: person.id, name: person.displayName, membership, administers };
}

/**
 * The sender of a message in a chat bound to a commune, from what the message has already
 * read: their account (`loadMessageContext`) and the commune's members, kept in memory and
 * checked against the commune's revision. The same seat as `findSender` finds, without a
 * query; the plans the sender administers stay empty, since only /batdau reads them and a
 * bound chat answers it without them.
 */
export function senderAmongMembers(
  account: { externalId: string; name: string },
  known: { personId: string; displayName: string } | null,
  members: readonly MemberInfo[],
): SenderInfo {
  if (!known) return { personId: null, name: account.name, membership: null, administers: [] };
  const seat = members.find((m) => m.personId === known.personId && m.status !== "removed");
  const membership: MemberInfo | null = seat
    ? {
        membershipId: seat.membershipId,
        personId: known.personId,
        displayName: known.displayName,
        role: seat.role,
        status: seat.status,
        platformUserId: account.externalId,
      }
    : null;
  return { personId: known.personId, name: known.displayName, membership, administers: [] };
}
