import type { CommuneSnapshot, MemberInfo } from "../conversation/commune-snapshot.js";
import { mentionText } from "./answer.js";

/**
 * The members responsible for an indicator, in assignment order, each once. Removed members
 * no longer answer for anything, so an indicator left only with them counts as unassigned.
 */
export function responsibleMembers(
  snapshot: Pick<CommuneSnapshot, "assignments" | "members">,
  code: string,
): MemberInfo[] {
  const ids = (Object.hasOwn(snapshot.assignments, code) ? snapshot.assignments[code] : undefined) ?? [];
  const found: MemberInfo[] = [];
  for (const id of ids) {
    const member = snapshot.members.find(
      (candidate) => candidate.membershipId === id && candidate.status !== "removed",
    );
    if (member && !found.includes(member)) found.push(member);
  }
  return found;
}

/** "@Lan, @Hùng" for the people responsible, or "chưa phân công" when there are none. */
export function describeResponsible(members: readonly MemberInfo[]): string {
  return members.length === 0 ? "chưa phân công" : members.map(mentionText).join(", ");
}
