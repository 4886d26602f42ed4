import type { Catalog, Target } from "../../../core/catalog/catalog-schema.js";
import type { DbClient, Prisma } from "../prisma-types.js";
import type { AuditActor } from "./actor.js";
import { writeAudit } from "./audit-log.js";
import { saveCatalogVersion } from "./indicator-sets.js";

/** A commune working on one catalog version for one year. */
export type CommunePlan = Prisma.CommunePlanModel;

/** A plan with the catalog version it follows. */
export type PlanWithCatalog = CommunePlan & { set: { catalogId: string; version: number; title: string } };

/** What a commune's plan is made of. */
export interface NewPlan {
  communeId: string;
  catalog: Catalog;
  year: number;
  /** The commune's own targets ("chỉ tiêu cụ thể") by indicator code; `null` = not assessed. */
  targetOverrides?: Record<string, Target | null> | undefined;
  at: Date;
  actor: AuditActor;
}

/** Outcome of `createPlan`; a refusal (`ok: false`) has written nothing. */
export type CreatePlanResult =
  | { ok: true; status: "created" | "existing"; plan: CommunePlan }
  | { ok: false; status: "catalog-conflict"; message: string }
  | { ok: false; status: "unknown-codes"; codes: string[] };

/**
 * Gives a commune a plan for one catalog and year: snapshots the catalog as an
 * indicator-set version (once), creates the plan and one PlanTarget row per override
 * (`null` → not assessed). Running it again for the same commune, catalog version and year
 * returns the existing plan untouched. Override codes the catalog does not have, and a
 * catalog whose content changed under the same version, are refused before anything is
 * written. Run it in a transaction together with the commune it belongs to.
 */
export async function createPlan(db: DbClient, input: NewPlan): Promise<CreatePlanResult> {
  const overrides = Object.entries(input.targetOverrides ?? {});
  const known = new Set(input.catalog.indicators.map((indicator) => indicator.code));
  const unknown = overrides.map(([code]) => code).filter((code) => !known.has(code));
  if (unknown.length) return { ok: false, status: "unknown-codes", codes: unknown };

  const saved = await saveCatalogVersion(db, input.catalog, input.at);
  if (saved.status === "conflict") return { ok: false, status: "catalog-conflict", message: saved.message };
  const audit = {
    communeId: input.communeId,
    personId: input.actor.personId,
    platform: input.actor.platform,
    chatId: input.actor.chatId,
    at: input.at,
  };
  if (saved.status === "created") {
    await writeAudit(db, {
      ...audit,
      action: "catalog.snapshot",
      entity: "IndicatorSet",
      entityId: saved.setId,
      after: {
        catalogId: input.catalog.id,
        version: input.catalog.version,
        indicators: input.catalog.indicators.length,
      },
    });
  }

  const existing = await db.communePlan.findUnique({
    where: { communeId_setId_year: { communeId: input.communeId, setId: saved.setId, year: input.year } },
  });
  if (existing) return { ok: true, status: "existing", plan: existing };

  const indicators = await db.indicator.findMany({ where: { setId: saved.setId }, select: { id: true, code: true } });
  const ids = new Map(indicators.map((indicator) => [indicator.code, indicator.id]));
  const idOf = (code: string): string => {
    const id = ids.get(code);
    if (id === undefined) throw new Error(`indicator ${code} missing from stored set ${saved.setId}`);
    return id;
  };
  const plan = await db.communePlan.create({
    data: {
      communeId: input.communeId,
      setId: saved.setId,
      year: input.year,
      createdAt: input.at,
      targets: {
        create: overrides.map(([code, target]) =>
          target === null
            ? { indicatorId: idOf(code), assessed: false }
            : { indicatorId: idOf(code), comparator: target.op, value: target.value },
        ),
      },
    },
  });
  await writeAudit(db, {
    ...audit,
    action: "plan.create",
    entity: "CommunePlan",
    entityId: plan.id,
    after: {
      catalogId: input.catalog.id,
      version: input.catalog.version,
      year: input.year,
      targets: Object.fromEntries(overrides),
    },
  });
  return { ok: true, status: "created", plan };
}

/** The commune's current plan: the newest year (the newest plan within a year), or null. */
export function findCurrentPlan(db: DbClient, communeId: string): Promise<PlanWithCatalog | null> {
  return db.communePlan.findFirst({
    where: { communeId },
    orderBy: [{ year: "desc" }, { createdAt: "desc" }],
    include: { set: { select: { catalogId: true, version: true, title: true } } },
  });
}

/**
 * The stored id of the indicator with `code` in the catalog version a plan follows, or
 * null when that version has no such code. Figures are saved against this id.
 */
export async function findIndicatorIdByCode(
  db: DbClient,
  plan: { planId: string; code: string },
): Promise<string | null> {
  const indicator = await db.indicator.findFirst({
    where: { code: plan.code, set: { plans: { some: { id: plan.planId } } } },
    select: { id: true },
  });
  return indicator?.id ?? null;
}
