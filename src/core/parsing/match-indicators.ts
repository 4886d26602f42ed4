import { sameWord } from "../text/near-spelling.js";
import type { IndexedPhrase, IndicatorIndex, PhraseSource } from "./indicator-index.js";
import { lexemesOf, type Term } from "./terms.js";

/** The best stretch of a message found in one catalog phrase. */
export interface PhraseHit {
  readonly code: string;
  readonly source: PhraseSource;
  /** Evidence for the indicator: the weight of the matched terms, boosted for whole aliases. */
  readonly score: number;
  /** True when the whole alias was found in the message. */
  readonly whole: boolean;
  /** Message lexemes covered by the match; a fragment never claims a number ("2 bài" in a name is not the figure). */
  readonly lexemes: readonly number[];
}

/** Bonus for finding an alias whole: officials type aliases, not fragments of names. */
const WHOLE_ALIAS_BONUS = 2;
/** Fragments count for less than whole aliases, names and measure wording less than aliases. */
const FRAGMENT_FACTOR: Record<PhraseSource, number> = { alias: 0.7, name: 0.6, measure: 0.55 };
/** A whole alias must carry at least this much weight ("ho so" alone is too common). */
const MIN_WHOLE_WEIGHT = 1.2;
/**
 * A fragment must score at least this, and either hold one telling term or run over three
 * words or more ("hồ sơ trực tuyến" in a set where each word is common): two common words
 * side by side ("thông tin", "người dân") are everyday language, not a reference.
 */
const MIN_FRAGMENT_SCORE = 2.0;
const MIN_TELLING_WEIGHT = 1.6;
const MIN_PLAIN_RUN = 3;

interface Run {
  /** Message term positions matched, in order. */
  readonly matched: readonly number[];
  /** Position in the phrase of the first matched term. */
  readonly phraseStart: number;
}

/** At most this many extra message words inside a phrase: "chuyên mục CĐS trên trang TTĐT". */
const MAX_GAPS = 2;

/** Extra message words inside a run. */
function gapsIn(run: Run): number {
  const first = run.matched[0] ?? 0;
  const last = run.matched[run.matched.length - 1] ?? 0;
  return last - first + 1 - run.matched.length;
}

/**
 * Longest run of phrase terms found in order in the message, consecutive in the phrase
 * and with at most one extra message word between two of them (heaviest on ties).
 */
function longestRun(terms: readonly Term[], phrase: IndexedPhrase, weightOf: (term: string) => number): Run | null {
  let best: Run | null = null;
  let bestWeight = 0;
  // runs[i][j]: the best run whose last match is message term i and phrase term j
  const runs: (Run | null)[][] = terms.map(() => new Array<Run | null>(phrase.terms.length).fill(null));
  for (let i = 0; i < terms.length; i += 1) {
    for (let j = 0; j < phrase.terms.length; j += 1) {
      if (!sameWord(terms[i]?.text ?? "", phrase.terms[j] ?? "")) continue;
      const direct = j > 0 ? (runs[i - 1]?.[j - 1] ?? null) : null;
      const skipping = j > 0 ? (runs[i - 2]?.[j - 1] ?? null) : null;
      let previous: Run | null = direct;
      if (skipping && gapsIn(skipping) < MAX_GAPS && (!direct || skipping.matched.length > direct.matched.length))
        previous = skipping;
      const run: Run = previous
        ? { matched: [...previous.matched, i], phraseStart: previous.phraseStart }
        : { matched: [i], phraseStart: j };
      const row = runs[i];
      if (row) row[j] = run;
      const weight = phrase.terms
        .slice(run.phraseStart, run.phraseStart + run.matched.length)
        .reduce((sum, term) => sum + weightOf(term), 0);
      if (
        !best ||
        run.matched.length > best.matched.length ||
        (run.matched.length === best.matched.length && weight > bestWeight)
      ) {
        best = run;
        bestWeight = weight;
      }
    }
  }
  return best;
}

