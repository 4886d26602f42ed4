/**
 * Small counts written as words ("họp hai cuộc", "một bài"), folded. Only one to ten:
 * larger counts are always typed as digits. "năm" (five) is also "year", so callers only
 * read these words in front of a counted noun or as a whole reply. Words that are more
 * often something else once folded ("tư"/"từ", "sáu"/"sau", "không") are left out.
 */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    mot: 1,
    hai: 2,
    ba: 3,
    bon: 4,
    nam: 5,
    bay: 7,
    tam: 8,
    chin: 9,
    muoi: 10,
  }),
);

/** The count a folded number word stands for ("ba" → 3), or null. */
export function numberWord(word: string): number | null {
  return NUMBER_WORDS.get(word) ?? null;
}
