import type { AppConfig } from "../app/config/app-config.js";

/** Where a command writes: injected so tests can read what it printed. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Lines of standard input, for commands that read a stream. */
  readLines(): AsyncIterable<string>;
}

/** What every command receives. */
export interface CliContext {
  io: CliIo;
  config: AppConfig;
  now(): Date;
}

/** One `xaso` sub-command, e.g. `catalog show`. Returns the process exit code. */
export interface CliCommand {
  /** Words that select it: "catalogs", "catalog show". */
  name: string;
  summary: string;
  /** Shown by `--help` and on a usage mistake. */
  usage: string;
  run(args: string[], context: CliContext): Promise<number>;
}

/** Exit codes: 0 done, 1 the work failed (e.g. invalid file), 2 the command was misused. */
export const exitCode = { ok: 0, failed: 1, usage: 2 } as const;
