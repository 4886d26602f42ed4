/**
 * Reading numbers the way commune officials type them.
 *
 * Vietnamese writes "." between thousands and "," before decimals (6.608; 64,8), but
 * reports copied from spreadsheets also write "96.6%" and the odd "1,234,567". The rules,
 * applied to the text after an optional sign:
 *
 * - Spaces may group thousands ("6 608", "1 234 567"); then "." or "," can only be the
 *   decimal mark ("6 608,5").
 * - Both "." and "," present: the one written last is the decimal mark and occurs once,
 *   the other groups thousands ("1.000,5" and "1,000.5" are both 1000,5).
 * - Only ".": two or more must group thousands ("1.234.567"; "1.2.3" is rejected). A single
 *   "." followed by exactly three digits after a 1–3 digit head that is not 0 groups
 *   thousands ("6.608", "100.000"); any other single "." is a decimal point ("1.5",
 *   "12.34", "96.6", "0.500", "1234.567").
 * - Only ",": two or more must group thousands ("1,234,567"). A single "," is always the
 *   decimal mark, even "1,234" (= 1,234): a count misread as a decimal is caught later as
 *   "not a whole number" and re-asked, while the opposite guess would silently inflate it.
 * - Percents ({@link parsePercent}) differ in one way: a single "." is always a decimal
 *   point ("12.345%" is 12,345%), since no share is written in thousands.
 *
 * Anything else, including empty text, letters, a leading or trailing separator, is not a
 * number: the result is null so the caller can ask again. Negative numbers and percents
 * above 100 are read as written; judging them is validation's job.
 */

const SPACES = /[\s\u00a0\u202f\u2009]+/g;
const SIGN = /^[+\-\u2212]/;

interface ReadOptions {
  /** True when a lone "." must be a decimal point (percents). */
  readonly loneDotIsDecimal: boolean;
}

/** Normalises the digits of an unsigned number to "1234.5" form, or null. */
function normalise(body: string, options: ReadOptions): string | null {
  if (!/^\d[\d., ]*$/.test(body) || !/\d$/.test(body)) return null;

  if (body.includes(" ")) {
    const match = /^(\d{1,3}(?: \d{3})+)(?:[.,](\d+))?$/.exec(body);
    if (!match) return null;
    const [, whole = "", fraction] = match;
    return whole.replaceAll(" ", "") + (fraction ? `.${fraction}` : "");
  }

  const dots = body.split(".").length - 1;
  const commas = body.split(",").length - 1;

  if (dots > 0 && commas > 0) {
    const decimal = body.lastIndexOf(".") > body.lastIndexOf(",") ? "." : ",";
    const group = decimal === "." ? "," : ".";
    const pattern = new RegExp(`^(\\d{1,3}(?:\\${group}\\d{3})+)\\${decimal}(\\d+)$`);
    const match = pattern.exec(body);
    if (!match) return null;
    const [, whole = "", fraction = ""] = match;
    return `${whole.replaceAll(group, "")}.${fraction}`;
  }

  if (dots + commas === 0) return body;

  const separator = dots > 0 ? "." : ",";
  if (dots + commas > 1) {
    const grouped = new RegExp(`^\\d{1,3}(?:\\${separator}\\d{3})+$`);
    return grouped.test(body) ? body.replaceAll(separator, "") : null;
  }

  const [whole = "", fraction = ""] = body.split(separator);
  const looksGrouped =
    separator === "." && !options.loneDotIsDecimal && /^[1-9]\d{0,2}$/.test(whole) && /^\d{3}$/.test(fraction);
  return looksGrouped ? whole + fraction : `${whole}.${fraction}`;
}

function read(text: string, options: ReadOptions): number | null {
  const trimmed = text.replace(SPACES, " ").trim();
  const sign = SIGN.exec(trimmed)?.[0] ?? "";
  const body = trimmed.slice(sign.length);
  const normalised = normalise(body, options);
  if (normalised === null) return null;
  const negative = sign !== "" && sign !== "+";
  const value = Number((negative ? "-" : "") + normalised);
  return Number.isFinite(value) ? (Object.is(value, -0) ? 0 : value) : null;
}

/**
 * Reads a number as an official writes it ("6.608" → 6608, "64,8" → 64.8,
 * "1.000,5" → 1000.5, "6 608" → 6608), or null when the text is not a number.
 * See the module notes for how "." and "," are told apart.
 */
export function parseNumber(text: string): number | null {
  return read(text, { loneDotIsDecimal: false });
}

/**
 * Reads a percent ("96.6%" → 96.6, "70,5 %" → 70.5, "85" → 85); the "%" sign is optional
 * because officials often leave it off after "đạt". A lone "." is a decimal point here.
 * Returns the percent number (85 means 85%), or null when the text is not a percent.
 */
export function parsePercent(text: string): number | null {
  const withoutSign = text.trim().replace(/\s*%$/, "");
  if (withoutSign.includes("%")) return null;
  return read(withoutSign, { loneDotIsDecimal: true });
}
