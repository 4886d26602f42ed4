import { communeLabel } from "../answers/labels.js";
import { dayOf, instantAt } from "../calendar/local-time.js";
import { DEFAULT_OFFICE_HOURS } from "../calendar/office-hours.js";
import { shortDate, weekdayDate, weekdayDateTime } from "../calendar/vietnamese-dates.js";
import { workingCalendar } from "../calendar/working-calendar.js";
import type { CommuneSnapshot } from "../conversation/commune-snapshot.js";
import type { ConverseInput, DialogOutcome } from "../conversation/converse-input.js";
import type { Effect } from "../conversation/effects.js";
import { reply, say } from "../conversation/outcome.js";
import { canManage, canRead } from "../conversation/permissions.js";
import type { SessionState } from "../conversation/session-state.js";
import { confirmChoices } from "../conversation/texts/update.js";
import { evaluateIndicator } from "../evaluation/evaluate-indicator.js";
import { resolveTarget } from "../evaluation/resolve-target.js";
import { isAddressedToBot } from "../messages/inbound-message.js";
import { formatNumber } from "../numbers/format-number.js";
import { readEvidence } from "../parsing/evidence.js";
import { missingCodes } from "../reminders/deadline-targets.js";
import { quarterMeetingTitle } from "../reminders/invitation.js";
import {
  DEFAULT_LEAD_TIMES,
  deadlineLeadText,
  describeLeadTimes,
  type LeadTimes,
  readLeadTimeRequest,
  sameLeadTimes,
} from "../reminders/lead-times.js";
import { quarterMeetings, quarterOf, romanQuarter } from "../reminders/quarter-meetings.js";
import { foldVietnamese } from "../text/fold-vietnamese.js";
import { describeWhenProblem } from "./describe-when-problem.js";
import { readScheduleRequest, type ScheduleRequest } from "./read-schedule-request.js";
import { readWhen } from "./read-when.js";
import type { ScheduleAction } from "./schedule-action.js";

type ConfirmSchedule = Extract<SessionState, { step: "confirm-schedule" }>;

const ONLY_OFFICERS =
  "Chỉ Trưởng ban, Phó Trưởng ban hoặc Thư ký Ban Chỉ đạo được đặt lịch họp, hạn nộp và ghi nhận cuộc họp. Đề nghị đồng chí báo Thư ký.";
const ONLY_CHAIR = "Chỉ Trưởng ban, Phó Trưởng ban hoặc Thư ký được tạm dừng hoặc bật lại lời nhắc trong nhóm.";
const ONLY_CHAIR_LEAD_TIMES = "Chỉ Trưởng ban, Phó Trưởng ban hoặc Thư ký được đổi thời gian nhắc của xã.";
const CONFIRM = 'Trả lời "có" để lưu, "không" để hủy.';

/**
 * The committee's calendar in the chat: scheduling, moving and cancelling meetings,
 * recording a meeting held, adding a deadline, and /nhacnho. Each change is read back and
 * done only after "có", like a figure; a date in the past, an impossible date or a time
 * without a date gets a question back and changes nothing. Returns null when the message
 * is about something else.
 */
export function converseAboutSchedule(input: ConverseInput): DialogOutcome | null {
  const { snapshot, session, message } = input;
  if (session?.step === "confirm-schedule") return continueSchedule(input, session);
  if (!snapshot) return null;
  const request = readScheduleRequest(message.text);
  if (!request) return null;
  const member = input.sender.membership;
  if (!canRead(member)) return null;
  if (request.kind === "reminders") return remindersRequest(input, snapshot, request.setting);
  if (request.kind === "nudge-answer") return answerNudge(input, snapshot, request.answer);
  if (request.kind === "lead-times") return leadTimesRequest(input, snapshot, request.words);
  if (!canManage(member)) return say(session, ONLY_OFFICERS);
  const action = actionFor(input, snapshot, request);
  if (typeof action === "string") return say(session, action);
  return say({ step: "confirm-schedule", action }, `${readBack(action, snapshot, input.timeZone)}\n${CONFIRM}`, {
    choices: confirmChoices(),
  });
}

