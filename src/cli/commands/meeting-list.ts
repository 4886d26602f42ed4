import { findCommuneBySlug } from "../../adapters/storage/stores/communes.js";
import { listMeetings } from "../../adapters/storage/stores/meetings.js";
import { weekdayDateTime } from "../../core/calendar/vietnamese-dates.js";
import type { MeetingRecord } from "../../core/reminders/reminder-sources.js";
import { type CliCommand, exitCode } from "../cli-command.js";
import { withCliDatabase } from "../open-cli-database.js";
import { missingFlags, parseCliArgs, reportUsage } from "./parse-cli-args.js";

/** `xaso meeting list`: a commune's meetings, scheduled, held and cancelled, by date. */
export const meetingListCommand: CliCommand = {
  name: "meeting list",
  summary: "Liệt kê các cuộc họp Ban Chỉ đạo của một xã",
  usage: "xaso meeting list --commune MÃ_XÃ",
  async run(args, context) {
    const { io, config } = context;
    const parsed = parseCliArgs(args, { commune: { type: "string" } });
    if (!parsed.ok) return reportUsage(io, parsed.message, this.usage);
    const missing = missingFlags(parsed.values, ["commune"]);
    if (missing.length) return reportUsage(io, `Thiếu ${missing.join(", ")}.`, this.usage);
    const slug = parsed.values.commune?.trim() ?? "";
    const meetings = await withCliDatabase(context, async (db) => {
      const commune = await findCommuneBySlug(db, slug);
      return commune ? listMeetings(db, commune.id) : null;
    });
    if (!meetings) {
      io.err(`Không có xã mã "${slug}". Xem các xã: xaso commune list`);
      return exitCode.failed;
    }
    if (!meetings.length) {
      io.out(`Xã ${slug} chưa có cuộc họp nào. Đặt lịch: xaso meeting add --commune ${slug} --at "…" --location "…"`);
      return exitCode.ok;
    }
    io.out(meetings.map((meeting) => describeMeeting(meeting, config.timeZone)).join("\n"));
    return exitCode.ok;
  },
};

function describeMeeting(meeting: MeetingRecord, timeZone: string): string {
  const where = meeting.location ? ` · ${meeting.location}` : "";
  const status =
    meeting.status === "cancelled"
      ? "đã hủy"
      : meeting.status === "held"
        ? `đã họp${meeting.chairedByHead ? ", người đứng đầu chủ trì" : ""}${meeting.conclusionRef ? `, kết luận ${meeting.conclusionRef}` : ""}`
        : "đã lên lịch";
  return `${weekdayDateTime(meeting.startsAt, timeZone)} · ${meeting.title}${where} · ${status}`;
}
