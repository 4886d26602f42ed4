import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { deployMigrations, projectLayout } from "../../src/adapters/storage/migrations/migrator.js";
import { type OpenedDatabase, openDatabase } from "../../src/adapters/storage/open-database.js";

/** A fresh, migrated database for one benchmark, and how to throw it away. */
export interface BenchDatabase extends OpenedDatabase {
  readonly label: string;
  /** Its DATABASE_URL, for another process to open. */
  readonly url: string;
  destroy(): Promise<void>;
}

async function onServer(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A throwaway SQLite file, or with `postgresUrl` a throwaway database created on that
 * server (dropped afterwards), migrated to the current schema.
 */
export async function createBenchDatabase(postgresUrl?: string): Promise<BenchDatabase> {
  if (!postgresUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xaso-bench-"));
    const url = `file:${path.join(dir, "bench.db")}`;
    await deployMigrations(url, undefined, () => {});
    const opened = await openDatabase(url);
    return {
      ...opened,
      label: "SQLite",
      url,
      destroy: async () => {
        await opened.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `xaso_bench_${crypto.randomUUID().replace(/-/g, "")}`;
  const server = Object.assign(new URL(postgresUrl), { pathname: "/postgres" }).href;
  await onServer(server, `CREATE DATABASE ${name}`);
  const url = Object.assign(new URL(postgresUrl), { pathname: `/${name}` }).href;
  await deployMigrations(url, undefined, () => {});
  const opened = await openDatabase(url);
  return {
    ...opened,
    label: "PostgreSQL",
    url,
    destroy: async () => {
      await opened.close();
      await onServer(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** The backfill statement (from `starting` on) of the migration whose folder ends with `name`. */
function backfillOf(database: OpenedDatabase, name: string, starting: string): string | null {
  const dir = projectLayout.migrationsDir(database.kind);
  const folder = fs.readdirSync(dir).find((entry) => entry.endsWith(name));
  if (!folder) return null;
  const sql = fs.readFileSync(path.join(dir, folder, "migration.sql"), "utf8");
  return sql.slice(sql.indexOf(starting)).trim().replace(/;$/, "");
}

/**
 * Rebuilds the figures in force from the submissions with the migrations' own backfills
 * (the figures, then the evidence last cited), after a benchmark inserted history in bulk.
 */
export async function rebuildFiguresInForce(database: OpenedDatabase): Promise<void> {
  const figures = backfillOf(database, "_current_figures", "INSERT INTO");
  const evidence = backfillOf(database, "_last_evidence_in_force", "UPDATE");
  if (!figures) return;
  await database.db.$executeRawUnsafe(`DELETE FROM "CurrentFigure"`);
  await database.db.$executeRawUnsafe(figures);
  if (evidence) await database.db.$executeRawUnsafe(evidence);
}
