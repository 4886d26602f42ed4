import { renderReportFile } from "../../adapters/reports/render-report-file.js";
import type { ReplyEffect, SendFileEffect } from "../../core/conversation/effects.js";
import type { InboundMessage } from "../../core/messages/inbound-message.js";
import type { OutboundMessage } from "../../core/messages/outbound-message.js";
import { toOutboundMessages } from "./to-outbound-messages.js";

/**
 * The replies and files of one message as the messages an adapter sends, in the order the
 * core gave them. Files are rendered here, after the transaction committed: a file is
 * drawn only when it will be sent, and its caption travels as the message text.
 */
export async function toOutboundWithFiles(
  message: Pick<InboundMessage, "platform" | "chatId">,
  effects: readonly (ReplyEffect | SendFileEffect)[],
  timeZone: string,
): Promise<OutboundMessage[]> {
  const messages: OutboundMessage[] = [];
  for (const effect of effects) {
    if (effect.type === "reply") {
      messages.push(...toOutboundMessages(message, effect));
      continue;
    }
    const rendered = await renderReportFile(effect.file, timeZone);
    messages.push({
      platform: message.platform,
      chatId: message.chatId,
      text: effect.caption,
      file: { name: rendered.name, bytes: rendered.bytes, mimeType: rendered.mimeType },
    });
  }
  return messages;
}
