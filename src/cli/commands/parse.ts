import { parseArgs } from "node:util";
import { pino } from "pino";
import { createLogger } from "../../adapters/logging/create-logger.js";
import { assistantFromConfig } from "../../app/assistant/assistant-from-config.js";
import { indexCatalog } from "../../core/parsing/indicator-index.js";
import { parseMessage } from "../../core/parsing/parse-message.js";
import { toParseJson } from "../../core/parsing/to-parse-json.js";
import { type CliCommand, exitCode } from "../cli-command.js";
import { findCatalogOrExplain } from "../find-catalog.js";

/**
 * `xaso parse [--catalog ID] "TEXT"`: how Xã Số reads a message, as one JSON line
 * `{"intent", "code", "numerator", "denominator", "percent", "value", "source"}`, source being
 * "rules" or "model" (the language model, when `OPENAI_API_KEY` is set, reads what the
 * rules leave unknown). Several figures in one message print as one line
 * `{"intent": "batch", "items": [{"code", "numerator", "denominator", "percent", "value"}, …], "source"}`,
 * the items in message order. Without TEXT it
 * reads one message per line from standard input and prints one JSON line each, in order.
 */
export const parseCommand: CliCommand = {
  name: "parse",
  summary: "Xem Xã Số hiểu một tin nhắn thế nào (JSON; không có TEXT thì đọc từng dòng từ stdin)",
  usage: 'xaso parse [--catalog ID] ["TIN NHẮN"]',
  async run(args, { io, config }) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { catalog: { type: "string", default: "thanh-hoa-2023" } },
    });
    const catalog = await findCatalogOrExplain(values.catalog, { io, config });
    if (!catalog) return exitCode.failed;
    const index = indexCatalog(catalog);
    // With OPENAI_API_KEY set, a message the rules leave unknown is read by the model, as in the chats.
    const assistant = await assistantFromConfig(config.llm, createLogger(config.logLevel, pino.destination(2)));
    const print = async (text: string) => {
      const rules = toParseJson(parseMessage(text, index), catalog);
      if (rules.intent !== "unknown" || !assistant || !text.trim()) {
        io.out(JSON.stringify({ ...rules, source: "rules" }));
        return;
      }
      const { reading } = await assistant.read(text, catalog);
      if (reading?.kind === "intent")
        io.out(JSON.stringify({ ...toParseJson(reading.intent, catalog), source: "model" }));
      else if (reading?.kind === "question")
        io.out(JSON.stringify({ ...rules, intent: "question", code: reading.code, source: "model" }));
      else io.out(JSON.stringify({ ...rules, source: "rules" }));
    };
    if (positionals.length) {
      await print(positionals.join(" "));
      return exitCode.ok;
    }
    for await (const line of io.readLines()) await print(line);
    return exitCode.ok;
  },
};
