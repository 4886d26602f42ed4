// One process serving a province: 600 communes, each with a bound chat, a secretary and a
// dozen figures. Run as its own process so its memory is measured alone:
//   tsx scripts/bench/province-scale.ts [postgresql://…]   → one JSON line on stdout
import { performance } from "node:perf_hooks";
import { findCatalog, loadCatalogRegistry } from "../../src/adapters/catalogs/catalog-registry.js";
import { saveCatalogVersion } from "../../src/adapters/storage/stores/indicator-sets.js";
import { loadProvinceFigures } from "../../src/adapters/storage/stores/report-data.js";
import { createCatalogCache } from "../../src/app/conversation/catalog-cache.js";
import { handleInbound } from "../../src/app/conversation/handle-inbound.js";
import { converse } from "../../src/core/conversation/converse.js";
import { buildProvinceRollup } from "../../src/core/reports/province-rollup.js";
import { createBenchDatabase, rebuildFiguresInForce } from "./bench-database.js";
import { countDatabaseOperations } from "./count-database-operations.js";

const COMMUNES = 600;
const FIGURES = 12;
const PROVINCE = "Thanh Hóa";

/** What the province run measured. */
export interface ProvinceScale {
  communes: number;
  /** Milliseconds to load every commune's figures in force and judge them (median of runs). */
  rollupMs: number[];
  /** Milliseconds per message across the communes, after a first round that fills caches. */
  messageMs: number[];
  /** Prisma operations (model calls and raw queries) each measured message ran. */
  queriesPerMessage: number[];
  /** Resident set and live heap after serving, in MB, after a garbage collection when allowed. */
  rssMb: number;
  heapUsedMb: number;
  /** RSS before opening the database and loading the app's modules' data. */
  startRssMb: number;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function main(): Promise<void> {
  const startRssMb = mb(process.memoryUsage().rss);
  const registry = await loadCatalogRegistry();
  const catalog = findCatalog(registry, "thanh-hoa-2023");
  if (!catalog) throw new Error("catalog thanh-hoa-2023 missing");
  const database = await createBenchDatabase(process.argv[2]);
  try {
    const { db } = database;
    const at = new Date("2023-11-20T01:00:00Z");
    const saved = await saveCatalogVersion(db, catalog, at);
    const indicators = await db.indicator.findMany({ where: { setId: saved.setId }, orderBy: { position: "asc" } });
    const ids = Array.from({ length: COMMUNES }, (_, i) => String(i).padStart(3, "0"));
    await db.commune.createMany({
      data: ids.map((i) => ({ id: `c${i}`, slug: `xa-${i}`, name: `Xã ${i}`, district: "Huyện", province: PROVINCE })),
    });
    await db.communePlan.createMany({
      data: ids.map((i) => ({ id: `p${i}`, communeId: `c${i}`, setId: saved.setId, year: 2023 })),
    });
    await db.person.createMany({ data: ids.map((i) => ({ id: `u${i}`, displayName: `Thư ký ${i}` })) });
    await db.platformIdentity.createMany({
      data: ids.map((i) => ({ personId: `u${i}`, platform: "terminal", externalId: `u${i}` })),
    });
    await db.membership.createMany({
      data: ids.map((i) => ({
        id: `m${i}`,
        communeId: `c${i}`,
        personId: `u${i}`,
        role: "secretary",
        status: "approved",
        updatedAt: at,
      })),
    });
    await db.chatBinding.createMany({
      data: ids.map((i) => ({
        platform: "terminal",
        chatId: `chat-${i}`,
        communeId: `c${i}`,
        planId: `p${i}`,
        isGroup: true,
        updatedAt: at,
      })),
    });
    const submissions = ids.flatMap((i) =>
      indicators.slice(0, FIGURES).map((indicator, k) => ({
        communeId: `c${i}`,
        planId: `p${i}`,
        indicatorId: indicator.id,
        period: "2023",
        version: 1,
        value: { kind: "ratio", numerator: 50 + k, denominator: 100 },
        membershipId: `m${i}`,
        platform: "terminal",
        chatId: `chat-${i}`,
        createdAt: at,
      })),
    );
    for (let i = 0; i < submissions.length; i += 500)
      await db.submission.createMany({ data: submissions.slice(i, i + 500) });
    await rebuildFiguresInForce(database);

    const rollupMs: number[] = [];
    for (let run = 0; run < 6; run += 1) {
      const start = performance.now();
      const figures = await loadProvinceFigures(db, PROVINCE);
      for (const group of figures.byCatalog) buildProvinceRollup(figures.province, group.catalog, group.communes);
      if (run > 0) rollupMs.push(performance.now() - start);
    }

    let clock = at.getTime();
    const counted = countDatabaseOperations(db);
    const deps = {
      db: counted.db,
      converse,
      catalogOf: createCatalogCache(db),
      timeZone: "Asia/Ho_Chi_Minh",
      now: () => new Date(clock),
    };
    const messageMs: number[] = [];
    const queriesPerMessage: number[] = [];
    let sequence = 0;
    for (const [round, text] of ["/tiendo", "3.2: 6.608/8.315", "có"].entries()) {
      for (const i of ids) {
        sequence += 1;
        clock += 1_000;
        const start = performance.now();
        const before = counted.operations.length;
        await handleInbound(deps, {
          platform: "terminal",
          chatId: `chat-${i}`,
          isGroup: true,
          messageId: `m${sequence}`,
          sender: { id: `u${i}`, name: `Thư ký ${i}` },
          text,
          mentionsBot: true,
          repliesToBot: false,
          sentAt: new Date(clock),
        });
        if (round > 0) {
          messageMs.push(performance.now() - start);
          queriesPerMessage.push(counted.operations.length - before);
        }
      }
    }
    (globalThis as { gc?: () => void }).gc?.();
    const memory = process.memoryUsage();
    const result: ProvinceScale = {
      communes: COMMUNES,
      rollupMs,
      messageMs,
      queriesPerMessage,
      rssMb: mb(memory.rss),
      heapUsedMb: mb(memory.heapUsed),
      startRssMb,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await database.destroy();
  }
}

if (process.argv[1]?.endsWith("province-scale.ts")) await main();
