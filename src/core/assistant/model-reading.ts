import { z } from "zod";
import type { Catalog, Indicator } from "../catalog/catalog-schema.js";
import type { FigureValue } from "../evaluation/figure-value.js";
import type { ParsedMessage } from "../parsing/parsed-message.js";
import { type DigitGroup, digitGroups } from "./numbers-in-text.js";

const count = z.number().nonnegative().nullable();

/**
 * What the model must answer when asked to read a message (`prompts/doc-tin-nhan.md`).
 * Every field is present (null when it does not apply), so the same shape works as a
 * strict JSON schema and in JSON mode.
 */
export const modelReadingSchema = z.strictObject({
  intent: z.enum([
    "update",
    "correction",
    "number",
    "query_unmet",
    "query_progress",
    "query_missing",
    "query_deadlines",
    "query_indicator",
    "question",
    "help",
    "unknown",
  ]),
  code: z.string().nullable(),
  numerator: count,
  denominator: z.number().positive().nullable(),
  percent: count,
  value: count,
  yes: z.boolean().nullable(),
});

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
  const indicator = reading.code === null ? null : findIndicator(catalog, reading.code);
  if (reading.code !== null && !indicator) return null;
  if (!agreesWithDigits(reading, text, indicator)) return null;
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

function findIndicator(catalog: Catalog, code: string): Indicator | null {
  const wanted = code.trim().toLowerCase();
  return catalog.indicators.find((i) => i.code.toLowerCase() === wanted) ?? null;
}

function figureOf(indicator: Indicator, reading: RawModelReading): FigureValue | null {
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
 * The member's own digits win: when every number of the reading could have been written
 * with digits, each must be one of them; and no number the member wrote (other than the
 * indicator's code) may be left out.
 */
function agreesWithDigits(reading: RawModelReading, text: string, indicator: Indicator | null): boolean {
  const numbers = [reading.numerator, reading.denominator, reading.percent, reading.value].filter(
    (n): n is number => n !== null,
  );
  if (numbers.length === 0) return true;
  const groups = digitGroups(text).filter((g) => !isCode(g, indicator));
  const used = (g: DigitGroup) => g.readings.some((r) => numbers.some((n) => same(n, r)));
  if (!groups.every(used)) return false;
  if (groups.length < numbers.length) return true;
  return numbers.every((n) => groups.some((g) => g.readings.some((r) => same(n, r))));
}

function isCode(group: DigitGroup, indicator: Indicator | null): boolean {
  return indicator !== null && group.written.replace(",", ".") === indicator.code;
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9;
}
