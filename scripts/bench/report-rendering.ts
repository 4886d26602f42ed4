import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { renderAppendixDocx } from "../../src/adapters/reports/render-appendix-docx.js";
import { renderAppendixXlsx } from "../../src/adapters/reports/render-appendix-xlsx.js";
import { renderProgressChart } from "../../src/adapters/reports/render-progress-chart.js";
import { renderProvinceXlsx } from "../../src/adapters/reports/render-province-xlsx.js";
import { deployMigrations } from "../../src/adapters/storage/migrations/migrator.js";
import { openDatabase } from "../../src/adapters/storage/open-database.js";
import { createCommune } from "../../src/adapters/storage/stores/communes.js";
import { addMember } from "../../src/adapters/storage/stores/members.js";
import { createPlan } from "../../src/adapters/storage/stores/plans.js";
import { loadProvinceFigures } from "../../src/adapters/storage/stores/report-data.js";
import type { Catalog, Indicator } from "../../src/core/catalog/catalog-schema.js";
import type { CommuneSnapshot, FigureVersion } from "../../src/core/conversation/commune-snapshot.js";
import type { FigureValue } from "../../src/core/evaluation/figure-value.js";
import { buildCommuneReport, type CommuneReport } from "../../src/core/reports/commune-report.js";
import { buildProvinceRollup } from "../../src/core/reports/province-rollup.js";
import { yearPeriod } from "../../src/core/reports/report-period.js";
import { median } from "./stats.js";

const TZ = "Asia/Ho_Chi_Minh";

/** A plausible figure for any indicator, varied by `seed` so communes differ. */
function figureFor(indicator: Indicator, seed: number): FigureValue {
  switch (indicator.measure.kind) {
    case "ratio":
      return { kind: "ratio", numerator: 600 + ((seed * 37) % 400), denominator: 1_000 };
    case "count":
      return { kind: "count", value: seed % 5 };
    case "document":
      return { kind: "document", issued: seed % 3 !== 0, reference: "12/KH-UBND" };
    case "choice":
      return {
        kind: "choice",
        option: indicator.measure.options[seed % indicator.measure.options.length]?.value ?? "",
      };
    case "status":
      return { kind: "status", text: "Đang triển khai" };
    case "boolean":
      return { kind: "boolean", value: seed % 2 === 0 };
  }
}

/** A commune with a figure and a piece of evidence on every indicator of the catalog. */
export function fullSnapshot(catalog: Catalog): CommuneSnapshot {
  const figures: Record<string, FigureVersion[]> = {};
  catalog.indicators.forEach((indicator, index) => {
    figures[indicator.code] = [
      {
        version: 1,
        kind: "update",
        value: figureFor(indicator, index),
        previousValue: null,
        at: new Date("2024-09-10T03:00:00Z"),
        byMembershipId: "m1",
        byName: "Lan",
        platform: "telegram",
        chatId: "g1",
        evidence: [{ kind: "document", reference: "189/BC-UBND", issuedOn: "2024-09-01" }],
      },
    ];
  });
  return {
    communeId: "c1",
    communeName: "Thúy Sơn",
    district: "Ngọc Lặc",
    province: "Thanh Hóa",
    joinPolicy: "approval",
    planId: "p1",
    year: 2024,
    period: "2024",
    catalog,
    targetOverrides: {},
    figures,
    assignments: {},
    members: [],
    scheduled: [],
  };
}

async function timed(runs: number, work: () => unknown): Promise<{ median: number; peakRssMb: number }> {
  const samples: number[] = [];
  let peak = 0;
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  return { median: median(samples), peakRssMb: peak / 1_048_576 };
}

