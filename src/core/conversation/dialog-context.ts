import type { Indicator, Target } from "../catalog/catalog-schema.js";
import type { FigureValue } from "../evaluation/figure-value.js";
import { resolveTarget } from "../evaluation/resolve-target.js";
import type { CommuneSnapshot, MemberInfo } from "./commune-snapshot.js";
import type { ConverseInput } from "./converse-input.js";

/** A message from an approved member of the commune bound to the chat. */
export interface DialogContext {
  input: ConverseInput;
  snapshot: CommuneSnapshot;
  member: MemberInfo;
}

/** The indicator with this code in the commune's catalog. */
export function indicatorByCode(snapshot: CommuneSnapshot, code: string): Indicator | undefined {
  return snapshot.catalog.indicators.find((indicator) => indicator.code === code);
}

/** The target in force for the commune: its own first, then the catalog's. */
export function targetFor(snapshot: CommuneSnapshot, indicator: Indicator): Target | null {
  return resolveTarget(indicator, snapshot.targetOverrides[indicator.code]);
}

/** The latest confirmed figure of an indicator this period (null: none, or withdrawn). */
export function latestFigure(snapshot: CommuneSnapshot, code: string): FigureValue | null {
  const versions = snapshot.figures[code];
  return versions?.[versions.length - 1]?.value ?? null;
}

/** The last denominator confirmed for a ratio indicator, offered for reuse. */
export function lastDenominator(snapshot: CommuneSnapshot, code: string): number | undefined {
  if (snapshot.history === "latest") return snapshot.lastDenominators?.[code];
  const versions = snapshot.figures[code] ?? [];
  for (let i = versions.length - 1; i >= 0; i -= 1) {
    const value = versions[i]?.value;
    if (value?.kind === "ratio") return value.denominator;
  }
  return undefined;
}
