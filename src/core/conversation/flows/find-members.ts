import { foldVietnamese } from "../../text/fold-vietnamese.js";
import type { MemberInfo } from "../commune-snapshot.js";

/**
 * The members a mention in a committee command names ("@Lan", "@Nguyễn Thị Lan", or a
 * platform account id): exact names (diacritics and case ignored) or the account first,
 * else names that contain what was typed. Several results mean the mention is ambiguous.
 */
export function findMembersByName(members: readonly MemberInfo[], mention: string): MemberInfo[] {
  const handle = mention.replace(/^@/, "");
  const wanted = foldVietnamese(handle);
  if (!wanted) return [];
  const exact = members.filter((m) => foldVietnamese(m.displayName) === wanted || m.platformUserId === handle);
  return exact.length ? exact : members.filter((m) => foldVietnamese(m.displayName).includes(wanted));
}
