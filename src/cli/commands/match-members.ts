import type { MemberSummary } from "../../adapters/storage/stores/member-lookup.js";
import { platformLabel } from "./admin-terms.js";

/**
 * Members named by `wanted`: those with that platform user id, or else those with that
 * name (letter case and spacing ignored, diacritics kept: Lan is not Lân). Removed
 * members match only when `removed` asks for them instead of the seated ones.
 */
export function matchMembers(
  members: MemberSummary[],
  wanted: string,
  platform: string | undefined,
  removed = false,
): MemberSummary[] {
  const seated = members.filter((member) => (member.status === "removed") === removed);
  const onPlatform = (member: MemberSummary) =>
    member.accounts.filter((account) => !platform || account.platform === platform);
  const byId = seated.filter((member) => onPlatform(member).some((account) => account.externalId === wanted));
  if (byId.length) return byId;
  const name = normalizeName(wanted);
  return seated.filter(
    (member) =>
      onPlatform(member).length > 0 &&
      [member.displayName, ...onPlatform(member).map((account) => account.displayName ?? "")].some(
        (candidate) => normalizeName(candidate) === name,
      ),
  );
}

function normalizeName(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("vi");
}

/** "Lan (Telegram 111, Zalo 222)": a member with their accounts, to tell namesakes apart. */
export function describeMember(member: MemberSummary): string {
  return `${member.displayName} (${member.accounts.map((account) => `${platformLabel(account.platform)} ${account.externalId}`).join(", ")})`;
}
