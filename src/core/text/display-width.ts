/**
 * Text laid out in the columns of a monospace terminal.
 *
 * `String.length` counts UTF-16 units, not columns: "ế" typed on some keyboards is "e" plus
 * two combining marks (three units, one column), a Chinese character or an emoji takes two
 * columns. Padding and wrapping by `length` would push a code column out of line as soon as
 * a catalog imported from such a file is shown, so both go by user-perceived characters.
 */

const graphemes = new Intl.Segmenter("vi", { granularity: "grapheme" });

/** Code points a terminal draws two columns wide: CJK, Hangul, fullwidth forms, emoji. */
const WIDE =
  /^[\u{1100}-\u{115F}\u{2E80}-\u{303E}\u{3041}-\u{33FF}\u{3400}-\u{4DBF}\u{4E00}-\u{9FFF}\u{A000}-\u{A4CF}\u{AC00}-\u{D7A3}\u{F900}-\u{FAFF}\u{FE30}-\u{FE4F}\u{FF00}-\u{FF60}\u{FFE0}-\u{FFE6}\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{1FA70}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;

/** Characters that take no column: controls and invisible format marks. */
const INVISIBLE = /^[\p{Cc}\p{Cf}]+$/u;

/** Columns one user-perceived character takes. */
function clusterWidth(cluster: string): number {
  if (INVISIBLE.test(cluster)) return 0;
  return WIDE.test(cluster) ? 2 : 1;
}

/** Columns `text` takes in a monospace terminal: "VIII.1.1" 8, "Hạn" 3 in NFC or NFD. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const { segment } of graphemes.segment(text)) width += clusterWidth(segment);
  return width;
}

/** `text` followed by spaces up to `width` columns (unchanged when already as wide). */
export function padToWidth(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

/** A token of signs only ("×", "/", "—"): it opens the next line with its word, never ends one. */
const SIGNS_ONLY = /^[\p{S}\p{Pd}/]+$/u;

/** Words to place, a lone sign glued to the word after it: "× 100%", "/ Tổng số". */
function unitsOfText(text: string): string[] {
  const units: string[] = [];
  let pending = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (SIGNS_ONLY.test(word)) pending = pending ? `${pending} ${word}` : word;
    else {
      units.push(pending ? `${pending} ${word}` : word);
      pending = "";
    }
  }
  if (pending) units.push(pending);
  return units;
}

/**
 * Breaks `text` into lines of at most `width` columns, between words; a formula's "×" or "/"
 * stays with the number or word after it. A word wider than a line (a long link) keeps a
 * line of its own rather than being cut.
 */
export function wrapToWidth(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of unitsOfText(text)) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (line !== "" && displayWidth(candidate) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines;
}
