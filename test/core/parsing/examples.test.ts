import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type LoadedCatalog, loadCatalogs, mismatches, readCases, runCase } from "./parse-cases.js";

/**
 * The labelled examples: the copy kept in the repository, so the test runs in any
 * checkout, plus the shared file beside the checkout when it is there, so new lines
 * added to it are picked up at once.
 */
const KEPT = path.resolve(import.meta.dirname, "../../fixtures/parse-examples.jsonl");
const SHARED = path.resolve(import.meta.dirname, "../../../../shared/examples/parse-examples.jsonl");

describe("shared parse examples", () => {
  let catalogs: Map<string, LoadedCatalog>;
  beforeAll(async () => {
    catalogs = await loadCatalogs();
  });

  const seen = new Set<string>();
  const cases = [KEPT, ...(fs.existsSync(SHARED) ? [SHARED] : [])]
    .flatMap((file) => readCases(file))
    .filter((testCase) => {
      const key = `${testCase.catalog}\u0000${testCase.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });

  it("has examples to check", () => {
    expect(cases.length).toBeGreaterThanOrEqual(24);
  });

  it.each(cases.map((testCase) => [testCase.text, testCase] as const))("%s", (_text, testCase) => {
    expect(mismatches(testCase, runCase(testCase, catalogs))).toEqual([]);
  });
});