/** The answer to a read-back: "có" does it, "không" or "hủy" drops it, anything else asks again. */
function continueSchedule(input: ConverseInput, session: ConfirmSchedule): DialogOutcome {
  const folded = foldVietnamese(input.message.text).toLowerCase().trim();
  if (/^(co|dong y|ok|luu|co luu|dung|vang)\b/.test(folded)) {
    const effects: Effect[] = [{ type: "schedule", action: session.action }];
    const figure = input.snapshot ? meetingFigure(session.action, input.snapshot) : null;
    if (figure) effects.push(figure);
    effects.push(reply(doneText(session.action, input.timeZone)));
    return { session: null, effects };
  }
  if (/^(khong|huy|thoi|bo)\b/.test(folded)) return say(null, "Đã hủy, không có gì thay đổi.");
  return say(session, CONFIRM, { choices: confirmChoices() });
}

function actionFor(
  input: ConverseInput,
  snapshot: CommuneSnapshot,
  request: Exclude<ScheduleRequest, { kind: "reminders" | "nudge-answer" | "lead-times" }>,
): ScheduleAction | string {
  const { now, timeZone } = input;
  switch (request.kind) {
    case "schedule": {
      const when = readWhen(request.text, now, timeZone);
      if (!when.ok) return describeWhenProblem(when, "họp");
      if (!when.time) return `Đồng chí cho biết giờ họp ngày ${shortDate(when.day)} (ví dụ 14:00) ạ?`;
      const quarter = quarterOf(when.day);
      return {
        kind: "add-meeting",
        title: quarterMeetingTitle(quarter, when.day.year),
        startsAt: when.at.toISOString(),
        location: locationIn(request.text),
        year: when.day.year,
        quarter,
      };
    }
    case "move": {
      const meeting = meetingOf(snapshot, request.quarter);
      if (!meeting?.meetingId) return noMeeting(request.quarter);
      const when = readWhen(request.text, now, timeZone);
      if (!when.ok) return describeWhenProblem(when, "họp");
      if (!when.time) return `Đồng chí cho biết giờ họp mới ngày ${shortDate(when.day)} (ví dụ 8:00) ạ?`;
      return {
        kind: "move-meeting",
        meetingId: meeting.meetingId,
        title: meeting.title,
        startsAt: when.at.toISOString(),
      };
    }
    case "cancel": {
      const meeting = meetingOf(snapshot, request.quarter);
      if (!meeting?.meetingId) return noMeeting(request.quarter);
      return { kind: "cancel-meeting", meetingId: meeting.meetingId, title: meeting.title };
    }
    case "record": {
      const when = readWhen(request.text, now, timeZone, false, "past");
      if (!when.ok)
        return when.problem === "no-date"
          ? 'Đồng chí cho biết ngày họp và ai chủ trì, ví dụ: "Đã họp BCĐ quý I ngày 25/3, đồng chí Chủ tịch UBND xã chủ trì" ạ?'
          : describeWhenProblem(when, "họp");
      const chaired = chairIn(request.text);
      if (chaired === null)
        return "Đồng chí cho biết ai chủ trì cuộc họp: Chủ tịch UBND xã, Bí thư Đảng ủy, hay cấp phó ạ?";
      const quarter = request.quarter ?? quarterOf(when.day);
      const year = when.day.year;
      const evidence = readEvidence(request.text.replace(/^.*?\bkết\s*luận\b/isu, ""));
      const hasConclusion = /k[eế]t\s*lu[aậ]n/iu.test(request.text) && evidence.reference;
      const conclusionDay = evidence.date ? readWhen(evidence.date, now, timeZone, false, "past") : null;
      return {
        kind: "record-meeting",
        year,
        quarter,
        title: quarterMeetingTitle(quarter, year),
        heldOn: instantAt(when.day, when.time ?? { hour: 8, minute: 0 }, timeZone).toISOString(),
        chairedByHead: chaired.head,
        chairName: chaired.name,
        conclusionRef: hasConclusion ? evidence.reference : null,
        conclusionOn: hasConclusion && conclusionDay?.ok ? conclusionDay.at.toISOString() : null,
        photosUrl: evidence.url,
        indicatorCode:
          quarterMeetings(snapshot.catalog, year).find((q) => q.quarter === quarter)?.indicatorCode ?? null,
      };
    }
    case "deadline": {
      const when = readWhen(request.text, now, timeZone, false);
      if (!when.ok) return describeWhenProblem(when, "hạn");
      const title = request.text
        .replace(/\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?|\d{4}-\d{1,2}-\d{1,2}/, "")
        .replace(/^[\s,:–-]*(?:ngày\s*)?/iu, "")
        .trim();
      if (!title) return `Đồng chí cho biết nội dung cần hoàn thành trước ${weekdayDate(when.day)} ạ?`;
      const words = title.split(/[\s,;:()]+/);
      const indicator = snapshot.catalog.indicators.find((candidate) => words.includes(candidate.code));
      return { kind: "add-deadline", title, dueAt: when.at.toISOString(), indicatorCode: indicator?.code ?? null };
    }
  }
}

