import { readCommand } from "../parsing/commands.js";
import { quarterNumber } from "../reminders/quarter-meetings.js";
import { foldVietnamese } from "../text/fold-vietnamese.js";

/** What a message asks about the committee's calendar, before dates are checked. */
export type ScheduleRequest =
  | { kind: "schedule"; text: string }
  | { kind: "move"; quarter: number | null; text: string }
  | { kind: "cancel"; quarter: number | null }
  | { kind: "record"; quarter: number | null; text: string }
  | { kind: "deadline"; text: string }
  | { kind: "reminders"; setting: "list" | "pause" | "resume" }
  /** "/nhacnho trước 3 ngày": a change of lead times, read against the current ones by the flow. */
  | { kind: "lead-times"; words: string }
  | { kind: "nudge-answer"; answer: "done" | "later" };

const MEETING = /\b(?:hop|phien hop)\b/;
const COMMITTEE = /\b(?:bcd|ban chi dao|cds)\b/;
const QUARTER = /\bquy\s*([1-4]|iv|iii|ii|i)\b/;

function quarterIn(folded: string): number | null {
  const match = QUARTER.exec(folded);
  return match?.[1] ? quarterNumber(match[1]) : null;
}

/**
 * Reads a calendar request: "/dathop 25/3/2024 14:00 tại …", "Họp BCĐ quý I lúc 14h ngày
 * 25/3 tại …", "đặt lịch họp ban chỉ đạo 8h30 thứ Hai 25/3", "dời họp quý I sang 27/3 8h",
 * "hủy họp quý I", "/hopxong …", "Đã họp BCĐ quý I ngày 25/3, …", "/dathan 25/2/2026 …",
 * "/nhacnho [tạm dừng|tiếp tục|trước 3 ngày|mặc định]", "nhắc hạn trước 3 ngày", "đã xong",
 * "nhắc lại sau", with or without diacritics; null for anything else.
 */
export function readScheduleRequest(text: string): ScheduleRequest | null {
  const command = readCommand(text);
  const folded = foldVietnamese(text).toLowerCase().replace(/\s+/g, " ").trim();
  if (command) {
    const args = command.args;
    const foldedArgs = foldVietnamese(args).toLowerCase();
    switch (command.name) {
      case "dathop":
        return { kind: "schedule", text: args };
      case "hopxong":
        return { kind: "record", quarter: quarterIn(foldedArgs), text: args };
      case "dathan":
        return { kind: "deadline", text: args };
      case "nhacnho":
        if (/\btruoc\b|^(?:mac dinh|ve mac dinh|dat lai)$/.test(foldedArgs.trim()))
          return { kind: "lead-times", words: foldedArgs };
        if (/\b(tam dung|dung|tat|pause)\b/.test(foldedArgs)) return { kind: "reminders", setting: "pause" };
        if (/\b(tiep tuc|bat|mo lai|resume)\b/.test(foldedArgs)) return { kind: "reminders", setting: "resume" };
        return { kind: "reminders", setting: "list" };
      default:
        return null;
    }
  }
  if (/^nhac(?: nho)?(?: (?:han|hop|quy|lich hop quy))? truoc \d/.test(folded))
    return { kind: "lead-times", words: folded.replace(/^nhac(?: nho)?/, "") };
  if (/^(?:da xong|xong roi|da cap nhat xong)[.!]?$/.test(folded)) return { kind: "nudge-answer", answer: "done" };
  if (/^(?:nhac lai sau|nhac sau|de sau nhac lai)[.!]?$/.test(folded)) return { kind: "nudge-answer", answer: "later" };
  if (/^(?:da hop|hop xong)\b/.test(folded) && COMMITTEE.test(folded))
    return { kind: "record", quarter: quarterIn(folded), text };
  if (/^(?:doi|chuyen|lui|hoan)\s+(?:lich\s+)?hop\b/.test(folded))
    return { kind: "move", quarter: quarterIn(folded), text: text.replace(/^.*?\bsang\b/iu, "") };
  if (/^huy\s+(?:lich\s+)?hop\b/.test(folded)) return { kind: "cancel", quarter: quarterIn(folded) };
  if (
    /^(?:dat lich hop|lich hop|hop)\b/.test(folded) &&
    MEETING.test(folded) &&
    COMMITTEE.test(folded) &&
    /\d/.test(folded)
  )
    return { kind: "schedule", text };
  return null;
}

/**
 * Whether answering the message needs what the clock will send in this chat and the
 * commune's reminder settings (/nhacnho, a change of lead times, a nudge answered, a
 * deadline read back with its lead times), which cost more to load than a message.
 */
export function needsReminderView(text: string): boolean {
  const kind = readScheduleRequest(text)?.kind;
  return kind === "reminders" || kind === "lead-times" || kind === "nudge-answer" || kind === "deadline";
}
