import fs from "node:fs";
import type { Catalog } from "../../../src/core/catalog/catalog-schema.js";
import { type IndicatorIndex, indexCatalog } from "../../../src/core/parsing/indicator-index.js";
import { parseMessage } from "../../../src/core/parsing/parse-message.js";
import type { IntentName } from "../../../src/core/parsing/parsed-message.js";
import {
  type ParseBatchJson,
  type ParseJson,
  type ParseJsonFigure,
  toParseJson,
} from "../../../src/core/parsing/to-parse-json.js";
import { loadCatalogOrFail } from "../../support/catalogs.js";

/** The catalogs messages are written against, by id. */
export const CATALOG_IDS = ["thanh-hoa-2023", "ha-trung-2024", "bac-kan-2025", "hue-2023"] as const;

/** A catalog with its matching index, built once per test file. */
export interface LoadedCatalog {
  readonly catalog: Catalog;
  readonly index: IndicatorIndex;
}

/** Loads the four catalogs from src/catalogs. */
export async function loadCatalogs(): Promise<Map<string, LoadedCatalog>> {
  const loaded = new Map<string, LoadedCatalog>();
  for (const id of CATALOG_IDS) {
    const catalog = await loadCatalogOrFail(id);
    loaded.set(id, { catalog, index: indexCatalog(catalog) });
  }
  return loaded;
}

/**
 * One labelled message: the catalog, the text, and the expected JSON fields (only those
 * given are checked). A batch lists its `items`, each checked field by field the same way.
 * `parsed`, when given, is the dialog's own intent name, for what the JSON contract folds
 * into a broader intent ("/thanhvien" is `unknown` there, `query_members` to the dialog).
 */
export interface ParseCase extends Partial<ParseJsonFigure> {
  readonly catalog: string;
  readonly text: string;
  readonly intent: ParseJson["intent"] | "batch";
  readonly items?: readonly Partial<ParseJsonFigure>[];
  readonly parsed?: IntentName;
}

/** Reads a JSON Lines file of labelled messages. */
export function readCases(file: string): ParseCase[] {
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as ParseCase);
}

const FIELDS = ["code", "numerator", "denominator", "percent", "value"] as const;

/** The fields of a case that the parser got wrong, with what it said; empty when it is right. */
export function mismatches(expected: ParseCase, actual: ParseJson | ParseBatchJson): string[] {
  if (expected.intent !== actual.intent)
    return [`intent: expected ${JSON.stringify(expected.intent)}, got ${JSON.stringify(actual.intent)}`];
  if (actual.intent !== "batch") return fieldMismatches(expected, actual, "");
  const items = expected.items ?? [];
  if (items.length !== actual.items.length)
    return [`items: expected ${items.length}, got ${actual.items.length} ${JSON.stringify(actual.items)}`];
  return items.flatMap((item, position) => {
    const got = actual.items[position];
    return got ? fieldMismatches(item, got, `items[${position}].`) : [];
  });
}

function fieldMismatches(expected: Partial<ParseJsonFigure>, actual: ParseJsonFigure, prefix: string): string[] {
  return FIELDS.filter((field) => field in expected).flatMap((field) => {
    const want = expected[field];
    const got = actual[field];
    const same = typeof want === "number" && typeof got === "number" ? Math.abs(want - got) < 1e-9 : want === got;
    return same ? [] : [`${prefix}${field}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`];
  });
}

/** Parses a case's text against its catalog and maps it to the CLI JSON. */
export function runCase(testCase: ParseCase, catalogs: ReadonlyMap<string, LoadedCatalog>): ParseJson | ParseBatchJson {
  const loaded = loadedFor(testCase, catalogs);
  return toParseJson(parseMessage(testCase.text, loaded.index), loaded.catalog);
}

/** The dialog's intent for a case labelled with `parsed` that the parser got wrong; empty otherwise. */
export function parsedMismatches(testCase: ParseCase, catalogs: ReadonlyMap<string, LoadedCatalog>): string[] {
  if (testCase.parsed === undefined) return [];
  const got = parseMessage(testCase.text, loadedFor(testCase, catalogs).index).intent;
  return got === testCase.parsed
    ? []
    : [`parsed: expected ${JSON.stringify(testCase.parsed)}, got ${JSON.stringify(got)}`];
}

function loadedFor(testCase: ParseCase, catalogs: ReadonlyMap<string, LoadedCatalog>): LoadedCatalog {
  const loaded = catalogs.get(testCase.catalog);
  if (!loaded) throw new Error(`unknown catalog ${testCase.catalog}`);
  return loaded;
}
