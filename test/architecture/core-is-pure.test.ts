import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importsOf, sourceFiles } from "./support/source-imports.js";

const coreDir = path.resolve("src/core");

/** Packages src/core may import: validation, calendar arithmetic, and nothing that talks to the outside world. */
const allowedPackages = new Set(["zod", "date-fns", "@date-fns/tz", "@dqcai/vn-lunar"]);

/** Node built-ins that would let the core read the clock, files, network or environment. */
const forbiddenNodeModules = /^node:/;

describe("src/core stays pure", () => {
  const files = sourceFiles(coreDir);

  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((file) => [path.relative(coreDir, file), file]))(
    "%s imports no SDK, no Node I/O and nothing outside src/core",
    (_name, file) => {
      const source = fs.readFileSync(file, "utf8");
      for (const specifier of importsOf(source)) {
        if (specifier.startsWith(".")) {
          const target = path.resolve(path.dirname(file), specifier);
          expect(target.startsWith(coreDir + path.sep), `${specifier} leaves src/core`).toBe(true);
        } else {
          expect(forbiddenNodeModules.test(specifier), `${specifier} is Node I/O`).toBe(false);
          expect(allowedPackages.has(specifier), `${specifier} is not allowed in src/core`).toBe(true);
        }
      }
    },
  );

  it.each(files.map((file) => [path.relative(coreDir, file), file]))(
    "%s reads neither the clock nor the environment",
    (_name, file) => {
      const source = fs.readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      expect(source).not.toMatch(/\bDate\.now\(|\bnew Date\(\s*\)|process\.env|Math\.random\(/);
    },
  );

  it("the import scanner catches SDK imports (so this test can fail)", () => {
    const sample = `import { Bot } from "grammy";\nimport type { Zalo } from "zca-js";\nconst p = await import("@prisma/client");\nexport * from "openai";\nimport "node-cron";`;
    expect(importsOf(sample)).toEqual(["grammy", "zca-js", "openai", "node-cron", "@prisma/client"]);
  });
});
