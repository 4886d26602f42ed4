/**
 * Folding Vietnamese text for matching.
 *
 * Officials type on phones, often without diacritics ("ho so suc khoe"), with the tone
 * mark on either vowel ("khoẻ" / "khỏe") and with "d" for "đ". Matching therefore compares
 * folded text: no marks, "đ" read as "d", lowercase, single spaces. Folding is for matching
 * only; replies always keep the catalog's own wording with its diacritics.
 */

const COMBINING_MARKS = /\p{M}+/gu;

/**
 * Folds text for matching: NFD, combining marks removed, "đ"/"Đ" → "d", lowercase,
 * whitespace collapsed and trimmed. "Hồ sơ  Sức khoẻ ĐIỆN TỬ" → "ho so suc khoe dien tu".
 */
export function foldVietnamese(text: string): string {
  let folded = "";
  for (let i = 0; i < text.length; i += 1) {
    const unit = FOLDED_UNITS.get(text.charAt(i));
    if (unit === undefined) return collapseSpaces(foldMarks(text));
    folded += unit;
  }
  return collapseSpaces(folded);
}

function foldMarks(text: string): string {
  return text.normalize("NFD").replace(COMBINING_MARKS, "").replace(/[đĐ]/g, "d").toLowerCase();
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

const LATIN_BLOCKS: readonly (readonly [from: number, to: number])[] = [
  [0x0000, 0x0250],
  [0x0300, 0x0370],
  [0x1e00, 0x1f00],
  [0x2000, 0x2070],
];

/**
 * `foldMarks` of each character of the Latin blocks, computed once. Folding text made only
 * of these characters one at a time gives what folding it whole does: decomposition and
 * lowercasing work character by character there (the one lowercasing that depends on its
 * neighbours, Greek final sigma, is outside these blocks), and marks are removed whatever
 * their order. Other text is folded whole.
 */
const FOLDED_UNITS: ReadonlyMap<string, string> = tabulateLatinBlocks(foldMarks);

/**
 * A table of `describe` applied to each character of the blocks Vietnamese text is typed
 * in (ASCII to Latin Extended-B, combining marks, Vietnamese letters, general punctuation),
 * so that text made of them is folded by lookups instead of Unicode normalisation.
 * Exported for the lexer, which folds the same blocks keeping each character's position.
 */
export function tabulateLatinBlocks<T>(describe: (char: string) => T): ReadonlyMap<string, T> {
  return new Map(
    LATIN_BLOCKS.flatMap(([from, to]) =>
      Array.from({ length: to - from }, (_, offset) => {
        const char = String.fromCharCode(from + offset);
        return [char, describe(char)] as const;
      }),
    ),
  );
}