function noMeeting(quarter: number | null): string {
  return quarter
    ? `Chưa có lịch họp BCĐ quý ${romanQuarter(quarter)} sắp tới. Gõ /lichhop để xem lịch họp.`
    : "Đồng chí cho biết cuộc họp quý nào (ví dụ: dời họp quý I sang 27/3 8h) ạ?";
}

function meetingOf(snapshot: CommuneSnapshot, quarter: number | null) {
  const meetings = snapshot.scheduled.filter((item) => item.kind === "meeting" && item.meetingId);
  return quarter ? meetings.find((item) => item.quarter === quarter) : meetings.length === 1 ? meetings[0] : undefined;
}

/** "tại Hội trường UBND xã" → "Hội trường UBND xã", as typed. */
function locationIn(text: string): string | null {
  const match = /\b(?:tại|tai|ở|o)\s+(.+)$/iu.exec(text);
  return match?.[1]?.replace(/[.;,\s]+$/u, "").trim() || null;
}

/**
 * Who chaired: the head (Chủ tịch UBND or Bí thư Đảng ủy) or not (a deputy, or another
 * person named); null when the message does not say.
 */
function chairIn(text: string): { head: boolean; name: string | null } | null {
  const folded = foldVietnamese(text).toLowerCase();
  if (/\bpho (chu tich|bi thu)\b/.test(folded)) return { head: false, name: "cấp phó của người đứng đầu" };
  if (/\b(chu tich|bi thu)\b/.test(folded))
    return { head: true, name: /\bbi thu\b/.test(folded) ? "Bí thư Đảng ủy" : "Chủ tịch UBND" };
  const named = /(?:đồng chí|đ\/c)\s+([^,.;]+?)\s+chủ trì/iu.exec(text);
  return named?.[1] ? { head: false, name: named[1].trim() } : null;
}

/** The figure a recorded meeting gives the catalog indicator that scores it (Huế I.2.2–I.2.5). */
function meetingFigure(action: ScheduleAction, snapshot: CommuneSnapshot): Effect | null {
  if (action.kind !== "record-meeting" || !action.indicatorCode) return null;
  const indicator = snapshot.catalog.indicators.find((candidate) => candidate.code === action.indicatorCode);
  if (indicator?.measure.kind !== "choice") return null;
  return {
    type: "saveFigure",
    code: indicator.code,
    value: { kind: "choice", option: action.chairedByHead ? "head" : "held" },
    kind: "update",
    evidence: action.conclusionRef
      ? [
          {
            kind: "document",
            reference: action.conclusionRef,
            ...(action.conclusionOn ? { issuedOn: action.conclusionOn.slice(0, 10) } : {}),
          },
        ]
      : [],
  };
}

