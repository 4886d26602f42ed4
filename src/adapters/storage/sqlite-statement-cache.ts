import type { SqlDriverAdapter, SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { Database as SqliteConnection, Statement } from "better-sqlite3";

/** How many distinct SQL texts keep their compiled statement (a message runs a handful; `IN (…)` lists vary). */
const CACHED_STATEMENTS = 256;

/**
 * Wraps Prisma's better-sqlite3 adapter factory so that each SQL text is compiled once per
 * connection and its statement reused. The adapter prepares every query anew, and
 * compiling was about a tenth of a message's CPU time (and every statement dropped is
 * native memory for the garbage collector to find). The SQL is Prisma's, with its values
 * bound as parameters, so a few hundred texts cover every query the app sends; a
 * statement SQLite finds stale after a schema change is recompiled by SQLite itself.
 *
 * The adapter keeps its better-sqlite3 connection as `client` and runs each query as
 * `client.prepare(sql).bind(args)` then `.run()` or `.raw().all()`; the cache answers those
 * calls with a reused statement and the arguments kept beside it. An adapter without
 * that connection is left as it is (`test/storage/sqlite-statement-cache.test.ts` fails
 * then, rather than the app).
 */
export function withStatementCache(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect(): Promise<SqlDriverAdapter> {
      const adapter = await factory.connect();
      const client = (adapter as { client?: unknown }).client;
      if (isSqliteConnection(client)) cacheStatements(client);
      return adapter;
    },
  };
}

function isSqliteConnection(value: unknown): value is SqliteConnection {
  return typeof value === "object" && value !== null && typeof (value as { prepare?: unknown }).prepare === "function";
}

function cacheStatements(connection: SqliteConnection): void {
  const prepare = connection.prepare.bind(connection);
  const statements = new Map<string, Statement>();
  const cached = (sql: string): Statement => {
    let statement = statements.get(sql);
    if (statement)
      statements.delete(sql); // most recently used last
    else statement = prepare(sql);
    statements.set(sql, statement);
    if (statements.size > CACHED_STATEMENTS) statements.delete(statements.keys().next().value as string);
    return statement;
  };
  connection.prepare = ((sql: string) => reusable(cached(sql))) as SqliteConnection["prepare"];
}

/** What the adapter calls on a prepared statement, with `bind` keeping the arguments for the call that follows. */
function reusable(statement: Statement) {
  return {
    reader: statement.reader,
    run: () => statement.run(),
    bind: (args: unknown[]) => ({
      reader: statement.reader,
      columns: () => statement.columns(),
      run: () => statement.run(args),
      raw: () => ({ all: () => statement.raw(true).all(args) }),
    }),
  };
}
