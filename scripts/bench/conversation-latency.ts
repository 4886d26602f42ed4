import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { CatalogRegistry } from "../../src/adapters/catalogs/catalog-registry.js";
import { deployMigrations } from "../../src/adapters/storage/migrations/migrator.js";
import { openDatabase } from "../../src/adapters/storage/open-database.js";
import { createCatalogCache } from "../../src/app/conversation/catalog-cache.js";
import { handleInbound } from "../../src/app/conversation/handle-inbound.js";
import { ensureDemoCommune } from "../../src/app/demo/ensure-demo-commune.js";
import { converse } from "../../src/core/conversation/converse.js";
import { terminalMessage, timeMessage } from "./time-message.js";

/** Per-message latencies of guided updates through the whole stack, in step order. */
export interface LatencyRun {
  /** Milliseconds for the first message on the fresh database (it loads the catalog). */
  first: number;
  /** Milliseconds for each message after the warm-up updates, in the order sent. */
  latencies: number[];
}

/** Guided updates sent before the measured ones, in the same database. */
const WARM_UP_UPDATES = 2;

/**
 * Runs `updates` guided updates back to back (5 messages each: /capnhat CODE, numerator,
 * denominator, evidence, confirm) through handleInbound on a fresh SQLite file, in
 * process, no network: parsing, the dialog, the snapshot load and the transaction that
 * saves the figure and the dialog state are all in the figure. Two updates go first and
 * are not counted, as a running bot has served messages before; the very first message,
 * which loads the commune's catalog, is reported on its own.
 */
export async function conversationLatency(registry: CatalogRegistry, updates: number): Promise<LatencyRun> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xaso-bench-"));
  const url = `file:${path.join(dir, "bench.db")}`;
  await deployMigrations(url, undefined, () => {});
  const database = await openDatabase(url);
  try {
    const user = { id: "bench", name: "Lan" };
    const chatId = "terminal:bench";
    await ensureDemoCommune(database.db, registry, user, chatId, new Date());
    let clock = Date.parse("2023-11-20T01:00:00Z");
    const deps = {
      db: database.db,
      converse,
      catalogOf: createCatalogCache(database.db),
      timeZone: "Asia/Ho_Chi_Minh",
      now: () => new Date(clock),
    };
    const codes = ["3.2", "3.4", "3.9", "3.10", "3.11", "3.12", "2.4", "2.5"];
    const latencies: number[] = [];
    let first = Number.NaN;
    let sequence = 0;
    for (let update = 0; update < WARM_UP_UPDATES + updates; update += 1) {
      const numerator = 5_000 + update;
      for (const text of [`/capnhat ${codes[update % codes.length]}`, String(numerator), "8315", "bỏ qua", "có"]) {
        sequence += 1;
        clock += 1_000;
        const { ms } = await timeMessage(() =>
          handleInbound(deps, terminalMessage(chatId, user, sequence, text, new Date(clock))),
        );
        if (sequence === 1) first = ms;
        if (update >= WARM_UP_UPDATES) latencies.push(ms);
      }
    }
    return { first, latencies };
  } finally {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
