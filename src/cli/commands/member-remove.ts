import { findCommuneBySlug } from "../../adapters/storage/stores/communes.js";
import { listMembers } from "../../adapters/storage/stores/member-lookup.js";
import { removeMembership } from "../../adapters/storage/stores/members.js";
import { type CliCommand, exitCode } from "../cli-command.js";
import { inTransaction, withCliDatabase } from "../open-cli-database.js";
import { parsePlatform, platformLabel, roleLabels } from "./admin-terms.js";
import { describeMember, matchMembers } from "./match-members.js";
import { missingFlags, parseCliArgs, reportUsage } from "./parse-cli-args.js";

const options = {
  commune: { type: "string" },
  member: { type: "string" },
  platform: { type: "string" },
} as const;

/**
 * `xaso member remove`: takes a member off a commune's committee. Their seat is marked
 * removed and their assignments dropped, with an audit row; the figures they entered
 * stay. Removing someone already removed changes nothing and says so.
 */
export const memberRemoveCommand: CliCommand = {
  name: "member remove",
  summary: "Xóa một thành viên khỏi Ban chỉ đạo của xã (số liệu đã nhập vẫn giữ nguyên)",
  usage: "xaso member remove --commune MÃ_XÃ --member MÃ_NGƯỜI_DÙNG|TÊN [--platform telegram|zalo|terminal]",
  async run(args, context) {
    const { io } = context;
    const parsed = parseCliArgs(args, options);
    if (!parsed.ok) return reportUsage(io, parsed.message, this.usage);
    const values = parsed.values;
    const missing = missingFlags({ ...values, member: values.member?.trim() }, ["commune", "member"]);
    if (missing.length) return reportUsage(io, `Thiếu ${missing.join(", ")}.`, this.usage);
    const platform = values.platform === undefined ? undefined : parsePlatform(values.platform);
    if (platform === null)
      return reportUsage(io, `Không có nền tảng "${values.platform}"; chọn telegram, zalo hoặc terminal.`, this.usage);
    const slug = values.commune?.trim() ?? "";
    const wanted = values.member?.trim() ?? "";

    const outcome = await withCliDatabase(context, (db) =>
      inTransaction(db, async (tx, refuse) => {
        const commune = await findCommuneBySlug(tx, slug);
        if (!commune) return refuse(`Không có xã mã "${slug}". Xem các xã: xaso commune list`);
        const members = await listMembers(tx, commune.id);
        const matches = matchMembers(members, wanted, platform);
        const member = matches[0];
        if (!member) {
          const gone = matchMembers(members, wanted, platform, true)[0];
          if (gone) return { commune, member: gone, result: { status: "already-removed" as const } };
          return refuse(
            `Không có thành viên "${wanted}"${platform ? ` trên ${platformLabel(platform)}` : ""} trong Ban chỉ đạo xã ${commune.name}; không xóa gì.`,
          );
        }
        if (matches.length > 1)
          return refuse(
            `Có ${matches.length} thành viên khớp "${wanted}": ${matches.map(describeMember).join("; ")}. Ghi --member MÃ_NGƯỜI_DÙNG --platform NỀN_TẢNG; không xóa gì.`,
          );
        const result = await removeMembership(tx, {
          membershipId: member.membershipId,
          platform: "cli",
          at: context.now(),
        });
        return { commune, member, result };
      }),
    );
    if (!outcome.ok) {
      io.err(outcome.message);
      return exitCode.failed;
    }
    const { commune, member, result } = outcome.value;
    if (result.status !== "removed") {
      io.out(`${describeMember(member)} đã rời Ban chỉ đạo xã ${commune.name}; không thay đổi gì.`);
      return exitCode.ok;
    }
    const role = roleLabels[result.role as keyof typeof roleLabels] ?? result.role;
    const codes = result.codes.length ? ` Bỏ phân công: ${result.codes.join(", ")}.` : "";
    io.out(
      `Đã xóa ${describeMember(member)} (${role}) khỏi Ban chỉ đạo xã ${commune.name}.${codes} Số liệu đã nhập vẫn giữ nguyên.`,
    );
    return exitCode.ok;
  },
};
