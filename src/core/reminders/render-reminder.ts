import { type Answer, answerOf, mentionText } from "../answers/answer.js";
import { communeLabel } from "../answers/labels.js";
import { type Day, dayOf, daysFrom, isoDay, parseIsoDay } from "../calendar/local-time.js";
import { shortDate, weekdayDate, weekdayDateTime } from "../calendar/vietnamese-dates.js";
import type { CommuneSnapshot } from "../conversation/commune-snapshot.js";
import { deadlineTargets, membersFor, missingCodes, officers } from "./deadline-targets.js";
import { invitationText } from "./invitation.js";
import type { ReminderKind } from "./planned-reminder.js";
import { romanQuarter } from "./quarter-meetings.js";
import type { DeadlineRecord, MeetingRecord } from "./reminder-sources.js";

/** The fresh data a reminder is written from when it is sent. */
export interface RenderInput {
  reminder: { kind: ReminderKind; target: string; occurrence: string; offset: string };
  snapshot: CommuneSnapshot;
  meetings: readonly MeetingRecord[];
  deadlines: readonly DeadlineRecord[];
  timeZone: string;
  now: Date;
  /** "private" when a nudge goes to the member's own private chat: addressed by name, no mention. */
  audience?: "group" | "private";
}

/** The message to send, or why there is nothing to say any more (a figure came in, the meeting was cancelled). */
export type RenderedReminder = { send: true; answer: Answer } | { send: false; reason: string };

/** At most this many missing indicators are named in a deadline reminder. */
const NAMED = 8;

const skip = (reason: string): RenderedReminder => ({ send: false, reason });
const send = (answer: Answer): RenderedReminder => ({ send: true, answer });

/**
 * Writes a reminder at send time from fresh data, in the committee's polite official tone
 * ("Kính nhắc các đồng chí…"), so a figure entered or a meeting moved after planning is
 * never nagged about: what no longer needs saying is skipped with its reason.
 */
export function renderReminder(input: RenderInput): RenderedReminder {
  switch (input.reminder.kind) {
    case "meeting":
      return renderMeeting(input);
    case "quarter":
      return renderQuarter(input);
    case "deadline":
      return renderDeadline(input);
    case "nudge":
      return renderNudge(input);
  }
}

function renderMeeting(input: RenderInput): RenderedReminder {
  const { reminder, snapshot, timeZone } = input;
  const meeting = input.meetings.find((m) => m.id === reminder.target);
  if (!meeting) return skip("cuộc họp không còn");
  if (meeting.status === "cancelled") return skip("cuộc họp đã hủy");
  if (meeting.startsAt.toISOString().slice(0, 16) !== reminder.occurrence) return skip("cuộc họp đã dời giờ");
  const everyone = snapshot.members.filter((m) => m.status === "approved" && m.role !== "viewer");
  const when = weekdayDateTime(meeting.startsAt, timeZone);
  const where = meeting.location?.trim() ? ` tại ${meeting.location.trim()}` : "";
  switch (reminder.offset) {
    case "invite": {
      if (meeting.status !== "scheduled") return skip("cuộc họp đã diễn ra");
      const rescheduled = meeting.arrangedAt.getTime() > meeting.createdAt.getTime();
      return send(invitationText(snapshot, input.deadlines, meeting, timeZone, rescheduled));
    }
    case "after": {
      if (meeting.status === "held") return skip("đã ghi nhận kết quả cuộc họp");
      const asked = officers(snapshot);
      const quarter = meeting.quarter ? ` quý ${romanQuarter(meeting.quarter)}` : "";
      return send(
        answerOf(
          [
            `Kính đề nghị ${asked.length ? asked.map(mentionText).join(", ") : "đồng chí Thư ký"} cho biết: ${meeting.title} (${when}) đã diễn ra chưa, đồng chí nào chủ trì?`,
            `Trả lời ví dụ: "Đã họp BCĐ${quarter} ngày ${shortDate(dayOf(meeting.startsAt, timeZone))}, đồng chí Chủ tịch UBND xã chủ trì", hoặc gõ /hopxong.`,
          ],
          asked,
        ),
      );
    }
    default: {
      if (meeting.status !== "scheduled") return skip("cuộc họp đã diễn ra");
      const today = daysFrom(dayOf(input.now, timeZone), dayOf(meeting.startsAt, timeZone)) === 0;
      const lead = today ? "hôm nay" : "sắp tới";
      return send(
        answerOf(
          [
            `Kính nhắc các đồng chí: ${meeting.title} ${lead}, ${when}${where}.`,
            `Đề nghị các đồng chí tham dự đầy đủ, đúng giờ. ${everyone.map(mentionText).join(" ")}`.trim(),
          ],
          everyone,
        ),
      );
    }
  }
}

