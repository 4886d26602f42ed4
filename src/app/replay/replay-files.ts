import fs from "node:fs";
import path from "node:path";
import type { OutboundMessage } from "../../core/messages/outbound-message.js";

/** A file the bot sent, as the replay prints it: `{"chat", "file", "name", "text"}`, text being the caption. */
export interface ReplayFileOutput {
  chat: string;
  /** Where the file was written; absent when the replay keeps no files. */
  file?: string;
  name: string;
  text: string;
}

/**
 * A file message of a replay: written into `dir` (created if needed) when one is given, and
 * described by its chat, path, name and caption, so a transcript can check what was sent.
 */
export function replayFileOutput(message: OutboundMessage, dir: string | undefined): ReplayFileOutput {
  const name = path.basename(message.file?.name ?? "tep");
  if (!dir || !message.file) return { chat: message.chatId, name, text: message.text };
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  fs.writeFileSync(file, message.file.bytes);
  return { chat: message.chatId, file, name, text: message.text };
}
