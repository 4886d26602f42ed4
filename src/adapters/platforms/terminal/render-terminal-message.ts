import type { OutboundMessage } from "../../../app/conversation/outbound-message.js";

/**
 * How a bot message looks in the terminal chat: the text, then choices as a numbered
 * list (typing the number or the words both work, as on Zalo).
 */
export function renderTerminalMessage(message: OutboundMessage): string {
  const lines = message.text.split("\n");
  if (message.choices?.length) {
    for (const [index, choice] of message.choices.entries()) lines.push(`${index + 1}. ${choice.label}`);
  }
  return lines.map((line, index) => (index === 0 ? `Xã Số: ${line}` : `       ${line}`)).join("\n");
}
