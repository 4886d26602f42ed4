import type { OutboundMessage } from "../../../core/messages/outbound-message.js";
import type { InlineKeyboardMarkup, MessageEntity } from "./grammy-deps.js";
import { inlineKeyboard } from "./inline-keyboard.js";
import { mentionEntities } from "./mention-entities.js";

/** An outbound message in Telegram's terms: plain text, tags, buttons. */
export interface TelegramMessageParts {
  text: string;
  entities: MessageEntity[];
  replyMarkup: InlineKeyboardMarkup | undefined;
}

/**
 * Renders a message for sendMessage. The text is sent as plain text (no Markdown or HTML
 * parsing, so names and evidence links are shown exactly as typed); mentions become
 * `text_mention` entities and choices an inline keyboard.
 */
export function renderOutbound(message: Pick<OutboundMessage, "text" | "choices" | "mentions">): TelegramMessageParts {
  return {
    text: message.text,
    entities: mentionEntities(message.text, message.mentions),
    replyMarkup: message.choices?.length ? inlineKeyboard(message.choices) : undefined,
  };
}
