import { renderReportFile } from "../../adapters/reports/render-report-file.js";
import type { ReplyEffect, SendFileEffect } from "../../core/conversation/effects.js";
import { MODEL_WORDED } from "../../core/conversation/texts/report.js";
import type { InboundMessage } from "../../core/messages/inbound-message.js";
import type { OutboundMessage } from "../../core/messages/outbound-message.js";
import type { DraftReport } from "../../core/reports/draft-report.js";
import type { ReportFile } from "../../core/reports/report-file.js";
import type { WordingScope } from "../assistant/model-assistant.js";
import { toOutboundMessages } from "./to-outbound-messages.js";

/** Has a draft report's prose worded by the language model; null keeps the rule-based text. */
export type WordDraft = (draft: DraftReport, scope: WordingScope) => Promise<DraftReport | null>;

/**
 * The replies and files of one message as the messages an adapter sends, in the order the
 * core gave them. Files are rendered here, after the transaction committed: a file is
 * drawn only when it will be sent, and its caption travels as the message text. With
 * `wordDraft`, a draft report the commune lets the model word gets its prose from the
 * model, and its caption says so.
 */
export async function toOutboundWithFiles(
  message: Pick<InboundMessage, "platform" | "chatId">,
  effects: readonly (ReplyEffect | SendFileEffect)[],
  timeZone: string,
  wording?: { wordDraft: WordDraft; now: Date },
): Promise<OutboundMessage[]> {
  const messages: OutboundMessage[] = [];
  for (const effect of effects) {
    if (effect.type === "reply") {
      messages.push(...toOutboundMessages(message, effect));
      continue;
    }
    const { file, caption } = await withWording(effect, timeZone, wording);
    const rendered = await renderReportFile(file, timeZone);
    messages.push({
      platform: message.platform,
      chatId: message.chatId,
      text: caption,
      file: { name: rendered.name, bytes: rendered.bytes, mimeType: rendered.mimeType },
    });
  }
  return messages;
}

async function withWording(
  effect: SendFileEffect,
  timeZone: string,
  wording: { wordDraft: WordDraft; now: Date } | undefined,
): Promise<{ file: ReportFile; caption: string }> {
  const draft = effect.file.draft;
  if (!wording || !effect.modelWording || !draft) return effect;
  const worded = await wording.wordDraft(draft, { ...effect.modelWording, now: wording.now, timeZone });
  return worded ? { file: { ...effect.file, draft: worded }, caption: `${effect.caption} ${MODEL_WORDED}` } : effect;
}
