import type { IndicatorIndex, PhraseSource } from "./indicator-index.js";
import { type WordMatches, wordMatches } from "./phrase-lookup.js";
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

/** At most this many extra message words inside a phrase: "chuyên mục CĐS trên trang TTĐT". */
const MAX_GAPS = 2;

/** A message's terms with how each matches the catalog's phrase words. */
interface MessageWords {
  readonly terms: readonly Term[];
  readonly matches: readonly WordMatches[];
}

/** True when message term `i` is the same word as phrase word `id` (`sameWord`). */
function sameAs(words: MessageWords, i: number, id: number): boolean {
  const match = words.matches[i];
  return match !== undefined && (match.exact === id || (match.near.length > 0 && match.near.includes(id)));
}

/**
 * Tables for `longestRun`, allocated once per message and reused for every phrase: for
 * the best run ending at message term i and phrase term j, its length, where it starts
 * in the phrase, its first message term and the message term matched before i.
 */
class RunTables {
  length = new Int32Array(0);
  start = new Int32Array(0);
  first = new Int32Array(0);
  previous = new Int32Array(0);
  /** A cell holds a run of the current phrase only when its stamp is `generation`. */
  stamp = new Int32Array(0);
  generation = 0;

  reset(cells: number): void {
    this.generation += 1;
    if (this.length.length >= cells) return;
    this.length = new Int32Array(cells);
    this.start = new Int32Array(cells);
    this.first = new Int32Array(cells);
    this.previous = new Int32Array(cells);
    this.stamp = new Int32Array(cells);
  }
}

/** The best run of a phrase: message term positions matched, in order, and where it starts in the phrase. */
interface Run {
  readonly matched: readonly number[];
  readonly phraseStart: number;
}

/** The summed weight of `length` phrase terms from `start`, added in order. */
function weightOf(weights: Float64Array, start: number, length: number): number {
  let sum = 0;
  for (let k = start; k < start + length; k += 1) sum += weights[k] ?? 0;
  return sum;
}

/**
 * Longest run of phrase terms found in order in the message, consecutive in the phrase
 * and with at most one extra message word between two of them (heaviest on ties).
 */
function longestRun(words: MessageWords, ids: Int32Array, weights: Float64Array, tables: RunTables): Run | null {
  const n = words.terms.length;
  const m = ids.length;
  tables.reset(n * m);
  const { length, start, first, previous, stamp, generation } = tables;
  let best = -1;
  let bestLength = 0;
  let bestWeight = 0;
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < m; j += 1) {
      if (!sameAs(words, i, ids[j] ?? -1)) continue;
      const direct = j > 0 && i > 0 && stamp[(i - 1) * m + j - 1] === generation ? (i - 1) * m + j - 1 : -1;
      const skipping = j > 0 && i > 1 && stamp[(i - 2) * m + j - 1] === generation ? (i - 2) * m + j - 1 : -1;
      let from = direct;
      if (skipping >= 0) {
        const skipLength = length[skipping] ?? 0;
        const gaps = i - 2 - (first[skipping] ?? 0) + 1 - skipLength;
        if (gaps < MAX_GAPS && (direct < 0 || skipLength > (length[direct] ?? 0))) from = skipping;
      }
      const cell = i * m + j;
      stamp[cell] = generation;
      if (from >= 0) {
        length[cell] = (length[from] ?? 0) + 1;
        start[cell] = start[from] ?? 0;
        first[cell] = first[from] ?? 0;
        previous[cell] = from;
      } else {
        length[cell] = 1;
        start[cell] = j;
        first[cell] = i;
        previous[cell] = -1;
      }
      const runLength = length[cell] ?? 0;
      const weight = weightOf(weights, start[cell] ?? 0, runLength);
      if (best < 0 || runLength > bestLength || (runLength === bestLength && weight > bestWeight)) {
        best = cell;
        bestLength = runLength;
        bestWeight = weight;
      }
    }
  }
  if (best < 0) return null;
  const matched = new Array<number>(bestLength);
  for (let cell = best, k = bestLength - 1; cell >= 0 && k >= 0; cell = previous[cell] ?? -1, k -= 1)
    matched[k] = Math.floor(cell / m);
  return { matched, phraseStart: start[best] ?? 0 };
}

/** What scoring a phrase needs besides the message. */
interface Scoring {
  readonly index: IndicatorIndex;
  readonly tables: RunTables;
}

