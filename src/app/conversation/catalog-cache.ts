import type { Database } from "../../adapters/storage/open-database.js";
import { readCatalogVersion } from "../../adapters/storage/stores/indicator-sets.js";
import type { Catalog } from "../../core/catalog/catalog-schema.js";

/**
 * Reads catalog versions from the database once per process: a stored version never
 * changes, so the cache can never be stale. Owned by the app instance that created it.
 */
export function createCatalogCache(db: Database): (setId: string) => Promise<Catalog> {
  const cache = new Map<string, Promise<Catalog>>();
  return (setId) => {
    let catalog = cache.get(setId);
    if (!catalog) {
      catalog = readCatalogVersion(db, setId);
      cache.set(setId, catalog);
      catalog.catch(() => cache.delete(setId));
    }
    return catalog;
  };
}
