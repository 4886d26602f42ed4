// The measured side of the province benchmark (province-scale.ts runs it): one process
// that opens an already seeded database and serves its 600 communes the way `npm start`
// does, and records its memory at each stage. The app's modules are imported on the way,
// so each stage shows what it adds. Compiled like npm start, or run through tsx:
//   node --expose-gc [--import tsx] province-serve.(js|ts) DATABASE_URL   → one JSON line
import { performance } from "node:perf_hooks";
import { setTimeout as idle } from "node:timers/promises";
import { countDatabaseOperations } from "./count-database-operations.js";
import type { MemoryStage, ProvinceServeResult } from "./province-scale.js";
import { timeMessage } from "./time-message.js";

const PROVINCE = "Thanh Hóa";
const COMMUNES = 600;

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/**
 * Memory once it settles after a full garbage collection: V8 gives freed pages back from
 * background threads, as it does on a server between messages, and on a busy machine
 * that takes a moment. Collects and waits half a second at a time until the resident set
 * stops falling (at most five times).
 */
async function measure(stages: MemoryStage[], name: string): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  let rss = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 5; round += 1) {
    gc?.();
    await idle(500);
    const now = process.memoryUsage().rss;
    if (now > rss - 1024 * 1024) break;
    rss = now;
  }
  const memory = process.memoryUsage();
  stages.push({
    name,
    rssMb: mb(memory.rss),
    heapUsedMb: mb(memory.heapUsed),
    heapTotalMb: mb(memory.heapTotal),
    externalMb: mb(memory.external),
  });
}

async function main(url: string): Promise<void> {
  const stages: MemoryStage[] = [];
  await measure(stages, "start");
  const [{ openMigratedDatabase }, { loadCatalogRegistry }, { loadProvinceFigures }, cache, inbound, core, rollup] =
    await Promise.all([
      import("../../src/adapters/storage/migrations/open-migrated-database.js"),
      import("../../src/adapters/catalogs/catalog-registry.js"),
      import("../../src/adapters/storage/stores/report-data.js"),
      import("../../src/app/conversation/catalog-cache.js"),
      import("../../src/app/conversation/handle-inbound.js"),
      import("../../src/core/conversation/converse.js"),
      import("../../src/core/reports/province-rollup.js"),
      import("../../src/app/start-app.js"),
    ]);
  await measure(stages, "modules");
  const { opened } = await openMigratedDatabase(url, () => {});
  const { db } = opened;
  await db.commune.count();
  await measure(stages, "database");
  await loadCatalogRegistry();
  await measure(stages, "catalogs");

  let clock = new Date("2023-11-20T01:00:00Z").getTime();
  const counted = countDatabaseOperations(db);
  const deps = {
    db: counted.db,
    converse: core.converse,
    catalogOf: cache.createCatalogCache(db),
    timeZone: "Asia/Ho_Chi_Minh",
    now: () => new Date(clock),
  };
  const ids = Array.from({ length: COMMUNES }, (_, i) => String(i).padStart(3, "0"));
  const messageMs: number[] = [];
  const queriesPerMessage: number[] = [];
  const rollupMs: number[] = [];
  let sequence = 0;
  for (const [round, text] of ["/tiendo", "3.2: 6.608/8.315", "có"].entries()) {
    for (const i of ids) {
      sequence += 1;
      clock += 1_000;
      const before = counted.operations.length;
      const { ms } = await timeMessage(() =>
        inbound.handleInbound(deps, {
          platform: "terminal",
          chatId: `chat-${i}`,
          isGroup: true,
          messageId: `m${sequence}`,
          sender: { id: `u${i}`, name: `Thư ký ${i}` },
          text,
          mentionsBot: true,
          repliesToBot: false,
          sentAt: new Date(clock),
        }),
      );
      if (round > 0) {
        messageMs.push(ms);
        queriesPerMessage.push(counted.operations.length - before);
      }
    }
    if (round > 0) continue;
    await measure(stages, "first message");
    for (let run = 0; run < 6; run += 1) {
      const start = performance.now();
      const figures = await loadProvinceFigures(db, PROVINCE);
      for (const group of figures.byCatalog)
        rollup.buildProvinceRollup(figures.province, group.catalog, group.communes);
      if (run > 0) rollupMs.push(performance.now() - start);
    }
  }
  await measure(stages, "served");
  // One commune asks for its report: the renderers load and draw its files.
  const reportStart = performance.now();
  const sent = await inbound.handleInbound(deps, {
    platform: "terminal",
    chatId: "chat-000",
    isGroup: true,
    messageId: "report",
    sender: { id: "u000", name: "Thư ký 000" },
    text: "/baocao",
    mentionsBot: true,
    repliesToBot: false,
    sentAt: new Date(clock + 1_000),
  });
  const reportMs = performance.now() - reportStart;
  await measure(stages, "report");
  await opened.close();
  const result: ProvinceServeResult = {
    communes: COMMUNES,
    stages,
    rollupMs,
    messageMs,
    queriesPerMessage,
    report: { ms: reportMs, files: sent.filter((message) => message.file).length },
    peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

const url = process.argv[2];
if (url && /province-serve\.[jt]s$/.test(process.argv[1] ?? "")) await main(url);
