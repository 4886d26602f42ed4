import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  CATALOG_IDS,
  type LoadedCatalog,
  loadCatalogs,
  mismatches,
  parsedMismatches,
  readCases,
  runCase,
} from "./parse-cases.js";

/** Realistic group messages across the four catalogs, labelled by what they mean. */
const FILES = [
  { name: "messages.jsonl", minimum: 200, minimumChatter: 50 },
  // a later batch of new phrasings, written without looking at the parser's output
  { name: "messages-fresh.jsonl", minimum: 150, minimumChatter: 30 },
] as const;

describe.each(FILES)("realistic messages ($name)", ({ name, minimum, minimumChatter }) => {
  let catalogs: Map<string, LoadedCatalog>;
  beforeAll(async () => {
    catalogs = await loadCatalogs();
  });

  const cases = readCases(path.resolve(import.meta.dirname, name));

  it(`covers every catalog with at least ${minimum} messages in all`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(minimum);
    for (const id of CATALOG_IDS)
      expect(
        cases.some((testCase) => testCase.catalog === id),
        id,
      ).toBe(true);
  });

  it("parses every message as labelled", () => {
    const failures = cases.flatMap((testCase) => {
      const problems = [...mismatches(testCase, runCase(testCase, catalogs)), ...parsedMismatches(testCase, catalogs)];
      return problems.length === 0
        ? []
        : [`[${testCase.catalog}] ${JSON.stringify(testCase.text)}: ${problems.join("; ")}`];
    });
    const accuracy = ((cases.length - failures.length) / cases.length) * 100;
    console.info(
      `parser accuracy on ${name}: ${cases.length - failures.length}/${cases.length} = ${accuracy.toFixed(1)}%`,
    );
    expect(failures).toEqual([]);
  });

  it("never reads a message labelled as chatter as a figure update", () => {
    const chatter = cases.filter((testCase) => testCase.intent === "unknown");
    expect(chatter.length).toBeGreaterThan(minimumChatter);
    const updates = chatter
      .filter((testCase) => runCase(testCase, catalogs).intent === "update")
      .map((testCase) => testCase.text);
    expect(updates).toEqual([]);
  });
});
