import { findCommuneBySlug } from "../../adapters/storage/stores/communes.js";
import { createDeadline } from "../../adapters/storage/stores/deadlines.js";
import { findCurrentPlan } from "../../adapters/storage/stores/plans.js";
import { weekdayDate } from "../../core/calendar/vietnamese-dates.js";
import { describeWhenProblem } from "../../core/meetings/describe-when-problem.js";
import { readWhen } from "../../core/meetings/read-when.js";
import { type CliCommand, exitCode } from "../cli-command.js";
import { inTransaction, withCliDatabase } from "../open-cli-database.js";
import { missingFlags, parseCliArgs, reportUsage } from "./parse-cli-args.js";

const options = {
  commune: { type: "string" },
  on: { type: "string" },
  title: { type: "string" },
  indicator: { type: "string" },
} as const;

/**
 * `xaso deadline add`: a deadline of the commune's own (a report to send, a figure to
 * collect). Reminded 7 days and 1 working day before, with what is still missing.
 */
export const deadlineAddCommand: CliCommand = {
  name: "deadline add",
  summary: "Thêm một hạn nộp của xã (nhắc trước 7 ngày và 1 ngày làm việc)",
  usage: 'xaso deadline add --commune MÃ_XÃ --on 2026-02-25 --title "NỘI DUNG" [--indicator MÃ_CHỈ_TIÊU]',
  async run(args, context) {
    const { io, config } = context;
    const parsed = parseCliArgs(args, options);
    if (!parsed.ok) return reportUsage(io, parsed.message, this.usage);
    const values = parsed.values;
    const missing = missingFlags(values, ["commune", "on", "title"]);
    if (missing.length) return reportUsage(io, `Thiếu ${missing.join(", ")}.`, this.usage);
    const now = context.now();
    const when = readWhen(values.on ?? "", now, config.timeZone, false);
    if (!when.ok) {
      io.err(describeWhenProblem(when, "hạn"));
      return exitCode.usage;
    }
    const outcome = await withCliDatabase(context, (db) =>
      inTransaction(db, async (tx, refuse) => {
        const commune = await findCommuneBySlug(tx, values.commune?.trim() ?? "");
        if (!commune) return refuse(`Không có xã mã "${values.commune}". Xem các xã: xaso commune list`);
        const plan = await findCurrentPlan(tx, commune.id);
        return createDeadline(tx, {
          communeId: commune.id,
          planId: plan?.id ?? null,
          title: values.title?.trim() ?? "",
          dueAt: when.at,
          indicatorCode: values.indicator?.trim() || null,
          platform: "cli",
          at: now,
        });
      }),
    );
    if (!outcome.ok) {
      io.err(outcome.message);
      return exitCode.failed;
    }
    io.out(`Đã thêm hạn: ${outcome.value.title}, ${weekdayDate(when.day)}.`);
    return exitCode.ok;
  },
};