function readBack(action: ScheduleAction, snapshot: CommuneSnapshot, timeZone: string): string {
  switch (action.kind) {
    case "add-meeting":
      return [
        `Đặt lịch ${action.title}:`,
        `• Thời gian: ${weekdayDateTime(new Date(action.startsAt), timeZone)}`,
        `• Địa điểm: ${action.location ?? "chưa có (sẽ thông báo sau)"}`,
        `• Tính cho: cuộc họp BCĐ quý ${romanQuarter(action.quarter)} năm ${action.year}`,
        "Sau khi lưu, giấy mời được gửi vào nhóm; nhắc lại trước 1 ngày làm việc và trước giờ họp.",
      ].join("\n");
    case "move-meeting":
      return `Dời ${action.title} sang ${weekdayDateTime(new Date(action.startsAt), timeZone)}.`;
    case "cancel-meeting":
      return `Hủy ${action.title}; các lời nhắc của cuộc họp này sẽ không gửi nữa.`;
    case "record-meeting": {
      const lines = [
        `Ghi nhận ${action.title}:`,
        `• Ngày họp: ${weekdayDate(dayOf(new Date(action.heldOn), timeZone))}`,
        `• Chủ trì: ${action.chairedByHead ? `người đứng đầu (${action.chairName})` : (action.chairName ?? "không phải người đứng đầu")}`,
        `• Kết luận: ${action.conclusionRef ? `số ${action.conclusionRef}${action.conclusionOn ? ` ngày ${shortDate(dayOf(new Date(action.conclusionOn), timeZone))}` : ""}` : "chưa có"}`,
      ];
      if (action.photosUrl) lines.push(`• Hình ảnh: ${action.photosUrl}`);
      const scored = scoredLine(action, snapshot);
      if (scored) lines.push(scored);
      return lines.join("\n");
    }
    case "add-deadline":
      return `Thêm hạn: ${action.title}, ${weekdayDate(dayOf(new Date(action.dueAt), timeZone))}${action.indicatorCode ? ` (chỉ tiêu ${action.indicatorCode})` : " (cần đủ số liệu các chỉ tiêu)"}. Nhắc ${deadlineLeadText((snapshot.reminders?.leadTimes ?? DEFAULT_LEAD_TIMES).deadlineDaysBefore)}, kèm các chỉ tiêu còn thiếu số liệu.`;
    case "pause-reminders":
      return action.paused ? "Tạm dừng lời nhắc trong nhóm này." : "Bật lại lời nhắc trong nhóm này.";
    case "set-lead-times":
      return [
        `Đổi thời gian nhắc của ${communeLabel(snapshot.communeName)} (mọi nhóm của xã), gửi lúc 08:00 ngày làm việc:`,
        ...describeLeadTimes(leadTimesIn(action)),
      ].join("\n");
    case "answer-nudge":
      return "";
  }
}

function leadTimesIn(action: Extract<ScheduleAction, { kind: "set-lead-times" }>): LeadTimes {
  const { deadlineDaysBefore, meetingHoursBefore, quarterDaysBefore } = action;
  return { deadlineDaysBefore, meetingHoursBefore, quarterDaysBefore };
}

/** "• Chỉ tiêu I.2.2: Có tổ chức, người đứng đầu chủ trì → 2/2 điểm" */
function scoredLine(
  action: Extract<ScheduleAction, { kind: "record-meeting" }>,
  snapshot: CommuneSnapshot,
): string | null {
  const indicator = snapshot.catalog.indicators.find((candidate) => candidate.code === action.indicatorCode);
  if (indicator?.measure.kind !== "choice") return null;
  const option = action.chairedByHead ? "head" : "held";
  const label = indicator.measure.options.find((o) => o.value === option)?.label ?? option;
  const target = resolveTarget(
    indicator,
    Object.hasOwn(snapshot.targetOverrides, indicator.code) ? snapshot.targetOverrides[indicator.code] : undefined,
  );
  const points = evaluateIndicator({ indicator, target, value: { kind: "choice", option } }).points;
  return `• Chỉ tiêu ${indicator.code}: ${label}${points ? ` → ${formatNumber(points.earned)}/${formatNumber(points.max)} điểm` : ""}`;
}

