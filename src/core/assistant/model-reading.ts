import { z } from "zod";
import type { Catalog, Indicator } from "../catalog/catalog-schema.js";
import type { FigureValue } from "../evaluation/figure-value.js";
import type { BatchItem, IntentName, ParsedMessage } from "../parsing/parsed-message.js";
import { type DigitGroup, digitGroups } from "./numbers-in-text.js";

const count = z.number().nonnegative().nullable();

/**
 * The intents the model may name (`prompts/doc-tin-nhan.md` lists the same): the rules'
 * own intent names, so a reading joins the dialog under the vocabulary the parser uses,
 * plus "number" (the answer to the open step) and "question" (an open question for the
 * grounded answer), which only the model gives.
 */
export const MODEL_INTENTS = [
  "update",
  "correction",
  "batch",
  "number",
  "query_unmet",
  "query_progress",
  "query_missing",
  "query_deadlines",
  "query_indicator",
  "query_met",
  "query_score",
  "query_compare",
  "query_members",
  "question",
  "help",
  "unknown",
] as const satisfies readonly (IntentName | "number" | "question")[];

/** One indicator's figure: the fields of a single reading, also each item of a batch. */
const figureFields = {
  code: z.string().nullable(),
  numerator: count,
  denominator: z.number().positive().nullable(),
  percent: count,
  value: count,
  yes: z.boolean().nullable(),
};

/**
 * What the model must answer when asked to read a message (`prompts/doc-tin-nhan.md`).
 * Every field is present (null when it does not apply), so the same shape works as a
 * strict JSON schema and in JSON mode. Several figures in one message are a "batch" whose
 * `items` each carry one indicator's fields.
 */
export const modelReadingSchema = z.strictObject({
  intent: z.enum(MODEL_INTENTS),
  ...figureFields,
  items: z.array(z.strictObject(figureFields)).max(40).nullable(),
});

type RawFigure = z.output<z.ZodObject<typeof figureFields>>;

/** The model's raw reading, once it passed {@link modelReadingSchema}. */
export type RawModelReading = z.output<typeof modelReadingSchema>;

/** A model's reading that survived every check, ready for the conversation core. */
export type ModelReading =
  /** A figure, a correction or a known question, read as the rules would have. */
  | { kind: "intent"; intent: ParsedMessage }
  /** The answer to the open dialog step's question ("sáu nghìn sáu trăm linh tám"). */
  | { kind: "number"; value: number }
  /** An open question ("vì sao…", "cần làm gì…"), optionally about one indicator. */
  | { kind: "question"; code: string | null };

/**
 * Checks the model's answer to "read this message" and turns it into something the
 * conversation can use, or null: a reply that does not validate, names a code the catalog
 * does not have, gives a figure the indicator cannot take, or contradicts the numbers the
 * member wrote with digits is dropped.
 */
export function interpretModelReading(json: unknown, text: string, catalog: Catalog): ModelReading | null {
  const parsed = modelReadingSchema.safeParse(json);
  if (!parsed.success) return null;
  const reading = parsed.data;
  if (reading.intent === "batch") return batchReading(reading.items ?? [], text, catalog);
  const indicator = reading.code === null ? null : findIndicator(catalog, reading.code);
  if (reading.code !== null && !indicator) return null;
  if (!agreesWithDigits([reading], text, indicator ? [indicator] : [])) return null;
  switch (reading.intent) {
    case "update":
    case "correction": {
      if (!indicator) return null;
      const figure = figureOf(indicator, reading);
      return figure ? { kind: "intent", intent: { intent: reading.intent, code: indicator.code, figure } } : null;
    }
    case "number":
      return reading.value === null ? null : { kind: "number", value: reading.value };
    case "query_indicator":
      return indicator ? { kind: "intent", intent: { intent: "query_indicator", code: indicator.code } } : null;
    case "question":
      return { kind: "question", code: indicator?.code ?? null };
    case "unknown":
      return null;
    default:
      return { kind: "intent", intent: { intent: reading.intent } };
  }
}

/**
 * Several figures read from one message: each item must name a code the catalog has and
 * give a figure its indicator can take, no code twice, and together they must agree with
 * the digits the member wrote. At least two items, or the reading is dropped (one figure
 * is an "update").
 */
function batchReading(items: readonly RawFigure[], text: string, catalog: Catalog): ModelReading | null {
  const indicators = items.map((item) => (item.code === null ? null : findIndicator(catalog, item.code)));
  const known = indicators.filter((indicator): indicator is Indicator => indicator !== null);
  if (items.length < 2 || known.length !== items.length) return null;
  if (new Set(known.map((indicator) => indicator.code)).size !== known.length) return null;
  if (!agreesWithDigits(items, text, known)) return null;
  const read: BatchItem[] = [];
  for (const [position, indicator] of known.entries()) {
    const figure = figureOf(indicator, items[position]!);
    if (!figure) return null;
    read.push({ intent: "update", code: indicator.code, figure });
  }
  return { kind: "intent", intent: { intent: "batch", items: read, unread: [] } };
}

function findIndicator(catalog: Catalog, code: string): Indicator | null {
  const wanted = code.trim().toLowerCase();
  return catalog.indicators.find((i) => i.code.toLowerCase() === wanted) ?? null;
}

function figureOf(indicator: Indicator, reading: RawFigure): FigureValue | null {
  const { numerator, denominator, percent, value, yes } = reading;
  switch (indicator.measure.kind) {
    case "ratio":
      if (numerator !== null && denominator !== null) return { kind: "ratio", numerator, denominator };
      return percent === null ? null : { kind: "percent", percent };
    case "count":
      return value === null ? null : { kind: "count", value };
    case "boolean":
      return yes === null ? null : { kind: "boolean", value: yes };
    default:
      return null;
  }
}

/**
 * The member's own digits win: when every number of the reading (of all its figures) could
 * have been written with digits, each must be one of them; and no number the member wrote
 * (other than the indicators' codes) may be left out.
 */
function agreesWithDigits(figures: readonly RawFigure[], text: string, indicators: readonly Indicator[]): boolean {
  const numbers = figures
    .flatMap((figure) => [figure.numerator, figure.denominator, figure.percent, figure.value])
    .filter((n): n is number => n !== null);
  if (numbers.length === 0) return true;
  const groups = digitGroups(text).filter((g) => !indicators.some((indicator) => isCode(g, indicator)));
  const used = (g: DigitGroup) => g.readings.some((r) => numbers.some((n) => same(n, r)));
  if (!groups.every(used)) return false;
  if (groups.length < numbers.length) return true;
  return numbers.every((n) => groups.some((g) => g.readings.some((r) => same(n, r))));
}

function isCode(group: DigitGroup, indicator: Indicator): boolean {
  return group.written.replace(",", ".") === indicator.code;
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9;
}
