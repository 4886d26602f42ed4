import { type CommuneHoldings, communeHoldings, removeCommune } from "../../adapters/storage/stores/commune-removal.js";
import { findCommuneBySlug } from "../../adapters/storage/stores/communes.js";
import { type CliCommand, type CliIo, exitCode } from "../cli-command.js";
import { inTransaction, withCliDatabase } from "../open-cli-database.js";
import { missingFlags, parseCliArgs, reportUsage } from "./parse-cli-args.js";

const options = {
  commune: { type: "string" },
  yes: { type: "boolean" },
} as const;

/** "1 kế hoạch, 3 thành viên, 12 số liệu, …": what is (or was) the commune's, leaving out what it has none of. */
function describeHoldings(holdings: CommuneHoldings): string {
  const parts = [
    `${holdings.plans} kế hoạch`,
    `${holdings.members} thành viên`,
    `${holdings.submissions} lượt số liệu`,
    `${holdings.chats} nhóm đã gắn`,
    `${holdings.meetings} cuộc họp`,
    `${holdings.deadlines} hạn`,
    `${holdings.reminders} lời nhắc`,
  ];
  return parts.filter((part) => !part.startsWith("0 ")).join(", ") || "chưa có dữ liệu nào ngoài tên xã";
}

/** The first line typed on standard input, trimmed; empty when there is none. */
async function firstLine(io: CliIo): Promise<string> {
  for await (const line of io.readLines()) return line.trim();
  return "";
}

/**
 * `xaso commune remove`: deletes a commune with all its data (plans, figures, members,
 * chats, meetings, reminders, its audit trail) in one transaction, the sample commune of
 * the terminal chat included. It says what will go and asks for the commune's handle to be
 * typed back; `--yes` skips the question for scripts. Refused or unanswered, nothing changes.
 */
export const communeRemoveCommand: CliCommand = {
  name: "commune remove",
  summary: "Xóa một xã cùng toàn bộ dữ liệu của xã (hỏi lại trước khi xóa; --yes để bỏ qua câu hỏi)",
  usage: "xaso commune remove --commune MÃ_XÃ [--yes]",
  async run(args, context) {
    const { io } = context;
    const parsed = parseCliArgs(args, options);
    if (!parsed.ok) return reportUsage(io, parsed.message, this.usage);
    const missing = missingFlags({ commune: parsed.values.commune?.trim() }, ["commune"]);
    if (missing.length) return reportUsage(io, `Thiếu ${missing.join(", ")}.`, this.usage);
    const slug = parsed.values.commune?.trim() ?? "";

    return withCliDatabase(context, async (db) => {
      const commune = await findCommuneBySlug(db, slug);
      if (!commune) {
        io.err(`Không có xã mã "${slug}". Xem các xã: xaso commune list --all`);
        return exitCode.failed;
      }
      if (!parsed.values.yes) {
        const holdings = await communeHoldings(db, commune.id);
        io.out(
          `Sẽ xóa xã ${commune.name} (${slug}) cùng toàn bộ dữ liệu (${describeHoldings(holdings)}). Không khôi phục được.`,
        );
        io.out(`Gõ lại mã xã (${slug}) để xác nhận, hoặc Enter để thôi:`);
        const typed = await firstLine(io);
        if (typed !== slug) {
          // "có" or "y" is a natural answer to a question, but only the handle itself confirms.
          io.err(typed ? `Chưa xóa gì: “${typed}” không phải mã xã; để xóa, gõ đúng ${slug}.` : "Chưa xóa gì.");
          return exitCode.failed;
        }
      }
      const outcome = await inTransaction(db, async (tx, refuse) => {
        const removed = await removeCommune(tx, commune.id, { platform: "cli", at: context.now() });
        return removed ?? refuse(`Xã mã "${slug}" vừa bị xóa ở nơi khác; không thay đổi gì.`);
      });
      if (!outcome.ok) {
        io.err(outcome.message);
        return exitCode.failed;
      }
      io.out(`Đã xóa xã ${commune.name} (${slug}); đã xóa: ${describeHoldings(outcome.value)}.`);
      return exitCode.ok;
    });
  },
};
