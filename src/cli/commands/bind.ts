import { bindChat } from "../../adapters/storage/stores/chat-bindings.js";
import { findCommuneBySlug } from "../../adapters/storage/stores/communes.js";
import { findCurrentPlan } from "../../adapters/storage/stores/plans.js";
import { type CliCommand, exitCode } from "../cli-command.js";
import { inTransaction, withCliDatabase } from "../open-cli-database.js";
import { groupByChatId, isChatId, type Platform, parsePlatform, platformLabel } from "./admin-terms.js";
import { missingFlags, parseCliArgs, reportUsage } from "./parse-cli-args.js";

const options = {
  platform: { type: "string" },
  chat: { type: "string" },
  commune: { type: "string" },
  group: { type: "boolean" },
  private: { type: "boolean" },
  title: { type: "string" },
  rebind: { type: "boolean" },
} as const;

/**
 * `xaso bind`: binds a Zalo, Telegram or terminal chat to a commune and its current plan,
 * so the bot answers there for that commune. A chat bound to another commune moves only
 * with --rebind.
 */
export const bindCommand: CliCommand = {
  name: "bind",
  summary: "Gắn một nhóm (hoặc trò chuyện riêng) Zalo/Telegram với một xã",
  usage:
    "xaso bind --platform telegram|zalo|terminal --chat MÃ_NHÓM --commune MÃ_XÃ [--group|--private] [--title TÊN_NHÓM] [--rebind]",
  async run(args, context) {
    const { io } = context;
    const parsed = parseCliArgs(args, options);
    if (!parsed.ok) return reportUsage(io, parsed.message, this.usage);
    const values = parsed.values;
    const missing = missingFlags(values, ["platform", "chat", "commune"]);
    if (missing.length) return reportUsage(io, `Thiếu ${missing.join(", ")}.`, this.usage);
    const platform = parsePlatform(values.platform ?? "");
    if (!platform)
      return reportUsage(io, `Không có nền tảng "${values.platform}"; chọn telegram, zalo hoặc terminal.`, this.usage);
    const chatId = values.chat?.trim() ?? "";
    if (!isChatId(platform, chatId)) return reportUsage(io, chatIdExpected(platform, chatId), this.usage);
    if (values.group && values.private) return reportUsage(io, "Chỉ chọn một trong --group và --private.", this.usage);
    // Telegram and Zalo ids tell a group from a person; a terminal chat is a group unless told otherwise.
    const byId = groupByChatId(platform, chatId);
    if (platform === "zalo" && ((values.group && byId === false) || (values.private && byId === true)))
      return reportUsage(
        io,
        `Mã ${chatId} là ${byId ? "nhóm (g:)" : "trò chuyện riêng (u:)"}, trái với ${values.group ? "--group" : "--private"}.`,
        this.usage,
      );
    const isGroup = values.group ? true : values.private ? false : (byId ?? true);
    const slug = values.commune?.trim() ?? "";
    const title = values.title?.trim() || undefined;

    const outcome = await withCliDatabase(context, (db) =>
      inTransaction(db, async (tx, refuse) => {
        const commune = await findCommuneBySlug(tx, slug);
        if (!commune) return refuse(`Không có xã mã "${slug}". Xem các xã: xaso commune list`);
        const plan = await findCurrentPlan(tx, commune.id);
        const result = await bindChat(tx, {
          platform,
          chatId,
          communeId: commune.id,
          planId: plan?.id ?? null,
          isGroup,
          title,
          boundBy: "cli",
          rebind: values.rebind ?? false,
          at: context.now(),
        });
        return { commune, plan, result };
      }),
    );
    if (!outcome.ok) {
      io.err(outcome.message);
      return exitCode.failed;
    }

    const { commune, plan, result } = outcome.value;
    const chat = `${result.binding.isGroup ? "nhóm" : "trò chuyện riêng"} ${platformLabel(platform)} ${chatId}${result.binding.title ? ` “${result.binding.title}”` : ""}`;
    const target = `xã ${commune.name}${plan ? ` (kế hoạch năm ${plan.year})` : " (xã chưa có kế hoạch)"}`;
    switch (result.status) {
      case "bound-elsewhere":
        io.err(
          `${capitalize(chat)} đang gắn với xã ${result.boundTo.name} (mã ${result.boundTo.slug}); thêm --rebind nếu muốn chuyển sang xã ${commune.name}.`,
        );
        return exitCode.failed;
      case "unchanged":
        io.out(`${capitalize(chat)} đã gắn với ${target}; không có gì thay đổi.`);
        break;
      case "created":
        io.out(`Đã gắn ${chat} với ${target}.`);
        break;
      case "updated":
        io.out(`Đã cập nhật ${chat}: gắn với ${target}.`);
        break;
      case "reactivated":
        io.out(`Đã gắn lại ${chat} với ${target} (trước đó đã ngừng).`);
        break;
      case "rebound":
        io.out(`Đã chuyển ${chat} từ xã ${result.previousCommune?.name ?? "khác"} sang ${target}.`);
        break;
    }
    return exitCode.ok;
  },
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function chatIdExpected(platform: Platform, chatId: string): string {
  if (platform === "zalo")
    return `Mã nhóm Zalo phải có dạng g:<mã nhóm> (nhóm) hoặc u:<mã người dùng> (trò chuyện riêng), không phải "${chatId}".`;
  return `Mã nhóm Telegram là một số (nhóm có dấu trừ, ví dụ -1001234567890; chủ đề: -1001234567890:42), không phải "${chatId}".`;
}
