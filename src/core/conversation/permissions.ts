import type { MemberInfo } from "./commune-snapshot.js";

/** Approved members who may enter figures: chair, secretary and members (not viewers). */
export function canEnterFigures(member: MemberInfo | null): boolean {
  return member?.status === "approved" && member.role !== "viewer";
}

/** Approved members who may read the commune's figures (viewers included). */
export function canRead(member: MemberInfo | null): boolean {
  return member?.status === "approved";
}

/** The chair and the secretary run the committee: approvals and assignments. */
export function canManage(member: MemberInfo | null): boolean {
  return member?.status === "approved" && (member.role === "chair" || member.role === "secretary");
}
