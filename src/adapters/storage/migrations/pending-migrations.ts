import type { OpenedDatabase } from "../open-database.js";
import { projectLayout } from "./migrator.js";
import { readMigrations } from "./read-migrations.js";

/**
 * Whether a migration folder has no finished, not rolled back, row in `_prisma_migrations`
 * (or the table is missing), read with an ordinary query on an open database.
 *
 * The schema engine locks a SQLite file exclusively, which fails while the bot has it
 * open, so callers ask this first and start the engine only when there is work for it.
 */
export async function hasPendingMigrations({ db, kind }: OpenedDatabase): Promise<boolean> {
  const folders = readMigrations(projectLayout.migrationsDir(kind), kind).migrationDirectories.map(
    (migration) => migration.path,
  );
  const rows = await db
    .$queryRawUnsafe<{ migration_name: string }[]>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    )
    .catch(() => null);
  if (rows === null) return true;
  const applied = new Set(rows.map((row) => row.migration_name));
  return folders.some((name) => !applied.has(name));
}
