// Offline database migrations through Prisma's WebAssembly schema engine (no native binary).
//   npm run migrate -- deploy          apply pending migrations to DATABASE_URL (as `prisma migrate deploy`)
//   npm run migrate -- status          list pending, failed and edited migrations; exit 1 if any
//   npm run migrate -- create NAME     write the next migration for SQLite and PostgreSQL from a schema change
import { createMigration, deployMigrations, migrationStatus } from "../src/adapters/storage/migrations/migrator.js";
import { defaultDatabaseUrl } from "../src/app/config/env-schema.js";

const [command = "deploy", name] = process.argv.slice(2);
const url = process.env.DATABASE_URL || defaultDatabaseUrl;

async function run(): Promise<number> {
  switch (command) {
    case "deploy": {
      const applied = await deployMigrations(url);
      console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations to apply.");
      return 0;
    }
    case "status": {
      const status = await migrationStatus(url);
      console.log(`Applied: ${status.applied}`);
      for (const [label, names] of [
        ["Pending", status.pending],
        ["Failed", status.failed],
        ["Edited after applying", status.edited],
        ["In the database but not in prisma/migrations", status.unknown],
      ] as const) {
        if (names.length) console.log(`${label}: ${names.join(", ")}`);
      }
      const clean = !status.pending.length && !status.failed.length && !status.edited.length && !status.unknown.length;
      console.log(clean ? "Database schema is up to date." : "Database schema is NOT up to date.");
      return clean ? 0 : 1;
    }
    case "create": {
      if (!name) {
        console.error("Usage: npm run migrate -- create NAME");
        return 2;
      }
      const result = await createMigration(name, new Date());
      console.log(
        result.created ? `Created:\n  ${result.folders.join("\n  ")}` : "Schema unchanged: no migration created.",
      );
      return 0;
    }
    default:
      console.error(`Unknown command "${command}". Use deploy | status | create NAME.`);
      return 2;
  }
}

run().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`Migration failed: ${error.message}`);
    process.exit(1);
  },
);