/** Rendering times of one commune's files (warm, medians) and the memory they take above idle. */
export async function reportRendering(catalog: Catalog): Promise<{
  rows: number;
  docx: number;
  xlsx: number;
  chart: number;
  memoryAboveIdleMb: number;
}> {
  const report: CommuneReport = buildCommuneReport({
    snapshot: fullSnapshot(catalog),
    period: yearPeriod(2024),
    now: new Date("2024-09-20T01:00:00Z"),
    timeZone: TZ,
  });
  for (let warm = 0; warm < 3; warm += 1) {
    await renderAppendixDocx(report);
    await renderAppendixXlsx(report);
    renderProgressChart(report, TZ);
  }
  (globalThis as { gc?: () => void }).gc?.();
  const idle = process.memoryUsage().rss / 1_048_576;
  const docx = await timed(15, () => renderAppendixDocx(report));
  const xlsx = await timed(15, () => renderAppendixXlsx(report));
  const chart = await timed(15, () => renderProgressChart(report, TZ));
  const peak = Math.max(docx.peakRssMb, xlsx.peakRssMb, chart.peakRssMb);
  return {
    rows: catalog.indicators.length,
    docx: docx.median,
    xlsx: xlsx.median,
    chart: chart.median,
    memoryAboveIdleMb: peak - idle,
  };
}

/**
 * The province's roll-up over `communes` communes with a figure on every indicator: the
 * store's query and the roll-up (median of 5), then its workbook, on a fresh SQLite file.
 */
export async function provinceRollupCost(
  catalog: Catalog,
  communes: number,
): Promise<{ communes: number; indicators: number; rollup: number; workbook: number; met: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xaso-bench-province-"));
  const url = `file:${path.join(dir, "bench.db")}`;
  await deployMigrations(url, undefined, () => {});
  const database = await openDatabase(url);
  try {
    const db = database.db;
    const at = new Date("2024-01-05T01:00:00Z");
    const rows: {
      communeId: string;
      planId: string;
      indicatorId: string;
      membershipId: string;
      index: number;
    }[] = [];
    await db.$transaction(
      async (tx) => {
        for (let index = 0; index < communes; index += 1) {
          const commune = await createCommune(
            tx,
            { slug: `xa-${index}`, name: `Xã ${index + 1}`, district: "—", province: "Thanh Hóa" },
            { at },
          );
          const plan = await createPlan(tx, { communeId: commune.id, catalog, year: 2024, at, actor: {} });
          if (!plan.ok) throw new Error("plan");
          const member = await addMember(
            tx,
            {
              communeId: commune.id,
              platform: "telegram",
              externalId: String(1_000 + index),
              displayName: "Lan",
              role: "secretary",
              status: "approved",
            },
            { at },
          );
          rows.push({ communeId: commune.id, planId: plan.plan.id, indicatorId: "", membershipId: member.id, index });
        }
      },
      { timeout: 600_000 },
    );
    const indicators = await db.indicator.findMany({ select: { id: true, code: true } });
    const byCode = new Map(indicators.map((indicator) => [indicator.code, indicator.id]));
    const submissions = rows.flatMap((row) =>
      catalog.indicators.map((indicator, position) => ({
        id: `s-${row.index}-${position}`,
        communeId: row.communeId,
        planId: row.planId,
        indicatorId: byCode.get(indicator.code) ?? "",
        period: "2024",
        version: 1,
        kind: "update",
        value: figureFor(indicator, row.index + position),
        membershipId: row.membershipId,
        platform: "telegram",
        chatId: "g1",
        createdAt: at,
      })),
    );
    // The figures in force, as appending each version through the store would leave them.
    const current = submissions.map(({ id, ...submission }, index) => ({
      ...submission,
      submissionId: id,
      code: catalog.indicators[index % catalog.indicators.length]?.code ?? "",
      evidence: [],
    }));
    for (let start = 0; start < submissions.length; start += 2_000) {
      await db.submission.createMany({ data: submissions.slice(start, start + 2_000) });
      await db.currentFigure.createMany({ data: current.slice(start, start + 2_000) });
    }

    const build = async () => {
      const figures = await loadProvinceFigures(db, "Thanh Hóa");
      return figures.byCatalog.map((group) => buildProvinceRollup(figures.province, group.catalog, group.communes));
    };
    await build();
    const rollup = await timed(5, build);
    const built = await build();
    await renderProvinceXlsx(built);
    const workbook = await timed(3, () => renderProvinceXlsx(built));
    const met = built.reduce((sum, one) => sum + one.communes.reduce((count, commune) => count + commune.met, 0), 0);
    return { communes, indicators: catalog.indicators.length, rollup: rollup.median, workbook: workbook.median, met };
  } finally {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
