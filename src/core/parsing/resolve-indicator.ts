import type { Catalog } from "../catalog/catalog-schema.js";
import { type Lexeme, lex } from "../text/lex.js";
import { type CodeReference, findCodeReferences } from "./code-references.js";
import { type IndicatorIndex, indexCatalog } from "./indicator-index.js";
import { closeHits, matchIndicators } from "./match-indicators.js";
import { type Term, toTerms, withoutMetaWords } from "./terms.js";

/** A scored candidate indicator. */
export interface IndicatorCandidate {
  readonly code: string;
  readonly score: number;
}

/**
 * Which indicator a text refers to:
 * - `found`: one indicator, by its code or by its aliases/name words (`via`), with a
 *   score (codes score 100; word matches score the weight of the words matched);
 * - `ambiguous`: several candidates too close to choose between, best first;
 * - `unknown-code`: a code was typed that the catalog does not have;
 * - `none`: nothing in the text names an indicator.
 * `lexemes` lists the message lexemes the reference was read from.
 */
export type IndicatorReference =
  | {
      readonly kind: "found";
      readonly code: string;
      readonly score: number;
      readonly via: "code" | "alias";
      readonly lexemes: readonly number[];
    }
  | {
      readonly kind: "ambiguous";
      readonly candidates: readonly IndicatorCandidate[];
      readonly via: "code" | "alias";
      readonly lexemes: readonly number[];
    }
  | { readonly kind: "unknown-code"; readonly text: string; readonly lexemes: readonly number[] }
  | { readonly kind: "none" };

const CODE_SCORE = 100;

/** The terms of a message outside its codes. */
export function termsOutside(lexemes: readonly Lexeme[], codes: readonly CodeReference[]): Term[] {
  return toTerms(lexemes, new Set(codes.flatMap((reference) => reference.lexemes)));
}

/**
 * Finds the indicator a message refers to. A code the catalog knows wins over words (and
 * the words that restate it, "1.8 kỹ năng số", count as part of the reference); a
 * code several indicators extend ("1.3") is narrowed by the words when they single one
 * out; an unknown code gives way to words that name an indicator clearly, because a
 * mistyped code next to "cáp quang" still means the fibre indicator.
 */
export function referIndicator(
  lexemes: readonly Lexeme[],
  index: IndicatorIndex,
  codes: readonly CodeReference[] = findCodeReferences(lexemes, index.catalog),
  outsideCodes: readonly Term[] = termsOutside(lexemes, codes),
): IndicatorReference {
  const wordHits = matchIndicators(withoutMetaWords(outsideCodes), index);
  const exact = codes.find((reference) => reference.resolution.kind === "exact");
  if (exact && exact.resolution.kind === "exact") {
    const code = exact.resolution.code;
    const restated = wordHits.find((hit) => hit.code === code)?.lexemes ?? [];
    return { kind: "found", code, score: CODE_SCORE, via: "code", lexemes: [...exact.lexemes, ...restated] };
  }

  const extended = codes.find((reference) => reference.resolution.kind === "ambiguous");
  if (extended && extended.resolution.kind === "ambiguous") {
    const candidates = extended.resolution.candidates;
    const narrowed = closeHits(wordHits.filter((hit) => candidates.includes(hit.code)));
    const [only] = narrowed;
    if (narrowed.length === 1 && only)
      return {
        kind: "found",
        code: only.code,
        score: CODE_SCORE,
        via: "code",
        lexemes: [...extended.lexemes, ...only.lexemes],
      };
    return {
      kind: "ambiguous",
      candidates: candidates.map((code) => ({ code, score: CODE_SCORE })),
      via: "code",
      lexemes: extended.lexemes,
    };
  }

  const close = closeHits(wordHits);
  const [best] = close;
  const unknown = codes[0];
  if (unknown && !(best && close.length === 1))
    return { kind: "unknown-code", text: unknown.text, lexemes: unknown.lexemes };
  if (!best) return { kind: "none" };
  if (close.length === 1)
    return { kind: "found", code: best.code, score: best.score, via: "alias", lexemes: best.lexemes };
  return {
    kind: "ambiguous",
    candidates: close.map((hit) => ({ code: hit.code, score: hit.score })),
    via: "alias",
    lexemes: [...new Set(close.flatMap((hit) => hit.lexemes))],
  };
}

/**
 * Resolves free text to an indicator of a catalog: a code ("3.2", "chỉ tiêu I.3",
 * "tc 3.9", "viii.9.2") or words from its aliases and name ("cáp quang", "tk ngân hàng",
 * "ho so suc khoe dien tu"). Several close candidates come back as `ambiguous` so the
 * dialog can offer them.
 */
export function resolveIndicator(text: string, catalog: Catalog | IndicatorIndex): IndicatorReference {
  const index = "phrases" in catalog ? catalog : indexCatalog(catalog);
  return referIndicator(lex(text), index);
}
