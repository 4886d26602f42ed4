import type { Catalog } from "../catalog/catalog-schema.js";
import { foldVietnamese } from "../text/fold-vietnamese.js";

/**
 * What an indicator code typed by an official points to:
 * - `exact`: one indicator ("3.2", "i.3" for "I.3", "1.3A" for "1.3a", or a code that
 *   only one indicator extends, "I.1" for Huế's "I.1.1");
 * - `ambiguous`: several indicators extend it ("1.3" → 1.3a, 1.3b);
 * - `none`: no indicator has or extends it.
 */
export type CodeResolution =
  | { readonly kind: "exact"; readonly code: string }
  | { readonly kind: "ambiguous"; readonly candidates: readonly string[] }
  | { readonly kind: "none" };

/** "3.2", "I.3", "VIII.9.2", "1.3a": a group (arabic or roman) and one or two sub-numbers, maybe lettered. */
export const CODE_SHAPE = /^(?:\d{1,2}|[ivxl]{1,5})(?:\.\d{1,2}){1,2}[a-z]?$/;

const ROMAN = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"];

/** A catalog's codes in order, and each in lowercase. */
interface CatalogCodes {
  readonly codes: readonly string[];
  readonly lowercase: readonly string[];
}

/** Catalogs never change once loaded: their codes are listed once per catalog. */
const codesOfCatalog = new WeakMap<Catalog, CatalogCodes>();

function codesOf(catalog: Catalog): CatalogCodes {
  let listed = codesOfCatalog.get(catalog);
  if (!listed) {
    const codes = catalog.indicators.map((indicator) => indicator.code);
    listed = { codes, lowercase: codes.map((code) => code.toLowerCase()) };
    codesOfCatalog.set(catalog, listed);
  }
  return listed;
}

/**
 * Resolves a typed code against a catalog, case-insensitively, with optional prefixes
 * ("chỉ tiêu 3.2", "tc 3.9", "mục I.3"). Three-part arabic codes are also read with a
 * roman group ("8.9.2" → "VIII.9.2") when the catalog numbers its groups that way.
 */
export function resolveCode(text: string, catalog: Catalog): CodeResolution {
  const typed = foldVietnamese(text)
    .replace(/^(?:chi tieu|tieu chi|chi so|tc|ct|muc)(?: so)?\s*/, "")
    .replace(/[.:]+$/, "");
  if (!CODE_SHAPE.test(typed)) return { kind: "none" };
  const { codes, lowercase } = codesOf(catalog);
  const spellings = [typed];
  const arabicThreePart = /^(\d{1,2})(\.\d{1,2}\.\d{1,2}[a-z]?)$/.exec(typed);
  if (arabicThreePart) {
    const roman = ROMAN[Number(arabicThreePart[1])];
    if (roman) spellings.push(roman + (arabicThreePart[2] ?? ""));
  }
  for (const spelling of spellings) {
    const exact = codes[lowercase.indexOf(spelling)];
    if (exact) return { kind: "exact", code: exact };
  }
  for (const spelling of spellings) {
    const extending = codes.filter((_, i) => {
      const lower = lowercase[i] ?? "";
      return lower.startsWith(spelling) && /^(?:[a-z]|\.\d)/.test(lower.slice(spelling.length));
    });
    const [only] = extending;
    if (extending.length === 1 && only) return { kind: "exact", code: only };
    if (extending.length > 1) return { kind: "ambiguous", candidates: extending };
  }
  return { kind: "none" };
}
