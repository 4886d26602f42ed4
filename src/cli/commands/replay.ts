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
import { runReplay } from "../../app/replay/run-replay.js";
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
 */
export const replayCommand: CliCommand = {
  name: "replay",
  summary: "Chạy lại một hội thoại mẫu (JSON lines) qua lõi và cơ sở dữ liệu thật",
  usage: "xaso replay [--catalog ID] [--commune TÊN] [--db URL] [--effects] [--files THƯ_MỤC] TỆP",
  async run(args, { io, config }) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        catalog: { type: "string", default: "thanh-hoa-2023" },
        commune: { type: "string", default: "Xã Demo" },
        db: { type: "string" },
        effects: { type: "boolean", default: false },
        files: { type: "string" },
      },
    });
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
    const lines = readAhead(
      file === "-"
        ? io.readLines()
        : readline.createInterface({ input: fs.createReadStream(file, "utf8"), crlfDelay: Infinity }),
    );
    const catalog = await findCatalogOrExplain(values.catalog, { io, config });
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
            communeName: values.commune,
            converse,
            timeZone: config.timeZone,
            filesDir: values.files,
            assistant: await assistantFromConfig(config.llm, createLogger(config.logLevel, pino.destination(2))),
          },
          lines,
          (output) => io.out(JSON.stringify(output)),
          (line, problem) => io.err(`Dòng ${line} bị bỏ qua: ${problem}`),
          values.effects ? (stored) => io.out(JSON.stringify(stored)) : undefined,
        );
      } finally {
        await database.close();
      }
    } finally {
      if (temporary) fs.rmSync(temporary, { recursive: true, force: true });
    }
    return exitCode.ok;
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
