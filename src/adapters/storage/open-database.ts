import { type DatabaseKind, databaseKindOf, ensureSqliteFolder, sqliteFilePath } from "./database-kind.js";
import type { PrismaClient } from "./generated/sqlite/client/client.js";
import { withStatementCache } from "./sqlite-statement-cache.js";

/**
 * How many pages the write-ahead log may hold before a commit copies them back into the
 * database file. The message whose commit crosses the mark waits for that copy: about
 * 12 ms at SQLite's default of 1,000 pages, about 5 ms at 200, with no change to the median
 * (docs/decisions/0011).
 */
const WAL_CHECKPOINT_PAGES = 200;

/**
 * The Prisma client the app talks to. Both database kinds are generated from the same
 * schema, so their clients have the same models and methods; the SQLite client's type
 * stands for both. Domain code never branches on the database kind.
 */
export type Database = PrismaClient;

/** An open database and what kind it is (for logs and the start-up banner only). */
export interface OpenedDatabase {
  db: Database;
  kind: DatabaseKind;
  close(): Promise<void>;
}

/**
 * Opens the database named by DATABASE_URL with the matching Prisma driver adapter:
 * better-sqlite3 for `file:` URLs (creating the folder if needed), pg for
 * `postgres(ql)://` URLs. Clients and adapters are loaded lazily so a SQLite
 * installation never loads pg, and vice versa.
 */
export async function openDatabase(url: string): Promise<OpenedDatabase> {
  const kind = databaseKindOf(url);
  if (kind === null) throw new Error("DATABASE_URL must start with file: (SQLite) or postgres(ql):// (PostgreSQL)");
  const db = kind === "sqlite" ? await openSqlite(url) : await openPostgres(url);
  return { db, kind, close: () => db.$disconnect() };
}

async function openSqlite(url: string): Promise<Database> {
  ensureSqliteFolder(url);
  const [{ PrismaClient: SqliteClient }, { PrismaBetterSqlite3 }] = await Promise.all([
    import("./generated/sqlite/client/client.js"),
    import("@prisma/adapter-better-sqlite3"),
  ]);
  // Wait up to 5 s for a lock held by another process (the admin CLI while the bot runs).
  const db = new SqliteClient({ adapter: withStatementCache(new PrismaBetterSqlite3({ url, timeout: 5_000 })) });
  // SQLite enforces the schema's foreign keys only when asked, once per connection;
  // WAL lets the admin CLI read while the bot writes.
  await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  if (sqliteFilePath(url) !== ":memory:") {
    await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await db.$queryRawUnsafe(`PRAGMA wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
  }
  return db;
}

async function openPostgres(url: string): Promise<Database> {
  const [{ PrismaClient: PostgresClient }, { postgresAdapter }] = await Promise.all([
    import("./generated/postgresql/client/client.js"),
    import("./postgres-connection.js"),
  ]);
  const db = new PostgresClient({ adapter: postgresAdapter(url) });
  await db.$connect();
  return db as unknown as Database;
}
