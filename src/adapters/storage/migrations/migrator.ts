import fs from "node:fs";
import path from "node:path";
import type { DiagnoseMigrationHistoryOutput, SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { type DatabaseKind, databaseKindOf } from "../database-kind.js";
import { migrationAdapterFactory } from "./migration-adapter-factory.js";
import { migrationsDir, schemaPath, schemaSnapshotPath } from "./migration-paths.js";
import { lockFileContent, readMigrations } from "./read-migrations.js";
import { type OpenSchemaEngine, openSchemaEngine } from "./schema-engine.js";
import { schemaForKind } from "./schema-for-kind.js";

const noFilters: SchemaFilter = { externalTables: [], externalEnums: [] };

/** Where the migrator reads and writes; tests point it at temporary copies. */
export interface MigrationLayout {
  schemaPath: string;
  snapshotPath: string;
  migrationsDir(kind: DatabaseKind): string;
}

/** The project's own layout under prisma/. */
export const projectLayout: MigrationLayout = { schemaPath, snapshotPath: schemaSnapshotPath, migrationsDir };

/** Where the migrations stand on one database. */
export interface MigrationStatus {
  applied: number;
  pending: string[];
  failed: string[];
  edited: string[];
  /** Migrations in the database that the folder does not have (a newer version ran here). */
  unknown: string[];
}

/** Applies every pending migration, like `prisma migrate deploy`. Returns the names applied. */
export async function deployMigrations(url: string, layout = projectLayout, log = defaultLog): Promise<string[]> {
  const kind = kindOf(url);
  return withEngine(kind, url, datamodelOf(layout, kind), log, async ({ engine }) => {
    const result = await engine.applyMigrations({
      migrationsList: readMigrations(layout.migrationsDir(kind), kind),
      filters: noFilters,
    });
    return result.appliedMigrationNames;
  });
}

/** Reports pending, failed and edited migrations, like `prisma migrate status`. */
export async function migrationStatus(url: string, layout = projectLayout, log = defaultLog): Promise<MigrationStatus> {
  const kind = kindOf(url);
  const list = readMigrations(layout.migrationsDir(kind), kind);
  const names = list.migrationDirectories.map((d) => d.path);
  return withEngine(kind, url, datamodelOf(layout, kind), log, async ({ engine }) => {
    const output = await engine
      .diagnoseMigrationHistory({ migrationsList: list, optInToShadowDatabase: false, filters: noFilters })
      .catch((error: { code?: string }) => {
        if (error.code === "P1014") return null; // no _prisma_migrations table yet: nothing applied
        throw error;
      });
    return statusFrom(output, names);
  });
}

function statusFrom(output: DiagnoseMigrationHistoryOutput | null, names: string[]): MigrationStatus {
  if (output === null || !output.hasMigrationsTable)
    return { applied: 0, pending: names, failed: [], edited: [], unknown: [] };
  const history = output.history;
  const pending =
    history && history.diagnostic !== "migrationsDirectoryIsBehind" ? history.unappliedMigrationNames : [];
  const unknown = history && history.diagnostic !== "databaseIsBehind" ? history.unpersistedMigrationNames : [];
  return {
    applied: names.length - pending.length,
    pending,
    failed: output.failedMigrationNames,
    edited: output.editedMigrationNames,
    unknown,
  };
}

/** What `createMigration` did. */
export type CreateResult = { created: false } | { created: true; folders: string[] };

/**
 * Creates the next migration from a schema change, for SQLite and PostgreSQL at once.
 * The SQL is the difference between the schema snapshot taken at the previous migration
 * and the current schema, so no database (and no shadow database) is needed.
 */
export async function createMigration(
  name: string,
  now: Date,
  layout = projectLayout,
  log = defaultLog,
): Promise<CreateResult> {
  const current = fs.readFileSync(layout.schemaPath, "utf8");
  const previous = fs.existsSync(layout.snapshotPath) ? fs.readFileSync(layout.snapshotPath, "utf8") : null;
  const folderName = `${timestamp(now)}_${name.replace(/[^A-Za-z0-9_]/g, "_")}`;
  const scripts: [DatabaseKind, string][] = [];
  for (const kind of ["sqlite", "postgresql"] as const) {
    const sql = await diffSchemas(kind, previous, current, layout, log);
    if (sql !== null) scripts.push([kind, sql]);
  }
  if (scripts.length === 0) return { created: false };
  const folders = scripts.map(([kind, sql]) => writeMigration(layout.migrationsDir(kind), kind, folderName, sql));
  fs.writeFileSync(layout.snapshotPath, current);
  return { created: true, folders };
}

async function diffSchemas(
  kind: DatabaseKind,
  previous: string | null,
  current: string,
  layout: MigrationLayout,
  log: (line: string) => void,
): Promise<string | null> {
  const file = (content: string) => [{ path: layout.schemaPath, content: schemaForKind(content, kind) }];
  // The diff of two datamodels never touches the database: an in-memory SQLite adapter is enough.
  return withEngine(kind, "file::memory:", datamodelOf(layout, kind), log, async ({ engine }) => {
    const { stdout } = await engine.diff({
      from: previous === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: file(previous) },
      to: { tag: "schemaDatamodel", files: file(current) },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return !stdout || /^-- This is an empty migration\.\s*$/.test(stdout) ? null : stdout;
  });
}

function writeMigration(dir: string, kind: DatabaseKind, folderName: string, sql: string): string {
  const folder = path.join(dir, folderName);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, "migration.sql"), sql);
  const lock = path.join(dir, "migration_lock.toml");
  if (!fs.existsSync(lock)) fs.writeFileSync(lock, lockFileContent(kind));
  return folder;
}

/** Same folder naming as Prisma: YYYYMMDDHHMMSS in UTC. */
function timestamp(now: Date): string {
  return now.toISOString().replace(/\D/g, "").slice(0, 14);
}

function datamodelOf(layout: MigrationLayout, kind: DatabaseKind): [string, string][] {
  return [[layout.schemaPath, schemaForKind(fs.readFileSync(layout.schemaPath, "utf8"), kind)]];
}

function kindOf(url: string): DatabaseKind {
  const kind = databaseKindOf(url);
  if (kind === null) throw new Error("DATABASE_URL must start with file: (SQLite) or postgres(ql):// (PostgreSQL)");
  return kind;
}

async function withEngine<T>(
  kind: DatabaseKind,
  url: string,
  datamodels: [string, string][],
  log: (line: string) => void,
  work: (opened: OpenSchemaEngine) => Promise<T>,
): Promise<T> {
  const adapterKind = url === "file::memory:" ? "sqlite" : kind;
  const opened = await openSchemaEngine(datamodels, migrationAdapterFactory(adapterKind, url), log);
  try {
    return await work(opened);
  } catch (error) {
    throw withDriverCause(error, opened);
  } finally {
    await opened.close();
  }
}

function withDriverCause(error: unknown, opened: OpenSchemaEngine): unknown {
  if (!(error instanceof Error)) return error;
  const cause = opened.driverErrorFor(error);
  const summary = error.message.split("\n   0: ")[0] ?? error.message;
  return new MigrationError(cause ? `${summary} (${cause})` : summary, { cause: error });
}

/** A migration run that failed; the message carries the driver's own reason when there is one. */
export class MigrationError extends Error {
  override readonly name = "MigrationError";
}

function defaultLog(line: string): void {
  process.stderr.write(`${line}\n`);
}