function renderQuarter(input: RenderInput): RenderedReminder {
  const { reminder, snapshot } = input;
  const match = /^(\d{4})-Q([1-4])$/.exec(reminder.target);
  const due = parseIsoDay(reminder.occurrence);
  if (!match || !due) return skip("nhắc không hợp lệ");
  const year = Number(match[1]);
  const quarter = Number(match[2]);
  if (input.meetings.some((m) => m.status !== "cancelled" && m.year === year && m.quarter === quarter))
    return skip("đã có lịch họp quý");
  const asked = officers(snapshot);
  return send(
    answerOf(
      [
        `Kính nhắc ${asked.length ? asked.map(mentionText).join(", ") : "các đồng chí"}: ${communeLabel(snapshot.communeName)} chưa có lịch họp Ban Chỉ đạo chuyển đổi số quý ${romanQuarter(quarter)} năm ${year}; hạn tổ chức là ${weekdayDate(due)}.`,
        `Đề nghị các đồng chí sớm bố trí lịch họp, ví dụ: /dathop ${shortDate(suggestedDay(due))} 14:00 tại Hội trường UBND xã.`,
      ],
      asked,
    ),
  );
}

/** A week before the deadline, as an example date in the prompt. */
function suggestedDay(due: Day): Day {
  const d = new Date(Date.UTC(due.year, due.month - 1, due.day - 7));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function renderDeadline(input: RenderInput): RenderedReminder {
  const { reminder, snapshot, timeZone } = input;
  const target = deadlineTargets(snapshot, input.deadlines, timeZone).find((t) => t.target === reminder.target);
  if (!target) return skip("hạn không còn");
  if (isoDay(target.due) !== reminder.occurrence) return skip("hạn đã đổi ngày");
  const missing = missingCodes(snapshot, target.codes);
  if (missing.length === 0) return skip("đã đủ số liệu");
  const named =
    missing.slice(0, NAMED).join(", ") + (missing.length > NAMED ? ` và ${missing.length - NAMED} chỉ tiêu khác` : "");
  const responsible = membersFor(snapshot, missing);
  const unassigned = missing.filter((code) => !(snapshot.assignments[code] ?? []).length);
  const who = responsible.length
    ? ` Đề nghị ${responsible.map(mentionText).join(", ")} cập nhật bằng lệnh /capnhat.`
    : "";
  const orphan = unassigned.length ? ` Chưa phân công: ${unassigned.slice(0, NAMED).join(", ")}.` : "";
  const dueText = weekdayDate(target.due);
  if (reminder.offset === "escalate") {
    const chairs = officers(snapshot).filter((m) => m.role === "chair");
    const to = chairs.length ? chairs : officers(snapshot);
    return send(
      answerOf(
        [
          `Kính báo cáo ${to.length ? to.map(mentionText).join(", ") : "đồng chí Trưởng ban"}: đã quá hạn "${target.title}" (${dueText}) nhưng còn ${missing.length} chỉ tiêu chưa có số liệu: ${named}.${who}${orphan}`,
        ],
        [...to, ...responsible],
      ),
    );
  }
  const left = daysFrom(dayOf(input.now, timeZone), target.due);
  const when = left <= 1 ? (left === 1 ? "ngày mai" : "hôm nay") : `còn ${left} ngày`;
  return send(
    answerOf(
      [
        `Kính nhắc các đồng chí: hạn "${target.title}" là ${dueText} (${when}). Còn ${missing.length} chỉ tiêu chưa có số liệu: ${named}.${who}${orphan}`,
      ],
      responsible,
    ),
  );
}

function renderNudge(input: RenderInput): RenderedReminder {
  const { reminder, snapshot } = input;
  const member = snapshot.members.find((m) => m.membershipId === reminder.target && m.status === "approved");
  if (!member) return skip("không còn là thành viên");
  const mine = Object.entries(snapshot.assignments)
    .filter(([, ids]) => ids.includes(member.membershipId))
    .map(([code]) => code);
  const missing = missingCodes(snapshot, mine);
  if (missing.length === 0) return skip("đã đủ số liệu");
  const codes = missing.slice(0, NAMED).join(", ");
  if (input.audience === "private")
    return send(
      answerOf(
        [
          `Kính nhắc đồng chí ${member.displayName}: các chỉ tiêu đồng chí phụ trách còn chưa có số liệu: ${codes}. Đề nghị đồng chí cập nhật bằng lệnh /capnhat ${missing[0]}.`,
          'Khi đã cập nhật xong, trả lời "đã xong"; muốn nhắc lại vào ngày làm việc sau, trả lời "nhắc lại sau".',
        ],
        [],
      ),
    );
  return send(
    answerOf(
      [
        `Kính nhắc ${mentionText(member)}: các chỉ tiêu đồng chí phụ trách còn chưa có số liệu: ${codes}. Đề nghị đồng chí cập nhật bằng lệnh /capnhat.`,
      ],
      [member],
    ),
  );
}
