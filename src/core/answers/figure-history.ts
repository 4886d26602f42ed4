import type { Measure } from "../catalog/catalog-schema.js";
import type { FigureVersion } from "../conversation/commune-snapshot.js";
import { describeValue } from "./describe-value.js";
import { formatInstantDateTime } from "./vietnamese-dates.js";

const ACTIONS: Record<FigureVersion["kind"], string> = { update: "cập nhật", correction: "sửa", undo: "hoàn tác" };

/**
 * "19/09/2024 10:00 — Lan sửa: 4.400/6.353 người (69,2%) → 4.485/6.353 người (70,5%)":
 * one confirmed version, with before → after for corrections and undos so the group sees
 * exactly what changed.
 */
export function historyLine(measure: Measure, version: FigureVersion, timeZone: string): string {
  const after = describeValue(measure, version.value);
  const change = version.kind === "update" ? after : `${describeValue(measure, version.previousValue)} → ${after}`;
  return `${formatInstantDateTime(version.at, timeZone)} — ${version.byName} ${ACTIONS[version.kind]}: ${change}`;
}

/**
 * The newest `limit` versions, newest first, as list lines, plus "(và 2 lần trước đó)" when
 * older ones are left out. Empty when nothing was ever confirmed.
 */
export function historyLines(
  measure: Measure,
  versions: readonly FigureVersion[],
  timeZone: string,
  limit = 3,
): string[] {
  const shown = versions.slice(-limit).reverse();
  const lines = shown.map((version) => `• ${historyLine(measure, version, timeZone)}`);
  const older = versions.length - shown.length;
  if (older > 0) lines.push(`(và ${older} lần trước đó)`);
  return lines;
}
