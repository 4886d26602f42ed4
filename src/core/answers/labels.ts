import type { Indicator } from "../catalog/catalog-schema.js";

const UNIT_PREFIX = /^(xã|phường|thị trấn|đặc khu)\s/iu;

/**
 * "xã Thúy Sơn" for a commune stored as "Thúy Sơn"; a name that already says what it is
 * ("Phường Thuận Hóa", "thị trấn Hà Trung") is kept as written.
 */
export function communeLabel(name: string): string {
  const trimmed = name.trim();
  return UNIT_PREFIX.test(trimmed) ? trimmed : `xã ${trimmed}`;
}

/** "năm 2024" for a yearly period; "kỳ 2024-Q3" for any other reporting period. */
export function periodLabel(period: string): string {
  return /^\d{4}$/.test(period.trim()) ? `năm ${period.trim()}` : `kỳ ${period.trim()}`;
}

const LONGEST = 48;

/** Upper-cases the first letter: "tài khoản ngân hàng" → "Tài khoản ngân hàng". */
export function capitalize(text: string): string {
  const [first = "", ...rest] = Array.from(text);
  return first.toLocaleUpperCase("vi") + rest.join("");
}

/**
 * A name short enough for one line, as written in the catalog: the indicator's first alias
 * (the phrase officials actually use, "tài khoản ngân hàng", "OneTouch"), else its full name
 * cut at a word boundary with "…". Used mid-sentence, so its case is left alone.
 */
export function shortLabel(indicator: Pick<Indicator, "name" | "aliases">): string {
  const alias = indicator.aliases[0];
  if (alias !== undefined) return alias;
  const name = indicator.name.trim();
  if (name.length <= LONGEST) return name;
  const cut = name.slice(0, LONGEST);
  const space = cut.lastIndexOf(" ");
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:.(–-]+$/u, "")}…`;
}

/**
 * The name that starts a list item after the code, "Tài khoản ngân hàng (từ 15 tuổi)": the
 * catalog's short name, else {@link shortLabel} capitalized.
 */
export function shortName(indicator: Pick<Indicator, "name" | "short" | "aliases">): string {
  return indicator.short ?? capitalize(shortLabel(indicator));
}

/**
 * "3.2 Tài khoản ngân hàng (từ 15 tuổi)": code and short name, how an indicator is named in
 * read-backs, confirmations and lists.
 */
export function codeAndName(indicator: Pick<Indicator, "code" | "name" | "short" | "aliases">): string {
  return `${indicator.code} ${shortName(indicator)}`;
}
