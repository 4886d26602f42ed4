import type { CommuneSnapshot, MemberInfo } from "../conversation/commune-snapshot.js";
import { type Answer, answerOf, mentionText, responsibleMembers } from "./answer.js";
import { formatInstantDate, VIETNAM_TIME_ZONE } from "./calendar.js";
import { snapshotStates } from "./indicator-state.js";
import { capitalize, communeLabel, periodLabel } from "./labels.js";

interface Pending {
  readonly member: MemberInfo;
  readonly codes: string[];
}

/**
 * Answers "ai chưa cập nhật?": the indicators still without figures this period (nothing
 * reported, a figure withdrawn, or one that can no longer be read), grouped by the member
 * responsible, each tagged, in the catalog order of their first missing indicator; then
 * "Chưa phân công: …". An indicator with two people responsible is listed under both.
 * Not-assessed indicators are not asked for. When nothing is missing, it says so.
 *
 * `now` dates the answer; `timeZone` is the commune's.
 */
export function answerMissing(snapshot: CommuneSnapshot, now: Date, timeZone: string = VIETNAM_TIME_ZONE): Answer {
  const states = snapshotStates(snapshot);
  const missing = states.filter((state) => state.evaluation.status === "no-data");
  const period = periodLabel(snapshot.period);
  const commune = communeLabel(snapshot.communeName);
  if (missing.length === 0) {
    const assessed = states.filter(
      (state) => state.evaluation.status === "met" || state.evaluation.status === "unmet",
    ).length;
    if (assessed === 0) return answerOf([`${capitalize(commune)} không có chỉ tiêu nào cần số liệu ${period}.`]);
    return answerOf([`Cả ${assessed} chỉ tiêu của ${commune} đều đã có số liệu ${period}. Cảm ơn các đồng chí!`]);
  }

  const byMember: Pending[] = [];
  const unassigned: string[] = [];
  for (const state of missing) {
    const responsible = responsibleMembers(snapshot, state.indicator.code);
    if (responsible.length === 0) unassigned.push(state.indicator.code);
    for (const member of responsible) {
      const pending = byMember.find((entry) => entry.member.membershipId === member.membershipId);
      if (pending) pending.codes.push(state.indicator.code);
      else byMember.push({ member, codes: [state.indicator.code] });
    }
  }

  const lines = [
    `Còn ${missing.length} chỉ tiêu chưa có số liệu ${period} (tính đến ${formatInstantDate(now, timeZone)}):`,
  ];
  for (const { member, codes } of byMember)
    lines.push(`• ${mentionText(member)} (${codes.length}): ${codes.join(", ")}`);
  if (unassigned.length > 0) lines.push(`• Chưa phân công (${unassigned.length}): ${unassigned.join(", ")}`);
  const example = missing[0]?.indicator.code ?? "";
  lines.push(`Đề nghị các đồng chí cập nhật bằng lệnh /capnhat. Gõ mã chỉ tiêu (ví dụ ${example}) để xem chi tiết.`);
  return answerOf(
    lines,
    byMember.map((entry) => entry.member),
  );
}
