import fs from "node:fs";
import path from "node:path";
import type { Catalog, CommunePlanFile } from "../../core/catalog/catalog-schema.js";
import { projectPath } from "../files/project-root.js";
import { loadCatalogFile, loadCommunePlanFile } from "./load-catalog-file.js";

/** The catalogs shipped with Xã Số, encoded from the source documents. */
export const builtInCatalogDir = projectPath("src", "catalogs");

/** Every catalog and commune plan available to this installation. */
export interface CatalogRegistry {
  catalogs: Catalog[];
  plans: CommunePlanFile[];
  /** Files that failed validation, one line each; they are left out, never half-loaded. */
  problems: string[];
}

/**
 * Loads the built-in catalogs and plans plus those imported into `importedDir`
 * (`xaso catalog import`). An imported catalog cannot shadow a built-in one.
 */
export async function loadCatalogRegistry(importedDir?: string): Promise<CatalogRegistry> {
  const registry: CatalogRegistry = { catalogs: [], plans: [], problems: [] };
  for (const dir of [builtInCatalogDir, ...(importedDir ? [path.resolve(importedDir)] : [])]) {
    await loadCatalogsFrom(dir, registry);
    await loadPlansFrom(path.join(dir, "plans"), registry);
  }
  return registry;
}

/** Finds a catalog by id. */
export function findCatalog(registry: CatalogRegistry, id: string): Catalog | undefined {
  return registry.catalogs.find((catalog) => catalog.id === id);
}

async function loadCatalogsFrom(dir: string, registry: CatalogRegistry): Promise<void> {
  for (const file of dataFiles(dir)) {
    const result = await loadCatalogFile(file);
    if (!result.ok) {
      registry.problems.push(`${file}: ${result.errors.join("; ")}`);
    } else if (findCatalog(registry, result.value.id)) {
      registry.problems.push(`${file}: bộ chỉ tiêu "${result.value.id}" đã có, bỏ qua tệp này`);
    } else {
      registry.catalogs.push(result.value);
    }
  }
}

async function loadPlansFrom(dir: string, registry: CatalogRegistry): Promise<void> {
  for (const file of dataFiles(dir)) {
    const result = await loadCommunePlanFile(file);
    if (result.ok) registry.plans.push(result.value);
    else registry.problems.push(`${file}: ${result.errors.join("; ")}`);
  }
}

function dataFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ya?ml|json)$/.test(entry.name))
    .map((entry) => path.join(dir, entry.name))
    .sort();
}
