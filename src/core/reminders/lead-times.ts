import { formatNumber } from "../numbers/format-number.js";
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from "./reminder-settings.js";

/** How long before each event the clock reminds: the part of the reminder settings the chair changes from the chat. */
export interface LeadTimes {
  /** Deadline reminders this many calendar days before (besides the working day before). */
  deadlineDaysBefore: number[];
  /** The meeting-day reminder this many hours before the meeting. */
  meetingHoursBefore: number;
  /** A quarter without a scheduled meeting is raised this many days before its deadline. */
  quarterDaysBefore: number;
}

/** The lead times of stored settings. */
export function leadTimesOf(settings: ReminderSettings): LeadTimes {
  return {
    deadlineDaysBefore: [...settings.deadlineDaysBefore],
    meetingHoursBefore: settings.meetingHoursBefore,
    quarterDaysBefore: settings.quarterDaysBefore,
  };
}

/** The lead times Xã Số uses when a commune has changed none. */
export const DEFAULT_LEAD_TIMES: LeadTimes = leadTimesOf(DEFAULT_REMINDER_SETTINGS);

/** What "/nhacnho trước 3 ngày" asks: new lead times from the current ones, or why it cannot be done. */
export type LeadTimeRequest = { ok: true; leadTimes: LeadTimes } | { ok: false; problem: string };

const MAX_DAYS = 60;
const MAX_DEADLINE_REMINDERS = 3;
const HOURS = { min: 0.5, max: 12 };

const EXAMPLES =
  "Ví dụ: /nhacnho hạn trước 5 ngày · /nhacnho hạn trước 10, 3 ngày · /nhacnho họp trước 3 giờ · /nhacnho quý trước 10 ngày · /nhacnho mặc định.";

/**
 * Reads a change of lead times from the folded words after /nhacnho ("truoc 2 ngay",
 * "han truoc 10, 3 ngay", "hop truoc 1,5 gio", "quy truoc 10 ngay", "mac dinh"), applied to
 * `current`. Days go to deadlines unless the words name the quarter's meeting; hours go to
 * the meeting-day reminder. Null when the words ask for no lead time at all.
 */
export function readLeadTimeRequest(foldedArgs: string, current: LeadTimes): LeadTimeRequest | null {
  const words = foldedArgs.toLowerCase().replace(/\s+/g, " ").trim();
  if (/^(?:mac dinh|ve mac dinh|dat lai)$/.test(words)) return { ok: true, leadTimes: { ...DEFAULT_LEAD_TIMES } };
  const match = /\btruoc\s+((?:\d+(?:[.,]\d+)?(?:\s*(?:,\s+|;\s*|\s+va\s+|\s+))?)+)\s*(ngay|gio|tieng|h)\b/.exec(words);
  if (!match?.[1] || !match[2]) return /\btruoc\b/.test(words) ? { ok: false, problem: EXAMPLES } : null;
  const numbers = (match[1].match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) => Number(n.replace(",", ".")));
  const inHours = match[2] !== "ngay";
  const aboutMeeting = /\b(?:hop|cuoc hop)\b/.test(words);
  const aboutQuarter = /\bquy\b/.test(words);
  if (inHours) {
    if (aboutQuarter || numbers.length !== 1)
      return { ok: false, problem: `Chỉ đổi được số giờ nhắc trước giờ họp, một số. ${EXAMPLES}` };
    const hours = numbers[0] as number;
    if (hours < HOURS.min || hours > HOURS.max)
      return { ok: false, problem: "Nhắc trước giờ họp từ 0,5 đến 12 giờ ạ. Ví dụ: /nhacnho họp trước 3 giờ." };
    return { ok: true, leadTimes: { ...current, meetingHoursBefore: hours } };
  }
  if (aboutMeeting && !aboutQuarter)
    return {
      ok: false,
      problem:
        "Lời nhắc họp trước 1 ngày làm việc là cố định; đồng chí có thể đổi số giờ nhắc trong ngày họp, ví dụ: /nhacnho họp trước 3 giờ.",
    };
  if (numbers.some((n) => !Number.isInteger(n) || n < 1 || n > MAX_DAYS))
    return { ok: false, problem: `Số ngày là số nguyên từ 1 đến ${MAX_DAYS} ạ. ${EXAMPLES}` };
  if (aboutQuarter) {
    if (numbers.length !== 1) return { ok: false, problem: `Nhắc đặt lịch họp quý chỉ một lần. ${EXAMPLES}` };
    return { ok: true, leadTimes: { ...current, quarterDaysBefore: numbers[0] as number } };
  }
  const days = [...new Set(numbers)].sort((a, b) => b - a);
  if (days.length > MAX_DEADLINE_REMINDERS)
    return {
      ok: false,
      problem: `Nhắc hạn nhiều nhất ${MAX_DEADLINE_REMINDERS} lần (ngoài 1 ngày làm việc trước hạn).`,
    };
  return { ok: true, leadTimes: { ...current, deadlineDaysBefore: days } };
}

/** "trước 10 ngày, 3 ngày và 1 ngày làm việc" */
export function deadlineLeadText(days: readonly number[]): string {
  return `trước ${[...days.map((d) => `${formatNumber(d)} ngày`)].join(", ")} và 1 ngày làm việc`;
}

/** The lead times as the committee reads them, one line per kind of reminder. */
export function describeLeadTimes(leadTimes: LeadTimes): string[] {
  return [
    `• Hạn nộp: ${deadlineLeadText(leadTimes.deadlineDaysBefore)}`,
    `• Họp: trước 1 ngày làm việc và ${formatNumber(leadTimes.meetingHoursBefore)} giờ`,
    `• Quý chưa có lịch họp: trước hạn ${formatNumber(leadTimes.quarterDaysBefore)} ngày`,
  ];
}

/** Whether two sets of lead times say the same. */
export function sameLeadTimes(a: LeadTimes, b: LeadTimes): boolean {
  return (
    a.meetingHoursBefore === b.meetingHoursBefore &&
    a.quarterDaysBefore === b.quarterDaysBefore &&
    a.deadlineDaysBefore.join(",") === b.deadlineDaysBefore.join(",")
  );
}
