import fs from "node:fs";
import path from "node:path";

/**
 * The two databases Xã Số runs on. Chosen from DATABASE_URL alone: `file:` URLs are the
 * embedded SQLite default, `postgres://`/`postgresql://` URLs are PostgreSQL for
 * multi-instance deployments. Only the storage adapter ever looks at this.
 */
export type DatabaseKind = "sqlite" | "postgresql";

/** Picks the database kind from a URL, or null when the URL is neither. */
export function databaseKindOf(url: string): DatabaseKind | null {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  return null;
}

/** The file path of a `file:` URL, resolved the way better-sqlite3 will open it. */
export function sqliteFilePath(url: string): string {
  return url.slice("file:".length).replace(/\?.*$/, "");
}

/** Creates the folder of a SQLite database file, so a fresh install can start in an empty checkout. */
export function ensureSqliteFolder(url: string): void {
  const file = sqliteFilePath(url);
  if (file !== ":memory:" && file !== "") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
}
