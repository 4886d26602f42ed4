import pg from "pg";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createCatalogCache } from "../../src/app/conversation/catalog-cache.js";
import { handleInbound } from "../../src/app/conversation/handle-inbound.js";
import type { Catalog } from "../../src/core/catalog/catalog-schema.js";
import { converse } from "../../src/core/conversation/converse.js";
import { loadCatalogOrFail } from "../support/catalogs.js";
import { seedGroupCommittee } from "../support/group-committee.js";
import { databaseKindsUnderTest } from "../support/test-database.js";
import { useTestDatabase } from "../support/use-test-database.js";

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalogOrFail("thanh-hoa-2023");
});
afterEach(() => {
  vi.restoreAllMocks();
});

const at = new Date("2023-11-20T01:00:00Z");

/**
 * The most queries any one pg connection had sent and not yet answered while `work` ran.
 * pg 8 queues a second query on a busy connection with a deprecation warning; pg 9 will
 * refuse it. A message is one transaction on one connection, and Prisma loads sibling
 * relations of one read at the same time, so the connection must take them in turn.
 */
async function mostQueriesInFlight(work: () => Promise<unknown>): Promise<number> {
  const inFlight = new Map<object, number>();
  let most = 0;
  const send = pg.Client.prototype.query;
  vi.spyOn(pg.Client.prototype, "query").mockImplementation(function (this: pg.Client, ...args: unknown[]) {
    const result = (send as (...a: unknown[]) => unknown).apply(this, args);
    if (!(result instanceof Promise)) return result as never;
    const count = (inFlight.get(this) ?? 0) + 1;
    inFlight.set(this, count);
    most = Math.max(most, count);
    const settle = () => inFlight.set(this, (inFlight.get(this) ?? 1) - 1);
    result.then(settle, settle);
    return result as never;
  });
  await work();
  return most;
}

// PostgreSQL only: SQLite's driver is synchronous and has no queue.
describe.skipIf(!databaseKindsUnderTest().includes("postgresql"))(
  "one query at a time on a PostgreSQL connection",
  () => {
    const database = useTestDatabase("postgresql");

    it("reads a commune's plan, targets and catalog in turn inside a message's transaction", async () => {
      const { db } = database();
      await seedGroupCommittee(db, catalog, { slug: "mot", name: "Xã Một" }, at);
      const deps = { db, converse, catalogOf: createCatalogCache(db), timeZone: "Asia/Ho_Chi_Minh", now: () => at };
      const message = (messageId: string, text: string) =>
        handleInbound(deps, {
          platform: "telegram",
          chatId: "g1",
          isGroup: true,
          messageId,
          sender: { id: "u1", name: "Lan" },
          text,
          mentionsBot: true,
          repliesToBot: false,
          sentAt: at,
        });

      const most = await mostQueriesInFlight(async () => {
        await message("m1", "/tiendo");
        await message("m2", "3.2: 6.608/8.315");
        await message("m3", "có");
      });

      expect(most).toBe(1);
    });
  },
);
