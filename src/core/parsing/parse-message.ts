import type { Catalog } from "../catalog/catalog-schema.js";
import { foldVietnamese } from "../text/fold-vietnamese.js";
import { lex } from "../text/lex.js";
import { typedText } from "../text/typed-text.js";
import { findCodeReferences } from "./code-references.js";
import { commandIntent } from "./command-intent.js";
import { type Command, readCommand } from "./commands.js";
import { maskCuedDates } from "./context-dates.js";
import { asksToCancel, asksToUndo } from "./dialog-cues.js";
import { type IndicatorIndex, indexCatalog } from "./indicator-index.js";
import { analyseMessage } from "./message-analysis.js";
import type { ParsedMessage } from "./parsed-message.js";
import { readBatch } from "./read-batch.js";
import { readBatchLines } from "./read-batch-lines.js";
import { correctsFigure } from "./report-cues.js";
import { readReportRequest } from "./report-request.js";
import { readRequestIntent } from "./request-intent.js";
import { termsOutside } from "./resolve-indicator.js";
import { joinTerms, toTerms } from "./terms.js";
import { readUpdateIntent } from "./update-intent.js";

/** Question particles that folding would confuse with others ("à" asks, "ạ" is polite: both fold to "a"). */
const QUESTION_TAIL = /(?:^|[\s,])(?:à|hả|hở|nhỉ|chứ|hử)\s*[.!]*$/iu;

/** Committee commands written as words with a mention: "phân công 3.2 cho @Lan", "duyệt @Lan". */
const WORDED_COMMANDS: readonly (readonly [RegExp, string])[] = [
  [/^phan cong\b/, "phancong"],
  [/^(phe )?duyet\b/, "duyet"],
  [/^xoa (thanh vien|ten)\b/, "xoathanhvien"],
];

/**
 * Reads one chat message against a catalog (or its prebuilt index, see `indexCatalog`)
 * and returns what it asks for.
 *
 * The rules, in order: commands; several figures one per line (or separated by ";");
 * undo and cancel; several codes with a figure each; a
 * figure for an indicator (which needs both an indicator reference and a figure its
 * measure can take, so chatter with dates, times, document numbers, money or greetings
 * never becomes an update); then questions and requests (see `readRequestIntent`).
 */
export function parseMessage(text: string, catalog: Catalog | IndicatorIndex): ParsedMessage {
  const index = "phrases" in catalog ? catalog : indexCatalog(catalog);
  const raw = typedText(text);
  if (raw === "") return { intent: "unknown" };
  const command = readCommand(raw);
  if (command) return commandIntent(command, index, (args) => parseText(args, index));
  const worded = raw.includes("@") ? readWordedCommand(raw) : null;
  if (worded) return commandIntent(worded, index, (args) => parseText(args, index));
  const report = readReportRequest(raw);
  if (report) return report;
  return parseText(raw, index);
}

/** "phân công 3.2 cho @Lan" read as the command "/phancong 3.2 cho @Lan". */
function readWordedCommand(raw: string): Command | null {
  const folded = foldVietnamese(raw);
  for (const [pattern, name] of WORDED_COMMANDS) {
    const match = pattern.exec(folded);
    if (match) return { name, bot: null, args: raw.split(/\s+/).slice(match[0].split(" ").length).join(" ") };
  }
  return null;
}

function parseText(raw: string, index: IndicatorIndex): ParsedMessage {
  const pasted = readBatchLines(raw, (line) => parseText(line, index));
  if (pasted) return pasted;
  const lexemes = maskCuedDates(lex(QUESTION_TAIL.test(raw) ? `${raw} ?` : raw));
  const terms = toTerms(lexemes);
  if (terms.length === 0) return { intent: "unknown" };
  const text = joinTerms(terms);
  if (asksToUndo(text)) return { intent: "undo" };
  if (asksToCancel(terms.map((term) => term.text))) return { intent: "cancel" };

  const codes = findCodeReferences(lexemes, index.catalog);
  const numeral = lexemes.find((lexeme) => lexeme.mask === "numeral");
  if (numeral) return { intent: "unreadable_number", written: numeral.typed, forIndicator: codes.length > 0 };
  const outsideCodes = termsOutside(lexemes, codes);
  const batch = readBatch(codes, lexemes, raw, index, correctsFigure(joinTerms(outsideCodes)));
  if (batch) return batch;

  const message = analyseMessage(raw, lexemes, codes, index, terms, outsideCodes);
  return readUpdateIntent(message) ?? readRequestIntent(message, index);
}
