import readline from "node:readline";
import type { InboundMessage } from "../../../core/messages/inbound-message.js";
import type { OutboundMessage } from "../../../core/messages/outbound-message.js";
import { renderTerminalMessage } from "./render-terminal-message.js";
import { saveSentFile, TERMINAL_REPORTS_DIR } from "./save-sent-file.js";

/** The local account the terminal chat speaks as. */
export interface TerminalUser {
  id: string;
  name: string;
}

/** Streams the terminal chat reads from and writes to (stdin/stdout, or fakes in tests). */
export interface TerminalStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/** A running terminal chat. */
export interface TerminalChat {
  /** Resolves when the input ends (Ctrl-D) or `stop` is called. */
  closed: Promise<void>;
  stop(): Promise<void>;
}

/**
 * "/tep 189-BC-UBND.pdf" stands for sending that file, as a member attaches or forwards a
 * report's file in Telegram or Zalo: its name, with no content, is what the bot gets.
 * Null for any other line.
 */
export function sentFileName(line: string): string | null {
  return /^\/tep\s+(\S.*)$/iu.exec(line.trim())?.[1]?.trim() ?? null;
}

/**
 * A local chat in the terminal, so a newcomer can talk to Xã Số with no account:
 * each line typed is one private message from `user`; replies are printed with their
 * choices numbered; "/tep TÊN-TỆP" sends a file by its name (see `sentFileName`). Lines are handled one at a time, in order, like a chat. A failed
 * message is answered by `handle` itself (the app's failure boundary apologises); what
 * still throws is passed to `onError` and the chat goes on with the next line. Files the
 * bot sends (reports, charts) are written under `reportsDir` and their paths printed.
 */
export function startTerminalChat(
  streams: TerminalStreams,
  user: TerminalUser,
  handle: (message: InboundMessage) => Promise<OutboundMessage[]>,
  now: () => Date,
  onError: (error: unknown) => void,
  reportsDir: string = TERMINAL_REPORTS_DIR,
): TerminalChat {
  const rl = readline.createInterface({
    input: streams.input,
    output: streams.output,
    prompt: `${user.name}: `,
    terminal: false,
  });
  let sequence = 0;
  let queue = Promise.resolve();
  const print = (text: string) => streams.output.write(`${text}\n`);
  rl.on("line", (line) => {
    const text = line.trim();
    if (!text) return;
    sequence += 1;
    const file = sentFileName(text);
    const message: InboundMessage = {
      platform: "terminal",
      chatId: `terminal:${user.id}`,
      isGroup: false,
      messageId: `${now().getTime()}-${sequence}`,
      sender: user,
      text: file === null ? text : "",
      mentionsBot: false,
      repliesToBot: false,
      sentAt: now(),
      ...(file === null ? {} : { media: "file" as const, attachment: { fileName: file } }),
    };
    queue = queue.then(async () => {
      try {
        for (const reply of await handle(message))
          print(renderTerminalMessage(reply.file ? { ...reply, text: await saveSentFile(reply, reportsDir) } : reply));
      } catch (error) {
        onError(error);
      }
    });
  });
  const closed = new Promise<void>((resolve) => rl.on("close", () => void queue.then(resolve)));
  return {
    closed,
    stop: async () => {
      rl.close();
      await closed;
    },
  };
}
