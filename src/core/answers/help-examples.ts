import type { Catalog, Indicator } from "../catalog/catalog-schema.js";

/** Real indicators of a catalog to show in the help text, one per way of reporting a figure. */
export interface HelpExamples {
  /** A ratio reported as two counts, "3.1: 6.608/8.315". */
  readonly ratio?: Indicator;
  /** Another ratio reported as a bare percent, "3.2: 79,4%". */
  readonly percent?: Indicator;
  /** A yes/no or document indicator, "1.7: có". */
  readonly yesNo?: Indicator;
  /** A count, "I.4.1: 2". */
  readonly count?: Indicator;
}

const assessed = (indicator: Indicator): boolean => indicator.target !== null;

/** People and households are what a count-over-total most often measures at commune level. */
const populationRatio = (indicator: Indicator): boolean =>
  indicator.measure.kind === "ratio" &&
  (indicator.measure.unit === "người" || indicator.measure.unit === "hộ") &&
  typeof indicator.target?.value === "number" &&
  indicator.target.value < 100;

/**
 * Picks the help examples from the catalog itself, so every code shown exists: a
 * population ratio with a partial target when there is one (the classic "6.608/8.315
 * người"), another ratio for a bare percent, the first yes/no or document indicator and the
 * first count. Assessed indicators are preferred; a kind the catalog lacks is absent.
 */
export function helpExamples(catalog: Pick<Catalog, "indicators">): HelpExamples {
  const pool =
    catalog.indicators.filter(assessed).length > 0 ? catalog.indicators.filter(assessed) : catalog.indicators;
  const ratios = pool.filter((indicator) => indicator.measure.kind === "ratio");
  const ratio = pool.find(populationRatio) ?? ratios[0];
  const percent =
    ratios.find((indicator) => indicator !== ratio && populationRatio(indicator)) ??
    ratios.find((indicator) => indicator !== ratio);
  const yesNo = pool.find((indicator) => indicator.measure.kind === "boolean" || indicator.measure.kind === "document");
  const count = pool.find((indicator) => indicator.measure.kind === "count");
  return {
    ...(ratio ? { ratio } : {}),
    ...(percent ? { percent } : {}),
    ...(yesNo ? { yesNo } : {}),
    ...(count ? { count } : {}),
  };
}
