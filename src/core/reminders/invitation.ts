import { type Answer, answerOf, mentionText, responsibleMembers } from "../answers/answer.js";
import { snapshotStates } from "../answers/indicator-state.js";
import { codeAndName, communeLabel } from "../answers/labels.js";
import { dayOf } from "../calendar/local-time.js";
import { shortDate, weekdayDateTime } from "../calendar/vietnamese-dates.js";
import type { CommuneSnapshot, MemberInfo } from "../conversation/commune-snapshot.js";
import { deadlineTargets, missingCodes } from "./deadline-targets.js";
import { romanQuarter } from "./quarter-meetings.js";
import type { DeadlineRecord, MeetingRecord } from "./reminder-sources.js";

/** At most this many indicators are named per agenda item, so the invitation fits a phone screen. */
const NAMED = 5;

/** The title of a quarter's meeting: "Họp Ban Chỉ đạo chuyển đổi số quý I năm 2024". */
export function quarterMeetingTitle(quarter: number, year: number): string {
  return `Họp Ban Chỉ đạo chuyển đổi số quý ${romanQuarter(quarter)} năm ${year}`;
}

/** "đồng chí Hùng (Trưởng ban)" for the chair in the committee list, or the head by title. */
export function chairLine(snapshot: CommuneSnapshot): string {
  const chair = snapshot.members.find((member) => member.status === "approved" && member.role === "chair");
  return chair ? `đồng chí ${chair.displayName}, Trưởng ban Chỉ đạo` : "đồng chí Trưởng ban Chỉ đạo";
}

/**
 * The agenda drafted from the commune's data: the unmet indicators with their gaps, the
 * indicators still without figures and who answers for them, and the deadlines before
 * the next quarter's meeting (three months after this one).
 */
export function draftAgenda(
  snapshot: CommuneSnapshot,
  deadlines: readonly DeadlineRecord[],
  meeting: MeetingRecord,
  timeZone: string,
): { lines: string[]; tagged: MemberInfo[] } {
  const states = snapshotStates(snapshot);
  const met = states.filter((s) => s.evaluation.status === "met").length;
  const unmet = states.filter((s) => s.evaluation.status === "unmet");
  const noData = states.filter((s) => s.evaluation.status === "no-data");
  const assessed = states.filter((s) => s.evaluation.status !== "not-assessed").length;
  const tagged: MemberInfo[] = [];
  const lines = [`1. Kết quả thực hiện các chỉ tiêu chuyển đổi số: ${met}/${assessed} chỉ tiêu đạt.`];
  if (unmet.length) {
    const named = unmet
      .slice(0, NAMED)
      .map((s) => `${codeAndName(s.indicator)}${s.evaluation.gap ? ` (${s.evaluation.gap.text})` : ""}`);
    const more = unmet.length > NAMED ? `; và ${unmet.length - NAMED} chỉ tiêu khác` : "";
    lines.push(`2. Chỉ tiêu chưa đạt (${unmet.length}): ${named.join("; ")}${more}.`);
  } else lines.push("2. Chỉ tiêu chưa đạt: không có.");
  if (noData.length) {
    const named = noData.slice(0, NAMED).map((s) => {
      const responsible = responsibleMembers(snapshot, s.indicator.code);
      tagged.push(...responsible);
      return `${s.indicator.code} (${responsible.length ? responsible.map(mentionText).join(", ") : "chưa phân công"})`;
    });
    const more = noData.length > NAMED ? `; và ${noData.length - NAMED} chỉ tiêu khác` : "";
    lines.push(`3. Chỉ tiêu chưa có số liệu (${noData.length}): ${named.join(", ")}${more}.`);
  } else lines.push("3. Chỉ tiêu chưa có số liệu: không có.");
  const horizon = meeting.startsAt.getTime() + 92 * 24 * 60 * 60 * 1000;
  const ahead = deadlineTargets(snapshot, deadlines, timeZone)
    .filter((t) => t.dueAt.getTime() >= meeting.startsAt.getTime() && t.dueAt.getTime() <= horizon)
    .filter((t) => missingCodes(snapshot, t.codes).length > 0)
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  if (ahead.length)
    lines.push(
      `4. Hạn sắp tới: ${ahead
        .slice(0, NAMED)
        .map((t) => `${shortDate(t.due)} – ${t.title} (còn thiếu ${missingCodes(snapshot, t.codes).length} chỉ tiêu)`)
        .join("; ")}.`,
    );
  lines.push(`${ahead.length ? 5 : 4}. Thống nhất nhiệm vụ trọng tâm thời gian tới.`);
  return { lines, tagged };
}

/**
 * The invitation sent when a meeting is confirmed, in the style of a giấy mời: what, when,
 * where, who chairs, and the agenda drafted from the commune's data; every approved member
 * is tagged.
 */
export function invitationText(
  snapshot: CommuneSnapshot,
  deadlines: readonly DeadlineRecord[],
  meeting: MeetingRecord,
  timeZone: string,
  rescheduled: boolean,
): Answer {
  const agenda = draftAgenda(snapshot, deadlines, meeting, timeZone);
  const everyone = snapshot.members.filter((m) => m.status === "approved" && m.role !== "viewer");
  const lines = [
    rescheduled ? "GIẤY MỜI HỌP (thay đổi thời gian)" : "GIẤY MỜI HỌP",
    `Ban Chỉ đạo chuyển đổi số ${communeLabel(snapshot.communeName)} trân trọng kính mời các đồng chí thành viên dự: ${meeting.title}.`,
    `• Thời gian: ${weekdayDateTime(meeting.startsAt, timeZone)}`,
    `• Địa điểm: ${meeting.location?.trim() || "sẽ thông báo sau"}`,
    `• Chủ trì: ${chairLine(snapshot)}`,
    "• Nội dung:",
    ...agenda.lines.map((line) => `  ${line}`),
    `Đề nghị các đồng chí bố trí thời gian tham dự đầy đủ, đúng giờ. ${everyone.map(mentionText).join(" ")}`.trim(),
  ];
  return answerOf(lines, [...everyone, ...agenda.tagged]);
}

/** The day of a meeting, for short mentions: "25/3/2024". */
export function meetingDay(meeting: MeetingRecord, timeZone: string): string {
  return shortDate(dayOf(meeting.startsAt, timeZone));
}
