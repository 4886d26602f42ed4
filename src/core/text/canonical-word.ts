/**
 * Spelling variants that folding alone does not merge.
 *
 * Vietnamese writes the same syllable-final vowel as "y" or "i" after many consonants
 * ("tỷ lệ" / "tỉ lệ", "kỹ năng" / "kĩ năng", "quý" / "quí", "quản lý" / "quản lí"), and
 * the catalogs themselves mix both. Matching maps each folded word to one spelling.
 */

const Y_AFTER_CONSONANT = /^(b|ch|d|h|k|kh|l|m|n|nh|ph|qu|s|t|th|tr|v|x)y$/;

/** The canonical spelling of one folded word: final "y" after a consonant becomes "i". */
export function canonicalWord(word: string): string {
  return word.endsWith("y") && Y_AFTER_CONSONANT.test(word) ? `${word.slice(0, -1)}i` : word;
}
