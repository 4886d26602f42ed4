import type { Catalog } from "../catalog/catalog-schema.js";
import type { FigureValue } from "../evaluation/figure-value.js";
import type { BatchItem, ParsedMessage } from "./parsed-message.js";

/** The intents the `parse --json` contract knows. */
export type ParseJsonIntent =
  | "update"
  | "query_unmet"
  | "query_progress"
  | "query_indicator"
  | "query_missing"
  | "query_deadlines"
  | "help"
  | "unknown";

/** One figure as the CLI prints it: its indicator (null when not known) and its numbers. */
export interface ParseJsonFigure {
  readonly code: string | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly percent: number | null;
  readonly value: boolean | number | null;
}

/** One message as the CLI prints it with `--json`. */
export interface ParseJson extends ParseJsonFigure {
  readonly intent: ParseJsonIntent;
}

/** Several figures in one message, as the CLI prints them: each item in message order. */
export interface ParseBatchJson {
  readonly intent: "batch";
  readonly items: readonly ParseJsonFigure[];
}

const EMPTY = { code: null, numerator: null, denominator: null, percent: null, value: null } as const;

function figureFields(
  figure: FigureValue | null,
  code: string | null,
  catalog: Catalog,
): Omit<ParseJson, "intent" | "code"> {
  if (!figure) return { numerator: null, denominator: null, percent: null, value: null };
  switch (figure.kind) {
    case "ratio":
      return {
        numerator: figure.numerator,
        denominator: figure.denominator,
        percent: figure.denominator === 0 ? null : (figure.numerator * 100) / figure.denominator,
        value: null,
      };
    case "percent":
      return { numerator: null, denominator: null, percent: figure.percent, value: null };
    case "boolean":
    case "count":
      return { numerator: null, denominator: null, percent: null, value: figure.value };
    case "document":
      return { numerator: null, denominator: null, percent: null, value: figure.issued };
    case "choice": {
      const measure = catalog.indicators.find((indicator) => indicator.code === code)?.measure;
      const position =
        measure?.kind === "choice" ? measure.options.findIndex((option) => option.value === figure.option) : -1;
      return { numerator: null, denominator: null, percent: null, value: position >= 0 ? position + 1 : null };
    }
    case "status":
      return { numerator: null, denominator: null, percent: null, value: null };
  }
}

/**
 * Maps a parsed message onto the CLI's JSON contract. Several figures in one message are
 * `{"intent": "batch", "items": [{code, numerator, denominator, percent, value}, …]}` in
 * message order, each item with the fields of a single figure. Corrections count as updates;
 * an update whose indicator is ambiguous is an update with `code` null; a figure without
 * a known indicator, starting an update, cancel, undo, yes/no replies and committee
 * commands are `unknown`. A fraction's `percent` is numerator × 100 / denominator at full
 * precision; counts go in `value` as a number, yes/no and issued documents as a boolean,
 * a choice as the option's position (1 for the first option).
 */
export function toParseJson(result: ParsedMessage, catalog: Catalog): ParseJson | ParseBatchJson {
  if (result.intent === "batch")
    return { intent: "batch", items: result.items.map((item) => batchItem(item, catalog)) };
  return toSingleParseJson(result, catalog);
}

/**
 * A batch item as printed: the code when the indicator was resolved (null when the name
 * matched several or the code is not in the catalog), and its figure's fields.
 */
function batchItem(item: BatchItem, catalog: Catalog): ParseJsonFigure {
  const code = item.intent === "update" || item.intent === "correction" ? item.code : null;
  return { code, ...figureFields(item.figure, code, catalog) };
}

function toSingleParseJson(result: Exclude<ParsedMessage, { intent: "batch" }>, catalog: Catalog): ParseJson {
  switch (result.intent) {
    case "update":
    case "correction":
      return { intent: "update", code: result.code, ...figureFields(result.figure, result.code, catalog) };
    case "ambiguous":
      if (result.purpose === "query") return { intent: "query_indicator", ...EMPTY };
      if (result.figure && result.purpose !== "start_update")
        return { intent: "update", code: null, ...figureFields(result.figure, null, catalog) };
      return { intent: "unknown", ...EMPTY };
    case "query_indicator":
      return { intent: "query_indicator", ...EMPTY, code: result.code };
    // Questions the contract has no name for read as the progress question they are part of.
    case "query_met":
    case "query_score":
    case "query_compare":
      return { intent: "query_progress", ...EMPTY };
    case "query_unmet":
    case "query_progress":
    case "query_missing":
    case "query_deadlines":
    case "help":
      return { intent: result.intent, ...EMPTY };
    default:
      return { intent: "unknown", ...EMPTY };
  }
}
