import crypto from "node:crypto";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";
import { type DatabaseKind, ensureSqliteFolder } from "../database-kind.js";
import { postgresPoolConfig } from "../postgres-connection.js";

/** A driver-adapter factory for the schema engine, with a way to close everything it opened. */
export interface MigrationAdapterFactory extends SqlMigrationAwareDriverAdapterFactory {
  disposeAll(): Promise<void>;
}

/**
 * Builds the driver-adapter factory Prisma's WebAssembly schema engine migrates through.
 *
 * The engine was made for Prisma's native binary; through driver adapters a few behaviours
 * differ and are smoothed over here, each for a reason observed on real databases:
 * - SQLite: the engine replays multi-statement scripts through `executeRaw`, which
 *   better-sqlite3 refuses; those go through `executeScript`.
 * - PostgreSQL: introspection reads pg_catalog's internal `"char"` type (OID 18), which
 *   adapter-pg cannot decode, so it is reported as text; `executeScript` must send the
 *   script whole (one implicit transaction) instead of splitting on `;`; and the shadow
 *   database is created and dropped here, since adapter-pg's own one reuses the main database.
 */
export function migrationAdapterFactory(kind: DatabaseKind, url: string): MigrationAdapterFactory {
  if (kind === "sqlite") ensureSqliteFolder(url);
  const opened: SqlDriverAdapter[] = [];
  const factoryFor = (target: string) =>
    kind === "sqlite" ? new PrismaBetterSqlite3({ url: target }) : new PrismaPg(postgresPoolConfig(target));
  const main = factoryFor(url);
  const connect = async (): Promise<SqlDriverAdapter> => {
    const adapter = patchAdapter(kind, await main.connect());
    opened.push(adapter);
    return adapter;
  };
  const connectToShadowDb =
    kind === "sqlite"
      ? async () => patchAdapter(kind, await (main as PrismaBetterSqlite3).connectToShadowDb())
      : () => connectPostgresShadow(url, connect, (u) => factoryFor(u).connect());
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect,
    connectToShadowDb,
    disposeAll: async () => {
      await Promise.allSettled(opened.splice(0).map((adapter) => adapter.dispose()));
    },
  };
}

async function connectPostgresShadow(
  url: string,
  connectMain: () => Promise<SqlDriverAdapter>,
  connectTo: (url: string) => Promise<SqlDriverAdapter>,
): Promise<SqlDriverAdapter> {
  const main = await connectMain();
  const database = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
  await main.executeScript(`CREATE DATABASE "${database}"`);
  const shadowUrl = Object.assign(new URL(url), { pathname: `/${database}` }).href;
  const shadow = patchAdapter("postgresql", await connectTo(shadowUrl));
  const dispose = shadow.dispose.bind(shadow);
  shadow.dispose = async () => {
    await dispose();
    await main.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
  };
  return shadow;
}

function patchAdapter(kind: DatabaseKind, adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = (query: SqlQuery) =>
    executeRaw(query).catch(async (error: Error) => {
      if (query.args.length > 0 || !/more than one statement/.test(error.message)) throw error;
      await adapter.executeScript(query.sql);
      return 0;
    });
  if (kind === "postgresql") patchPostgres(adapter);
  return adapter;
}

interface PgLikeAdapter {
  underlyingDriver(): { query: (...args: unknown[]) => Promise<{ fields?: { dataTypeID: number }[] }> };
  onError(error: unknown): never;
}

function patchPostgres(adapter: SqlDriverAdapter): void {
  const pg = adapter as unknown as SqlDriverAdapter & PgLikeAdapter;
  const pool = pg.underlyingDriver();
  const query = pool.query.bind(pool);
  pool.query = async (...args: unknown[]) => {
    const result = await query(...args);
    for (const field of result?.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
    return result;
  };
  adapter.executeScript = async (script: string) => {
    try {
      await query(script);
    } catch (error) {
      pg.onError(error);
    }
  };
}
