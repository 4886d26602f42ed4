import type { ReplyEffect } from "../../core/conversation/effects.js";
import type { InboundMessage } from "../../core/messages/inbound-message.js";
import type { OutboundMessage } from "../../core/messages/outbound-message.js";
import { splitLongText } from "../../core/text/split-long-text.js";

/**
 * Long answers (a full list of unmet indicators) are cut at paragraph or line breaks into
 * messages every platform accepts; choices go with the last part, each mention with the
 * part that names it.
 */
export const MAX_MESSAGE_LENGTH = 3_500;

/** One reply as the messages a platform adapter sends. */
export function toOutboundMessages(
  message: Pick<InboundMessage, "platform" | "chatId">,
  reply: ReplyEffect,
): OutboundMessage[] {
  const parts = splitLongText(reply.text, MAX_MESSAGE_LENGTH);
  return parts.map((text, index) => ({
    platform: message.platform,
    chatId: message.chatId,
    text,
    ...(reply.choices && index === parts.length - 1 ? { choices: reply.choices } : {}),
    ...mentionsIn(text, reply.mentions),
  }));
}

function mentionsIn(text: string, mentions: ReplyEffect["mentions"]): Pick<OutboundMessage, "mentions"> {
  const named = mentions?.filter((mention) => text.includes(`@${mention.displayName}`)) ?? [];
  return named.length ? { mentions: named } : {};
}
