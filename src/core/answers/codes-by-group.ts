import type { Catalog } from "../catalog/catalog-schema.js";
import type { IndicatorState } from "./indicator-state.js";

/**
 * "Chính quyền số: 1.2, 1.3" — one line per group that has any of the given indicators, in
 * catalog order, for compact lists such as the indicators still without figures.
 */
export function codesByGroup(catalog: Pick<Catalog, "groups">, states: readonly IndicatorState[]): string[] {
  return catalog.groups.flatMap((group) => {
    const codes = states.filter((state) => state.indicator.group === group.code).map((state) => state.indicator.code);
    return codes.length === 0 ? [] : [`${group.name}: ${codes.join(", ")}`];
  });
}
