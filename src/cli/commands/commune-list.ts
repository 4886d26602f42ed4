import {
  type ChatOverview,
  type CommuneOverview,
  listCommuneOverviews,
} from "../../adapters/storage/stores/commune-overview.js";
import { type CliCommand, exitCode } from "../cli-command.js";
import { withCliDatabase } from "../open-cli-database.js";
import { platformLabel } from "./admin-terms.js";
import { parseCliArgs, reportUsage } from "./parse-cli-args.js";

/** `xaso commune list`: every commune with its plans, committee size and bound chats. */
export const communeListCommand: CliCommand = {
  name: "commune list",
  summary: "Liệt kê các xã với kế hoạch, số thành viên và các nhóm đã gắn",
  usage: "xaso commune list",
  async run(args, context) {
    const parsed = parseCliArgs(args, {});
    if (!parsed.ok) return reportUsage(context.io, parsed.message, this.usage);
    const communes = await withCliDatabase(context, (db) => listCommuneOverviews(db));
    if (!communes.length) {
      context.io.out(
        'Chưa có xã nào. Thêm bằng: xaso commune add --slug MÃ_XÃ --name "TÊN XÃ" ... --catalog BỘ_CHỈ_TIÊU --year NĂM',
      );
      return exitCode.ok;
    }
    context.io.out(communes.map(renderCommune).join("\n\n"));
    return exitCode.ok;
  },
};

/** One commune as a few plain-text lines. */
export function renderCommune(commune: CommuneOverview): string {
  const join = commune.joinPolicy === "open" ? "gia nhập tự do" : "gia nhập cần duyệt";
  const lines = [
    `${commune.slug} — xã ${commune.name} (${commune.district}, ${commune.province}) · ${commune.members} thành viên · ${join}`,
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
