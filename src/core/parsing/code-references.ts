import type { Catalog } from "../catalog/catalog-schema.js";
import type { Lexeme } from "../text/lex.js";
import { CODE_SHAPE, type CodeResolution, resolveCode } from "./resolve-code.js";

/** An indicator code written in a message, with what it resolves to. */
export interface CodeReference {
  /** The code as typed, folded ("3.2", "i.3"). */
  readonly text: string;
  readonly resolution: CodeResolution;
  /** The code's lexeme and any prefix words ("chỉ tiêu", "tc") in front of it. */
  readonly lexemes: readonly number[];
  /** True when a prefix word announced it as a code. */
  readonly prefixed: boolean;
}

/** Words in front of a number that make it a figure, not a code ("đạt 3.2", "tăng 1.5"). */
const FIGURE_LEAD = new Set([
  "dat",
  "la",
  "duoc",
  "tren",
  "tong",
  "khoang",
  "tang",
  "giam",
  "gap",
  "hon",
  "con",
  "len",
  "xuong",
  "chiem",
  "bang",
  "voi",
]);
/** Units after a number that make it a quantity, not a code ("1.5 lần", "2.5 triệu"). */
const QUANTITY_UNIT = new Set([
  "lan",
  "trieu",
  "ty",
  "ti",
  "dong",
  "nghin",
  "ngan",
  "k",
  "tr",
  "km",
  "m",
  "kg",
  "gio",
  "phut",
  "ngay",
  "thang",
  "nam",
  "tuoi",
  "diem",
  "ha",
  "tan",
  "lit",
  "phan",
]);

/** Words after "giờ" that make it the adverb "now" rather than hours: "3.2 giờ là 6.700/8.315". */
const AFTER_NOW = new Set(["la", "dat", "duoc", "thi", "co", "len", "con"]);

/** The word at `index`, or "" when the lexeme there is not a word. */
function wordAt(lexemes: readonly Lexeme[], index: number): string {
  const lexeme = lexemes[index];
  return lexeme?.kind === "word" ? lexeme.text : "";
}

/** Number of lexemes of a code prefix ending just before `index` ("chi tieu", "tc", "chi tieu so"), or 0. */
function prefixLength(lexemes: readonly Lexeme[], index: number): number {
  const withNumberWord = wordAt(lexemes, index - 1) === "so" ? 1 : 0;
  const last = wordAt(lexemes, index - 1 - withNumberWord);
  const beforeLast = wordAt(lexemes, index - 2 - withNumberWord);
  if (
    (last === "tieu" && beforeLast === "chi") ||
    (last === "chi" && beforeLast === "tieu") ||
    (last === "so" && beforeLast === "chi")
  ) {
    return 2 + withNumberWord;
  }
  if (["tc", "ct", "muc", "chitieu", "tieuchi"].includes(last)) return 1 + withNumberWord;
  return 0;
}

/** Words between a code and its figure: "3,4 đạt 70,5%", "3,2 là 6.608/8.315". */
const CODE_TO_FIGURE = new Set(["dat", "la", "duoc"]);

/**
 * "3,2" typed for the code 3.2 on a phone keyboard: only where it opens the message and a
 * figure follows ("3,2: 6.608/8.315", "3,2 80%", "3,4 đạt 70,5%"), since elsewhere "3,2"
 * is a decimal.
 */
function codeWrittenWithComma(lexemes: readonly Lexeme[], index: number): string | null {
  const lexeme = lexemes[index];
  if (index !== 0 || lexeme?.kind !== "number" || !/^\d{1,2},\d{1,2}$/.test(lexeme.text)) return null;
  return figureFollows(lexemes, index + 1) ? lexeme.text.replace(",", ".") : null;
}

/**
 * "II,1: 80%", "VIII,1,1 6500/9800": a roman code typed with commas, read under the same
 * conditions as "3,2" (opening the message, written without spaces, a figure after it).
 * Its text and the three lexemes it spans ("ii", ",", "1,1"), or null.
 */
function romanCodeWrittenWithComma(
  lexemes: readonly Lexeme[],
  index: number,
): { text: string; lexemes: number[] } | null {
  const [group, comma, item] = [lexemes[index], lexemes[index + 1], lexemes[index + 2]];
  if (index !== 0 || group?.kind !== "word" || !/^[ivx]{1,4}$/.test(group.text)) return null;
  if (comma?.kind !== "symbol" || comma.text !== "," || comma.spaced) return null;
  if (item?.kind !== "number" || item.spaced || !/^\d{1,2}(?:,\d{1,2})?$/.test(item.text)) return null;
  if (!figureFollows(lexemes, index + 3)) return null;
  return { text: `${group.text}.${item.text.replace(",", ".")}`, lexemes: [index, index + 1, index + 2] };
}

