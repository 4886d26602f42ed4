import type { Lexeme } from "../text/lex.js";
import type { CodeReference } from "./code-references.js";
import { type FigureIntent, figureIntent, readFigureFor } from "./figure-reading.js";
import type { IndicatorIndex } from "./indicator-index.js";
import type { BatchIntent } from "./parsed-message.js";
import { referIndicator } from "./resolve-indicator.js";

/**
 * Several codes each followed by a figure ("3.2: 6.608/8.315\n3.4: 70%", "3.2: …; 4.6:
 * có"): one item per code, each read only from its own stretch of the message. Null when
 * fewer than two codes carry a figure, so the message is read as a whole.
 */
export function readBatch(
  codes: readonly CodeReference[],
  lexemes: readonly Lexeme[],
  raw: string,
  index: IndicatorIndex,
  correcting: boolean,
): BatchIntent | null {
  if (new Set(codes.map((reference) => reference.text)).size < 2) return null;
  const starts = codes.map((reference) => Math.min(...reference.lexemes));
  const items: FigureIntent[] = [];
  codes.forEach((reference, position) => {
    const start = starts[position] ?? 0;
    const end = starts[position + 1] ?? lexemes.length;
    const segment = lexemes.map(
      (lexeme, i): Lexeme => (i >= start && i < end ? lexeme : { ...lexeme, kind: "symbol", text: "|" }),
    );
    const reading = readFigureFor(referIndicator(segment, index, [reference]), segment, raw, index);
    const intent = reading.figure ? figureIntent(reading.reference, reading.figure, correcting) : null;
    if (intent) items.push(intent);
  });
  return items.length >= 2 ? { intent: "batch", items, unread: [] } : null;
}
