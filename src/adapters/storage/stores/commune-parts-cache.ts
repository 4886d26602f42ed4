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

  /** The plan's parts for one platform (members' accounts differ per platform). */
  async load(db: DbClient, planId: string, platform: string): Promise<CommuneParts> {
    const commune = await db.commune.findFirst({
      where: { plans: { some: { id: planId } } },
      select: { revision: true },
    });
    const key = `${platform}\u0000${planId}`;
    const cached = this.#entries.get(key);
    if (commune && cached?.revision === commune.revision) return cached.parts;
    const parts = await loadCommuneParts(db, planId, platform);
    if (commune) this.#entries.set(key, { revision: commune.revision, parts });
    return parts;
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
