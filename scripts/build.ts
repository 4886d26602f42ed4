// Compiles the service to plain JavaScript in dist/, which `npm start` runs with node
// (prestart builds it first, so `git pull && npm start` always runs the current sources).
// A process without the TypeScript loader is about 40 MB smaller; see
// docs/decisions/0008. Tests, the xaso command and the scripts keep running the sources
// with tsx.
//   tsx scripts/build.ts

import fs from "node:fs";
import * as esbuild from "esbuild";

/**
 * How the service is compiled, shared with the benchmark so it measures what npm start
 * runs: one ES module bundle of the project's own code with the lazily loaded parts (report
 * renderers, each platform, the model client) in chunks of their own, packages left in
 * node_modules (native ones cannot be bundled), no minification (readable stack traces).
 */
export function buildOptions(entryPoints: string[], outdir: string): esbuild.BuildOptions {
  return {
    entryPoints,
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    chunkNames: "chunks/[name]-[hash]",
    logLevel: "warning",
  };
}

/** Replaces `outdir` with a fresh build of the entry points. */
export async function build(entryPoints: string[], outdir: string): Promise<void> {
  fs.rmSync(outdir, { recursive: true, force: true });
  await esbuild.build(buildOptions(entryPoints, outdir));
}

if (process.argv[1]?.endsWith("build.ts")) await build(["src/main.ts"], "dist");
