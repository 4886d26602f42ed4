// Performance figures for Xã Số, printed for people to read (medians and ratios: the
// machines are shared and noisy). Nothing here fails a build.
//   npm run bench

import { findCatalog, loadCatalogRegistry } from "../src/adapters/catalogs/catalog-registry.js";
import { conversationLatency } from "./bench/conversation-latency.js";
import { grammyConversationLatency } from "./bench/grammy-conversations-peer.js";
import { historyPoint, pairedHistoryPoints } from "./bench/history-curve.js";
import { longMessageCost } from "./bench/long-messages.js";
import { parseThroughput, sampleMessages } from "./bench/parse-throughput.js";
import {
  type MemoryStage,
  memoryStageLabels,
  type ProvinceServeResult,
  provinceScale,
} from "./bench/province-scale.js";
import { reminderPlanningCost } from "./bench/reminder-planning.js";
import { provinceRollupCost, reportRendering } from "./bench/report-rendering.js";
import { fixed, median, percentile } from "./bench/stats.js";
import { telegramFanOut } from "./bench/telegram-fan-out.js";

const registry = await loadCatalogRegistry();
const messages = sampleMessages();

console.log("Parse throughput (median of 7 passes of 20 000 messages; target ≥ 25 000 messages/s)");
for (const id of ["thanh-hoa-2023", "ha-trung-2024", "hue-2023"]) {
  const catalog = findCatalog(registry, id);
  if (!catalog) continue;
  const { messagesPerSecond, microsecondsPerMessage } = parseThroughput(catalog, messages);
  console.log(
    `  ${id.padEnd(16)} ${fixed(messagesPerSecond, 0).padStart(8)} messages/s  (${fixed(microsecondsPerMessage, 1)} µs/message, ${messages.length} distinct messages)`,
  );
}

const thanhHoa = findCatalog(registry, "thanh-hoa-2023");
if (thanhHoa) {
  console.log("\nCost of one 4,096-character message, in ordinary messages (median of 7 passes; target ≤ 200)");
  for (const { name, ordinaryMessages } of longMessageCost(thanhHoa, messages)) {
    console.log(`  ${name.padEnd(22)} ${fixed(ordinaryMessages, 0).padStart(6)} ordinary messages`);
  }
}

const updates = 40;
await conversationLatency(registry, 2); // warm-up: module loading, JIT
const { first, latencies } = await conversationLatency(registry, updates);
console.log(
  `\nEnd-to-end message handling, SQLite in process (${updates} guided updates, ${latencies.length} messages, one per event-loop turn; target p99 ≤ 10 ms)`,
);
console.log(
  `  p50 ${fixed(percentile(latencies, 50))} ms   p99 ${fixed(percentile(latencies, 99))} ms   max ${fixed(Math.max(...latencies))} ms   first message on a fresh database (loads the catalog) ${fixed(first)} ms`,
);

console.log(
  "\nCost of a message as the commune's history grows (rounds of: one-line update, confirm, /tiendo, /chuadat, a guided update of five steps)",
);
const postgresUrl = process.env.XASO_BENCH_POSTGRES_URL;
for (const [label, url, sizes] of [
  ["SQLite", undefined, [100, 1_000, 10_000, 50_000]],
  ...(postgresUrl ? [["PostgreSQL", postgresUrl, [100, 1_000, 10_000]] as const] : []),
] as const) {
  let small = Number.NaN;
  for (const versions of sizes) {
    const point = await historyPoint(registry, versions, 10, url);
    const p50 = median(point.latencies);
    if (Number.isNaN(small)) small = p50;
    console.log(
      `  ${label.padEnd(10)} ${String(versions).padStart(6)} versions   p50 ${fixed(p50).padStart(6)} ms   p99 ${fixed(percentile(point.latencies, 99)).padStart(6)} ms   ×small ${fixed(p50 / small)}   converse alone p50 ${fixed(median(point.converse), 3)} ms`,
    );
  }
}

if (postgresUrl) {
  const pairs = 3;
  const paired = await pairedHistoryPoints(registry, 100, pairs, postgresUrl);
  const ratio = median(paired.postgresMedians) / median(paired.sqliteMedians);
  console.log(
    `  PostgreSQL ÷ SQLite, 100 versions, ${pairs} runs in turn: p50 ${fixed(median(paired.postgresMedians))} ÷ ${fixed(median(paired.sqliteMedians))} ms = ${fixed(ratio)}×   p99 ${fixed(percentile(paired.postgres, 99))} / ${fixed(percentile(paired.sqlite, 99))} ms   (target ≤ 1.5×; docs/decisions/0010)`,
  );
}

