import type { IndicatorIndex } from "./indicator-index.js";
import type { PhraseSource } from "./phrase-lookup.js";
import { type PhraseLookup, wordMatches } from "./phrase-lookup.js";
import type { Term } from "./terms.js";

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

/**
 * A message's terms with how each matches the catalog's phrase words: `exact[i]` is the
 * number of term i's own word (-1 when no phrase holds it), `near[i]` the words within
 * one edit of it (empty for most).
 */
interface MessageWords {
  readonly terms: readonly Term[];
  readonly exact: Int32Array;
  readonly near: readonly (readonly number[])[];
}

function messageWords(terms: readonly Term[], lookup: PhraseLookup): MessageWords {
  const exact = new Int32Array(terms.length);
  const near: (readonly number[])[] = new Array(terms.length);
  for (let i = 0; i < terms.length; i += 1) {
    const match = wordMatches(lookup, terms[i]?.text ?? "");
    exact[i] = match.exact;
    near[i] = match.near;
  }
  return { terms, exact, near };
}

/** The words of `words` at `positions`, in order. */
function someWords(words: MessageWords, positions: readonly number[]): MessageWords {
  const terms: Term[] = [];
  const exact = new Int32Array(positions.length);
  const near: (readonly number[])[] = [];
  positions.forEach((position, k) => {
    const term = words.terms[position];
    if (term) terms.push(term);
    exact[k] = words.exact[position] ?? -1;
    near.push(words.near[position] ?? []);
  });
  return { terms, exact, near };
}

/**
 * Working memory for matching one message, kept per catalog lookup and reused from one
 * message to the next so that scoring a phrase allocates nothing. For the best run
 * ending at message term i and phrase term j (cell i·m + j): its length, where it starts
 * in the phrase, its first message term and the cell matched before it. A cell holds a
 * run of the current phrase only when its stamp is `generation`; the best run's message
 * term positions are left in `matched`. `found` counts, per phrase, the telling words of
 * the message it holds (valid where `foundStamp` is `round`), and `counted` marks the
 * word numbers counted for the current message.
 */
/** Stamps count up to this, then the stamped arrays are cleared and counting starts again. */
const LAST_STAMP = 0x7fffffff;

class Scratch {
  length = new Int32Array(0);
  start = new Int32Array(0);
  first = new Int32Array(0);
  previous = new Int32Array(0);
  stamp = new Int32Array(0);
  generation = 0;
  matched = new Int32Array(0);
  phraseStart = 0;
  weight = 0;
  readonly found: Int32Array;
  readonly foundStamp: Int32Array;
  readonly counted: Int32Array;
  round = 0;
  /** The phrases counted for the current message, in the order first met. */
  readonly touched: number[] = [];

  constructor(lookup: PhraseLookup) {
    this.found = new Int32Array(lookup.phraseWordIds.length);
    this.foundStamp = new Int32Array(lookup.phraseWordIds.length);
    this.counted = new Int32Array(lookup.wordIds.size);
  }

  /** Starts a new message: its `round` number. */
  nextRound(): number {
    if (this.round === LAST_STAMP) {
      this.foundStamp.fill(0);
      this.counted.fill(0);
      this.round = 0;
    }
    this.round += 1;
    this.touched.length = 0;
    return this.round;
  }

  /** Starts a new phrase of `cells` cells and at most `terms` matched positions. */
  reset(cells: number, terms: number): void {
    if (this.generation === LAST_STAMP) {
      this.stamp.fill(0);
      this.generation = 0;
    }
    this.generation += 1;
    if (this.matched.length < terms) this.matched = new Int32Array(terms);
    if (this.length.length >= cells) return;
    this.length = new Int32Array(cells);
    this.start = new Int32Array(cells);
    this.first = new Int32Array(cells);
    this.previous = new Int32Array(cells);
    this.stamp = new Int32Array(cells);
  }
}

const scratches = new WeakMap<PhraseLookup, Scratch>();

function scratchOf(lookup: PhraseLookup): Scratch {
  let scratch = scratches.get(lookup);
  if (!scratch) {
    scratch = new Scratch(lookup);
    scratches.set(lookup, scratch);
  }
  return scratch;
}

/** The summed weight of `length` phrase terms from `start`, added in order. */
function weightOf(weights: Float64Array, start: number, length: number): number {
  let sum = 0;
  for (let k = start; k < start + length; k += 1) sum += weights[k] ?? 0;
  return sum;
}

/**
 * Longest run of phrase terms found in order in the message, consecutive in the phrase
 * and with at most one extra message word between two of them (heaviest on ties). Returns
 * its length (0 when no term matches); its message term positions, where it starts in the
 * phrase and its weight are left in `scratch`.
 */
