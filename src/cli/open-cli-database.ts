import { openMigratedDatabase } from "../adapters/storage/migrations/open-migrated-database.js";
import type { Database } from "../adapters/storage/open-database.js";
import type { DbClient } from "../adapters/storage/prisma-types.js";
import type { CliContext } from "./cli-command.js";

/**
 * Opens DATABASE_URL for one admin command and closes it afterwards, also when the work
 * fails. Pending migrations are applied first, exactly as `npm start` does, so the
 * commands work on a fresh installation before the bot has ever run (the schema engine
 * starts only when there is something to apply, see `openMigratedDatabase`).
 */
export async function withCliDatabase<T>(context: CliContext, work: (db: Database) => Promise<T>): Promise<T> {
  const { opened, applied } = await openMigratedDatabase(context.config.databaseUrl, (line) => context.io.err(line));
  if (applied.length) context.io.err(`Đã cập nhật cấu trúc cơ sở dữ liệu (${applied.join(", ")}).`);
  try {
    return await work(opened.db);
  } finally {
    await opened.close();
  }
}

/** The work of a transaction, or the reason it was refused and rolled back. */
export type Transacted<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Runs `work` in one transaction. Calling `refuse(message)` stops it and rolls back
 * everything it wrote, so a command refused half-way leaves the database as it was; the
 * message comes back as a value for the command to print.
 */
export async function inTransaction<T>(
  db: Database,
  work: (tx: DbClient, refuse: (message: string) => never) => Promise<T>,
): Promise<Transacted<T>> {
  try {
    const value = await db.$transaction((tx) => work(tx, refuse), { timeout: 30_000 });
    return { ok: true, value };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, message: error.message };
    throw error;
  }
}

class Refusal extends Error {
  override readonly name = "Refusal";
}

function refuse(message: string): never {
  throw new Refusal(message);
}
