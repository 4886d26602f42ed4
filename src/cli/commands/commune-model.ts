import { findCommuneBySlug, setLanguageModel } from "../../adapters/storage/stores/communes.js";
import { foldVietnamese } from "../../core/text/fold-vietnamese.js";
import { type CliCommand, exitCode } from "../cli-command.js";
import { inTransaction, withCliDatabase } from "../open-cli-database.js";
import { missingFlags, parseCliArgs, reportUsage } from "./parse-cli-args.js";

const options = { commune: { type: "string" } } as const;

/** "on", "bat", "bật" → true; "off", "tat", "tắt" → false; null otherwise. */
function readSwitch(word: string | undefined): boolean | null {
  const folded = foldVietnamese(word ?? "")
    .toLowerCase()
    .trim();
  if (folded === "on" || folded === "bat") return true;
  if (folded === "off" || folded === "tat") return false;
  return null;
}

/**
 * `xaso commune model --commune SLUG on|off`: turns the optional language model on or off
 * for one commune, like the chair's /mohinh in the chat. Off means nothing of the commune
 * is sent to the model; the change is audited. Without on|off it says how it is.
 */
export const communeModelCommand: CliCommand = {
  name: "commune model",
  summary: "Bật hoặc tắt mô hình ngôn ngữ cho một xã (tắt: không gửi gì của xã ra ngoài)",
  usage: "xaso commune model --commune MÃ_XÃ [on|off]",
  async run(args, context) {
    const { io } = context;
    const parsed = parseCliArgs(args, options, true);
    if (!parsed.ok) return reportUsage(io, parsed.message, this.usage);
    const missing = missingFlags(parsed.values, ["commune"]);
    if (missing.length) return reportUsage(io, `Thiếu ${missing.join(", ")}.`, this.usage);
    const word = parsed.positionals[0];
    const enabled = word === undefined ? undefined : readSwitch(word);
    if (enabled === null || parsed.positionals.length > 1)
      return reportUsage(io, `Chỉ ghi on hoặc off, không phải "${parsed.positionals.join(" ")}".`, this.usage);
    const slug = parsed.values.commune?.trim() ?? "";
    const outcome = await withCliDatabase(context, (db) =>
      inTransaction(db, async (tx, refuse) => {
        const commune = await findCommuneBySlug(tx, slug);
        if (!commune) return refuse(`Không có xã mã "${slug}". Xem các xã: xaso commune list`);
        if (enabled === undefined) return { name: commune.name, enabled: commune.languageModel, changed: false };
        const changed = await setLanguageModel(tx, {
          communeId: commune.id,
          enabled,
          platform: "cli",
          at: context.now(),
        });
        return { name: commune.name, enabled, changed };
      }),
    );
    if (!outcome.ok) {
      io.err(outcome.message);
      return exitCode.failed;
    }
    const { name, changed } = outcome.value;
    const state = outcome.value.enabled ? "bật" : "tắt (không gửi gì của xã ra ngoài)";
    if (enabled === undefined) io.out(`Mô hình ngôn ngữ của xã ${name}: đang ${state}.`);
    else
      io.out(
        changed
          ? `Đã ${enabled ? "bật" : "tắt"} mô hình ngôn ngữ cho xã ${name}.`
          : `Mô hình ngôn ngữ của xã ${name} vẫn đang ${state}; không có gì thay đổi.`,
      );
    return exitCode.ok;
  },
};
