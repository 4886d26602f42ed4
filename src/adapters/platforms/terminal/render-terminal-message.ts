import { type OutboundMessage, withNumberedChoices } from "../../../core/messages/outbound-message.js";

/**
 * How a bot message looks in the terminal chat: the text, then choices as a numbered
 * list (typing the number or the words both work, as on Zalo).
 */
export function renderTerminalMessage(message: OutboundMessage): string {
  const lines = withNumberedChoices(message.text, message.choices).split("\n");
  return lines.map((line, index) => (index === 0 ? `Xã Số: ${line}` : `       ${line}`)).join("\n");
}
