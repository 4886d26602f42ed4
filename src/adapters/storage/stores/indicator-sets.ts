import crypto from "node:crypto";
import { type Catalog, catalogSchema } from "../../../core/catalog/catalog-schema.js";
import type { DbClient, Prisma } from "../prisma-types.js";

/** Outcome of storing a catalog version. */
export type SaveCatalogResult =
  | { status: "created" | "unchanged"; setId: string }
  | { status: "conflict"; setId: string; message: string };

/**
 * Snapshots a validated catalog into the database as one indicator-set version, so
 * submissions keep pointing at the definitions they were made under. Saving the same
 * content again is a no-op; different content under an existing version is refused
 * (a changed catalog must bump its version).
 */
export async function saveCatalogVersion(db: DbClient, catalog: Catalog, at: Date): Promise<SaveCatalogResult> {
  const checksum = catalogChecksum(catalog);
  const existing = await db.indicatorSet.findUnique({
    where: { catalogId_version: { catalogId: catalog.id, version: catalog.version } },
  });
  if (existing) {
    return existing.checksum === checksum
      ? { status: "unchanged", setId: existing.id }
      : {
          status: "conflict",
          setId: existing.id,
          message: `Bộ chỉ tiêu ${catalog.id} phiên bản ${catalog.version} đã có với nội dung khác; hãy tăng "version".`,
        };
  }
  const created = await db.indicatorSet.create({
    data: {
      catalogId: catalog.id,
      version: catalog.version,
      title: catalog.title,
      source: catalog.source,
      year: catalog.year,
      groups: catalog.groups,
      checksum,
      importedAt: at,
      indicators: {
        create: catalog.indicators.map((indicator, position) => ({
          code: indicator.code,
          groupCode: indicator.group,
          name: indicator.name,
          measureKind: indicator.measure.kind,
          definition: indicator as unknown as Prisma.InputJsonValue,
          position,
        })),
      },
    },
  });
  return { status: "created", setId: created.id };
}

/** A stable hash of a catalog's content. */
export function catalogChecksum(catalog: Catalog): string {
  return crypto.createHash("sha256").update(JSON.stringify(catalog)).digest("hex");
}

/**
 * Rebuilds the catalog version a plan was made under from its database snapshot, so a
 * commune keeps working with the definitions it started with even after the catalog
 * files change. Sets never change once stored, so callers may cache the result by id.
 */
export async function readCatalogVersion(db: DbClient, setId: string): Promise<Catalog> {
  const set = await db.indicatorSet.findUniqueOrThrow({
    where: { id: setId },
    include: { indicators: { orderBy: { position: "asc" } } },
  });
  return catalogSchema.parse({
    id: set.catalogId,
    version: set.version,
    title: set.title,
    source: set.source,
    year: set.year,
    groups: set.groups,
    indicators: set.indicators.map((indicator) => indicator.definition),
  });
}
