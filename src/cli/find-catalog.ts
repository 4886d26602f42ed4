import { findCatalog, loadCatalogRegistry } from "../adapters/catalogs/catalog-registry.js";
import type { Catalog } from "../core/catalog/catalog-schema.js";
import type { CliContext } from "./cli-command.js";

/**
 * Finds a catalog among the built-in and imported ones; when there is none with that id,
 * says so with the ids that exist and returns undefined (the command then exits with 1).
 */
export async function findCatalogOrExplain(
  id: string,
  { io, config }: Pick<CliContext, "io" | "config">,
): Promise<Catalog | undefined> {
  const registry = await loadCatalogRegistry(config.catalogDir);
  const catalog = findCatalog(registry, id);
  if (!catalog) io.err(`Không có bộ chỉ tiêu "${id}". Có: ${registry.catalogs.map((c) => c.id).join(", ")}`);
  return catalog;
}