/** The hit of one phrase in the message terms, or null when the match is too weak to count. */
function scorePhrase(words: MessageWords, p: number, { index, tables }: Scoring): PhraseHit | null {
  const { lookup } = index;
  const phrase = index.phrases[p];
  const ids = lookup.phraseWordIds[p];
  const weights = lookup.phraseWeights[p];
  if (!phrase || !ids || !weights) return null;
  const run = longestRun(words, ids, weights, tables);
  if (!run) return null;
  const length = run.matched.length;
  const from = run.phraseStart;
  const weight = weightOf(weights, from, length);
  const whole = phrase.source === "alias" && length === phrase.terms.length;
  let score: number;
  if (whole) {
    if (weight < MIN_WHOLE_WEIGHT) return null;
    score = weight + WHOLE_ALIAS_BONUS;
  } else {
    let telling = false;
    let meaningful = 0;
    for (let k = from; k < from + length; k += 1) {
      const termWeight = weights[k] ?? 0;
      if (termWeight >= MIN_TELLING_WEIGHT) telling = true;
      if (termWeight > 0) meaningful += 1;
    }
    if (meaningful < 2 || (!telling && meaningful < MIN_PLAIN_RUN)) return null;
    if (phrase.source !== "alias") {
      const spoken = lookup.aliasWords.get(phrase.code);
      let shared = false;
      for (let k = from; k < from + length && !shared; k += 1)
        shared = (weights[k] ?? 0) > 0 && spoken?.has(phrase.terms[k] ?? "") === true;
      if (!shared) return null;
    }
    score = weight * FRAGMENT_FACTOR[phrase.source];
    if (score < MIN_FRAGMENT_SCORE) return null;
  }
  const covered = run.matched
    .map((position) => words.terms[position])
    .filter((term): term is Term => term !== undefined && (whole || !/^\d/.test(term.text)));
  return { code: phrase.code, source: phrase.source, score, whole, lexemes: [...new Set(covered.flatMap(lexemesOf))] };
}

/** The best hit among phrases, or null. */
function bestOf(words: MessageWords, phrases: readonly number[], scoring: Scoring): PhraseHit | null {
  let best: PhraseHit | null = null;
  for (const p of phrases) {
    const hit = scorePhrase(words, p, scoring);
    if (hit && (!best || hit.score > best.score)) best = hit;
  }
  return best;
}

/** How much a second phrase of the same indicator, found on other words of the message, adds. */
const SECONDARY_FACTOR = 0.8;

/**
 * The phrases that could score, grouped by indicator in catalog order: a fragment needs
 * two telling words of the phrase in the message and a whole alias all of its words, so
 * a phrase with fewer telling words found (counting each place in the phrase once) can
 * never score, and leaving it out changes no result.
 */
function candidatePhrases(words: MessageWords, index: IndicatorIndex): number[][] {
  const { lookup } = index;
  const found = new Int32Array(index.phrases.length);
  const counted = new Set<number>();
  const count = (id: number) => {
    if (counted.has(id)) return;
    counted.add(id);
    for (const p of lookup.phrasesTelling[id] ?? []) found[p] = (found[p] ?? 0) + 1;
  };
  for (const match of words.matches) {
    if (match.exact >= 0) count(match.exact);
    for (const id of match.near) count(id);
  }
  const byCode = new Map<number, number[]>();
  for (let p = 0; p < found.length; p += 1) {
    const hits = found[p] ?? 0;
    if (hits === 0) continue;
    const wholeAlias = index.phrases[p]?.source === "alias" && hits === lookup.tellingCount[p];
    if (hits < 2 && !wholeAlias) continue;
    const c = lookup.codeOfPhrase[p] ?? 0;
    const list = byCode.get(c);
    if (list) list.push(p);
    else byCode.set(c, [p]);
  }
  return [...byCode.keys()].sort((x, y) => x - y).map((c) => byCode.get(c) ?? []);
}

/**
 * Scores the indicators of the index against the message terms and returns those with
 * enough evidence, best first. Each indicator appears once, with its best phrase,
 * strengthened by its best phrase on the remaining words: "hộ gia đình có điện thoại
 * thông minh" matches the household indicator on "hộ gia đình" as well as on "điện
 * thoại thông minh", which tells it apart from the adults' smartphone indicator.
 * A fragment of an official name only counts when it shares a word with the indicator's
 * aliases: names are full of everyday verbs ("thực hiện", "xây dựng") that officials use
 * about anything, while aliases hold the words they use for this indicator. Only phrases
 * sharing a telling word with the message are scored (see `PhraseLookup`).
 */
export function matchIndicators(terms: readonly Term[], index: IndicatorIndex): PhraseHit[] {
  const words: MessageWords = { terms, matches: terms.map((term) => wordMatches(index.lookup, term.text)) };
  const scoring: Scoring = { index, tables: new RunTables() };
  const hits: PhraseHit[] = [];
  for (const phrases of candidatePhrases(words, index)) {
    const best = bestOf(words, phrases, scoring);
    if (!best) continue;
    const taken = new Set(best.lexemes);
    const rest: Term[] = [];
    const restMatches: WordMatches[] = [];
    terms.forEach((term, i) => {
      const match = words.matches[i];
      if (match && !lexemesOf(term).some((lexeme) => taken.has(lexeme))) {
        rest.push(term);
        restMatches.push(match);
      }
    });
    const second = bestOf({ terms: rest, matches: restMatches }, phrases, scoring);
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
