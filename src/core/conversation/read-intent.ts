import type { Catalog } from "../catalog/catalog-schema.js";
import { type IndicatorIndex, indexCatalog } from "../parsing/indicator-index.js";
import { parseMessage } from "../parsing/parse-message.js";
import type { ParsedMessage } from "../parsing/parsed-message.js";
import { resolveIndicator } from "../parsing/resolve-indicator.js";
import type { DialogIntent } from "./dialog-intent.js";

/** A catalog with nothing in it, for chats not bound to a commune: only commands and help make sense there. */
const emptyCatalog = {
  id: "none",
  version: 1,
  title: "",
  source: "",
  year: 2000,
  groups: [],
  indicators: [],
} as unknown as Catalog;

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

/** Reads what a message asks the conversation to do, against the commune's catalog (or none). */
export function readDialogIntent(text: string, catalog: Catalog | null): DialogIntent {
  const parsed = parseMessage(text, indexOf(catalog ?? emptyCatalog));
  return toDialogIntent(parsed, text);
}

/** Resolves free text typed when picking an indicator: a code, a name or an alias. */
export function lookupIndicator(text: string, catalog: Catalog): { code: string } | { candidates: string[] } | null {
  const reference = resolveIndicator(text, indexOf(catalog));
  if (reference.kind === "found") return { code: reference.code };
  if (reference.kind === "ambiguous") return { candidates: reference.candidates.map((c) => c.code) };
  return null;
}

function toDialogIntent(parsed: ParsedMessage, text: string): DialogIntent {
  switch (parsed.intent) {
    case "update":
    case "correction":
      return { kind: "update", code: parsed.code, figure: parsed.figure, correction: parsed.intent === "correction" };
    case "ambiguous":
      if (parsed.purpose === "query") return { kind: "query-ambiguous", candidates: [...parsed.candidates] };
      if (parsed.figure && parsed.purpose !== "start_update")
        return {
          kind: "update-ambiguous",
          candidates: [...parsed.candidates],
          figure: parsed.figure,
          correction: parsed.purpose === "correction",
        };
      return {
        kind: "start-update",
        code: null,
        candidates: [...parsed.candidates],
        correction: parsed.purpose === "correction",
      };
    case "unknown-indicator":
      return { kind: "update-unknown-indicator" };
    case "batch":
      return { kind: "several-figures" };
    case "undo":
      return { kind: "undo" };
    case "start_update":
      return { kind: "start-update", code: parsed.code, candidates: [], correction: parsed.correcting };
    case "query_unmet":
      return { kind: "query", query: "unmet" };
    case "query_progress":
      return { kind: "query", query: "progress" };
    case "query_missing":
      return { kind: "query", query: "missing" };
    case "query_deadlines":
      return { kind: "query", query: "deadlines" };
    case "help":
      return { kind: "query", query: "help" };
    case "query_indicator":
      return { kind: "query-indicator", code: parsed.code };
    case "cancel":
      return { kind: "cancel" };
    case "start_committee":
      return { kind: "bind", hint: commandArgument(text) };
    case "join_committee":
      return { kind: "join" };
    case "assign":
      return { kind: "assign", codes: [...parsed.codes, ...parsed.unresolved], mention: parsed.mentions[0] ?? "" };
    case "approve":
      return { kind: "approve", mention: parsed.mentions[0] ?? "" };
    case "confirm":
    case "reject":
    case "unknown":
      return { kind: "unknown" };
  }
}

/** The words after a command: "/batdau Thúy Sơn" → "Thúy Sơn". */
function commandArgument(text: string): string | null {
  const argument = text
    .trim()
    .replace(/^\/\S+\s*/, "")
    .trim();
  return argument || null;
}
