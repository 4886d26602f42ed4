// Generates the Prisma client for each database kind from the one canonical schema.
// Runs on `npm install` / `npm ci` (postinstall), fully offline.
//
// Prisma ties a generated client to one provider, and Xã Số picks SQLite or PostgreSQL at
// run time from DATABASE_URL. So the canonical prisma/schema.prisma (written for SQLite) is
// rewritten for each kind into src/adapters/storage/generated/<kind>/, and generated there.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { schemaForKind } from "../src/adapters/storage/migrations/schema-for-kind.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const canonical = fs.readFileSync(path.join(root, "prisma", "schema.prisma"), "utf8");
const generatedRoot = path.join(root, "src", "adapters", "storage", "generated");
const prismaCli = path.join(root, "node_modules", "prisma", "build", "index.js");

for (const kind of ["sqlite", "postgresql"] as const) {
  const dir = path.join(generatedRoot, kind);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const schema = schemaForKind(canonical, kind).replace(/output\s*=\s*"[^"]*"/, `output = "./client"`);
  const schemaFile = path.join(dir, "schema.prisma");
  fs.writeFileSync(
    schemaFile,
    `// Generated from prisma/schema.prisma by scripts/generate-clients.ts; do not edit.\n${schema}`,
  );
  execFileSync(
    process.execPath,
    [prismaCli, "generate", "--config", path.join(root, "prisma", "prisma.config.ts"), "--schema", schemaFile],
    {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  console.log(`Prisma client (${kind}) generated.`);
}
