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
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
