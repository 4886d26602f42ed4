import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { indexCatalog } from "../../src/core/parsing/indicator-index.js";
import { parseMessage } from "../../src/core/parsing/parse-message.js";
import { parseReply } from "../../src/core/parsing/parse-reply.js";
import { toParseJson } from "../../src/core/parsing/to-parse-json.js";
import { loadCatalogOrFail } from "../support/catalogs.js";

/**
 * Property: whatever text arrives, the parser returns an intent and only finite numbers.
 * Inputs mix what officials type (codes, Vietnamese words, numbers in both formats) with
 * Object.prototype names, control and format characters, and long repetitions. Time is
 * not asserted here: the bench reports what long messages cost.
 */
const fragments = fc.constantFrom(
  "3.2",
  "I.2.2",
  "1.3a",
  ": ",
  "/",
  "%",
  "-",
  "−",
  "đạt",
  "chưa",
  "ai",
  "có",
  "không",
  "ngày",
  "27/13/2023",
  "6.608",
  "8.315",
  "64,8",
  "1e309",
  "1_000",
  "constructor",
  "__proto__",
  "toString",
  "/capnhat",
  "@Lan",
  "\u200b",
  "\u0000",
  "\u202e",
  "\n",
  "👍",
  "tài khoản ngân hàng",
  "cáp quang",
);
const messages = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fragments, { maxLength: 40 }).map((parts) => parts.join(" ")),
  fc.tuple(fragments, fc.integer({ min: 1, max: 800 })).map(([part, times]) => `${part} `.repeat(times)),
  fc.string({ unit: "grapheme", maxLength: 100 }),
);

let indexes: ReturnType<typeof indexCatalog>[] = [];
beforeAll(async () => {
  indexes = [
    indexCatalog(await loadCatalogOrFail("thanh-hoa-2023")),
    indexCatalog(await loadCatalogOrFail("hue-2023")),
  ];
});

describe("parser fuzz", () => {
  it("never throws and yields only finite numbers", () => {
    fc.assert(
      fc.property(messages, fc.integer({ min: 0, max: 1 }), (text, which) => {
        const index = indexes[which]!;
        const json: Record<string, unknown> = { ...toParseJson(parseMessage(text, index), index.catalog) };
        expect(typeof json.intent).toBe("string");
        for (const key of ["numerator", "denominator", "percent"]) {
          const value = json[key];
          if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
        }
      }),
      { numRuns: 1_500 },
    );
  });

  it("reads dialog answers without throwing", () => {
    fc.assert(
      fc.property(messages, (text) => {
        for (const expected of [{ kind: "ratio" }, { kind: "count" }, { kind: "evidence" }] as const) {
          expect(typeof parseReply(text, expected).kind).toBe("string");
        }
      }),
      { numRuns: 1_000 },
    );
  });
});