function doneText(action: ScheduleAction, timeZone: string): string {
  switch (action.kind) {
    case "add-meeting":
      return `✅ Đã đặt lịch ${action.title}, ${weekdayDateTime(new Date(action.startsAt), timeZone)}. Giấy mời sẽ được gửi vào nhóm.`;
    case "move-meeting":
      return `✅ Đã dời ${action.title} sang ${weekdayDateTime(new Date(action.startsAt), timeZone)}. Giấy mời mới sẽ được gửi vào nhóm.`;
    case "cancel-meeting":
      return `✅ Đã hủy ${action.title}.`;
    case "record-meeting":
      return `✅ Đã ghi nhận ${action.title}${action.indicatorCode ? ` và cập nhật chỉ tiêu ${action.indicatorCode}` : ""}.`;
    case "add-deadline":
      return `✅ Đã thêm hạn: ${action.title}, ${weekdayDate(dayOf(new Date(action.dueAt), timeZone))}.`;
    case "pause-reminders":
      return action.paused
        ? "✅ Đã tạm dừng lời nhắc trong nhóm này. Gõ /nhacnho tiếp tục để bật lại."
        : "✅ Đã bật lại lời nhắc trong nhóm này.";
    case "set-lead-times":
      return [
        "✅ Đã lưu thời gian nhắc:",
        ...describeLeadTimes(leadTimesIn(action)),
        "Gõ /nhacnho để xem lịch nhắc.",
      ].join("\n");
    case "answer-nudge":
      return "";
  }
}

/**
 * "/nhacnho trước 3 ngày", "/nhacnho họp trước 3 giờ", "/nhacnho mặc định": the chair or
 * secretary changes the commune's lead times; read back against the current ones and saved
 * after "có". Anything unreadable gets an example back and changes nothing.
 */
function leadTimesRequest(input: ConverseInput, snapshot: CommuneSnapshot, words: string): DialogOutcome {
  const { session } = input;
  if (!canManage(input.sender.membership)) return say(session, ONLY_CHAIR_LEAD_TIMES);
  const current = snapshot.reminders?.leadTimes ?? DEFAULT_LEAD_TIMES;
  const request = readLeadTimeRequest(words, current);
  if (!request) return remindersRequest(input, snapshot, "list");
  if (!request.ok) return say(session, request.problem);
  if (sameLeadTimes(request.leadTimes, current))
    return say(session, ["Thời gian nhắc không đổi:", ...describeLeadTimes(current)].join("\n"));
  const action: ScheduleAction = { kind: "set-lead-times", ...request.leadTimes };
  const text = `${readBack(action, snapshot, input.timeZone)}\n(Trước đây: ${describeLeadTimes(current)
    .map((line) => line.replace(/^• /, ""))
    .join("; ")}.)\n${CONFIRM}`;
  return say({ step: "confirm-schedule", action }, text, { choices: confirmChoices() });
}

