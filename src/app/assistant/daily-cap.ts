/** How many requests one commune may still send to the language model today. */
export interface DailyCap {
  /** Counts one request for the commune on `day` ("2025-03-20"); false when the cap is reached. */
  take(communeId: string, day: string): boolean;
}

/**
 * A per-commune daily request cap kept in memory: it protects the bill from a runaway
 * chat, and starts again each day and at each restart.
 */
export function createDailyCap(limit: number): DailyCap {
  const used = new Map<string, { day: string; count: number }>();
  return {
    take(communeId, day) {
      const entry = used.get(communeId);
      const count = entry?.day === day ? entry.count : 0;
      if (count >= limit) return false;
      used.set(communeId, { day, count: count + 1 });
      return true;
    },
  };
}
