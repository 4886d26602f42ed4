import type { InboundMessage } from "../../core/messages/inbound-message.js";
import type { OutboundMessage } from "../../core/messages/outbound-message.js";

/** What a platform adapter calls back into the app with. */
export interface PlatformHooks {
  /**
   * Handles one inbound message end to end; returns the replies to send to that chat. The
   * app catches and logs failures and returns its apology here, so an adapter only sends.
   */
  handle(message: InboundMessage): Promise<OutboundMessage[]>;
  /**
   * The bot can no longer post in a chat (removed from the group, blocked by the user):
   * the binding is marked inactive and nothing more is sent there.
   */
  chatUnavailable(chatId: string, reason: string): Promise<void>;
}

/**
 * A connected messaging platform (Telegram, Zalo). It turns the platform's updates into
 * InboundMessage, passes them to `hooks.handle` one chat at a time, in order, and sends the
 * replies; `send` also delivers messages the app starts itself (reminders, timeout notes).
 * Everything platform-specific stays inside the adapter.
 */
export interface RunningPlatform {
  platform: string;
  send(message: OutboundMessage): Promise<void>;
  /** Stops listening, waits for in-flight messages, then returns. */
  stop(): Promise<void>;
}
