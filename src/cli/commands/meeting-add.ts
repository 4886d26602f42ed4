import { findCommuneBySlug } from "../../adapters/storage/stores/communes.js";
import { createMeeting } from "../../adapters/storage/stores/meetings.js";
import { weekdayDateTime } from "../../core/calendar/vietnamese-dates.js";
import { describeWhenProblem } from "../../core/meetings/describe-when-problem.js";
import { readWhen } from "../../core/meetings/read-when.js";
import { quarterMeetingTitle } from "../../core/reminders/invitation.js";
import { quarterOf } from "../../core/reminders/quarter-meetings.js";
import { type CliCommand, exitCode } from "../cli-command.js";
import { inTransaction, withCliDatabase } from "../open-cli-database.js";
import { missingFlags, parseCliArgs, reportUsage } from "./parse-cli-args.js";

const options = {
  commune: { type: "string" },
  at: { type: "string" },
  location: { type: "string" },
  title: { type: "string" },
} as const;

/**
 * `xaso meeting add`: schedules a committee meeting. The invitation goes to the commune's
 * group chats at the clock's next tick (in office hours), then the reminders before it.
 */
export const meetingAddCommand: CliCommand = {
  name: "meeting add",
  summary: "Đặt lịch họp Ban Chỉ đạo (gửi giấy mời và nhắc họp vào nhóm)",
  usage: 'xaso meeting add --commune MÃ_XÃ --at "2024-03-25 14:00" --location "ĐỊA ĐIỂM" [--title "TÊN CUỘC HỌP"]',
  async run(args, context) {
    const { io, config } = context;
    const parsed = parseCliArgs(args, options);
    if (!parsed.ok) return reportUsage(io, parsed.message, this.usage);
    const values = parsed.values;
    const missing = missingFlags(values, ["commune", "at", "location"]);
    if (missing.length) return reportUsage(io, `Thiếu ${missing.join(", ")}.`, this.usage);
    const now = context.now();
    const when = readWhen(values.at ?? "", now, config.timeZone);
    if (!when.ok || !when.time) {
      io.err(
        when.ok
          ? `Thiếu giờ họp trong "${values.at}"; ví dụ --at "2024-03-25 14:00".`
          : describeWhenProblem(when, "họp"),
      );
      return exitCode.usage;
    }
    const quarter = quarterOf(when.day);
    const title = values.title?.trim() || quarterMeetingTitle(quarter, when.day.year);
    const outcome = await withCliDatabase(context, (db) =>
      inTransaction(db, async (tx, refuse) => {
        const commune = await findCommuneBySlug(tx, values.commune?.trim() ?? "");
        if (!commune) return refuse(`Không có xã mã "${values.commune}". Xem các xã: xaso commune list`);
        return createMeeting(tx, {
          communeId: commune.id,
          title,
          startsAt: when.at,
          location: values.location?.trim() || null,
          year: when.day.year,
          quarter,
          createdBy: undefined,
          platform: "cli",
          at: now,
        });
      }),
    );
    if (!outcome.ok) {
      io.err(outcome.message);
      return exitCode.failed;
    }
    io.out(
      `Đã đặt lịch: ${title}, ${weekdayDateTime(when.at, config.timeZone)}, tại ${outcome.value.location}. Giấy mời sẽ được gửi vào nhóm của xã trong giờ hành chính.`,
    );
    return exitCode.ok;
  },
};
