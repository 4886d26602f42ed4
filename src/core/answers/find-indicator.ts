import type { Catalog, Indicator } from "../catalog/catalog-schema.js";

/** "3.2", " 3.2. ", "i.2.1", "3,2" → the comparable form of a typed code. */
function normalizeCode(code: string): string {
  return code
    .normalize("NFC")
    .trim()
    .replace(/[.:;,?!\s]+$/u, "")
    .replace(/,/g, ".")
    .toLocaleUpperCase("vi");
}

/**
 * The indicator a typed code names, matched without regard to case, surrounding spaces,
 * trailing punctuation or a decimal comma ("3,2" is 3.2, "i.2.1" is I.2.1); undefined when
 * the catalog has no such code.
 */
export function findIndicator(catalog: Pick<Catalog, "indicators">, code: string): Indicator | undefined {
  const wanted = normalizeCode(code);
  if (wanted === "") return undefined;
  return catalog.indicators.find((indicator) => normalizeCode(indicator.code) === wanted);
}

/**
 * "1.1–1.11, 2.1–2.6, 3.1–3.12, 4.1–4.8": the first and last code of each group, so a
 * reply to an unknown code shows what codes look like in this catalog.
 */
export function codeRanges(catalog: Pick<Catalog, "groups" | "indicators">): string {
  return catalog.groups
    .flatMap((group) => {
      const codes = catalog.indicators
        .filter((indicator) => indicator.group === group.code)
        .map((indicator) => indicator.code);
      const first = codes[0];
      const last = codes.at(-1);
      if (first === undefined || last === undefined) return [];
      return [first === last ? first : `${first}–${last}`];
    })
    .join(", ");
}
