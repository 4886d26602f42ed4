import fs from "node:fs/promises";
import path from "node:path";
import type { OutboundMessage } from "../../../core/messages/outbound-message.js";

/** Where the terminal chat keeps the files the bot sends: `data/reports/` under the working folder. */
export const TERMINAL_REPORTS_DIR = path.join("data", "reports");

/**
 * The terminal has no attachments, so a file the bot sends is written under `dir` and the
 * message shows its caption and where it was saved: "📎 data/reports/phu-luc-….docx".
 */
export async function saveSentFile(message: OutboundMessage, dir: string): Promise<string> {
  if (!message.file) return message.text;
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, path.basename(message.file.name));
  await fs.writeFile(file, message.file.bytes);
  const shown = path.relative(process.cwd(), file) || file;
  return [message.text, `📎 ${shown.startsWith("..") ? file : shown}`].filter(Boolean).join("\n");
}
