// One process serving a province: 600 communes, each with a bound chat, a secretary and a
// dozen figures. The database is seeded here; the serving process (province-serve.ts)
// runs on its own, so its memory is that of a server and not of this benchmark or of the
// seeding: compiled and started with the node flags of `npm start`, and once through tsx
// for comparison.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { findCatalog, loadCatalogRegistry } from "../../src/adapters/catalogs/catalog-registry.js";
import { saveCatalogVersion } from "../../src/adapters/storage/stores/indicator-sets.js";
import { build } from "../build.js";
import { type BenchDatabase, createBenchDatabase, rebuildFiguresInForce } from "./bench-database.js";

const COMMUNES = 600;
const FIGURES = 12;
const PROVINCE = "Thanh Hóa";

/** Memory of the serving process after a garbage collection, in MB. */
export interface MemoryStage {
  /** start, modules, database, catalogs, first message, served (see province-serve.ts). */
  name: string;
  rssMb: number;
  heapUsedMb: number;
  heapTotalMb: number;
  externalMb: number;
}

/** The stages in order, as the benchmark prints them. */
export const memoryStageLabels: readonly [name: string, label: string][] = [
  ["start", "+ the benchmark's entry (and tsx's loader under tsx)"],
  ["modules", "+ the app's modules"],
  ["database", "+ database opened (schema current), Prisma connected"],
  ["catalogs", "+ catalogs loaded"],
  ["first message", `+ one message in each of the ${COMMUNES} communes`],
  ["served", `+ ${COMMUNES * 2} more messages and 6 province roll-ups`],
  ["report", "+ one /baocao (report renderers loaded, files drawn)"],
];

/** What one serving process measured. */
export interface ProvinceServeResult {
  communes: number;
  /** Memory at each stage, in order. */
  stages: MemoryStage[];
  /** Milliseconds to load every commune's figures in force and judge them. */
  rollupMs: number[];
  /** Milliseconds per message across the communes, after a first round that fills caches. */
  messageMs: number[];
  /** Prisma operations (model calls and raw queries) each measured message ran. */
  queriesPerMessage: number[];
  /** One `/baocao` after serving: milliseconds and files sent. */
  report: { ms: number; files: number };
  /** Highest resident set of the process's life, in MB. */
  peakRssMb: number;
}

/** The province runs: as npm start runs the service, and through tsx. */
export interface ProvinceScale {
  /** The node flags of `npm start`, which the compiled runs use too. */
  startFlags: string[];
  /** RSS of `node` with those flags and nothing else, in MB. */
  nodeAloneMb: number;
  compiled: ProvinceServeResult[];
  tsx: ProvinceServeResult | null;
  /** Why a run failed, if one did. */
  failures: string[];
}

/** The node flags in package.json's start script (`node --flag … dist/main.js`). */
export function startFlags(): string[] {
  const manifest = JSON.parse(fs.readFileSync("package.json", "utf8")) as { scripts: { start: string } };
  return manifest.scripts.start.split(/\s+/).filter((word) => word.startsWith("--"));
}

async function seedProvince(database: BenchDatabase): Promise<void> {
  const { db } = database;
  const registry = await loadCatalogRegistry();
  const catalog = findCatalog(registry, "thanh-hoa-2023");
  if (!catalog) throw new Error("catalog thanh-hoa-2023 missing");
  const at = new Date("2023-11-20T01:00:00Z");
  const saved = await saveCatalogVersion(db, catalog, at);
  const indicators = await db.indicator.findMany({ where: { setId: saved.setId }, orderBy: { position: "asc" } });
  const ids = Array.from({ length: COMMUNES }, (_, i) => String(i).padStart(3, "0"));
  await db.commune.createMany({
    data: ids.map((i) => ({ id: `c${i}`, slug: `xa-${i}`, name: `Xã ${i}`, district: "Huyện", province: PROVINCE })),
  });
  await db.communePlan.createMany({
    data: ids.map((i) => ({ id: `p${i}`, communeId: `c${i}`, setId: saved.setId, year: 2023 })),
  });
  await db.person.createMany({ data: ids.map((i) => ({ id: `u${i}`, displayName: `Thư ký ${i}` })) });
  await db.platformIdentity.createMany({
    data: ids.map((i) => ({ personId: `u${i}`, platform: "terminal", externalId: `u${i}` })),
  });
  await db.membership.createMany({
    data: ids.map((i) => ({
      id: `m${i}`,
      communeId: `c${i}`,
      personId: `u${i}`,
      role: "secretary",
      status: "approved",
      updatedAt: at,
    })),
  });
  await db.chatBinding.createMany({
    data: ids.map((i) => ({
      platform: "terminal",
      chatId: `chat-${i}`,
      communeId: `c${i}`,
      planId: `p${i}`,
      isGroup: true,
      updatedAt: at,
    })),
  });
  const submissions = ids.flatMap((i) =>
    indicators.slice(0, FIGURES).map((indicator, k) => ({
      communeId: `c${i}`,
      planId: `p${i}`,
      indicatorId: indicator.id,
      period: "2023",
      version: 1,
      value: { kind: "ratio", numerator: 50 + k, denominator: 100 },
      membershipId: `m${i}`,
      platform: "terminal",
      chatId: `chat-${i}`,
      createdAt: at,
    })),
  );
  for (let i = 0; i < submissions.length; i += 500)
    await db.submission.createMany({ data: submissions.slice(i, i + 500) });
  await rebuildFiguresInForce(database);
}

function serve(args: string[], failures: string[]): ProvinceServeResult | null {
  const run = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const last = run.stdout.trim().split("\n").at(-1);
  if (run.status === 0 && last) return JSON.parse(last) as ProvinceServeResult;
  failures.push(run.stderr.slice(-500));
  return null;
}

/**
 * Seeds one SQLite database with the province, then serves a fresh copy of it `runs`
 * times in a process compiled and flagged like `npm start`, and once through tsx.
 */
export async function provinceScale(runs: number): Promise<ProvinceScale> {
  const seeded = await createBenchDatabase();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xaso-province-"));
  const template = path.join(dir, "province.db");
  try {
    await seedProvince(seeded);
    await seeded.close();
    fs.copyFileSync(seeded.url.slice("file:".length), template);
  } finally {
    await seeded.destroy();
  }
  const flags = startFlags();
  const failures: string[] = [];
  const fresh = (name: string) => {
    const file = path.join(dir, `${name}.db`);
    fs.copyFileSync(template, file);
    return `file:${file}`;
  };
  try {
    const alone = spawnSync(process.execPath, [
      "--expose-gc",
      ...flags,
      "-e",
      "gc(); process.stdout.write(String(process.memoryUsage().rss))",
    ]);
    const outdir = path.join("dist", "bench");
    await build(["scripts/bench/province-serve.ts"], outdir);
    const compiled: ProvinceServeResult[] = [];
    for (let run = 0; run < runs; run += 1) {
      const result = serve(
        ["--expose-gc", ...flags, path.join(outdir, "province-serve.js"), fresh(`compiled-${run}`)],
        failures,
      );
      if (result) compiled.push(result);
    }
    const tsx = serve(["--expose-gc", "--import", "tsx", "scripts/bench/province-serve.ts", fresh("tsx")], failures);
    return {
      startFlags: flags,
      nodeAloneMb: Math.round((Number(alone.stdout.toString()) / 1024 / 1024) * 10) / 10,
      compiled,
      tsx,
      failures,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