function longestRun(words: MessageWords, ids: Int32Array, weights: Float64Array, scratch: Scratch): number {
  const n = words.terms.length;
  const m = ids.length;
  scratch.reset(n * m, Math.min(n, m));
  const { length, start, first, previous, stamp, generation } = scratch;
  let best = -1;
  let bestLength = 0;
  let bestWeight = 0;
  for (let i = 0; i < n; i += 1) {
    const exact = words.exact[i] ?? -1;
    const near = words.near[i] ?? [];
    if (exact < 0 && near.length === 0) continue;
    for (let j = 0; j < m; j += 1) {
      const id = ids[j] ?? -1;
      if (exact !== id && (near.length === 0 || !near.includes(id))) continue;
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
      if (best >= 0 && runLength < bestLength) continue;
      const weight = weightOf(weights, start[cell] ?? 0, runLength);
      if (best < 0 || runLength > bestLength || weight > bestWeight) {
        best = cell;
        bestLength = runLength;
        bestWeight = weight;
      }
    }
  }
  if (best < 0) return 0;
  const { matched } = scratch;
  for (let cell = best, k = bestLength - 1; cell >= 0 && k >= 0; cell = previous[cell] ?? -1, k -= 1)
    matched[k] = Math.floor(cell / m);
  scratch.phraseStart = start[best] ?? 0;
  scratch.weight = bestWeight;
  return bestLength;
}

/** What scoring a phrase needs besides the message. */
interface Scoring {
  readonly index: IndicatorIndex;
  readonly scratch: Scratch;
}

/** The lexemes of the run's terms, each once, in order; numbers only when the alias was found whole. */
function coveredLexemes(words: MessageWords, matched: Int32Array, length: number, whole: boolean): number[] {
  const lexemes: number[] = [];
  for (let k = 0; k < length; k += 1) {
    const term = words.terms[matched[k] ?? -1];
    if (term === undefined || (!whole && /^\d/.test(term.text))) continue;
    const last = term.through ?? term.lexeme;
    for (let lexeme = term.lexeme; lexeme <= last; lexeme += 1) if (!lexemes.includes(lexeme)) lexemes.push(lexeme);
  }
  return lexemes;
}

/** The hit of one phrase in the message terms, or null when the match is too weak to count. */
function scorePhrase(words: MessageWords, p: number, { index, scratch }: Scoring): PhraseHit | null {
  const { lookup } = index;
  const phrase = index.phrases[p];
  const ids = lookup.phraseWordIds[p];
  const weights = lookup.phraseWeights[p];
  if (!phrase || !ids || !weights) return null;
  const length = longestRun(words, ids, weights, scratch);
  if (length === 0) return null;
  const from = scratch.phraseStart;
  const weight = scratch.weight;
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
  return {
    code: phrase.code,
    source: phrase.source,
    score,
    whole,
    lexemes: coveredLexemes(words, scratch.matched, length, whole),
  };
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

/** Counts word `id` once per message in the phrases where it is telling. */
function countTelling(id: number, lookup: PhraseLookup, scratch: Scratch): void {
  const { found, foundStamp, counted, round } = scratch;
  if (id < 0 || counted[id] === round) return;
  counted[id] = round;
  for (const p of lookup.phrasesTelling[id] ?? []) {
    if (foundStamp[p] !== round) {
      foundStamp[p] = round;
      found[p] = 0;
      scratch.touched.push(p);
    }
    found[p] = (found[p] ?? 0) + 1;
  }
}

/**
 * The phrases that could score, grouped by indicator in catalog order: a fragment needs
 * two telling words of the phrase in the message and a whole alias all of its words, so
 * a phrase with fewer telling words found (counting each place in the phrase once) can
 * never score, and leaving it out changes no result.
 */
function candidatePhrases(words: MessageWords, index: IndicatorIndex, scratch: Scratch): number[][] {
  const { lookup } = index;
  scratch.nextRound();
  const { found } = scratch;
  for (let i = 0; i < words.terms.length; i += 1) {
    countTelling(words.exact[i] ?? -1, lookup, scratch);
    for (const id of words.near[i] ?? []) countTelling(id, lookup, scratch);
  }
  const kept = scratch.touched.filter((p) => {
    const hits = found[p] ?? 0;
    return hits >= 2 || (index.phrases[p]?.source === "alias" && hits === lookup.tellingCount[p]);
  });
  const { codeOfPhrase } = lookup;
  kept.sort((a, b) => (codeOfPhrase[a] ?? 0) - (codeOfPhrase[b] ?? 0) || a - b);
  const groups: number[][] = [];
  let group: number[] = [];
  kept.forEach((p, k) => {
    group.push(p);
    if (codeOfPhrase[p] !== codeOfPhrase[kept[k + 1] ?? -1]) {
      groups.push(group);
      group = [];
    }
  });
  return groups;
}

/** True when some lexeme of the term is in `taken`. */
function usesAny(term: Term, taken: readonly number[]): boolean {
  const last = term.through ?? term.lexeme;
  for (let lexeme = term.lexeme; lexeme <= last; lexeme += 1) if (taken.includes(lexeme)) return true;
  return false;
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
  const { lookup } = index;
  const scratch = scratchOf(lookup);
  const words = messageWords(terms, lookup);
  const scoring: Scoring = { index, scratch };
  const hits: PhraseHit[] = [];
  for (const phrases of candidatePhrases(words, index, scratch)) {
    const best = bestOf(words, phrases, scoring);
    if (!best) continue;
    const rest: number[] = [];
    terms.forEach((term, i) => {
      if (!usesAny(term, best.lexemes)) rest.push(i);
    });
    const second = bestOf(someWords(words, rest), phrases, scoring);
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
