import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

const here = path.dirname(fileURLToPath(import.meta.url));

// The CLI wants a native schema engine it cannot download offline. Point it at a stub so
// generate/validate/format work; migrations go through `xaso migrate` (WebAssembly engine).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(here, "schema-engine-offline");

export default defineConfig({
  schema: path.join(here, "schema.prisma"),
  migrations: { path: path.join(here, "migrations") },
});
