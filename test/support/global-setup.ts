import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { deployMigrations } from "../../src/adapters/storage/migrations/migrator.js";
import { runOnServer, withDatabase } from "./postgres-admin.js";

declare module "vitest" {
  export interface ProvidedContext {
    sqliteTemplate: string;
    postgresTemplateUrl: string | null;
  }
}

/** Name of the migrated template every PostgreSQL test database is copied from. */
const postgresTemplate = "xaso_template";

/**
 * Migrates one template database per kind before any test runs; each test file then
 * gets its own copy (a file copy for SQLite, CREATE DATABASE … TEMPLATE for PostgreSQL).
 * PostgreSQL is tested when XASO_TEST_POSTGRES_URL is set, and is required under CI:
 * an unreachable server fails the run instead of silently skipping the suite.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xaso-test-"));
  const sqliteTemplate = path.join(dir, "template.db");
  await deployMigrations(`file:${sqliteTemplate}`, undefined, () => {});
  project.provide("sqliteTemplate", sqliteTemplate);

  const postgresUrl = process.env.XASO_TEST_POSTGRES_URL || null;
  if (!postgresUrl && process.env.CI) {
    throw new Error(
      "CI is set but XASO_TEST_POSTGRES_URL is not: the PostgreSQL storage suite must run in CI (.ci/run starts the server).",
    );
  }
  if (postgresUrl) {
    await runOnServer(postgresUrl, `DROP DATABASE IF EXISTS ${postgresTemplate}`);
    await runOnServer(postgresUrl, `CREATE DATABASE ${postgresTemplate}`);
    await deployMigrations(withDatabase(postgresUrl, postgresTemplate), undefined, () => {});
  }
  project.provide("postgresTemplateUrl", postgresUrl ? withDatabase(postgresUrl, postgresTemplate) : null);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
