import type { FigureValue } from "../evaluation/figure-value.js";
import type { CommuneSnapshot, EvidenceInfo, FigureVersion } from "./commune-snapshot.js";

/**
 * The version in force when saving `value` (with `evidence`) would only repeat it: the
 * same figure, and no evidence beyond what that version already has. Null when the save
 * changes something. A repeated figure is not stored again, so the history never holds
 * two identical versions in a row; new evidence for the same figure is a change.
 */
export function unchangedVersion(
  snapshot: CommuneSnapshot,
  code: string,
  value: FigureValue,
  evidence: readonly EvidenceInfo[] = [],
): FigureVersion | null {
  const versions = snapshot.figures[code];
  const current = versions?.[versions.length - 1];
  if (!current?.value || !sameFigure(current.value, value)) return null;
  const known = new Set(current.evidence.map(evidenceKey));
  return evidence.every((item) => known.has(evidenceKey(item))) ? current : null;
}

/** Two figures that say the same thing, whatever order their fields were written in. */
export function sameFigure(a: FigureValue, b: FigureValue): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: FigureValue): string {
  const fields = Object.entries(value)
    .filter(([, field]) => field !== undefined)
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  return JSON.stringify(fields);
}

function evidenceKey(evidence: EvidenceInfo): string {
  return JSON.stringify([evidence.kind, evidence.reference ?? "", evidence.issuedOn ?? "", evidence.url ?? ""]);
}
