import type { DbClient } from "../prisma-types.js";
import { type CommuneParts, loadCommuneParts, loadUpcoming, type Upcoming } from "./commune-parts.js";

/**
 * Keeps each plan's `CommuneParts`, and its commune's upcoming meetings and deadlines, in
 * memory and checks them with one read of the commune's `revision`, which database
 * triggers bump on every change to them, whoever makes it: this process, the admin CLI or
 * another instance. The revision is read before the parts, so parts newer than their
 * revision are at worst read again, never kept stale.
 */
export class CommunePartsCache {
  readonly #entries = new Map<string, { revision: number; parts: CommuneParts; upcoming?: Upcoming }>();

  /**
   * The plan's parts for one platform (members' accounts differ per platform). `revision`
   * is the commune's, when the caller read it already in this transaction (a message reads
   * it with its chat's binding); otherwise it is read here.
   */
  async load(db: DbClient, planId: string, platform: string, revision?: number): Promise<CommuneParts> {
    return (await this.#entry(db, planId, platform, revision)).parts;
  }

  /**
   * The parts as `load` gives them, with the commune's meetings and deadlines from `now` on:
   * read once and kept while the revision holds, then filtered for each later moment (read
   * again only for a moment before the one they were read from).
   */
  async loadWithUpcoming(
    db: DbClient,
    request: { planId: string; platform: string; now: Date; revision?: number | undefined },
  ): Promise<{ parts: CommuneParts; upcoming: Upcoming }> {
    const entry = await this.#entry(db, request.planId, request.platform, request.revision);
    if (!entry.upcoming || entry.upcoming.since > request.now)
      entry.upcoming = await loadUpcoming(db, entry.parts.communeId, request.now);
    return { parts: entry.parts, upcoming: entry.upcoming };
  }

  async #entry(
    db: DbClient,
    planId: string,
    platform: string,
    revision: number | undefined,
  ): Promise<{ revision: number; parts: CommuneParts; upcoming?: Upcoming }> {
    const current = revision ?? (await this.#revisionOf(db, planId));
    const key = `${platform}\u0000${planId}`;
    const cached = this.#entries.get(key);
    if (current !== null && cached?.revision === current) return cached;
    const entry = { revision: current ?? -1, parts: await loadCommuneParts(db, planId, platform) };
    if (current !== null) this.#entries.set(key, entry);
    return entry;
  }

  async #revisionOf(db: DbClient, planId: string): Promise<number | null> {
    const commune = await db.commune.findFirst({
      where: { plans: { some: { id: planId } } },
      select: { revision: true },
    });
    return commune?.revision ?? null;
  }
}

const caches = new WeakMap<object, CommunePartsCache>();

/** The cache belonging to one open database client: it lives and goes with the client. */
export function communePartsCacheOf(client: object): CommunePartsCache {
  let cache = caches.get(client);
  if (!cache) {
    cache = new CommunePartsCache();
    caches.set(client, cache);
  }
  return cache;
}
