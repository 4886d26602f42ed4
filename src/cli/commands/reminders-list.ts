import { loadHolidayYears } from "../../adapters/catalogs/load-holiday-years.js";
import { findCommuneBySlug } from "../../adapters/storage/stores/communes.js";
import { readCatalogVersion } from "../../adapters/storage/stores/indicator-sets.js";
import { loadReminderSchedule, type ScheduledReminder } from "../../app/reminders/reminder-schedule.js";
import { weekdayDateTime } from "../../core/calendar/vietnamese-dates.js";
import { type CliCommand, exitCode } from "../cli-command.js";
import { withCliDatabase } from "../open-cli-database.js";
import { missingFlags, parseCliArgs, reportUsage } from "./parse-cli-args.js";

const STATUS: Record<string, string> = {
  planned: "dự kiến",
  pending: "chờ gửi",
  sending: "đang gửi",
  sent: "đã gửi",
  skipped: "không gửi",
  dropped: "bỏ (quá hạn)",
  cancelled: "đã hủy",
  failed: "lỗi",
  done: "đã trả lời",
};

/** `xaso reminders list`: what the clock has sent, has queued and will queue for a commune — when and why. */
export const remindersListCommand: CliCommand = {
  name: "reminders list",
  summary: "Liệt kê lời nhắc của một xã: đã gửi, đang chờ, dự kiến (khi nào, vì sao)",
  usage: "xaso reminders list --commune MÃ_XÃ",
  async run(args, context) {
    const { io, config } = context;
    const parsed = parseCliArgs(args, { commune: { type: "string" } });
    if (!parsed.ok) return reportUsage(io, parsed.message, this.usage);
    const missing = missingFlags(parsed.values, ["commune"]);
    if (missing.length) return reportUsage(io, `Thiếu ${missing.join(", ")}.`, this.usage);
    const slug = parsed.values.commune?.trim() ?? "";
    const holidays = (await loadHolidayYears(config.catalogDir)).years;
    const schedule = await withCliDatabase(context, async (db) => {
      const commune = await findCommuneBySlug(db, slug);
      if (!commune) return null;
      const source = { db, holidays, timeZone: config.timeZone, catalogOf: (id: string) => readCatalogVersion(db, id) };
      return loadReminderSchedule(source, commune.id, context.now());
    });
    if (!schedule) {
      io.err(`Không có xã mã "${slug}". Xem các xã: xaso commune list`);
      return exitCode.failed;
    }
    if (!schedule.length) {
      io.out(`Xã ${slug} chưa có lời nhắc nào (chưa gắn nhóm, hoặc chưa có lịch họp, hạn nộp).`);
      return exitCode.ok;
    }
    io.out(schedule.map((line) => describe(line, config.timeZone)).join("\n"));
    return exitCode.ok;
  },
};

function describe(line: ScheduledReminder, timeZone: string): string {
  const status = STATUS[line.status] ?? line.status;
  const note = line.note
    ? ` (${line.note})`
    : line.paused && line.status === "planned"
      ? " (nhóm đang tạm dừng nhắc)"
      : "";
  return `${weekdayDateTime(line.dueAt, timeZone)} · ${status}${note} · ${line.platform} ${line.chatId} · ${line.why}`;
}
