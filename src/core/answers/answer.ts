import type { CommuneSnapshot, MemberInfo } from "../conversation/commune-snapshot.js";

/**
 * A person tagged in a reply. The text carries "@Tên" where the tag goes; the Telegram and
 * Zalo adapters turn it into a real mention with `platformUserId` when the member has an
 * account on that platform, and leave the plain name otherwise.
 */
export interface Mention {
  membershipId: string;
  displayName: string;
  platformUserId?: string;
}

/**
 * What every question-answering function returns: the reply text, ready for a phone screen,
 * and the people it tags. The core only composes it; sending is the adapters' job.
 */
export interface Answer {
  text: string;
  mentions: Mention[];
}

/** "@Lan": how a member's tag is written in reply text. */
export function mentionText(member: Pick<MemberInfo, "displayName">): string {
  return `@${member.displayName}`;
}

/** The mention entry for a member, carrying the platform account only when there is one. */
function mentionOf(member: MemberInfo): Mention {
  const mention: Mention = { membershipId: member.membershipId, displayName: member.displayName };
  if (member.platformUserId !== undefined) mention.platformUserId = member.platformUserId;
  return mention;
}

/**
 * Builds an answer from its lines and the members it tags, each member listed once in
 * order of first appearance, so an adapter never tags the same person twice.
 */
export function answerOf(lines: readonly string[], tagged: readonly MemberInfo[] = []): Answer {
  const seen = new Set<string>();
  const mentions: Mention[] = [];
  for (const member of tagged) {
    if (seen.has(member.membershipId)) continue;
    seen.add(member.membershipId);
    mentions.push(mentionOf(member));
  }
  return { text: lines.join("\n"), mentions };
}

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
