import { performance } from "node:perf_hooks";
import type { CatalogRegistry } from "../../src/adapters/catalogs/catalog-registry.js";
import { findActiveBinding } from "../../src/adapters/storage/stores/chat-bindings.js";
import { createCatalogCache } from "../../src/app/conversation/catalog-cache.js";
import { handleInbound } from "../../src/app/conversation/handle-inbound.js";
import { ensureDemoCommune } from "../../src/app/demo/ensure-demo-commune.js";
import { converse } from "../../src/core/conversation/converse.js";
import type { ConverseInput, DialogOutcome } from "../../src/core/conversation/converse-input.js";
import { createBenchDatabase, rebuildFiguresInForce } from "./bench-database.js";
import { median } from "./stats.js";
import { terminalMessage, timeMessage } from "./time-message.js";

/** Latencies of ordinary messages in a commune with `versions` figure versions in the period. */
export interface HistoryPoint {
  readonly versions: number;
  /** Milliseconds per message, end to end (transaction included). */
  readonly latencies: number[];
  /** Milliseconds spent in the pure step `converse` for the same messages. */
  readonly converse: number[];
}

/**
 * What every measured round sends: a one-line update, its confirmation, two questions, and a
 * guided update (the indicator, numerator, denominator, evidence skipped, confirmation),
 * whose evidence question offers the evidence last cited in any version.
 */
const ROUND = ["3.2: 6.608/8.315", "có", "/tiendo", "/chuadat", "/capnhat 3.2", "6700", "8315", "bỏ qua", "có"];

/**
 * Fills the demo commune's period with `versions` confirmed versions spread over its
 * indicators, each with its audit entry (bulk insert, then the migration's backfill of
 * the figures in force), then times `rounds` rounds of ordinary messages through
 * `handleInbound`.
 */
export async function historyPoint(
  registry: CatalogRegistry,
  versions: number,
  rounds: number,
  postgresUrl?: string,
): Promise<HistoryPoint> {
  const database = await createBenchDatabase(postgresUrl);
  try {
    const { db } = database;
    const user = { id: "bench", name: "Lan" };
    const chatId = "terminal:bench";
    let clock = Date.parse("2023-11-20T01:00:00Z");
    await ensureDemoCommune(db, registry, user, chatId, new Date(clock));
    const binding = await findActiveBinding(db, { platform: "terminal", chatId });
    if (!binding) throw new Error("demo chat not bound");
    const plan = await db.communePlan.findUniqueOrThrow({ where: { id: binding.planId } });
    const indicators = await db.indicator.findMany({ where: { setId: plan.setId }, orderBy: { position: "asc" } });
    const member = await db.membership.findFirstOrThrow({ where: { communeId: plan.communeId } });
    const rows = [];
    for (let n = 0; n < versions; n += 1) {
      const indicator = indicators[n % indicators.length];
      if (!indicator) break;
      rows.push({
        communeId: plan.communeId,
        planId: plan.id,
        indicatorId: indicator.id,
        period: String(plan.year),
        version: Math.floor(n / indicators.length) + 1,
        kind: "update",
        value: { kind: "ratio", numerator: 100 + (n % 50), denominator: 200 },
        membershipId: member.id,
        platform: "terminal",
        chatId,
        createdAt: new Date(clock - (versions - n) * 1000),
      });
    }
    // Every saved version leaves its audit entry, as the submission store writes it.
    const audit = rows.map((row) => ({
      communeId: row.communeId,
      action: "submission.update",
      entity: "Submission",
      after: row.value,
      platform: row.platform,
      chatId: row.chatId,
      createdAt: row.createdAt,
    }));
    for (let i = 0; i < rows.length; i += 500) {
      await db.submission.createMany({ data: rows.slice(i, i + 500) });
      await db.auditEntry.createMany({ data: audit.slice(i, i + 500) });
    }
    await rebuildFiguresInForce(database);

    const converseTimes: number[] = [];
    const timedConverse = (input: ConverseInput): DialogOutcome => {
      const start = performance.now();
      try {
        return converse(input);
      } finally {
        converseTimes.push(performance.now() - start);
      }
    };
    const deps = {
      db,
      converse: timedConverse,
      catalogOf: createCatalogCache(db),
      timeZone: "Asia/Ho_Chi_Minh",
      now: () => new Date(clock),
    };
    const latencies: number[] = [];
    let sequence = 0;
    for (let round = 0; round < rounds + 2; round += 1) {
      for (const text of ROUND) {
        sequence += 1;
        clock += 1_000;
        const before = converseTimes.length;
        const { ms } = await timeMessage(() =>
          handleInbound(deps, terminalMessage(chatId, user, sequence, text, new Date(clock))),
        );
        if (round < 2) {
          converseTimes.length = before; // warm-up rounds are not counted
          continue;
        }
        latencies.push(ms);
      }
    }
    return { versions, latencies, converse: converseTimes };
  } finally {
    await database.destroy();
  }
}

/** Medians of SQLite and PostgreSQL measured in turn, so both see the same machine load. */
export interface PairedHistoryPoints {
  sqliteMedians: number[];
  postgresMedians: number[];
  /** Every latency of every run, for the percentiles. */
  sqlite: number[];
  postgres: number[];
}

/**
 * Times the same rounds on SQLite and on PostgreSQL, alternating `runs` times after a
 * warm-up of each, for a ratio that a noisy machine does not tilt towards whichever
 * database happened to run while it was busy.
 */
export async function pairedHistoryPoints(
  registry: CatalogRegistry,
  versions: number,
  runs: number,
  postgresUrl: string,
): Promise<PairedHistoryPoints> {
  await historyPoint(registry, versions, 3);
  await historyPoint(registry, versions, 3, postgresUrl);
  const paired: PairedHistoryPoints = { sqliteMedians: [], postgresMedians: [], sqlite: [], postgres: [] };
  for (let run = 0; run < runs; run += 1) {
    const sqlite = await historyPoint(registry, versions, 15);
    const postgres = await historyPoint(registry, versions, 15, postgresUrl);
    paired.sqliteMedians.push(median(sqlite.latencies));
    paired.postgresMedians.push(median(postgres.latencies));
    paired.sqlite.push(...sqlite.latencies);
    paired.postgres.push(...postgres.latencies);
  }
  return paired;
}
