import { afterAll, beforeAll } from "vitest";
import type { DatabaseKind } from "../../src/adapters/storage/database-kind.js";
import { createTestDatabase, type TestDatabase } from "./test-database.js";

/**
 * A fresh migrated database of one kind for the enclosing describe block, created before
 * its tests and destroyed after them. Call it inside `describe`; read it inside tests.
 */
export function useTestDatabase(kind: DatabaseKind): () => TestDatabase {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.destroy();
  });
  return () => {
    if (!database) throw new Error("the test database is created in beforeAll");
    return database;
  };
}
