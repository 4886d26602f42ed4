/**
 * Where a long reply may be cut, from the most natural break to the least: between
 * paragraphs (blank lines), between lines, between words. Each level joins its pieces back
 * with the separator it removed.
 */
const LEVELS: readonly { readonly split: RegExp; readonly join: string }[] = [
  { split: /\n(?:[ \t]*\n)+/, join: "\n\n" },
  { split: /\n/, join: "\n" },
  { split: /[ \t]+/, join: " " },
];

/** Cuts a single over-long word between user-perceived characters (never inside "ế" or an emoji). */
function cutWord(word: string, maxLength: number): string[] {
  const parts: string[] = [];
  let current = "";
  for (const { segment } of new Intl.Segmenter("vi", { granularity: "grapheme" }).segment(word)) {
    if (current !== "" && current.length + segment.length > maxLength) {
      parts.push(current);
      current = "";
    }
    current += segment;
  }
  if (current !== "") parts.push(current);
  return parts;
}

function splitAtLevel(text: string, level: number, maxLength: number): string[] {
  if (text.length <= maxLength) return [text];
  const rule = LEVELS[level];
  if (rule === undefined) return cutWord(text, maxLength);
  const parts: string[] = [];
  let current = "";
  for (const piece of text.split(rule.split)) {
    if (piece.trim() === "") continue;
    const joined = current === "" ? piece : `${current}${rule.join}${piece}`;
    if (joined.length <= maxLength) {
      current = joined;
      continue;
    }
    if (current !== "") parts.push(current);
    if (piece.length <= maxLength) {
      current = piece;
      continue;
    }
    const pieces = splitAtLevel(piece, level + 1, maxLength);
    parts.push(...pieces.slice(0, -1));
    current = pieces.at(-1) ?? "";
  }
  if (current !== "") parts.push(current);
  return parts;
}

/**
 * Splits a reply into messages of at most `maxLength` UTF-16 units (Telegram allows 4096,
 * Zalo about 2000), cutting at blank lines first, then at line ends, then at spaces, and
 * packing as much as fits into each message so the group gets few messages. A word is never
 * cut unless it alone is longer than `maxLength` (a very long link); it is then cut between
 * characters, never inside one. Empty text gives no messages; a `maxLength` below 1 (or
 * NaN) counts as 1.
 *
 * Where a break falls, the spaces or blank lines there are dropped, so no message starts or
 * ends with one.
 */
export function splitLongText(text: string, maxLength: number): string[] {
  const limit = Number.isNaN(maxLength) ? 1 : Math.max(1, Math.floor(maxLength));
  const normalized = text
    .replace(/\r\n?/g, "\n")
    .replace(/^(?:[ \t]*\n)+/, "")
    .trimEnd();
  if (normalized.trim() === "") return [];
  return splitAtLevel(normalized, 0, limit)
    .map((part) => part.trimEnd())
    .filter((part) => part !== "");
}
