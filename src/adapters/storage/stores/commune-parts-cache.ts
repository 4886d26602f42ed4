import type { DbClient } from "../prisma-types.js";
import { type CommuneParts, loadCommuneParts } from "./commune-parts.js";

/**
 * Keeps each plan's `CommuneParts` in memory and checks it with one read of the commune's
 * `revision`, which database triggers bump on every change to those parts, whoever makes
 * it: this process, the admin CLI or another instance. The revision is read before the
 * parts, so parts newer than their revision are at worst read again, never kept stale.
 */
export class CommunePartsCache {
  readonly #entries = new Map<string, { revision: number; parts: CommuneParts }>();

  /**
   * The plan's parts for one platform (members' accounts differ per platform). `revision`
   * is the commune's, when the caller read it already in this transaction (a message reads
   * it with its chat's binding); otherwise it is read here.
   */
  async load(db: DbClient, planId: string, platform: string, revision?: number): Promise<CommuneParts> {
    const current = revision ?? (await this.#revisionOf(db, planId));
    const key = `${platform}\u0000${planId}`;
    const cached = this.#entries.get(key);
    if (current !== null && cached?.revision === current) return cached.parts;
    const parts = await loadCommuneParts(db, planId, platform);
    if (current !== null) this.#entries.set(key, { revision: current, parts });
    return parts;
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
