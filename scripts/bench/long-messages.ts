import { performance } from "node:perf_hooks";
import type { Catalog } from "../../src/core/catalog/catalog-schema.js";
import { indexCatalog } from "../../src/core/parsing/indicator-index.js";
import { parseMessage } from "../../src/core/parsing/parse-message.js";
import { median } from "./stats.js";

/** Hostile or careless long messages anyone in a group can send, each at Telegram's 4,096-character limit. */
export const LONG_MESSAGES: ReadonlyArray<readonly [string, string]> = (
  [
    ["repeated 'ai chưa '", "ai chưa ".repeat(512)],
    ["repeated 'có '", "có ".repeat(1_366)],
    ["repeated codes", "3.2 ".repeat(1_024)],
    ["a pasted report", "3.2: 6.608/8.315 người, ai chưa cập nhật tiến độ quý 2? ".repeat(80)],
    ["one endless word", "a".repeat(4_096)],
  ] as const
).map(([name, text]) => [name, text.slice(0, 4_096)] as const);

/**
 * What one long message costs against ordinary ones: the median time to parse it divided
 * by the median time of an ordinary message, each over `rounds` timed passes.
 */
export function longMessageCost(
  catalog: Catalog,
  ordinary: readonly string[],
  rounds = 7,
): { name: string; ordinaryMessages: number }[] {
  const index = indexCatalog(catalog);
  const timeOf = (texts: readonly string[], repeat: number) => {
    const samples: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      const start = performance.now();
      for (let i = 0; i < repeat; i += 1) for (const text of texts) parseMessage(text, index);
      samples.push((performance.now() - start) / (repeat * texts.length));
    }
    return median(samples);
  };
  timeOf(ordinary, 2); // warm-up
  const ordinaryCost = timeOf(ordinary, 3);
  return LONG_MESSAGES.map(([name, text]) => ({ name, ordinaryMessages: timeOf([text], 3) / ordinaryCost }));
}
