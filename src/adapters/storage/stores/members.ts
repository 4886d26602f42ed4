import type { Role } from "../../../core/conversation/commune-snapshot.js";
import { storableText } from "../../../core/text/typed-text.js";
import type { DbClient, Membership } from "../prisma-types.js";
import { writeAudit } from "./audit-log.js";

/** Committee roles: trưởng ban/chủ tịch, phó trưởng ban, thư ký, thành viên, xem. */
export type MemberRole = Role;

/** A person joining a commune from one platform account. */
export interface NewMember {
  communeId: string;
  platform: string;
  externalId: string;
  displayName: string;
  role: MemberRole;
  status: "pending" | "approved";
}

/**
 * Adds a member: finds the person behind the platform account (or creates them) and
 * gives them a seat on the commune's committee. The same person reaching the bot from
 * Zalo and Telegram is linked with `linkIdentity`.
 */
export async function addMember(
  db: DbClient,
  member: NewMember,
  actor: { personId?: string; at: Date },
): Promise<Membership> {
  const displayName = storableText(member.displayName) || member.externalId;
  const identity = await db.platformIdentity.findUnique({
    where: { platform_externalId: { platform: member.platform, externalId: member.externalId } },
  });
  const personId =
    identity?.personId ??
    (
      await db.person.create({
        data: {
          displayName,
          createdAt: actor.at,
          identities: {
            create: {
              platform: member.platform,
              externalId: member.externalId,
              displayName,
              createdAt: actor.at,
            },
          },
        },
      })
    ).id;
  // A member removed earlier comes back on the same seat: the figures they entered point at it.
  const removed = await db.membership.findFirst({
    where: { communeId: member.communeId, personId, status: "removed" },
  });
  const seat = { role: member.role, status: member.status, updatedAt: actor.at };
  const membership = removed
    ? await db.membership.update({ where: { id: removed.id }, data: { ...seat, approvedBy: null } })
    : await db.membership.create({
        data: { communeId: member.communeId, personId, ...seat, createdAt: actor.at },
      });
  await writeAudit(db, {
    communeId: member.communeId,
    personId: actor.personId,
    action: "member.add",
    entity: "Membership",
    entityId: membership.id,
    ...(removed ? { before: { status: removed.status, role: removed.role } } : {}),
    after: { personId, role: member.role, status: member.status, platform: member.platform },
    at: actor.at,
  });
  return membership;
}

/** Links another platform account to an existing person (one person, Zalo and Telegram). */
export async function linkIdentity(
  db: DbClient,
  personId: string,
  account: { platform: string; externalId: string; displayName?: string },
  at: Date,
): Promise<void> {
  const displayName = account.displayName === undefined ? undefined : storableText(account.displayName);
  await db.platformIdentity.create({ data: { personId, ...account, displayName, createdAt: at } });
}

/** An administrator's approval of a member's seat, given in a chat. */
export interface MembershipApproval {
  membershipId: string;
  role: MemberRole;
  /** The approving administrator's person id, when the bot knows them. */
  approvedBy: string | null;
  platform: string;
  chatId: string;
  at: Date;
}

/**
 * Approves a member with the role they are given (/duyet) and audits the change with the
 * status and role before and after, in the caller's transaction. Approving an unknown
 * membership throws: the conversation only approves members it has just read.
 */
export async function approveMembership(db: DbClient, approval: MembershipApproval): Promise<Membership> {
  const before = await db.membership.findUniqueOrThrow({ where: { id: approval.membershipId } });
  const membership = await db.membership.update({
    where: { id: approval.membershipId },
    data: { status: "approved", role: approval.role, approvedBy: approval.approvedBy, updatedAt: approval.at },
  });
  await writeAudit(db, {
    communeId: before.communeId,
    personId: approval.approvedBy ?? undefined,
    action: "member.approve",
    entity: "Membership",
    entityId: approval.membershipId,
    before: { status: before.status, role: before.role },
    after: { status: "approved", role: approval.role },
    platform: approval.platform,
    chatId: approval.chatId,
    at: approval.at,
  });
  return membership;
}

/** Who removes a member, and from where. */
export interface MembershipRemoval {
  membershipId: string;
  /** The administrator's person id, when the bot knows them (absent from the command line). */
  personId?: string;
  platform: string;
  chatId?: string;
  at: Date;
}

/** What a removal did: the seat before, and the indicator codes no longer assigned to it. */
export type RemovalResult =
  | { status: "removed"; role: string; codes: string[] }
  | { status: "already-removed" }
  | { status: "unknown" };

/**
 * Removes a member from their commune's committee: the seat is marked "removed" and every
 * assignment of theirs is dropped (those indicators become unassigned), in the caller's
 * transaction, with one audit row holding the status, role and codes before. The figures
 * they entered stay, still naming them. Removing a removed or unknown seat changes nothing.
 */
export async function removeMembership(db: DbClient, removal: MembershipRemoval): Promise<RemovalResult> {
  const before = await db.membership.findUnique({ where: { id: removal.membershipId } });
  if (!before) return { status: "unknown" };
  if (before.status === "removed") return { status: "already-removed" };
  const assignments = await db.assignment.findMany({
    where: { membershipId: removal.membershipId },
    include: { indicator: { select: { code: true } } },
    orderBy: { createdAt: "asc" },
  });
  const codes = [...new Set(assignments.map((assignment) => assignment.indicator.code))];
  await db.assignment.deleteMany({ where: { membershipId: removal.membershipId } });
  await db.membership.update({
    where: { id: removal.membershipId },
    data: { status: "removed", updatedAt: removal.at },
  });
  await writeAudit(db, {
    communeId: before.communeId,
    personId: removal.personId,
    action: "member.remove",
    entity: "Membership",
    entityId: removal.membershipId,
    before: { status: before.status, role: before.role, assigned: codes },
    after: { status: "removed" },
    platform: removal.platform,
    chatId: removal.chatId,
    at: removal.at,
  });
  return { status: "removed", role: before.role, codes };
}
