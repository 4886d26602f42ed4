import path from "node:path";
import { projectRoot } from "../../files/project-root.js";
import type { DatabaseKind } from "../database-kind.js";

/** The canonical Prisma schema: one file for the whole domain, written for SQLite. */
export const schemaPath = path.join(projectRoot, "prisma", "schema.prisma");

/** Where migrations live: one folder per database kind, since their SQL differs. */
export function migrationsDir(kind: DatabaseKind): string {
  return path.join(projectRoot, "prisma", "migrations", kind);
}

/**
 * The schema as of the newest migration. New migrations are the difference between this
 * snapshot and the current schema, computed for each database kind without a database.
 */
export const schemaSnapshotPath = path.join(projectRoot, "prisma", "migrations", "schema.snapshot.prisma");
