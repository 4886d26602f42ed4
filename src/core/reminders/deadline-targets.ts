import { indicatorState } from "../answers/indicator-state.js";
import { type Day, dayOf, instantAt, isoDay, validDay } from "../calendar/local-time.js";
import type { CommuneSnapshot, MemberInfo } from "../conversation/commune-snapshot.js";
import { isManagingRole } from "../conversation/permissions.js";
import type { EvaluationStatus } from "../evaluation/evaluation-status.js";
import { resolveTarget } from "../evaluation/resolve-target.js";
import type { DeadlineRecord } from "./reminder-sources.js";

/** A deadline reminders are about: a catalog completion date, or one the committee set. */
export interface DeadlineTarget {
  /** "catalog:2024-03-31" or "manual:<id>": the stable target part of a reminder key. */
  target: string;
  /** "Nộp báo cáo kết quả chuyển đổi số năm 2025", "Hạn hoàn thành chỉ tiêu (31/3)". */
  title: string;
  due: Day;
  /** The last moment it can be met: the end of its day for a whole-day deadline. */
  dueAt: Date;
  /** The indicators whose figures it needs. */
  codes: string[];
}

/**
 * Every deadline of the commune's plan year: the catalog's completion dates (one per
 * date, with the assessed indicators due then) and the open deadlines the committee set,
 * which need their indicator's figure, or every assessed figure when they name none.
 */
export function deadlineTargets(
  snapshot: CommuneSnapshot,
  deadlines: readonly DeadlineRecord[],
  timeZone: string,
  statuses: ReadonlyMap<string, EvaluationStatus> = statusesOf(snapshot),
): DeadlineTarget[] {
  const assessed = snapshot.catalog.indicators.filter((indicator) => statuses.get(indicator.code) !== "not-assessed");
  const byDay = new Map<string, { due: Day; codes: string[] }>();
  for (const indicator of assessed) {
    const parts = indicator.deadline?.split("/").map(Number);
    const due = parts?.length === 2 ? validDay(snapshot.year, parts[1] ?? 0, parts[0] ?? 0) : null;
    if (!due) continue;
    const entry = byDay.get(isoDay(due)) ?? { due, codes: [] };
    entry.codes.push(indicator.code);
    byDay.set(isoDay(due), entry);
  }
  const targets: DeadlineTarget[] = [...byDay.values()].map(({ due, codes }) => ({
    target: `catalog:${isoDay(due)}`,
    title: `Hạn hoàn thành ${codes.length === 1 ? `chỉ tiêu ${codes[0]}` : `${codes.length} chỉ tiêu`} theo bộ chỉ tiêu`,
    due,
    dueAt: instantAt(due, { hour: 23, minute: 59 }, timeZone),
    codes,
  }));
  for (const deadline of deadlines) {
    if (deadline.status !== "open" || Number.isNaN(deadline.dueAt.getTime())) continue;
    const code = deadline.indicatorCode;
    targets.push({
      target: `manual:${deadline.id}`,
      title: deadline.title,
      due: dayOf(deadline.dueAt, timeZone),
      dueAt: deadline.dueAt,
      codes: code ? [code] : assessed.map((indicator) => indicator.code),
    });
  }
  return targets;
}

/** Each indicator's verdict, computed once: planning asks about the same indicators many times. */
export function statusesOf(snapshot: CommuneSnapshot): Map<string, EvaluationStatus> {
  return new Map(
    snapshot.catalog.indicators.map((indicator): [string, EvaluationStatus] => {
      const versions = Object.hasOwn(snapshot.figures, indicator.code) ? snapshot.figures[indicator.code] : undefined;
      if (versions?.at(-1)?.value) return [indicator.code, indicatorState(snapshot, indicator).evaluation.status];
      // Without a figure the engine's verdict is "no-data", or "not-assessed" for a status measure or no target.
      const own = Object.hasOwn(snapshot.targetOverrides, indicator.code);
      const target = resolveTarget(indicator, own ? snapshot.targetOverrides[indicator.code] : undefined);
      return [indicator.code, indicator.measure.kind === "status" || target === null ? "not-assessed" : "no-data"];
    }),
  );
}

/** The codes of a deadline still without a figure this period. */
export function missingCodes(
  snapshot: CommuneSnapshot,
  codes: readonly string[],
  statuses: ReadonlyMap<string, EvaluationStatus> = statusesOf(snapshot),
): string[] {
  return codes.filter((code) => statuses.get(code) === "no-data");
}

/** The approved members responsible for any of `codes`, in the order of the committee list. */
export function membersFor(snapshot: CommuneSnapshot, codes: readonly string[]): MemberInfo[] {
  const ids = new Set(codes.flatMap((code) => snapshot.assignments[code] ?? []));
  return snapshot.members.filter((member) => member.status === "approved" && ids.has(member.membershipId));
}

/** The chair, deputy chair and secretary, who schedule meetings and answer for deadlines. */
export function officers(snapshot: CommuneSnapshot): MemberInfo[] {
  return snapshot.members.filter((member) => member.status === "approved" && isManagingRole(member.role));
}
