import { fileURLToPath } from "node:url";
import { loadCatalogFile, loadCommunePlanFile } from "../../src/adapters/catalogs/load-catalog-file.js";
import type { Catalog, CommunePlanFile } from "../../src/core/catalog/catalog-schema.js";

/** The file of a built-in catalog (`thanh-hoa-2023`) or, with `plans/`, of a commune plan. */
export function catalogsFile(name: string): string {
  return fileURLToPath(new URL(`../../src/catalogs/${name}.yaml`, import.meta.url));
}

/**
 * Loads a built-in catalog from src/catalogs by id, or fails with every validation
 * problem: tests that only need a real catalog stop there instead of testing it again.
 */
export async function loadCatalogOrFail(id: string): Promise<Catalog> {
  const loaded = await loadCatalogFile(catalogsFile(id));
  if (!loaded.ok) throw new Error(`catalog ${id}: ${loaded.errors.join("; ")}`);
  return loaded.value;
}

/** Loads a commune's own targets from src/catalogs/plans by id (`thuy-son-2023`), or fails. */
export async function loadCommunePlanOrFail(id: string): Promise<CommunePlanFile> {
  const loaded = await loadCommunePlanFile(catalogsFile(`plans/${id}`));
  if (!loaded.ok) throw new Error(`plan ${id}: ${loaded.errors.join("; ")}`);
  return loaded.value;
}
