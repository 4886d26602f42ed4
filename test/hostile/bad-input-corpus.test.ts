import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Catalog } from "../../src/core/catalog/catalog-schema.js";
import { indexCatalog } from "../../src/core/parsing/indicator-index.js";
import { parseMessage } from "../../src/core/parsing/parse-message.js";
import { toParseJson } from "../../src/core/parsing/to-parse-json.js";
import { loadCatalogOrFail } from "../support/catalogs.js";

/**
 * Hostile and careless messages, one JSON string per line: Object.prototype names,
 * signs and exponents, impossible dates, Markdown and HTML, direction marks, decomposed
 * Vietnamese, emoji, control characters, SQL-looking text, huge command arguments and
 * long repetitions. Whatever arrives, reading it must not throw and every number it
 * yields must be a finite number.
 */
const corpus = fs
  .readFileSync(path.join(import.meta.dirname, "bad-input-corpus.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line) as string);

const catalogs: Catalog[] = [];
beforeAll(async () => {
  for (const id of ["thanh-hoa-2023", "hue-2023"]) {
    catalogs.push(await loadCatalogOrFail(id));
  }
});

describe("the bad-input corpus", () => {
  it("holds at least 300 distinct messages", () => {
    expect(new Set(corpus).size).toBe(corpus.length);
    expect(corpus.length).toBeGreaterThanOrEqual(300);
  });

  it("is read by the parser without an exception, with finite numbers only", () => {
    for (const catalog of catalogs) {
      const index = indexCatalog(catalog);
      for (const text of corpus) {
        const json: Record<string, unknown> = { ...toParseJson(parseMessage(text, index), catalog) };
        for (const key of ["numerator", "denominator", "percent"]) {
          const value = json[key];
          if (value !== null && value !== undefined)
            expect(Number.isFinite(value), `${key} of ${JSON.stringify(text)}`).toBe(true);
        }
      }
    }
  });
});
