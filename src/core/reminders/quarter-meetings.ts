import { type Day, validDay } from "../calendar/local-time.js";
import type { Catalog } from "../catalog/catalog-schema.js";

/** The BCĐ meeting a quarter owes: its deadline and the catalog indicator that scores it, if any. */
export interface QuarterMeeting {
  quarter: 1 | 2 | 3 | 4;
  /** The catalog's deadline for it (Huế: 31/3, 30/6, 30/9, 31/10), else the quarter's last day. */
  deadline: Day;
  /** "I.2.2" where the catalog scores the meeting. */
  indicatorCode?: string;
}

const QUARTER_IN_NAME = /họp\s+BCĐ.*quý\s*([1-4IV]+)/iu;
const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

/** "1", "I", "iv" → 1…4, or null. */
export function quarterNumber(text: string): 1 | 2 | 3 | 4 | null {
  const t = text.trim().toUpperCase();
  const n = ROMAN[t] ?? Number(t);
  return n === 1 || n === 2 || n === 3 || n === 4 ? n : null;
}

/** "I", "II", "III", "IV": how a quarter is written in official letters. */
export function romanQuarter(quarter: number): string {
  return ["", "I", "II", "III", "IV"][quarter] ?? String(quarter);
}

/** The quarter a day is in. */
export function quarterOf(day: Day): 1 | 2 | 3 | 4 {
  return (Math.floor((day.month - 1) / 3) + 1) as 1 | 2 | 3 | 4;
}

/**
 * The four quarterly BCĐ meetings of `year`: where the catalog has an indicator for a
 * quarter's meeting (its name or an alias says "họp BCĐ … quý N", as Huế's I.2.2–I.2.5),
 * its code and deadline; otherwise the quarter's last day.
 */
export function quarterMeetings(catalog: Catalog, year: number): QuarterMeeting[] {
  const key = `${year}`;
  const known = remembered.get(catalog)?.get(key);
  if (known) return known;
  const result = findQuarterMeetings(catalog, year);
  remembered.set(catalog, (remembered.get(catalog) ?? new Map()).set(key, result));
  return result;
}

/** Catalogs never change once loaded: their quarterly meetings are found once per year, weakly held. */
const remembered = new WeakMap<Catalog, Map<string, QuarterMeeting[]>>();

function findQuarterMeetings(catalog: Catalog, year: number): QuarterMeeting[] {
  const result: QuarterMeeting[] = [];
  for (const quarter of [1, 2, 3, 4] as const) {
    const indicator = catalog.indicators.find((candidate) =>
      [candidate.name, ...candidate.aliases].some((text) => {
        const match = QUARTER_IN_NAME.exec(text);
        return match?.[1] !== undefined && quarterNumber(match[1]) === quarter;
      }),
    );
    const parts = indicator?.deadline?.split("/").map(Number);
    const fromCatalog = parts && parts.length === 2 ? validDay(year, parts[1] ?? 0, parts[0] ?? 0) : null;
    const deadline = fromCatalog ?? (validDay(year, quarter * 3, quarter === 1 || quarter === 4 ? 31 : 30) as Day);
    result.push({ quarter, deadline, ...(indicator ? { indicatorCode: indicator.code } : {}) });
  }
  return result;
}
