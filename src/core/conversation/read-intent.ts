import type { Catalog } from "../catalog/catalog-schema.js";
import { type IndicatorIndex, indexCatalog } from "../parsing/indicator-index.js";
import { parseMessage } from "../parsing/parse-message.js";
import type { ParsedMessage } from "../parsing/parsed-message.js";
import { resolveIndicator } from "../parsing/resolve-indicator.js";

/**
 * The catalog a chat not bound to a commune is read against: no indicators, so only
 * commands and help are recognised there. It never reaches storage or validation.
 */
const noCatalog: Catalog = { id: "none", version: 1, title: "", source: "", year: 2000, groups: [], indicators: [] };

/**
 * Indexes are derived from catalogs, which never change once loaded; remembering them per
 * catalog object saves rebuilding one for every message. Weakly held: nothing leaks.
 */
const indexes = new WeakMap<Catalog, IndicatorIndex>();

function indexOf(catalog: Catalog): IndicatorIndex {
  let index = indexes.get(catalog);
  if (!index) {
    index = indexCatalog(catalog);
    indexes.set(catalog, index);
  }
  return index;
}

/**
 * Reads what a message asks the conversation to do, against the commune's catalog (or
 * none). The dialog acts on the parser's intents as they are, under the same snake_case
 * names `xaso parse` prints, so there is one vocabulary from the parser to the replies.
 */
export function readIntent(text: string, catalog: Catalog | null): ParsedMessage {
  return parseMessage(text, indexOf(catalog ?? noCatalog));
}

/** Resolves free text typed when picking an indicator: a code, a name or an alias. */
export function lookupIndicator(text: string, catalog: Catalog): { code: string } | { candidates: string[] } | null {
  const reference = resolveIndicator(text, indexOf(catalog));
  if (reference.kind === "found") return { code: reference.code };
  if (reference.kind === "ambiguous") return { candidates: reference.candidates.map((c) => c.code) };
  return null;
}

/** The words after a command: "/batdau Thúy Sơn" → "Thúy Sơn"; null when there are none. */
export function commandArgument(text: string): string | null {
  const argument = text
    .trim()
    .replace(/^\/\S+\s*/, "")
    .trim();
  return argument || null;
}
