import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type ForbiddenImports, forbiddenImportsOf, sourceFiles } from "./support/source-imports.js";

const src = path.resolve("src");
const generatedClient = path.join(src, "adapters/storage/generated");

/**
 * Imports run one way: the app wires adapters and core together, adapters translate for
 * the core, the core knows neither. Only the stores talk to the generated Prisma client.
 */
const rules: Array<{ layer: string; why: string; forbidden: ForbiddenImports }> = [
  {
    layer: "adapters",
    why: "adapters never reach up into the app or the CLI",
    forbidden: { folders: [path.join(src, "app"), path.join(src, "cli")] },
  },
  {
    layer: "app",
    why: "the app reaches the database through the stores, never the generated Prisma client",
    forbidden: { folders: [generatedClient], packages: ["@prisma/client"] },
  },
  {
    layer: "core",
    why: "the core never names the generated Prisma client",
    forbidden: { folders: [generatedClient], packages: ["@prisma/client"] },
  },
];

describe.each(rules)("src/$layer: $why", ({ layer, forbidden }) => {
  const dir = path.join(src, layer);
  const files = sourceFiles(dir, [generatedClient]);

  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((file) => [path.relative(src, file), file]))("%s keeps the rule", (_name, file) => {
    expect(forbiddenImportsOf(file, fs.readFileSync(file, "utf8"), forbidden)).toEqual([]);
  });
});

describe("the layering check can fail", () => {
  const [adapters, app, core] = rules.map((rule) => rule.forbidden);

  it("catches an adapter importing the app or the CLI", () => {
    const file = path.join(src, "adapters/platforms/telegram/delivery.ts");
    const sample = `import type { AppConfig } from "../../../app/config/app-config.js";\nimport { runCli } from "../../../cli/run-cli.js";\nimport { Bot } from "grammy";\nimport { createLogger } from "../../logging/create-logger.js";`;
    expect(forbiddenImportsOf(file, sample, adapters!)).toEqual([
      "../../../app/config/app-config.js",
      "../../../cli/run-cli.js",
    ]);
  });

  it("catches the app importing the generated client, by path or by package", () => {
    const file = path.join(src, "app/conversation/handle-inbound.ts");
    const sample = `import { Prisma } from "../../adapters/storage/generated/sqlite/client/client.js";\nimport type { PrismaClient } from "@prisma/client";\nconst runtime = await import("@prisma/client/runtime/library");\nimport type { DbClient } from "../../adapters/storage/prisma-types.js";`;
    expect(forbiddenImportsOf(file, sample, app!)).toEqual([
      "../../adapters/storage/generated/sqlite/client/client.js",
      "@prisma/client",
      "@prisma/client/runtime/library",
    ]);
  });

  it("catches the core importing the generated client", () => {
    const file = path.join(src, "core/conversation/converse.ts");
    const sample = `export type { Commune } from "../../adapters/storage/generated/postgresql/client/client.js";`;
    expect(forbiddenImportsOf(file, sample, core!)).toEqual([
      "../../adapters/storage/generated/postgresql/client/client.js",
    ]);
  });
});
