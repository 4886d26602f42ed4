import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import type { DatabaseKind } from "../../src/adapters/storage/database-kind.js";
import { type OpenedDatabase, openDatabase } from "../../src/adapters/storage/open-database.js";
import { runOnServer, withDatabase } from "./postgres-admin.js";

/** The database kinds this run tests: SQLite always, PostgreSQL when a server was given. */
export function databaseKindsUnderTest(): DatabaseKind[] {
  return inject("postgresTemplateUrl") ? ["sqlite", "postgresql"] : ["sqlite"];
}

/** A fresh, migrated database of one kind, and how to throw it away. */
export interface TestDatabase extends OpenedDatabase {
  url: string;
  destroy(): Promise<void>;
}

/** Creates a fresh migrated database, copied from the template the global setup built. */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  const { url, drop } = kind === "sqlite" ? copySqliteTemplate() : await copyPostgresTemplate();
  const opened = await openDatabase(url);
  return {
    ...opened,
    url,
    destroy: async () => {
      await opened.close();
      await drop();
    },
  };
}

function copySqliteTemplate(): { url: string; drop: () => Promise<void> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xaso-db-"));
  const file = path.join(dir, "test.db");
  fs.copyFileSync(inject("sqliteTemplate"), file);
  return { url: `file:${file}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

async function copyPostgresTemplate(): Promise<{ url: string; drop: () => Promise<void> }> {
  const templateUrl = inject("postgresTemplateUrl");
  if (!templateUrl) throw new Error("PostgreSQL is not configured for this test run");
  const name = `xaso_t_${crypto.randomUUID().replace(/-/g, "")}`;
  const serverUrl = withDatabase(templateUrl, "postgres");
  await runOnServer(serverUrl, `CREATE DATABASE ${name} TEMPLATE xaso_template`);
  return {
    url: withDatabase(templateUrl, name),
    drop: () => runOnServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
