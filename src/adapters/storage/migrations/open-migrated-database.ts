import { type OpenedDatabase, openDatabase } from "../open-database.js";
import { deployMigrations } from "./migrator.js";
import { hasPendingMigrations } from "./pending-migrations.js";

/** An open database brought to the current schema, and the migrations that took. */
export interface MigratedDatabase {
  opened: OpenedDatabase;
  /** Names of the migrations applied now; empty when the database was already current. */
  applied: string[];
}

/**
 * Opens DATABASE_URL and applies pending migrations first, if any. Whether any are
 * pending is read with an ordinary query, and Prisma's schema engine is started only when
 * there is work for it: it locks a SQLite file exclusively (which fails while the bot has
 * it open), and its WebAssembly stays in the process once loaded (about 40 MB of a
 * province server's memory, docs/decisions/0008). Engine warnings go to `log`.
 */
export async function openMigratedDatabase(url: string, log: (line: string) => void): Promise<MigratedDatabase> {
  const opened = await openDatabase(url);
  if (!(await hasPendingMigrations(opened))) return { opened, applied: [] };
  await opened.close();
  const applied = await deployMigrations(url, undefined, log);
  return { opened: await openDatabase(url), applied };
}
