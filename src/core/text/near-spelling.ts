/**
 * Tolerating one slip of the thumb in the few non-Vietnamese words officials type
 * ("intenet", "smatphone", "camrea"). Vietnamese syllables are short and close to each
 * other once folded ("thuong" / "truong"), so they are only ever compared exactly.
 */

const SYLLABLE = /^(ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$/;

/** True when a folded word has the shape of a Vietnamese syllable ("nguoi", "khoan"). */
export function looksLikeSyllable(word: string): boolean {
  return SYLLABLE.test(word);
}

/** True when a can be turned into b by at most one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diffs: number[] = [];
    for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) diffs.push(i);
    if (diffs.length === 1) return true;
    const [first, second] = diffs;
    return (
      diffs.length === 2 &&
      first !== undefined &&
      second === first + 1 &&
      a[first] === b[second] &&
      a[second] === b[first]
    );
  }
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < shorter.length && shorter[i] === longer[i]) i += 1;
  return shorter.slice(i) === longer.slice(i + 1);
}

/**
 * True when two folded words count as the same word: equal, or both foreign-looking
 * words of five letters or more within one edit of each other.
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5 || /\d/.test(a) || /\d/.test(b)) return false;
  if (looksLikeSyllable(a) || looksLikeSyllable(b)) return false;
  return withinOneEdit(a, b);
}
