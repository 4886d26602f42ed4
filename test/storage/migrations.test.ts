import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import type { DatabaseKind } from "../../src/adapters/storage/database-kind.js";
import {
  createMigration,
  deployMigrations,
  MigrationError,
  type MigrationLayout,
  migrationStatus,
  projectLayout,
} from "../../src/adapters/storage/migrations/migrator.js";
import { runOnServer, withDatabase } from "../support/postgres-admin.js";
import { databaseKindsUnderTest } from "../support/test-database.js";

const quiet = () => {};
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** A copy of prisma/ (schema, snapshot, migrations) in a temporary folder. */
function copyOfProjectLayout(): MigrationLayout {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xaso-migrations-"));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.cpSync(path.dirname(projectLayout.schemaPath), dir, { recursive: true });
  return {
    schemaPath: path.join(dir, "schema.prisma"),
    snapshotPath: path.join(dir, "migrations", "schema.snapshot.prisma"),
    migrationsDir: (kind) => path.join(dir, "migrations", kind),
  };
}

/** An empty database of one kind (no template: migrations start from nothing). */
async function emptyDatabase(kind: DatabaseKind): Promise<string> {
  if (kind === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xaso-empty-"));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    return `file:${path.join(dir, "empty.db")}`;
  }
  const server = withDatabase(inject("postgresTemplateUrl") ?? "", "postgres");
  const name = `xaso_m_${crypto.randomUUID().replace(/-/g, "")}`;
  await runOnServer(server, `CREATE DATABASE ${name}`);
  cleanups.push(() => runOnServer(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  return withDatabase(server, name);
}

describe("creating migrations", () => {
  it("finds no schema change that lacks a migration", async () => {
    const result = await createMigration("unexpected", new Date("2030-01-01T00:00:00Z"), copyOfProjectLayout(), quiet);
    expect(result).toEqual({ created: false });
  });

  it("writes one migration per database kind from a schema change", async () => {
    const layout = copyOfProjectLayout();
    const schema = fs.readFileSync(layout.schemaPath, "utf8");
    fs.writeFileSync(layout.schemaPath, schema.replace(/(model Commune \{\n)/, "$1  population Int?\n"));
    const result = await createMigration("add population", new Date("2030-01-02T03:04:05Z"), layout, quiet);
    expect(result.created).toBe(true);
    for (const kind of ["sqlite", "postgresql"] as const) {
      const sql = fs.readFileSync(
        path.join(layout.migrationsDir(kind), "20300102030405_add_population", "migration.sql"),
        "utf8",
      );
      expect(sql).toMatch(/ALTER TABLE "Commune" ADD COLUMN +"population" INTEGER/);
    }
    expect(await createMigration("again", new Date("2030-01-03T00:00:00Z"), layout, quiet)).toEqual({ created: false });
  });
});

describe.each(databaseKindsUnderTest())("deploying migrations on %s", (kind) => {
  it("applies pending migrations once, then is a no-op, and reports status", async () => {
    const layout = copyOfProjectLayout();
    const url = await emptyDatabase(kind);
    const all = fs.readdirSync(layout.migrationsDir(kind)).filter((name) => !name.endsWith(".toml"));
    expect((await migrationStatus(url, layout, quiet)).pending).toEqual(all);

    expect(await deployMigrations(url, layout, quiet)).toEqual(all);
    expect(await deployMigrations(url, layout, quiet)).toEqual([]);

    const schema = fs.readFileSync(layout.schemaPath, "utf8");
    fs.writeFileSync(layout.schemaPath, schema.replace(/(model Commune \{\n)/, "$1  population Int?\n"));
    await createMigration("add population", new Date("2030-01-02T03:04:05Z"), layout, quiet);
    expect((await migrationStatus(url, layout, quiet)).pending).toEqual(["20300102030405_add_population"]);
    expect(await deployMigrations(url, layout, quiet)).toEqual(["20300102030405_add_population"]);
    expect(await migrationStatus(url, layout, quiet)).toEqual({
      applied: all.length + 1,
      pending: [],
      failed: [],
      edited: [],
      unknown: [],
    });
  });

  it("reports a failed migration and refuses to go on", async () => {
    const layout = copyOfProjectLayout();
    const url = await emptyDatabase(kind);
    await deployMigrations(url, layout, quiet);
    const broken = path.join(layout.migrationsDir(kind), "20300101000000_broken");
    fs.mkdirSync(broken);
    fs.writeFileSync(path.join(broken, "migration.sql"), 'ALTER TABLE "NoSuchTable" ADD COLUMN "x" INTEGER;');
    await expect(deployMigrations(url, layout, quiet)).rejects.toBeInstanceOf(MigrationError);
    const status = await migrationStatus(url, layout, quiet);
    expect(status.failed).toEqual(["20300101000000_broken"]);
  });

  it("reports a migration edited after it was applied", async () => {
    const layout = copyOfProjectLayout();
    const url = await emptyDatabase(kind);
    await deployMigrations(url, layout, quiet);
    const [first] = fs.readdirSync(layout.migrationsDir(kind)).filter((name) => !name.endsWith(".toml"));
    const file = path.join(layout.migrationsDir(kind), first ?? "", "migration.sql");
    fs.appendFileSync(file, "\n-- edited\n");
    expect((await migrationStatus(url, layout, quiet)).edited).toEqual([first]);
  });
});
