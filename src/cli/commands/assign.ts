import { type AssignedIndicator, assignIndicators } from "../../adapters/storage/stores/assignments.js";
import { findCommuneBySlug } from "../../adapters/storage/stores/communes.js";
import { listMembers } from "../../adapters/storage/stores/member-lookup.js";
import { findCurrentPlan } from "../../adapters/storage/stores/plans.js";
import { type CliCommand, exitCode } from "../cli-command.js";
import { inTransaction, withCliDatabase } from "../open-cli-database.js";
import { parsePlatform, platformLabel } from "./admin-terms.js";
import { describeMember, matchMembers } from "./match-members.js";
import { missingFlags, parseCliArgs, reportUsage } from "./parse-cli-args.js";

const options = {
  commune: { type: "string" },
  member: { type: "string" },
  platform: { type: "string" },
} as const;

/**
 * `xaso assign`: makes a committee member responsible for indicators of the commune's
 * current plan (its newest year). The member is named by platform user id or by name;
 * an unknown code refuses the whole list.
 */
export const assignCommand: CliCommand = {
  name: "assign",
  summary: "Giao chỉ tiêu của kế hoạch hiện tại cho một thành viên",
  usage: "xaso assign --commune MÃ_XÃ --member MÃ_NGƯỜI_DÙNG|TÊN [--platform telegram|zalo|terminal] MÃ_CHỈ_TIÊU...",
  async run(args, context) {
    const { io } = context;
    const parsed = parseCliArgs(args, options, true);
    if (!parsed.ok) return reportUsage(io, parsed.message, this.usage);
    const values = parsed.values;
    const missing = missingFlags({ ...values, member: values.member?.trim() }, ["commune", "member"]);
    if (missing.length) return reportUsage(io, `Thiếu ${missing.join(", ")}.`, this.usage);
    const platform = values.platform === undefined ? undefined : parsePlatform(values.platform);
    if (platform === null)
      return reportUsage(io, `Không có nền tảng "${values.platform}"; chọn telegram, zalo hoặc terminal.`, this.usage);
    const codes = [...new Set(parsed.positionals.flatMap((word) => word.split(/[\s,;]+/)).filter(Boolean))];
    if (!codes.length) return reportUsage(io, "Thiếu mã chỉ tiêu (ví dụ 3.2 3.4).", this.usage);
    const slug = values.commune?.trim() ?? "";
    const wanted = values.member?.trim() ?? "";

    const outcome = await withCliDatabase(context, (db) =>
      inTransaction(db, async (tx, refuse) => {
        const commune = await findCommuneBySlug(tx, slug);
        if (!commune) return refuse(`Không có xã mã "${slug}". Xem các xã: xaso commune list`);
        const matches = matchMembers(await listMembers(tx, commune.id), wanted, platform);
        const member = matches[0];
        if (!member)
          return refuse(
            `Không có thành viên "${wanted}"${platform ? ` trên ${platformLabel(platform)}` : ""} trong Ban chỉ đạo xã ${commune.name}. Thêm bằng: xaso member add --commune ${slug} ...`,
          );
        if (matches.length > 1)
          return refuse(
            `Có ${matches.length} thành viên khớp "${wanted}": ${matches.map(describeMember).join("; ")}. Ghi --member MÃ_NGƯỜI_DÙNG --platform NỀN_TẢNG.`,
          );
        const plan = await findCurrentPlan(tx, commune.id);
        if (!plan)
          return refuse(
            `Xã ${commune.name} chưa có kế hoạch; tạo bằng: xaso commune add --slug ${slug} ... --catalog BỘ_CHỈ_TIÊU --year NĂM`,
          );
        const result = await assignIndicators(tx, {
          planId: plan.id,
          codes,
          membershipId: member.membershipId,
          at: context.now(),
          actor: { platform: "cli" },
        });
        if (result.status === "unknown-codes")
          return refuse(
            `Bộ chỉ tiêu ${plan.set.catalogId} không có mã ${result.codes.join(", ")}; chưa giao gì. Xem các mã: xaso catalog show ${plan.set.catalogId}`,
          );
        if (result.status === "other-commune")
          return refuse(`${member.displayName} không thuộc Ban chỉ đạo xã ${commune.name}; chưa giao gì.`);
        return { member, plan, result };
      }),
    );
    if (!outcome.ok) {
      io.err(outcome.message);
      return exitCode.failed;
    }

    const { member, plan, result } = outcome.value;
    if (!result.added.length) {
      io.out(
        `${member.displayName} đã được giao ${result.already.map((i) => i.code).join(", ")} từ trước (kế hoạch năm ${plan.year}); không thay đổi gì.`,
      );
      return exitCode.ok;
    }
    io.out(
      `Đã giao cho ${member.displayName} ${result.added.length} chỉ tiêu của kế hoạch năm ${plan.year} (${plan.set.catalogId}):`,
    );
    for (const indicator of result.added) io.out(line(indicator));
    for (const indicator of result.already) io.out(`${line(indicator)} (đã giao từ trước)`);
    return exitCode.ok;
  },
};

function line(indicator: AssignedIndicator): string {
  return `  ${indicator.code}  ${indicator.name}`;
}
