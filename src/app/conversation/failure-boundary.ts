import type { Logger } from "../../adapters/logging/create-logger.js";
import { FAILURE_APOLOGY } from "../../core/conversation/texts/failure-apology.js";
import { type InboundMessage, isAddressedToBot } from "../../core/messages/inbound-message.js";
import type { OutboundMessage } from "../../core/messages/outbound-message.js";

/** Handles one inbound message end to end; resolves with the replies for its chat. */
export type MessageHandler = (message: InboundMessage) => Promise<OutboundMessage[]>;

/**
 * The one place where a message that could not be handled is dealt with, for every
 * platform, the terminal chat and replay alike. The failure is logged once with where it
 * happened (platform, chat, message id; never the text, which is a member's own words).
 * A member who spoke to the bot gets an apology and sends the message again later;
 * group chatter that was not addressed stays unanswered, as it would have been. Write
 * conflicts are retried inside `handle` (handleInbound), so what reaches here is
 * unexpected, and everything it started was rolled back.
 */
export function withFailureBoundary(handle: MessageHandler, logger: Pick<Logger, "error">): MessageHandler {
  return async (message) => {
    try {
      return await handle(message);
    } catch (error) {
      const { platform, chatId, messageId } = message;
      logger.error({ err: error, platform, chatId, messageId }, "message could not be handled");
      return isAddressedToBot(message) ? [{ platform, chatId, text: FAILURE_APOLOGY }] : [];
    }
  };
}