function remindersRequest(
  input: ConverseInput,
  snapshot: CommuneSnapshot,
  setting: "list" | "pause" | "resume",
): DialogOutcome {
  const { session, timeZone } = input;
  if (setting !== "list") {
    if (!canManage(input.sender.membership)) return say(session, ONLY_CHAIR);
    const action: ScheduleAction = { kind: "pause-reminders", paused: setting === "pause" };
    return { session: null, effects: [{ type: "schedule", action }, reply(doneText(action, timeZone))] };
  }
  const view = snapshot.reminders;
  if (!view) return say(session, "Chưa xem được lịch nhắc của nhóm này.");
  const lines = [
    view.paused
      ? "Lời nhắc trong nhóm này đang TẠM DỪNG (gõ /nhacnho tiếp tục để bật lại)."
      : "Lời nhắc sắp gửi trong nhóm này:",
  ];
  for (const item of view.upcoming.slice(0, 10)) lines.push(`• ${weekdayDateTime(item.at, timeZone)}: ${item.why}`);
  if (view.upcoming.length === 0) lines.push("• Chưa có lời nhắc nào sắp tới.");
  lines.push("Thời gian nhắc:", ...describeLeadTimes(view.leadTimes));
  lines.push(`Giờ gửi: ngày làm việc, ${view.sendingHours}; không gửi thứ Bảy, Chủ nhật, ngày lễ, Tết.`);
  lines.push(
    view.paused
      ? "Trưởng ban hoặc Thư ký đổi thời gian nhắc bằng /nhacnho hạn trước 5 ngày, /nhacnho họp trước 3 giờ."
      : "Trưởng ban hoặc Thư ký gõ /nhacnho tạm dừng để tạm dừng, /nhacnho hạn trước 5 ngày hoặc /nhacnho họp trước 3 giờ để đổi thời gian nhắc.",
  );
  return say(session, lines.join("\n"));
}

/**
 * "đã xong" or "nhắc lại sau" from a member with assigned indicators, in answer to a
 * nudge: done stops this week's pending nudges (and says which figures are still not in,
 * if any); later reminds again on the morning of the commune's next working day, as the
 * app computed it from the commune's office hours and the holiday files (Tết's official
 * days off included). Anyone without assigned indicators is left to the rest of the
 * conversation.
 */
function answerNudge(input: ConverseInput, snapshot: CommuneSnapshot, answer: "done" | "later"): DialogOutcome | null {
  const member = input.sender.membership;
  if (!member) return null;
  const mine = Object.entries(snapshot.assignments)
    .filter(([, ids]) => ids.includes(member.membershipId))
    .map(([code]) => code);
  if (mine.length === 0)
    return isAddressedToBot(input.message)
      ? say(
          input.session,
          `Đồng chí ${member.displayName} chưa được phân công chỉ tiêu nào nên Xã Số không nhắc riêng đồng chí. Gõ /nhacnho để xem lời nhắc của nhóm.`,
        )
      : null;
  const missing = missingCodes(snapshot, mine);
  if (answer === "done") {
    const text = missing.length
      ? `Cảm ơn đồng chí ${member.displayName}. Xã Số chưa thấy số liệu của: ${missing.join(", ")}. Đề nghị đồng chí gõ /capnhat ${missing[0]} để cập nhật.`
      : `Cảm ơn đồng chí ${member.displayName}, các chỉ tiêu đồng chí phụ trách đã có đủ số liệu.`;
    const action: ScheduleAction = { kind: "answer-nudge", membershipId: member.membershipId, remindAt: null };
    return { session: input.session, effects: [{ type: "schedule", action }, reply(text)] };
  }
  const remindAt = snapshot.reminders?.snoozeUntil ?? nextWorkingMorning(input.now, input.timeZone);
  const action: ScheduleAction = {
    kind: "answer-nudge",
    membershipId: member.membershipId,
    remindAt: remindAt.toISOString(),
  };
  return {
    session: input.session,
    effects: [
      { type: "schedule", action },
      reply(`Vâng, Xã Số sẽ nhắc lại đồng chí ${member.displayName} vào ${weekdayDateTime(remindAt, input.timeZone)}.`),
    ],
  };
}

/** Without the commune's calendar (a tool that loads none): 08:00 on the next weekday that is not a Labour Code holiday. */
function nextWorkingMorning(now: Date, timeZone: string): Date {
  const calendar = workingCalendar(DEFAULT_OFFICE_HOURS, []);
  return instantAt(calendar.nextWorkingDay(dayOf(now, timeZone)), DEFAULT_OFFICE_HOURS.morning, timeZone);
}
