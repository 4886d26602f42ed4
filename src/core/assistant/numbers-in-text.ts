/**
 * Every number written with digits in a text, each in all the ways it can be read
 * ("6.608" is 6608 and 6.608; "64,8" is 64.8), for checking that a model neither
 * contradicts a member's own digits nor invents a number. List markers at the start of
 * a line ("1. ", "2) ") are not numbers.
 */
export function numbersInText(text: string): number[] {
  const found: number[] = [];
  for (const group of digitGroups(text)) for (const n of group.readings) if (!found.includes(n)) found.push(n);
  return found;
}

/** One number written with digits, as written and in every way it can be read. */
export interface DigitGroup {
  written: string;
  readings: number[];
}

/** The numbers written with digits in a text, one group each, in order. */
export function digitGroups(text: string): DigitGroup[] {
  const withoutMarkers = text.replace(/^\s*\d{1,2}[.)]\s/gm, " ");
  return [...withoutMarkers.matchAll(/\d+(?:[.,]\d+)*(?: \d{3}(?!\d))*/g)].map((m) => ({
    written: m[0],
    readings: readings(m[0]),
  }));
}

/** True when `value` is one of `numbers`, allowing the rounding of a percent to one decimal. */
export function isAmong(value: number, numbers: readonly number[]): boolean {
  return numbers.some((n) => Math.abs(n - value) < 1e-9 || Math.trunc(n * 10) === Math.trunc(value * 10 + 1e-9));
}

function readings(written: string): number[] {
  const parts = written.split(/\s+/);
  const results = new Set<number>();
  for (const part of parts.length > 1 && parts.slice(1).every((p) => /^\d{3}$/.test(p)) ? [parts.join("")] : parts) {
    const vietnamese = Number(part.replace(/\./g, "").replace(",", "."));
    const english = Number(part.replace(/,/g, ""));
    const dotDecimal = Number(part.replace(/,/g, "."));
    for (const n of [vietnamese, english, dotDecimal]) if (Number.isFinite(n)) results.add(n);
  }
  return [...results];
}
