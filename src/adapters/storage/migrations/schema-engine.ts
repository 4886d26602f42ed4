import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationAdapterFactory } from "./migration-adapter-factory.js";

/**
 * The WebAssembly module is instantiated once per process: its JS bindings keep a single
 * global instance, so a second instantiation would pull the memory from under an engine
 * that is still open. Loaded on first use and memoised as a promise.
 */
let wasmReady: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const bindingsFile = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = fs.readFileSync(path.join(path.dirname(bindingsFile), "schema_engine_bg.wasm"));
    const { instance } = await webAssembly().instantiate(bytes, { "./schema_engine_bg.js": bindings });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  })();
  return wasmReady;
}

/** Node's global WebAssembly object; typed here because the Node typings leave it out. */
function webAssembly(): {
  instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: Record<string, unknown> } }>;
} {
  return (globalThis as unknown as { WebAssembly: ReturnType<typeof webAssembly> }).WebAssembly;
}

/** An open schema engine with the means to read driver errors it parked and to close it. */
export interface OpenSchemaEngine {
  engine: SchemaEngine;
  /** Message of the driver error behind an engine error such as "External error id#3". */
  driverErrorFor(error: Error): string | undefined;
  close(): Promise<void>;
}

/**
 * Opens Prisma's schema engine (the migration engine of `prisma migrate`, compiled to
 * WebAssembly) on a driver adapter, so migrations need no native binary and no network.
 * Engine warnings and errors are passed to `log`.
 */
export async function openSchemaEngine(
  datamodels: [path: string, content: string][],
  factory: MigrationAdapterFactory,
  log: (line: string) => void,
): Promise<OpenSchemaEngine> {
  await loadWasm();
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  const onLog = (line: string) => {
    if (/"level":"(ERROR|WARN)"/.test(line)) log(line);
  };
  const driverErrorFor = (error: Error) => {
    const id = /External error id#(\d+)/.exec(error.message)?.[1];
    if (id === undefined) return undefined;
    const parked = bound.errorRegistry.consumeError(Number(id)) as
      | { error?: { message?: string; cause?: string } }
      | undefined;
    return parked?.error?.message ?? parked?.error?.cause;
  };
  let engine: SchemaEngine;
  try {
    engine = await bindings.SchemaEngine.new({ datamodels }, onLog, bound);
  } catch (error) {
    await factory.disposeAll();
    const cause = error instanceof Error ? driverErrorFor(error) : undefined;
    throw cause ? new Error(`cannot open the database: ${cause}`, { cause: error }) : error;
  }
  return {
    engine,
    driverErrorFor,
    close: async () => {
      engine.free();
      await factory.disposeAll();
    },
  };
}
