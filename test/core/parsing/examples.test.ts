import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalogs, mismatches, readCases, runCase, type LoadedCatalog } from "./parse-cases.js";

/** The shared labelled examples, read at test time so new lines are picked up. */
const EXAMPLES = path.resolve(import.meta.dirname, "../../../../shared/examples/parse-examples.jsonl");

describe("shared parse examples", () => {
  let catalogs: Map<string, LoadedCatalog>;
  beforeAll(async () => {
    catalogs = await loadCatalogs();
  });

  const cases = readCases(EXAMPLES);

  it("has examples to check", () => {
    expect(cases.length).toBeGreaterThanOrEqual(24);
  });

  it.each(cases.map((testCase) => [testCase.text, testCase] as const))("%s", (_text, testCase) => {
    expect(mismatches(testCase, runCase(testCase, catalogs))).toEqual([]);
  });
});
