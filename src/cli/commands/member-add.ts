import { findCommuneBySlug } from "../../adapters/storage/stores/communes.js";
import { findMembership } from "../../adapters/storage/stores/member-lookup.js";
import { addMember, type MemberRole } from "../../adapters/storage/stores/members.js";
import { type CliCommand, exitCode } from "../cli-command.js";
import { inTransaction, withCliDatabase } from "../open-cli-database.js";
import { isPlatformId, parsePlatform, parseRole, platformLabel, roleChoices, roleLabels } from "./admin-terms.js";
import { missingFlags, parseCliArgs, reportUsage } from "./parse-cli-args.js";

const options = {
  commune: { type: "string" },
  platform: { type: "string" },
  user: { type: "string" },
  name: { type: "string" },
  role: { type: "string" },
} as const;

const statusNotes: Record<string, string> = { pending: ", đang chờ duyệt", removed: ", đã rời ban" };

/**
 * `xaso member add`: gives a platform account a seat on a commune's committee, approved at
 * once. Adding someone who already has a seat changes nothing and says so.
 */
export const memberAddCommand: CliCommand = {
  name: "member add",
  summary: "Thêm thành viên Ban chỉ đạo của xã (trưởng ban, phó trưởng ban, thư ký, thành viên, chỉ xem)",
  usage:
    'xaso member add --commune MÃ_XÃ --platform telegram|zalo|terminal --user MÃ_NGƯỜI_DÙNG --name "TÊN" --role chair|deputy|secretary|member|viewer|truong-ban|chu-tich|pho-truong-ban|thu-ky|thanh-vien|xem',
  async run(args, context) {
    const { io } = context;
    const parsed = parseCliArgs(args, options);
    if (!parsed.ok) return reportUsage(io, parsed.message, this.usage);
    const values = parsed.values;
    const missing = missingFlags({ ...values, name: values.name?.trim() }, [
      "commune",
      "platform",
      "user",
      "name",
      "role",
    ]);
    if (missing.length) return reportUsage(io, `Thiếu ${missing.join(", ")}.`, this.usage);
    const platform = parsePlatform(values.platform ?? "");
    if (!platform)
      return reportUsage(io, `Không có nền tảng "${values.platform}"; chọn telegram, zalo hoặc terminal.`, this.usage);
    const role = parseRole(values.role ?? "");
    if (!role) return reportUsage(io, `Không có vai trò "${values.role}"; chọn ${roleChoices}.`, this.usage);
    const externalId = values.user?.trim() ?? "";
    if (!isPlatformId(platform, externalId))
      return reportUsage(io, `Mã người dùng Telegram là một số, không phải "${externalId}".`, this.usage);
    const displayName = values.name?.trim() ?? "";
    const slug = values.commune?.trim() ?? "";
    const account = `${displayName} (${platformLabel(platform)} ${externalId})`;

    const outcome = await withCliDatabase(context, (db) =>
      inTransaction(db, async (tx, refuse) => {
        const commune = await findCommuneBySlug(tx, slug);
        if (!commune) return refuse(`Không có xã mã "${slug}". Xem các xã: xaso commune list`);
        const existing = await findMembership(tx, { communeId: commune.id, platform, externalId });
        // A removed member is added again (on the same seat, keeping their figures).
        if (existing && existing.status !== "removed")
          return { commune, added: false, role: existing.role as MemberRole, status: existing.status };
        await addMember(
          tx,
          { communeId: commune.id, platform, externalId, displayName, role, status: "approved" },
          { at: context.now() },
        );
        return { commune, added: true, role, status: "approved" };
      }),
    );
    if (!outcome.ok) {
      io.err(outcome.message);
      return exitCode.failed;
    }
    const { commune, added, role: seated, status } = outcome.value;
    io.out(
      added
        ? `Đã thêm ${account} vào Ban chỉ đạo xã ${commune.name}, vai trò ${roleLabels[seated]}.`
        : `${account} đã là thành viên Ban chỉ đạo xã ${commune.name} (vai trò ${roleLabels[seated] ?? seated}${statusNotes[status] ?? ""}); không thay đổi gì.`,
    );
    return exitCode.ok;
  },
};
