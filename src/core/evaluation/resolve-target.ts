import type { Indicator, Target } from "../catalog/catalog-schema.js";

/**
 * The target a commune is held to: its own plan's target when it set one, else the
 * catalog's. Districts and communes set their own "chỉ tiêu cụ thể", so the same
 * criterion can be ≥ 60% in one commune and ≥ 75% in another.
 *
 * `override` undefined means the commune's plan says nothing about this indicator;
 * `null` means the plan explicitly marks it not assessed ("không đánh giá"), which wins
 * over the catalog. A null result means not assessed.
 */
export function resolveTarget(indicator: Pick<Indicator, "target">, override?: Target | null): Target | null {
  return override === undefined ? indicator.target : override;
}
