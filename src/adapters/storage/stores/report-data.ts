import type { Catalog, Target } from "../../../core/catalog/catalog-schema.js";
import type { CommuneSnapshot } from "../../../core/conversation/commune-snapshot.js";
import { type FigureValue, figureValueSchema } from "../../../core/evaluation/figure-value.js";
import type { CommuneFigures } from "../../../core/reports/province-rollup.js";
import { foldVietnamese } from "../../../core/text/fold-vietnamese.js";
import type { DbClient } from "../prisma-types.js";
import { loadCommuneSnapshot } from "./commune-snapshots.js";
import { readCatalogVersion } from "./indicator-sets.js";

/** The data of one commune's report, or why there is none. */
export type CommuneReportData =
  | { readonly ok: true; readonly snapshot: CommuneSnapshot }
  | { readonly ok: false; readonly reason: "no-commune" }
  | { readonly ok: false; readonly reason: "no-plan"; readonly communeName: string; readonly years: readonly number[] };

/**
 * Everything a commune's report needs: the snapshot of its plan for `year` (the newest
 * plan when no year is asked), with every figure version of that year so the report can
 * be cut at any period's end. A missing commune or plan comes back as a reason, not an
 * error, so the caller can say what to do.
 */
export async function loadCommuneReportData(
  db: DbClient,
  request: { readonly slug: string; readonly year?: number; readonly now: Date },
): Promise<CommuneReportData> {
  const commune = await db.commune.findUnique({
    where: { slug: request.slug },
    include: { plans: { orderBy: [{ year: "desc" }, { createdAt: "desc" }], select: { id: true, year: true } } },
  });
  if (!commune) return { ok: false, reason: "no-commune" };
  const plan = commune.plans.find((candidate) => request.year === undefined || candidate.year === request.year);
  if (!plan)
    return {
      ok: false,
      reason: "no-plan",
      communeName: commune.name,
      years: [...new Set(commune.plans.map((candidate) => candidate.year))],
    };
  const snapshot = await loadCommuneSnapshot(db, { planId: plan.id, platform: "report", now: request.now }, (setId) =>
    readCatalogVersion(db, setId),
  );
  return { ok: true, snapshot };
}

/** The communes of a province under one catalog version, with their latest figures. */
export interface ProvinceCatalogFigures {
  readonly catalog: Catalog;
  readonly communes: readonly CommuneFigures[];
}

/** A province's communes grouped by the catalog of their newest plan, or none found. */
export interface ProvinceFigures {
  /** The province as stored ("Thanh Hóa"), or the name asked for when nothing matched. */
  readonly province: string;
  readonly byCatalog: readonly ProvinceCatalogFigures[];
}

function asFigure(json: unknown): FigureValue | null {
  const parsed = figureValueSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/**
 * The province's view: each commune of `province` (matched without regard to case or
 * diacritics placement, so "Thanh Hoá" finds "Thanh Hóa") with its newest plan, its own
 * targets, and the latest confirmed figure per indicator of that plan's year. The latest
 * figures come from one query over the figures in force (`CurrentFigure`, one row per
 * plan, indicator and period), however many versions the communes confirmed. Only
 * communes of that province are read, never the terminal chat's sample commune.
 */
export async function loadProvinceFigures(db: DbClient, province: string): Promise<ProvinceFigures> {
  const wanted = foldVietnamese(province).trim().replace(/\s+/g, " ");
  // The terminal chat's sample commune is no real commune of its province.
  const provinces = await db.commune.findMany({
    where: { sample: false },
    distinct: ["province"],
    select: { province: true },
  });
  const names = provinces
    .map((row) => row.province)
    .filter((name) => foldVietnamese(name).trim().replace(/\s+/g, " ") === wanted);
  if (!names.length) return { province, byCatalog: [] };

  const communes = await db.commune.findMany({
    where: { province: { in: names }, sample: false },
    select: {
      slug: true,
      name: true,
      plans: {
        orderBy: [{ year: "desc" }, { createdAt: "desc" }],
        take: 1,
        select: {
          id: true,
          year: true,
          setId: true,
          targets: { select: { comparator: true, value: true, assessed: true, indicator: { select: { code: true } } } },
        },
      },
    },
  });
  const plans = communes.flatMap((commune) => commune.plans.map((plan) => ({ commune, plan })));
  const latest = await db.currentFigure.findMany({
    where: { planId: { in: plans.map(({ plan }) => plan.id) } },
    orderBy: [{ planId: "asc" }, { indicatorId: "asc" }],
    select: { planId: true, code: true, period: true, value: true },
  });
  const setIds = [...new Set(plans.map(({ plan }) => plan.setId))];
  const figuresByPlan = new Map<string, Record<string, FigureValue | null>>();
  const yearOf = new Map(plans.map(({ plan }) => [plan.id, String(plan.year)]));
  for (const row of latest) {
    if (row.period !== yearOf.get(row.planId)) continue;
    const figures = figuresByPlan.get(row.planId) ?? {};
    figures[row.code] = asFigure(row.value);
    figuresByPlan.set(row.planId, figures);
  }

  const byCatalog: ProvinceCatalogFigures[] = [];
  for (const setId of setIds) {
    const catalog = await readCatalogVersion(db, setId);
    const members = plans
      .filter(({ plan }) => plan.setId === setId)
      .map(({ commune, plan }): CommuneFigures => {
        const targetOverrides: Record<string, Target | null> = {};
        for (const target of plan.targets)
          targetOverrides[target.indicator.code] =
            target.assessed && target.comparator ? ({ op: target.comparator, value: target.value } as Target) : null;
        return {
          slug: commune.slug,
          name: commune.name,
          year: plan.year,
          targetOverrides,
          latest: figuresByPlan.get(plan.id) ?? {},
        };
      });
    byCatalog.push({ catalog, communes: members });
  }
  byCatalog.sort((a, b) => b.communes.length - a.communes.length);
  return { province: names[0] ?? province, byCatalog };
}
