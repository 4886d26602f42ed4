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

/** What the pg connections were asked while `work` ran. */
interface Traffic {
  /** The most statements one connection had sent and not yet seen answered. */
  mostInFlight: number;
  /** Every statement's text with the name it was prepared under, if any, in order. */
  statements: { text: string; name: string | undefined }[];
}

async function watchTraffic(work: () => Promise<unknown>): Promise<Traffic> {
  const inFlight = new Map<object, number>();
  const traffic: Traffic = { mostInFlight: 0, statements: [] };
  const send = pg.Client.prototype.query;
  const spy = vi.spyOn(pg.Client.prototype, "query").mockImplementation(function (this: pg.Client, ...args: unknown[]) {
    const config = args[0] as string | { text: string; name?: string };
    traffic.statements.push(
      typeof config === "string" ? { text: config, name: undefined } : { text: config.text, name: config.name },
    );
    const result = (send as (...a: unknown[]) => unknown).apply(this, args);
    if (!(result instanceof Promise)) return result as never;
    const count = (inFlight.get(this) ?? 0) + 1;
    inFlight.set(this, count);
    traffic.mostInFlight = Math.max(traffic.mostInFlight, count);
    const settle = () => inFlight.set(this, (inFlight.get(this) ?? 1) - 1);
    result.then(settle, settle);
    return result as never;
  });
  try {
    await work();
  } finally {
    spy.mockRestore();
  }
  return traffic;
}

// PostgreSQL only: SQLite's driver is in-process and synchronous.
describe.skipIf(!databaseKindsUnderTest().includes("postgresql"))("a pipelined PostgreSQL connection", () => {
  const database = useTestDatabase("postgresql");

  let message: (messageId: string, text: string) => ReturnType<typeof handleInbound>;
  beforeAll(async () => {
    const { db } = database();
    await seedGroupCommittee(db, catalog, { slug: "mot", name: "Xã Một" }, at);
    const deps = { db, converse, catalogOf: createCatalogCache(db), timeZone: "Asia/Ho_Chi_Minh", now: () => at };
    message = (messageId, text) =>
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
  });

  it("sends a message's statements without waiting for each answer, and pg does not warn", async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.message);
    process.on("warning", onWarning);
    try {
      const traffic = await watchTraffic(async () => {
        await message("a1", "/tiendo");
        await message("a2", "3.2: 6.608/8.315");
        await message("a3", "có");
      });
      expect(traffic.mostInFlight).toBeGreaterThan(1);
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings.filter((text) => text.includes("client.query"))).toEqual([]);
  });

  it("prepares a message's statements once, under the same names for the next message", async () => {
    const first = await watchTraffic(() => message("b1", "/tiendo"));
    const second = await watchTraffic(() => message("b2", "/tiendo"));

    const named = (traffic: Traffic) => new Map(traffic.statements.filter((s) => s.name).map((s) => [s.text, s.name]));
    expect(named(second).size).toBeGreaterThan(0);
    for (const [text, name] of named(second)) expect(named(first).get(text)).toBe(name);
    expect(second.statements.filter((s) => s.text.startsWith("SELECT") && !s.name)).toEqual([]);
  });

  it("rolls back a transaction whose statement fails, and the connection serves the next one", async () => {
    const { db } = database();
    const ref = { platform: "telegram", chatId: "g1", messageId: "lost" };

    await expect(
      db.$transaction(async (tx) => {
        await tx.processedMessage.create({ data: ref });
        await tx.$queryRaw`SELECT 1 / 0`;
      }),
    ).rejects.toThrow();

    expect(await db.processedMessage.count({ where: ref })).toBe(0);
    const replies = await message("c1", "3.2: 6.608/8.315");
    expect(replies.map((reply) => reply.text).join("\n")).toContain("6.608");
  });
});