/** A figure right at `at`, or after ":", "-" or "đạt"/"là"/"được". */
function figureFollows(lexemes: readonly Lexeme[], at: number): boolean {
  const next = lexemes[at];
  const separated = next?.kind === "symbol" && (next.text === ":" || next.text === "-");
  const led = next?.kind === "word" && CODE_TO_FIGURE.has(next.text);
  const figure = separated || led ? lexemes[at + 1] : next;
  return figure?.kind === "number";
}

/**
 * Finds the indicator codes in a message. Codes that cannot be numbers ("I.3", "1.3a")
 * always count; a number such as "3.2" counts as a code only where a code is written:
 * after a prefix word, or not tied to a figure (not "3.2%", not "đạt 3.2", not a side of
 * "a/b", not "1.5 lần") and known to the catalog. An unknown code still counts when a
 * prefix announces it or it opens the message followed by ":" ("5.1: 80%"), so the bot
 * can say it does not know that code instead of ignoring the figure's indicator. A roman
 * group glued to its item ("I3", "V8") is read as "I.3" when the catalog has that code.
 */
export function findCodeReferences(lexemes: readonly Lexeme[], catalog: Catalog): CodeReference[] {
  const references: CodeReference[] = [];
  lexemes.forEach((lexeme, index) => {
    const item = lexemes[index + 1];
    if (
      lexeme.kind === "word" &&
      /^[ivx]{1,4}$/.test(lexeme.text) &&
      item?.kind === "number" &&
      !item.spaced &&
      /^\d{1,2}$/.test(item.text)
    ) {
      const text = `${lexeme.text}.${item.text}`;
      const resolution = resolveCode(text, catalog);
      if (resolution.kind !== "none")
        references.push({ text, resolution, lexemes: [index, index + 1], prefixed: false });
      return;
    }
    const romanComma = romanCodeWrittenWithComma(lexemes, index);
    if (romanComma) {
      const resolution = resolveCode(romanComma.text, catalog);
      if (resolution.kind !== "none") {
        references.push({ text: romanComma.text, resolution, lexemes: romanComma.lexemes, prefixed: false });
        return;
      }
    }
    const commaCode = codeWrittenWithComma(lexemes, index);
    if (commaCode) {
      const resolution = resolveCode(commaCode, catalog);
      if (resolution.kind !== "none")
        references.push({ text: commaCode, resolution, lexemes: [index], prefixed: false });
      return;
    }
    if (
      lexeme.kind !== "code" &&
      !(lexeme.kind === "number" && /^[\d.]+$/.test(lexeme.text) && CODE_SHAPE.test(lexeme.text))
    )
      return;
    const prefix = prefixLength(lexemes, index);
    const previous = lexemes[index - 1];
    const next = lexemes[index + 1];
    const resolution = resolveCode(lexeme.text, catalog);
    const lexemeIndexes = Array.from({ length: prefix + 1 }, (_, offset) => index - prefix + offset);
    if (lexeme.kind === "code" || prefix > 0) {
      references.push({ text: lexeme.text, resolution, lexemes: lexemeIndexes, prefixed: prefix > 0 });
      return;
    }
    const tiedToFigure =
      (next?.kind === "symbol" && (next.text === "%" || next.text === "/")) ||
      (next?.kind === "word" &&
        QUANTITY_UNIT.has(next.text) &&
        !(["ti", "ty"].includes(next.text) && lexemes[index + 2]?.text === "le") &&
        !(next.text === "gio" && AFTER_NOW.has(lexemes[index + 2]?.text ?? ""))) ||
      (previous?.kind === "symbol" && (previous.text === "/" || previous.text === "=")) ||
      (previous?.kind === "word" && FIGURE_LEAD.has(previous.text));
    if (tiedToFigure) return;
    const opensWithColon = index === 0 && next?.kind === "symbol" && (next.text === ":" || next.text === "-");
    if (resolution.kind !== "none" || opensWithColon)
      references.push({ text: lexeme.text, resolution, lexemes: lexemeIndexes, prefixed: false });
  });
  return references;
}
