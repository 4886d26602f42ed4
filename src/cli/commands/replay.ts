import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { parseArgs } from "node:util";
import { pino } from "pino";
import { createLogger } from "../../adapters/logging/create-logger.js";
import { deployMigrations } from "../../adapters/storage/migrations/migrator.js";
import { openDatabase } from "../../adapters/storage/open-database.js";
import { assistantFromConfig } from "../../app/assistant/assistant-from-config.js";
import { isEffectLine } from "../../app/replay/effect-lines.js";
import { runReplay } from "../../app/replay/run-replay.js";
import { checkTranscript, type TranscriptLine } from "../../app/replay/transcript-check.js";
import { converse } from "../../core/conversation/converse.js";
import { type CliCommand, exitCode } from "../cli-command.js";
import { findCatalogOrExplain } from "../find-catalog.js";

/**
 * `xaso replay [--catalog ID] [--commune NAME] [--db URL] [--effects] FILE`: runs a
 * conversation file (JSON lines of messages and clock changes) through the real core and
 * storage and prints every bot message as a JSON line `{"chat", "text"}`. With --effects,
 * what each message stored is printed too, once committed and before its replies
 * (`{"saved": "3.2", "numerator": 6608, "denominator": 8315, "by": "Lan"}`), so a reply
 * can be checked against the write behind it. With --files DIR, files the bot sends (the
 * report's appendix and chart) are written into DIR and printed as `{"chat", "file",
 * "name", "text"}`, text being the caption. Uses a fresh temporary SQLite database
 * unless --db is given. FILE "-" reads standard input.
 *
 * With --transcript the input lines are printed between the bot's (`{"bot": CHAT, "text"}`),
 * so the output reads as a conversation. With --check the bot's messages are compared with
 * the `{"bot": …}` lines of FILE: exit 0 and one line "khớp: …" when equal, else exit 1 and a
 * readable diff. In both, a first line `{"catalog": ID, "commune": NAME}` of FILE picks the
 * setting unless --catalog or --commune say otherwise (as in test/conversation/transcripts).
 */
export const replayCommand: CliCommand = {
  name: "replay",
  summary: "Chạy lại một hội thoại mẫu (JSON lines) qua lõi và cơ sở dữ liệu thật",
  usage:
    "xaso replay [--catalog ID] [--commune TÊN] [--db URL] [--effects] [--files THƯ_MỤC] [--transcript | --check] TỆP\n" +
    "  --transcript  in cả dòng nhập xen giữa tin nhắn của bot, đọc như một cuộc hội thoại\n" +
    '  --check       so tin nhắn của bot với các dòng {"bot": …} trong TỆP; khác thì in chỗ khác và thoát mã 1',
  async run(args, { io, config }) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        catalog: { type: "string" },
        commune: { type: "string" },
        db: { type: "string" },
        effects: { type: "boolean", default: false },
        files: { type: "string" },
        transcript: { type: "boolean", default: false },
        check: { type: "boolean", default: false },
      },
    });
    if (values.transcript && values.check) {
      io.err(`Chọn một trong --transcript và --check. Cách dùng: ${this.usage}`);
      return exitCode.usage;
    }
    const file = positionals[0];
    if (!file) {
      io.err(`Thiếu tệp hội thoại. Cách dùng: ${this.usage}`);
      return exitCode.usage;
    }
    if (file !== "-" && !fs.existsSync(file)) {
      io.err(`Không tìm thấy tệp ${file}.`);
      return exitCode.failed;
    }
    // Reading starts now: lines that arrive while the catalog and the database are prepared are kept.
    const source = readAhead(
      file === "-"
        ? io.readLines()
        : readline.createInterface({ input: fs.createReadStream(file, "utf8"), crlfDelay: Infinity }),
    );
    const conversation = values.transcript || values.check ? await readConversation(source) : null;
    if (values.transcript && conversation?.header) io.out(conversation.header);
    const lines = conversation
      ? feed(conversation, (raw) => {
          if (values.transcript) io.out(raw);
        })
      : source;
    const catalog = await findCatalogOrExplain(values.catalog ?? conversation?.setting.catalog ?? "thanh-hoa-2023", {
      io,
      config,
    });
    if (!catalog) return exitCode.failed;
    const temporary = values.db ? null : fs.mkdtempSync(path.join(os.tmpdir(), "xaso-replay-"));
    const url = values.db ?? `file:${path.join(temporary ?? "", "replay.db")}`;
    try {
      await deployMigrations(url, undefined, () => {});
      const database = await openDatabase(url);
      try {
        await runReplay(
          {
            db: database.db,
            catalog,
            communeName: values.commune ?? conversation?.setting.commune ?? "Xã Demo",
            converse,
            timeZone: config.timeZone,
            filesDir: values.files,
            botNames: config.botNames,
            assistant: await assistantFromConfig(config.llm, createLogger(config.logLevel, pino.destination(2))),
          },
          lines,
          (output) => {
            if (!conversation) return io.out(JSON.stringify(output));
            const line: TranscriptLine = { kind: "bot", chat: output.chat, text: output.text };
            conversation.actual.push(line);
            if (values.transcript) io.out(JSON.stringify({ bot: output.chat, text: output.text }));
          },
          (line, problem) => io.err(`Dòng ${line} bị bỏ qua: ${problem}`),
          values.effects && !values.check ? (stored) => io.out(JSON.stringify(stored)) : undefined,
        );
      } finally {
        await database.close();
      }
    } finally {
      if (temporary) fs.rmSync(temporary, { recursive: true, force: true });
    }
    if (!values.check || !conversation) return exitCode.ok;
    const result = checkTranscript(
      file === "-" ? "đầu vào" : path.basename(file),
      conversation.expected,
      conversation.actual,
    );
    if (result.ok) {
      io.out(result.summary);
      return exitCode.ok;
    }
    io.out(result.report);
    return exitCode.failed;
  },
};

