import type { DbClient } from "../prisma-types.js";
import type { AuditActor } from "./actor.js";
import { writeAudit } from "./audit-log.js";

/** Indicators to put in one member's charge for a plan. */
export interface NewAssignments {
  planId: string;
  /** Indicator codes of the plan's catalog, e.g. ["3.2", "3.4"]; repeats are ignored. */
  codes: string[];
  membershipId: string;
  at: Date;
  actor: AuditActor;
}

/** An indicator named back to whoever assigned it. */
export interface AssignedIndicator {
  code: string;
  name: string;
}

/** What `assignIndicators` did; a refusal (`ok: false`) has written nothing. */
export type AssignIndicatorsResult =
  | { ok: true; status: "assigned"; added: AssignedIndicator[]; already: AssignedIndicator[] }
  | { ok: false; status: "unknown-codes"; codes: string[] }
  | { ok: false; status: "other-commune" };

/**
 * Makes a member responsible for indicators of a plan. All codes are checked first: when
 * any is not in the plan's catalog version, the unknown ones come back and nothing is
 * written. Indicators already assigned to the member are reported as `already`, so
 * running it again changes nothing. A membership of another commune is refused. One
 * audit row per new assignment.
 */
export async function assignIndicators(db: DbClient, input: NewAssignments): Promise<AssignIndicatorsResult> {
  const plan = await db.communePlan.findUniqueOrThrow({ where: { id: input.planId } });
  const membership = await db.membership.findUniqueOrThrow({ where: { id: input.membershipId } });
  if (membership.communeId !== plan.communeId) return { ok: false, status: "other-commune" };

  const codes = [...new Set(input.codes)];
  const indicators = await db.indicator.findMany({
    where: { setId: plan.setId, code: { in: codes } },
    select: { id: true, code: true, name: true },
  });
  const byCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));
  const unknown = codes.filter((code) => !byCode.has(code));
  if (unknown.length) return { ok: false, status: "unknown-codes", codes: unknown };

  const existing = await db.assignment.findMany({
    where: { planId: plan.id, membershipId: membership.id, indicatorId: { in: indicators.map((i) => i.id) } },
    select: { indicatorId: true },
  });
  const assigned = new Set(existing.map((assignment) => assignment.indicatorId));
  const added: AssignedIndicator[] = [];
  const already: AssignedIndicator[] = [];
  for (const code of codes) {
    const indicator = byCode.get(code);
    if (!indicator) continue;
    const named = { code: indicator.code, name: indicator.name };
    if (assigned.has(indicator.id)) {
      already.push(named);
      continue;
    }
    const created = await db.assignment.create({
      data: { planId: plan.id, indicatorId: indicator.id, membershipId: membership.id, createdAt: input.at },
    });
    await writeAudit(db, {
      communeId: plan.communeId,
      personId: input.actor.personId,
      platform: input.actor.platform,
      chatId: input.actor.chatId,
      action: "assignment.add",
      entity: "Assignment",
      entityId: created.id,
      after: { planId: plan.id, code: indicator.code, membershipId: membership.id, personId: membership.personId },
      at: input.at,
    });
    added.push(named);
  }
  return { ok: true, status: "assigned", added, already };
}
