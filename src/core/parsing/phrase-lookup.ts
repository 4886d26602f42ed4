import { looksLikeSyllable } from "../text/near-spelling.js";

/** Where a catalog phrase comes from: an alias officials type, the official name, or the measure's wording. */
export type PhraseSource = "alias" | "name" | "measure";

/** One phrase of one indicator, as terms. */
export interface IndexedPhrase {
  readonly code: string;
  readonly source: PhraseSource;
  readonly terms: readonly string[];
}

/**
 * What matching a message against a catalog's phrases needs, built once per catalog: each
 * phrase word as a number, an inverted index from every telling word (weight above 0) to
 * the phrases holding it, the foreign-looking words a slip of the thumb may reach, each
 * indicator's phrases in catalog order, the words of its aliases and of all its phrases. With it a message is
 * scored only against the phrases that could score: those with two telling words found in
 * the message, or an alias whose every telling word is found (see `matchIndicators`).
 */
export interface PhraseLookup {
  /** Every phrase word and its number. */
  readonly wordIds: ReadonlyMap<string, number>;
  /** Words that `sameWord` may match with one edit: five letters or more, no digit, not a Vietnamese syllable. */
  readonly foreignWords: readonly { readonly word: string; readonly id: number }[];
  /** Per phrase (in index order), its words as numbers and their weights. */
  readonly phraseWordIds: readonly Int32Array[];
  readonly phraseWeights: readonly Float64Array[];
  /** Per word number, the phrases where it is a telling word, once per place it holds there. */
  readonly phrasesTelling: readonly (readonly number[])[];
  /** Per phrase, how many of its words are telling. */
  readonly tellingCount: Int32Array;
  /** Indicator codes in the order their first phrase appears, and each one's phrases in order. */
  readonly codes: readonly string[];
  readonly phrasesOfCode: readonly (readonly number[])[];
  /** Per phrase, the position of its code in `codes`. */
  readonly codeOfPhrase: Int32Array;
  /** Per indicator code, the words of its aliases. */
  readonly aliasWords: ReadonlyMap<string, ReadonlySet<string>>;
  /** Per indicator code, the words of all its phrases (see `relatedWords`). */
  readonly phraseWords: ReadonlyMap<string, ReadonlySet<string>>;
}

function foreignLooking(word: string): boolean {
  return word.length >= 5 && !/\d/.test(word) && !looksLikeSyllable(word);
}

/** Builds the lookup of a catalog's phrases with the index's term weights. */
export function buildPhraseLookup(
  phrases: readonly IndexedPhrase[],
  weights: ReadonlyMap<string, number>,
): PhraseLookup {
  const wordIds = new Map<string, number>();
  const idOf = (word: string): number => {
    let id = wordIds.get(word);
    if (id === undefined) {
      id = wordIds.size;
      wordIds.set(word, id);
    }
    return id;
  };
  const phraseWordIds = phrases.map((phrase) => Int32Array.from(phrase.terms, idOf));
  const phraseWeights = phrases.map((phrase) => Float64Array.from(phrase.terms, (term) => weights.get(term) ?? 0));
  const phrasesTelling: number[][] = Array.from({ length: wordIds.size }, () => []);
  const tellingCount = new Int32Array(phrases.length);
  phraseWordIds.forEach((ids, p) => {
    ids.forEach((id, j) => {
      if ((phraseWeights[p]?.[j] ?? 0) <= 0) return;
      phrasesTelling[id]?.push(p);
      tellingCount[p] = (tellingCount[p] ?? 0) + 1;
    });
  });
  const codes: string[] = [];
  const codeIndex = new Map<string, number>();
  const phrasesOfCode: number[][] = [];
  const codeOfPhrase = new Int32Array(phrases.length);
  const aliasWords = new Map<string, Set<string>>();
  const phraseWords = new Map<string, Set<string>>();
  phrases.forEach((phrase, p) => {
    let c = codeIndex.get(phrase.code);
    if (c === undefined) {
      c = codes.length;
      codes.push(phrase.code);
      codeIndex.set(phrase.code, c);
      phrasesOfCode.push([]);
    }
    phrasesOfCode[c]?.push(p);
    codeOfPhrase[p] = c;
    const said = phraseWords.get(phrase.code) ?? new Set<string>();
    for (const term of phrase.terms) said.add(term);
    phraseWords.set(phrase.code, said);
    if (phrase.source !== "alias") return;
    const words = aliasWords.get(phrase.code) ?? new Set<string>();
    for (const term of phrase.terms) words.add(term);
    aliasWords.set(phrase.code, words);
  });
  const foreignWords = [...wordIds].filter(([word]) => foreignLooking(word)).map(([word, id]) => ({ word, id }));
  return {
    wordIds,
    foreignWords,
    phraseWordIds,
    phraseWeights,
    phrasesTelling,
    tellingCount,
    codes,
    phrasesOfCode,
    codeOfPhrase,
    aliasWords,
    phraseWords,
  };
}

/** The phrase words a message word counts as (`sameWord`): itself, and near spellings of foreign words. */
export interface WordMatches {
  /** The word's own number, or -1 when no phrase holds it. */
  readonly exact: number;
  /** Numbers of other phrase words within one edit; empty for most words. */
  readonly near: readonly number[];
}

const NONE: readonly number[] = [];

/** How one message word matches the catalog's phrase words, exactly as `sameWord` would. */
export function wordMatches(lookup: PhraseLookup, word: string): WordMatches {
  const exact = lookup.wordIds.get(word) ?? -1;
  if (!foreignLooking(word)) return { exact, near: NONE };
  let near: number[] | null = null;
  for (const candidate of lookup.foreignWords) {
    if (candidate.id === exact || Math.abs(candidate.word.length - word.length) > 1) continue;
    if (!withinOneEditOf(word, candidate.word)) continue;
    near ??= [];
    near.push(candidate.id);
  }
  return { exact, near: near ?? NONE };
}

/** `withinOneEdit` without allocating: one insertion, deletion, substitution or swap of neighbours. */
function withinOneEditOf(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === b.length) {
    let first = -1;
    let second = -1;
    for (let i = 0; i < a.length; i += 1) {
      if (a[i] === b[i]) continue;
      if (first < 0) first = i;
      else if (second < 0) second = i;
      else return false;
    }
    if (second < 0) return first >= 0;
    return second === first + 1 && a[first] === b[second] && a[second] === b[first];
  }
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < shorter.length && shorter[i] === longer[i]) i += 1;
  for (let k = i; k < shorter.length; k += 1) if (shorter[k] !== longer[k + 1]) return false;
  return true;
}
