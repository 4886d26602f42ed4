import {
  type ChatOverview,
  type CommuneOverview,
  listCommuneOverviews,
} from "../../adapters/storage/stores/commune-overview.js";
import { type CliCommand, exitCode } from "../cli-command.js";
import { withCliDatabase } from "../open-cli-database.js";
import { platformLabel } from "./admin-terms.js";
import { parseCliArgs, reportUsage } from "./parse-cli-args.js";

/**
 * `xaso commune list`: every real commune with its plans, committee size and bound chats.
 * The terminal chat's sample commune is left out unless `--all` asks for it, and then
 * marked, so it is never taken for a real one.
 */
export const communeListCommand: CliCommand = {
  name: "commune list",
  summary: "Liệt kê các xã với kế hoạch, số thành viên và các nhóm đã gắn (--all: cả xã mẫu)",
  usage: "xaso commune list [--all]",
  async run(args, context) {
    const parsed = parseCliArgs(args, { all: { type: "boolean" } });
    if (!parsed.ok) return reportUsage(context.io, parsed.message, this.usage);
    const every = await withCliDatabase(context, (db) => listCommuneOverviews(db));
    const communes = parsed.values.all ? every : every.filter((commune) => !commune.sample);
    const hidden = every.length - communes.length;
    const hiddenNote = hidden ? `(Không liệt kê xã mẫu của trò chuyện trên máy; xem cả: xaso commune list --all)` : "";
    if (!communes.length) {
      context.io.out(
        'Chưa có xã nào. Thêm bằng: xaso commune add --slug MÃ_XÃ --name "TÊN XÃ" ... --catalog BỘ_CHỈ_TIÊU --year NĂM',
      );
      if (hiddenNote) context.io.out(hiddenNote);
      return exitCode.ok;
    }
    context.io.out(communes.map(renderCommune).join("\n\n"));
    if (hiddenNote) context.io.out(`\n${hiddenNote}`);
    return exitCode.ok;
  },
};

/** One commune as a few plain-text lines. */
export function renderCommune(commune: CommuneOverview): string {
  const join = commune.joinPolicy === "open" ? "gia nhập tự do" : "gia nhập cần duyệt";
  const lines = [
    `${commune.slug} — xã ${commune.name} (${commune.district}, ${commune.province}) · ${commune.members} thành viên · ${join}${commune.sample ? " · XÃ MẪU (trò chuyện trên máy, không tính vào báo cáo tỉnh)" : ""}`,
  ];
  if (!commune.plans.length) lines.push("  Chưa có kế hoạch.");
  for (const plan of commune.plans) {
    const targets = plan.targets
      ? `${plan.targets} chỉ tiêu riêng${plan.notAssessed ? ` (${plan.notAssessed} không đánh giá)` : ""}`
      : "chỉ tiêu của bộ";
    lines.push(
      `  Kế hoạch năm ${plan.year}: ${plan.catalogId} phiên bản ${plan.version} · ${targets} · ${plan.assignments} lượt giao chỉ tiêu`,
    );
  }
  lines.push(commune.chats.length ? `  Nhóm: ${commune.chats.map(renderChat).join("; ")}` : "  Chưa gắn nhóm nào.");
  return lines.join("\n");
}

function renderChat(chat: ChatOverview): string {
  const notes = [chat.isGroup ? "" : "riêng", chat.active ? "" : "đã ngừng"].filter(Boolean);
  return `${platformLabel(chat.platform)} ${chat.chatId}${chat.title ? ` “${chat.title}”` : ""}${notes.length ? ` (${notes.join(", ")})` : ""}`;
}
