import type { Database } from "../../src/adapters/storage/open-database.js";

/** A client that counts what runs through it, and the operations it has seen so far. */
export interface CountingDatabase {
  /** Use it where the app's client goes: every operation run through it is recorded. */
  readonly db: Database;
  /** Every operation so far, in order: "ProcessedMessage.create", "$queryRaw"… */
  readonly operations: readonly string[];
}

/**
 * Wraps a client so that each database operation it runs is recorded: Prisma model calls
 * and raw queries, inside transactions too (a transaction's begin and commit are not
 * operations). The benchmark prints these per message and a test holds the message path
 * to them, so the same count is measured in both places.
 */
export function countDatabaseOperations(db: Database): CountingDatabase {
  const operations: string[] = [];
  const counted = db.$extends({
    query: {
      $allOperations: ({ model, operation, args, query }) => {
        operations.push(model ? `${model}.${operation}` : operation);
        return query(args);
      },
    },
  }) as unknown as Database;
  return { db: counted, operations };
}