/**
 * Starts iterating at once. readline hands lines only to an iterator that already exists,
 * so a file or a pipe read while the database is being migrated would otherwise lose its
 * lines, and the replay would wait for input that had already gone by.
 */
function readAhead(lines: AsyncIterable<string>): AsyncIterable<string> {
  const iterator = lines[Symbol.asyncIterator]();
  return { [Symbol.asyncIterator]: () => iterator };
}

/** A conversation file read whole: its setting, its input lines, and the lines it expects. */
interface Conversation {
  setting: { catalog?: string | undefined; commune?: string | undefined };
  /** The setting line as written, printed first by --transcript so its output can be checked as is. */
  header?: string;
  inputs: string[];
  expected: TranscriptLine[];
  /** Filled as the replay runs: each input as it is fed, each bot message as it is sent. */
  actual: TranscriptLine[];
}

async function readConversation(source: AsyncIterable<string>): Promise<Conversation> {
  const conversation: Conversation = { setting: {}, inputs: [], expected: [], actual: [] };
  let first = true;
  for await (const raw of source) {
    if (!raw.trim()) continue;
    const json = parseObject(raw);
    if (first && json && "catalog" in json) {
      conversation.header = raw;
      conversation.setting = {
        catalog: typeof json.catalog === "string" ? json.catalog : undefined,
        commune: typeof json.commune === "string" ? json.commune : undefined,
      };
    } else if (json && "bot" in json) {
      conversation.expected.push({ kind: "bot", chat: String(json.bot), text: String(json.text ?? "") });
    } else if (!(json && isEffectLine(json))) {
      conversation.inputs.push(raw);
      conversation.expected.push({ kind: "input", raw });
    }
    first = false;
  }
  return conversation;
}

function parseObject(raw: string): Record<string, unknown> | null {
  try {
    const json: unknown = JSON.parse(raw);
    return typeof json === "object" && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Feeds the inputs one at a time, so each is recorded (and printed) just before its replies. */
async function* feed(conversation: Conversation, onInput: (raw: string) => void): AsyncIterable<string> {
  for (const raw of conversation.inputs) {
    conversation.actual.push({ kind: "input", raw });
    onInput(raw);
    yield raw;
  }
}
