import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqliteFilePath } from "../../src/adapters/storage/database-kind.js";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";

/** SQLite's page size: what one frame of the write-ahead log holds. */
const PAGE = 4096;
/** Pages the log holds before a commit copies them back (SQLite's default is 1,000). */
const CHECKPOINT_PAGES = 200;

describe("A SQLite connection as the app opens it", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
  });
  afterAll(async () => database.destroy());

  it("enforces foreign keys and writes ahead to a log that is copied back every 200 pages", async () => {
    const { db } = database;
    const [keys] = await db.$queryRawUnsafe<{ foreign_keys: bigint }[]>("PRAGMA foreign_keys");
    const [journal] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    const [checkpoint] = await db.$queryRawUnsafe<{ wal_autocheckpoint: bigint }[]>("PRAGMA wal_autocheckpoint");
    expect(Number(keys?.foreign_keys)).toBe(1);
    expect(journal?.journal_mode).toBe("wal");
    expect(Number(checkpoint?.wal_autocheckpoint)).toBe(CHECKPOINT_PAGES);
  });

  it("keeps the log near that size however many messages commit, so no commit copies back much", async () => {
    const { db, url } = database;
    await db.$executeRawUnsafe("CREATE TABLE scratch (id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
    // One commit per row, each row filling most of a page: 1,500 pages written in all.
    for (let row = 0; row < 1_500; row += 1)
      await db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("INSERT INTO scratch (body) VALUES (?)", "x".repeat(3_000));
      });
    const log = fs.statSync(`${sqliteFilePath(url)}-wal`).size;
    // SQLite's default (1,000 pages) would have let it grow past 4 MB.
    expect(log).toBeGreaterThan(0);
    expect(log).toBeLessThan(2 * CHECKPOINT_PAGES * PAGE);
    const [{ count } = { count: 0n }] = await db.$queryRawUnsafe<{ count: bigint }[]>(
      "SELECT COUNT(*) AS count FROM scratch",
    );
    expect(Number(count)).toBe(1_500);
  });
});
