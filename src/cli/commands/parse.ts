import { parseArgs } from "node:util";
import { indexCatalog } from "../../core/parsing/indicator-index.js";
import { parseMessage } from "../../core/parsing/parse-message.js";
import { toParseJson } from "../../core/parsing/to-parse-json.js";
import { type CliCommand, exitCode } from "../cli-command.js";
import { findCatalogOrExplain } from "../find-catalog.js";

/**
 * `xaso parse [--catalog ID] "TEXT"`: how Xã Số reads a message, as one JSON line
 * `{"intent", "code", "numerator", "denominator", "percent", "value"}`. Without TEXT it
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
    const print = (text: string) => io.out(JSON.stringify(toParseJson(parseMessage(text, index), catalog)));
    if (positionals.length) {
      print(positionals.join(" "));
      return exitCode.ok;
    }
    for await (const line of io.readLines()) print(line);
    return exitCode.ok;
  },
};
