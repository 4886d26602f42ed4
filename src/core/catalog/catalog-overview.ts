import type { Catalog } from "./catalog-schema.js";

/** Counts and points of one group of a catalog. */
export interface GroupOverview {
  code: string;
  name: string;
  indicators: number;
  /** Sum of the group's max points; null when the catalog is not scored. */
  points: number | null;
}

/** What `xaso catalogs --json` prints for each catalog: its shape at a glance. */
export interface CatalogOverview {
  id: string;
  title: string;
  indicators: number;
  /** Total max points; null when no indicator carries points. */
  points: number | null;
  groups: GroupOverview[];
}

/** Summarises a catalog's structure: indicator counts and max points per group and overall. */
export function catalogOverview(catalog: Catalog): CatalogOverview {
  const scored = catalog.indicators.some((indicator) => indicator.points !== undefined);
  const pointsOf = (indicators: Catalog["indicators"]) => (scored ? sumPoints(indicators) : null);
  return {
    id: catalog.id,
    title: catalog.title,
    indicators: catalog.indicators.length,
    points: pointsOf(catalog.indicators),
    groups: catalog.groups.map((group) => {
      const members = catalog.indicators.filter((indicator) => indicator.group === group.code);
      return { code: group.code, name: group.name, indicators: members.length, points: pointsOf(members) };
    }),
  };
}

/** Sums max points, keeping halves exact (points are multiples of 0,25 at most). */
function sumPoints(indicators: Catalog["indicators"]): number {
  const hundredths = indicators.reduce((sum, indicator) => sum + Math.round((indicator.points?.max ?? 0) * 100), 0);
  return hundredths / 100;
}