// Its own processes, so the memory is that of a server and not of this benchmark.
const runs = 3;
const province = await provinceScale(runs);
const served = province.compiled;
if (served.length) {
  const all = (pick: (run: ProvinceServeResult) => number[]) => served.flatMap(pick);
  console.log(
    `\nOne process serving ${served[0]?.communes} communes, SQLite, as npm start runs it (compiled, node ${province.startFlags.join(" ")}; ${served.length} runs)`,
  );
  console.log(
    `  province roll-up (load figures in force + judge): median ${fixed(median(all((run) => run.rollupMs)), 1)} ms of ${all((run) => run.rollupMs).length} runs`,
  );
  const messageMs = all((run) => run.messageMs);
  console.log(
    `  messages across the communes: p50 ${fixed(median(messageMs))} ms   p99 ${fixed(percentile(messageMs, 99))} ms (${messageMs.length} messages)`,
  );
  const queries = served[0]?.queriesPerMessage ?? [];
  console.log(`  database operations per message: median ${median(queries)}   max ${Math.max(...queries)} (target ~5)`);
  console.log(
    "  memory after GC at each stage, median of the runs (MB)    RSS  heap used  heap total  external  tsx, no flags: RSS",
  );
  console.log(`    ${"node alone, with those flags".padEnd(54)}${fixed(province.nodeAloneMb, 0).padStart(5)}`);
  for (const [name, label] of memoryStageLabels) {
    const at = (run: ProvinceServeResult) => run.stages.find((stage) => stage.name === name);
    const column = (pick: (stage: MemoryStage) => number, width: number) =>
      fixed(median(served.flatMap((run) => at(run) ?? []).map(pick)), 0).padStart(width);
    const tsx = province.tsx ? at(province.tsx)?.rssMb : undefined;
    console.log(
      `    ${label.padEnd(54)}${column((stage) => stage.rssMb, 5)}${column((stage) => stage.heapUsedMb, 11)}${column((stage) => stage.heapTotalMb, 12)}${column((stage) => stage.externalMb, 10)}${(tsx === undefined ? "n/a" : fixed(tsx, 0)).padStart(20)}`,
    );
  }
  console.log(
    `  one /baocao after serving: median ${fixed(median(served.map((run) => run.report.ms)), 0)} ms for ${served[0]?.report.files} files; highest RSS of the process's life: median ${fixed(median(served.map((run) => run.peakRssMb)), 0)} MB`,
  );
  console.log("  (target: RSS of the process serving the communes ≤ 150 MB; docs/decisions/0008)");
}
for (const failure of province.failures) console.log(`\nProvince run failed: ${failure}`);

const steps = latencies.length;
await grammyConversationLatency(8); // warm-up
const peer = await grammyConversationLatency(steps);
const alone = median((await historyPoint(registry, 100, 10)).converse);
const window = 10;
const early = (xs: number[]) => median(xs.slice(0, window));
const late = (xs: number[]) => median(xs.slice(-window));
console.log(`\nPer-step cost as one conversation grows (${steps} steps; median of the first and last ${window} steps)`);
console.log(
  `  Xã Số (stored dialog state, SQLite)      first ${fixed(early(latencies))} ms   last ${fixed(late(latencies))} ms   last/first ${fixed(late(latencies) / early(latencies))}×`,
);
console.log(
  `  @grammyjs/conversations (replay, memory) first ${fixed(early(peer))} ms   last ${fixed(late(peer))} ms   last/first ${fixed(late(peer) / early(peer))}×`,
);
console.log(
  `  Xã Số converse() alone (pure step, no I/O) median ${fixed(alone, 3)} ms   vs peer's last steps ${fixed(late(peer) / alone)}×`,
);
console.log(
  "  (Xã Số's end-to-end figure includes a database transaction per message; the peer keeps its state in memory and does no I/O.)",
);

// Telegram outbound fan-out: reminders to many chats at once, against a fake Bot API that
// enforces Telegram's flood limits (30 messages/s overall, 20/min per group) with 429s.
const hue = findCatalog(registry, "hue-2023");
if (hue) {
  const planning = reminderPlanningCost(hue, 600);
  console.log(`\nReminder planning for one tick, 600 communes on hue-2023 (median of 7 passes; target ≤ 100 ms)`);
  console.log(`  ${fixed(planning.ms)} ms   ${planning.reminders} reminders planned`);
}
const morning = await telegramFanOut(0, 600, 1);
console.log(
  "\n08:00 reminders to 600 committee groups through the Telegram adapter (fake Bot API enforcing 30/s overall, 20/min per group)",
);
console.log(
  `  elapsed ${fixed(morning.elapsedSeconds)} s   bound N/30 = ${fixed(morning.boundSeconds)} s   ratio ${fixed(morning.elapsedSeconds / morning.boundSeconds)}× (target ≤ 1.10×)   429s ${morning.rateLimited}`,
);

const fanOut = await telegramFanOut(180, 40, 3);
console.log(
  `\nTelegram outbound fan-out (${fanOut.messages} messages to ${fanOut.chats} chats; fake Bot API enforcing 30/s overall, 20/min per group)`,
);
console.log(
  `  elapsed ${fixed(fanOut.elapsedSeconds)} s   bound N/30 = ${fixed(fanOut.boundSeconds)} s   ratio ${fixed(fanOut.elapsedSeconds / fanOut.boundSeconds)}×   429s ${fanOut.rateLimited}   busiest second ${fanOut.busiestSecond} messages`,
);

// Report files: one commune's appendix, spreadsheet and chart (warm), and the province's
// roll-up across 600 communes (the store's query and the roll-up, then its workbook).
if (thanhHoa) {
  const files = await reportRendering(thanhHoa);
  console.log(`\nReport files of one commune, ${files.rows} indicators (warm, median of 15)`);
  console.log(
    `  appendix DOCX ${fixed(files.docx)} ms (target ≤ 200)   XLSX ${fixed(files.xlsx)} ms (≤ 100)   chart PNG ${fixed(files.chart)} ms (≤ 300)   memory ${fixed(files.memoryAboveIdleMb, 0)} MB above idle (≤ 100)`,
  );
  const province = await provinceRollupCost(thanhHoa, 600);
  console.log(
    `Province roll-up, ${province.communes} communes × ${province.indicators} indicators, SQLite (median of 5; seeding not counted)`,
  );
  console.log(
    `  query + roll-up ${fixed(province.rollup)} ms (target ≤ 500)   workbook XLSX ${fixed(province.workbook)} ms   (${province.met} verdicts Đạt)`,
  );
}
