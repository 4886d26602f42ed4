/**
 * `npm run eval:model`: runs the labelled message sets (test/core/parsing/*.jsonl) through
 * the rules and, for what the rules leave unknown, through the language-model fallback at
 * the configured endpoint (OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_MODEL). Prints, per
 * set: accuracy of intent and code, the share the rules handled, and the model's latency
 * and tokens per message it was asked about. Not part of `npm test`: it needs an endpoint.
 */
import fs from "node:fs";
import path from "node:path";
import { pino } from "pino";
import { findCatalog, loadCatalogRegistry } from "../src/adapters/catalogs/catalog-registry.js";
import { createLogger } from "../src/adapters/logging/create-logger.js";
import { assistantFromConfig } from "../src/app/assistant/assistant-from-config.js";
import { parseConfig } from "../src/app/config/app-config.js";
import { loadDotEnv } from "../src/app/config/dot-env.js";
import { indexCatalog } from "../src/core/parsing/indicator-index.js";
import { parseMessage } from "../src/core/parsing/parse-message.js";
import { toParseJson } from "../src/core/parsing/to-parse-json.js";

interface Labelled {
  catalog: string;
  text: string;
  intent: string;
  code?: string | null;
}

loadDotEnv(process.cwd(), process.env);
const parsed = parseConfig(process.env);
if (!parsed.ok) {
  console.error(parsed.errors.join("\n"));
  process.exit(1);
}
const { config } = parsed;
if (!config.llm) {
  console.error("Chưa đặt OPENAI_API_KEY: không có mô hình ngôn ngữ để đánh giá.");
  process.exit(1);
}
const assistant = await assistantFromConfig(config.llm, createLogger("warn", pino.destination(2)));
const registry = await loadCatalogRegistry(config.catalogDir);
const dir = path.resolve("test/core/parsing");

for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".jsonl"))) {
  const cases = fs
    .readFileSync(path.join(dir, file), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labelled);
  let right = 0;
  let byRules = 0;
  let asked = 0;
  let ms = 0;
  let tokens = 0;
  for (const item of cases) {
    const catalog = findCatalog(registry, item.catalog);
    if (!catalog) continue;
    let got = intentAndCode(toParseJson(parseMessage(item.text, indexCatalog(catalog)), catalog));
    if (got.intent !== "unknown") byRules += 1;
    else if (assistant) {
      asked += 1;
      const started = Date.now();
      const answer = await assistant.read(item.text, catalog);
      ms += Date.now() - started;
      tokens += answer.tokens;
      if (answer.reading?.kind === "intent") got = intentAndCode(toParseJson(answer.reading.intent, catalog));
      else if (answer.reading?.kind === "question") got = { intent: "question", code: answer.reading.code };
    }
    if (got.intent === item.intent && (item.code === undefined || got.code === (item.code ?? null))) right += 1;
  }
  const share = (n: number) => `${((100 * n) / Math.max(cases.length, 1)).toFixed(1)}%`;
  console.log(
    JSON.stringify({
      set: file,
      messages: cases.length,
      accuracy: share(right),
      handledByRules: share(byRules),
      askedModel: asked,
      latencyMsPerMessage: asked ? Math.round(ms / asked) : null,
      tokensPerMessage: asked ? Math.round(tokens / asked) : null,
    }),
  );
}

/** What a labelled line is scored on: the intent, and the code of a single figure (a batch has none). */
function intentAndCode(json: ReturnType<typeof toParseJson>): { intent: string; code: string | null } {
  return { intent: json.intent, code: "code" in json ? json.code : null };
}
