import type { CommuneSnapshot, MemberInfo } from "../conversation/commune-snapshot.js";
import { requireMemberActivity } from "../conversation/history-required.js";
import { roleLabel } from "../conversation/texts/committee.js";
import { resolveTarget } from "../evaluation/resolve-target.js";
import { type Answer, answerOf } from "./answer.js";
import { formatDate, localDateTime, VIETNAM_TIME_ZONE } from "./calendar.js";
import { capitalize, communeLabel } from "./labels.js";

/** The newest figure a member confirmed, and for which indicator. */
interface LastUpdate {
  readonly code: string;
  readonly at: Date;
}

/**
 * Each member's newest confirmed figure over every version of the period (undos included:
 * they are changes too), from each member's newest version when the snapshot holds only
 * the figures in force.
 */
function lastUpdates(snapshot: CommuneSnapshot): Map<string, LastUpdate> {
  requireMemberActivity(snapshot);
  const last = new Map<string, LastUpdate>();
  if (snapshot.history === "latest") {
    for (const [membershipId, activity] of Object.entries(snapshot.memberActivity ?? {})) {
      const latest = activity.latest;
      if (latest && !Number.isNaN(latest.version.at.getTime()))
        last.set(membershipId, { code: latest.code, at: latest.version.at });
    }
    return last;
  }
  for (const [code, versions] of Object.entries(snapshot.figures)) {
    for (const version of versions) {
      if (Number.isNaN(version.at.getTime())) continue;
      const known = last.get(version.byMembershipId);
      if (!known || version.at.getTime() > known.at.getTime())
        last.set(version.byMembershipId, { code, at: version.at });
    }
  }
  return last;
}

/** The membership ids responsible for one indicator. */
function assignedTo(snapshot: CommuneSnapshot, code: string): readonly string[] {
  return (Object.hasOwn(snapshot.assignments, code) ? snapshot.assignments[code] : undefined) ?? [];
}

/** The codes assigned to a member, in catalog order. */
function assignedCodes(snapshot: CommuneSnapshot, member: MemberInfo): string[] {
  return snapshot.catalog.indicators
    .map((indicator) => indicator.code)
    .filter((code) => assignedTo(snapshot, code).includes(member.membershipId));
}

/** "• Lan — thư ký · phụ trách 3.2, 3.4 · cập nhật gần nhất 20/11/2023 (3.2)" */
function memberLine(
  snapshot: CommuneSnapshot,
  member: MemberInfo,
  last: LastUpdate | undefined,
  timeZone: string,
): string {
  const codes = assignedCodes(snapshot, member);
  const assigned = codes.length ? `phụ trách ${codes.join(", ")}` : "chưa được phân công chỉ tiêu";
  const parts = [`• ${member.displayName} — ${roleLabel(member.role)}`];
  if (member.role !== "viewer" || codes.length) parts.push(assigned);
  if (last) parts.push(`cập nhật gần nhất ${formatDate(localDateTime(last.at, timeZone))} (${last.code})`);
  else if (member.role !== "viewer") parts.push("chưa cập nhật số liệu");
  return parts.join(" · ");
}

/**
 * Answers "/thanhvien" ("danh sách thành viên", "ai phụ trách chỉ tiêu nào"): each approved
 * member of the committee with their role, the indicators assigned to them and when they
 * last confirmed a figure (and which), then who is waiting for approval. Nobody is tagged:
 * a list should not ring everyone's phone. Needs each member's newest version of the
 * period (`requireMemberActivity`).
 */
export function answerMembers(snapshot: CommuneSnapshot, timeZone: string = VIETNAM_TIME_ZONE): Answer {
  const approved = snapshot.members.filter((member) => member.status === "approved");
  const pending = snapshot.members.filter((member) => member.status === "pending");
  const commune = communeLabel(snapshot.communeName);
  if (approved.length === 0) return answerOf([`${capitalize(commune)} chưa có thành viên BCĐ nào được duyệt.`]);
  const last = lastUpdates(snapshot);
  const lines = [`Ban chỉ đạo chuyển đổi số ${commune} (${approved.length} thành viên):`];
  lines.push(...approved.map((member) => memberLine(snapshot, member, last.get(member.membershipId), timeZone)));
  const unassigned = snapshot.catalog.indicators.filter(
    (indicator) =>
      resolveTarget(indicator, snapshot.targetOverrides[indicator.code]) !== null &&
      !approved.some((member) => assignedTo(snapshot, indicator.code).includes(member.membershipId)),
  );
  if (unassigned[0])
    lines.push(`${unassigned.length} chỉ tiêu chưa phân công cho ai. Gõ /phancong ${unassigned[0].code} @Tên để giao.`);
  if (pending.length > 0)
    lines.push(`Đang chờ duyệt: ${pending.map((member) => member.displayName).join(", ")} (gõ /duyet @Tên).`);
  return answerOf(lines);
}
