import fs from "node:fs";
import { performance } from "node:perf_hooks";
import type { Catalog } from "../../src/core/catalog/catalog-schema.js";
import { indexCatalog } from "../../src/core/parsing/indicator-index.js";
import { parseMessage } from "../../src/core/parsing/parse-message.js";
import { median } from "./stats.js";

/** Messages as officials type them: figures, questions and chatter, from the examples and transcripts. */
export function sampleMessages(): string[] {
  const examples = fs.readFileSync(new URL("../../test/fixtures/parse-examples.jsonl", import.meta.url), "utf8");
  const fromExamples = examples
    .split("\n")
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { text: string }).text);
  const transcriptDir = new URL("../../test/conversation/transcripts/", import.meta.url);
  const fromTranscripts = fs.readdirSync(transcriptDir).flatMap((file) =>
    fs
      .readFileSync(new URL(file, transcriptDir), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { text?: string; bot?: string })
      .filter((l) => l.text && !l.bot)
      .map((l) => l.text as string),
  );
  return [...fromExamples, ...fromTranscripts];
}

/** Messages parsed per second against one catalog: the median of `rounds` timed passes. */
export function parseThroughput(
  catalog: Catalog,
  messages: readonly string[],
  rounds = 7,
  perRound = 20_000,
): { messagesPerSecond: number; microsecondsPerMessage: number } {
  const index = indexCatalog(catalog);
  for (let i = 0; i < 2_000; i += 1) parseMessage(messages[i % messages.length] ?? "", index); // warm-up
  const rates: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const start = performance.now();
    for (let i = 0; i < perRound; i += 1) parseMessage(messages[i % messages.length] ?? "", index);
    rates.push(perRound / ((performance.now() - start) / 1000));
  }
  const rate = median(rates);
  return { messagesPerSecond: rate, microsecondsPerMessage: 1e6 / rate };
}
