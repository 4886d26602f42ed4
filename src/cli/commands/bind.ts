import { bindChat } from "../../adapters/storage/stores/chat-bindings.js";
import { findCommuneBySlug } from "../../adapters/storage/stores/communes.js";
import { findCurrentPlan } from "../../adapters/storage/stores/plans.js";
import { bindProvinceChat, findProvinceName } from "../../adapters/storage/stores/province-chats.js";
import { type CliCommand, exitCode } from "../cli-command.js";
import { inTransaction, withCliDatabase } from "../open-cli-database.js";
import { groupByChatId, isChatId, type Platform, parsePlatform, platformLabel } from "./admin-terms.js";
import { missingFlags, parseCliArgs, reportUsage } from "./parse-cli-args.js";

const options = {
  platform: { type: "string" },
  chat: { type: "string" },
  commune: { type: "string" },
  province: { type: "string" },
  group: { type: "boolean" },
  private: { type: "boolean" },
  title: { type: "string" },
  rebind: { type: "boolean" },
} as const;

/**
 * `xaso bind`: binds a Zalo, Telegram or terminal chat to a commune and its current plan,
 * so the bot answers there for that commune. A chat bound to another commune moves only
 * with --rebind. With --province instead of --commune, the chat becomes the province's
 * oversight chat, which reads every commune of that province and changes nothing.
 */
export const bindCommand: CliCommand = {
  name: "bind",
  summary: "Gắn một nhóm (hoặc trò chuyện riêng) Zalo/Telegram với một xã, hoặc với một tỉnh để theo dõi các xã",
  usage:
    'xaso bind --platform telegram|zalo|terminal --chat MÃ_NHÓM --commune MÃ_XÃ [--group|--private] [--title TÊN_NHÓM] [--rebind] | xaso bind --platform … --chat MÃ_NHÓM --province "TÊN TỈNH" [--title TÊN_NHÓM]',
  async run(args, context) {
    const { io } = context;
    const parsed = parseCliArgs(args, options);
    if (!parsed.ok) return reportUsage(io, parsed.message, this.usage);
    const values = parsed.values;
    if (values.province !== undefined && values.commune !== undefined)
      return reportUsage(io, "Chỉ chọn một trong --commune và --province.", this.usage);
    const missing = missingFlags(values, ["platform", "chat", values.province !== undefined ? "province" : "commune"]);
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
    if (values.province !== undefined)
      return bindProvince({ platform, chatId, province: values.province, title }, context);

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

async function bindProvince(
  chat: { platform: Platform; chatId: string; province: string; title: string | undefined },
  context: Parameters<CliCommand["run"]>[1],
): Promise<number> {
  const { io } = context;
  const outcome = await withCliDatabase(context, (db) =>
    inTransaction(db, async (tx, refuse) => {
      const province = await findProvinceName(tx, chat.province);
      if (!province) return refuse(`Không có xã nào thuộc tỉnh "${chat.province}". Xem các xã: xaso commune list`);
      const result = await bindProvinceChat(tx, { ...chat, province, at: context.now() });
      return { province, result };
    }),
  );
  if (!outcome.ok) {
    io.err(outcome.message);
    return exitCode.failed;
  }
  const { province, result } = outcome.value;
  const label = `nhóm ${platformLabel(chat.platform)} ${chat.chatId}`;
  if (!result.ok) {
    io.err(
      `${capitalize(label)} đang gắn với xã ${result.communeName}; nhóm theo dõi của tỉnh phải là một nhóm riêng.`,
    );
    return exitCode.failed;
  }
  io.out(
    result.status === "unchanged"
      ? `${capitalize(label)} đã là nhóm theo dõi của tỉnh ${province}; không có gì thay đổi.`
      : `Đã gắn ${label} làm nhóm theo dõi của tỉnh ${province}: hỏi "xã nào chưa đạt 3.2?" trong nhóm.`,
  );
  return exitCode.ok;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function chatIdExpected(platform: Platform, chatId: string): string {
  if (platform === "zalo")
    return `Mã nhóm Zalo phải có dạng g:<mã nhóm> (nhóm) hoặc u:<mã người dùng> (trò chuyện riêng), không phải "${chatId}".`;
  return `Mã nhóm Telegram là một số (nhóm có dấu trừ, ví dụ -1001234567890; chủ đề: -1001234567890:42), không phải "${chatId}".`;
}