/** What scoring a phrase needs besides the message: term weights and each indicator's alias words. */
interface Scoring {
  readonly weightOf: (term: string) => number;
  readonly aliasWords: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The hit of one phrase in the message terms, or null when the match is too weak to count. */
function scorePhrase(
  terms: readonly Term[],
  phrase: IndexedPhrase,
  { weightOf, aliasWords }: Scoring,
): PhraseHit | null {
  const run = longestRun(terms, phrase, weightOf);
  if (!run) return null;
  const length = run.matched.length;
  const matched = phrase.terms.slice(run.phraseStart, run.phraseStart + length);
  const weight = matched.reduce((sum, term) => sum + weightOf(term), 0);
  const whole = phrase.source === "alias" && length === phrase.terms.length;
  let score: number;
  if (whole) {
    if (weight < MIN_WHOLE_WEIGHT) return null;
    score = weight + WHOLE_ALIAS_BONUS;
  } else {
    const telling = matched.some((term) => weightOf(term) >= MIN_TELLING_WEIGHT);
    const meaningful = matched.filter((term) => weightOf(term) > 0).length;
    if (meaningful < 2 || (!telling && meaningful < MIN_PLAIN_RUN)) return null;
    const spoken = aliasWords.get(phrase.code);
    if (phrase.source !== "alias" && !matched.some((term) => weightOf(term) > 0 && spoken?.has(term))) return null;
    score = weight * FRAGMENT_FACTOR[phrase.source];
    if (score < MIN_FRAGMENT_SCORE) return null;
  }
  const covered = run.matched
    .map((position) => terms[position])
    .filter((term): term is Term => term !== undefined && (whole || !/^\d/.test(term.text)));
  return { code: phrase.code, source: phrase.source, score, whole, lexemes: [...new Set(covered.flatMap(lexemesOf))] };
}

/** The best hit among phrases, or null. */
function bestOf(terms: readonly Term[], phrases: readonly IndexedPhrase[], scoring: Scoring): PhraseHit | null {
  let best: PhraseHit | null = null;
  for (const phrase of phrases) {
    const hit = scorePhrase(terms, phrase, scoring);
    if (hit && (!best || hit.score > best.score)) best = hit;
  }
  return best;
}

/** How much a second phrase of the same indicator, found on other words of the message, adds. */
const SECONDARY_FACTOR = 0.8;

/**
 * Scores every indicator of the index against the message terms and returns those with
 * enough evidence, best first. Each indicator appears once, with its best phrase,
 * strengthened by its best phrase on the remaining words: "hộ gia đình có điện thoại
 * thông minh" matches the household indicator on "hộ gia đình" as well as on "điện
 * thoại thông minh", which tells it apart from the adults' smartphone indicator.
 * A fragment of an official name only counts when it shares a word with the indicator's
 * aliases: names are full of everyday verbs ("thực hiện", "xây dựng") that officials use
 * about anything, while aliases hold the words they use for this indicator.
 */
export function matchIndicators(terms: readonly Term[], index: IndicatorIndex): PhraseHit[] {
  const aliasWords = new Map<string, Set<string>>();
  const phrasesOf = new Map<string, IndexedPhrase[]>();
  for (const phrase of index.phrases) {
    phrasesOf.set(phrase.code, [...(phrasesOf.get(phrase.code) ?? []), phrase]);
    if (phrase.source !== "alias") continue;
    const words = aliasWords.get(phrase.code) ?? new Set<string>();
    for (const term of phrase.terms) words.add(term);
    aliasWords.set(phrase.code, words);
  }
  const scoring: Scoring = { weightOf: (term) => index.weights.get(term) ?? 0, aliasWords };
  const hits: PhraseHit[] = [];
  for (const [, phrases] of phrasesOf) {
    const best = bestOf(terms, phrases, scoring);
    if (!best) continue;
    const taken = new Set(best.lexemes);
    const second = bestOf(
      terms.filter((term) => !lexemesOf(term).some((lexeme) => taken.has(lexeme))),
      phrases,
      scoring,
    );
    hits.push(
      second
        ? {
            ...best,
            score: best.score + SECONDARY_FACTOR * second.score,
            lexemes: [...best.lexemes, ...second.lexemes],
          }
        : best,
    );
  }
  return hits
    .map((hit) =>
      hit.whole && hits.some((other) => covers(other, hit)) ? { ...hit, score: hit.score - WHOLE_ALIAS_BONUS } : hit,
    )
    .sort((a, b) => b.score - a.score);
}

/** True when `wider` was read from every word of `narrower` and more. */
function covers(wider: PhraseHit, narrower: PhraseHit): boolean {
  return (
    wider.code !== narrower.code &&
    wider.lexemes.length > narrower.lexemes.length &&
    narrower.lexemes.every((lexeme) => wider.lexemes.includes(lexeme))
  );
}

/** Candidates this close to the best score are offered together instead of guessing. */
const AMBIGUITY_MARGIN = 0.75;

/** The hits too close to the best one to tell apart (the best included), best first. */
export function closeHits(hits: readonly PhraseHit[]): PhraseHit[] {
  const [top] = hits;
  if (!top) return [];
  return hits.filter((hit) => hit.score >= top.score - AMBIGUITY_MARGIN);
}
