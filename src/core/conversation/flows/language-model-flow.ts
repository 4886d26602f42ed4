import { communeLabel } from "../../answers/labels.js";
import { readCommand } from "../../parsing/commands.js";
import { foldVietnamese } from "../../text/fold-vietnamese.js";
import type { ConverseInput, DialogOutcome } from "../converse-input.js";
import { reply, say } from "../outcome.js";
import { canRead } from "../permissions.js";
import { languageModelStatus, languageModelSwitched, ONLY_CHAIR_SWITCHES_MODEL } from "../texts/language-model.js";

type Switch = "status" | "on" | "off";

const MODEL_WORDS = /^(?:mo hinh(?: ngon ngu)?|tro ly ai|ai|llm)$/;

/** "/mohinh", "/mohinh tắt", "tắt mô hình ngôn ngữ", "bật lại mô hình ngôn ngữ"; null for anything else. */
function readSwitch(text: string): Switch | null {
  const command = readCommand(text);
  if (command) {
    if (command.name !== "mohinh") return null;
    const args = foldVietnamese(command.args).toLowerCase().trim();
    if (/^(?:tat|off|dung|khong dung)\b/.test(args)) return "off";
    if (/^(?:bat|on|mo|dung lai|bat lai)\b/.test(args)) return "on";
    return "status";
  }
  const folded = foldVietnamese(text)
    .toLowerCase()
    .replace(/[.!]+$/, "")
    .trim();
  const match = /^(tat|bat lai|bat|mo lai) (.+)$/.exec(folded);
  if (!match?.[2] || !MODEL_WORDS.test(match[2])) return null;
  return match[1] === "tat" ? "off" : "on";
}

/**
 * The commune's switch for the optional language model: any member sees whether it is on
 * (/mohinh); the chair or deputy chair turns it off or on (/mohinh tắt, /mohinh bật). When
 * off, nothing of the commune is sent to the model. Returns null when the message is about
 * something else.
 */
export function converseAboutLanguageModel(input: ConverseInput): DialogOutcome | null {
  const { snapshot, session } = input;
  if (!snapshot) return null;
  const wanted = readSwitch(input.message.text);
  if (!wanted) return null;
  const member = input.sender.membership;
  if (!canRead(member)) return null;
  const commune = communeLabel(snapshot.communeName);
  const off = snapshot.languageModel === "off";
  if (wanted === "status") return say(session, languageModelStatus(commune, off));
  if (member?.role !== "chair" && member?.role !== "deputy") return say(session, ONLY_CHAIR_SWITCHES_MODEL);
  const enabled = wanted === "on";
  const changed = enabled === off;
  return {
    session,
    effects: [
      ...(changed ? [{ type: "setLanguageModel" as const, enabled }] : []),
      reply(languageModelSwitched(commune, enabled, changed)),
    ],
  };
}
