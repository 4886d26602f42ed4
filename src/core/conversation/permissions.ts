import type { MemberInfo, Role } from "./commune-snapshot.js";

/** Approved members who may enter figures: chair, secretary and members (not viewers). */
export function canEnterFigures(member: MemberInfo | null): boolean {
  return member?.status === "approved" && member.role !== "viewer";
}

/** Approved members who may read the commune's figures (viewers included). */
export function canRead(member: MemberInfo | null): boolean {
  return member?.status === "approved";
}

/**
 * The roles that run the committee: the chair, the deputy chair (phó trưởng ban, with the
 * chair's powers) and the secretary. They approve, assign, schedule and remove members.
 */
export const MANAGING_ROLES: readonly Role[] = ["chair", "deputy", "secretary"];

/** Whether a role runs the committee (see {@link MANAGING_ROLES}). */
export function isManagingRole(role: string): boolean {
  return (MANAGING_ROLES as readonly string[]).includes(role);
}

/** The chair, the deputy chair and the secretary run the committee: approvals, assignments, removals. */
export function canManage(member: MemberInfo | null): boolean {
  return member?.status === "approved" && isManagingRole(member.role);
}
