import type { Catalog, Target } from "../catalog/catalog-schema.js";
import { evaluateIndicator } from "../evaluation/evaluate-indicator.js";
import type { EvaluationStatus } from "../evaluation/evaluation-status.js";
import type { FigureValue } from "../evaluation/figure-value.js";
import { resolveTarget } from "../evaluation/resolve-target.js";

/** One commune's latest figures under a catalog, as the province sees them. */
export interface CommuneFigures {
  readonly slug: string;
  readonly name: string;
  readonly year: number;
  /** The commune's own targets by code; `null` = not assessed. */
  readonly targetOverrides: Readonly<Record<string, Target | null>>;
  /** The latest confirmed value per code; absent or null = no figure. */
  readonly latest: Readonly<Record<string, FigureValue | null>>;
}

/** A commune's row of the roll-up: its verdict on every indicator, in catalog order. */
export interface RollupCommune {
  readonly slug: string;
  readonly name: string;
  readonly year: number;
  readonly statuses: readonly EvaluationStatus[];
  readonly met: number;
  readonly assessed: number;
}

/** One indicator across the province: how many communes meet it, and which do not. */
export interface RollupIndicator {
  readonly code: string;
  readonly name: string;
  readonly met: number;
  readonly unmet: number;
  readonly noData: number;
  readonly notAssessed: number;
  /** Names of the communes judged Chưa đạt. */
  readonly unmetCommunes: readonly string[];
  /** Names of the communes with no figure yet. */
  readonly noDataCommunes: readonly string[];
}

/**
 * The province's view of one catalog: communes × indicators with verdicts, and per
 * indicator the count of communes meeting it and the names of those that do not. Since
 * 1/7/2025 communes report straight to the province, so there is no district level.
 */
export interface ProvinceRollup {
  readonly province: string;
  readonly catalogId: string;
  readonly catalogTitle: string;
  readonly indicators: readonly { readonly code: string; readonly name: string }[];
  readonly communes: readonly RollupCommune[];
  readonly perIndicator: readonly RollupIndicator[];
}

/**
 * Judges every commune's latest figure on every indicator of the catalog against the
 * commune's own target, with the same engine as the commune's own report. Communes are
 * listed by name in Vietnamese order.
 */
export function buildProvinceRollup(
  province: string,
  catalog: Catalog,
  communes: readonly CommuneFigures[],
): ProvinceRollup {
  const sorted = [...communes].sort((a, b) => a.name.localeCompare(b.name, "vi"));
  const rows: RollupCommune[] = sorted.map((commune) => {
    const statuses = catalog.indicators.map((indicator) => {
      const own = Object.hasOwn(commune.targetOverrides, indicator.code);
      const target = resolveTarget(indicator, own ? commune.targetOverrides[indicator.code] : undefined);
      const value = Object.hasOwn(commune.latest, indicator.code) ? commune.latest[indicator.code] : null;
      return evaluateIndicator({ indicator, target, value }).status;
    });
    const met = statuses.filter((status) => status === "met").length;
    const assessed = statuses.filter((status) => status !== "not-assessed").length;
    return { slug: commune.slug, name: commune.name, year: commune.year, statuses, met, assessed };
  });
  const perIndicator = catalog.indicators.map((indicator, index): RollupIndicator => {
    const named = (status: EvaluationStatus) => rows.filter((row) => row.statuses[index] === status);
    return {
      code: indicator.code,
      name: indicator.name,
      met: named("met").length,
      unmet: named("unmet").length,
      noData: named("no-data").length,
      notAssessed: named("not-assessed").length,
      unmetCommunes: named("unmet").map((row) => row.name),
      noDataCommunes: named("no-data").map((row) => row.name),
    };
  });
  return {
    province,
    catalogId: catalog.id,
    catalogTitle: catalog.title,
    indicators: catalog.indicators.map((indicator) => ({ code: indicator.code, name: indicator.name })),
    communes: rows,
    perIndicator,
  };
}
