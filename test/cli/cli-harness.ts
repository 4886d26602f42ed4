import { parseConfig } from "../../src/app/config/app-config.js";
import type { CliContext } from "../../src/cli/cli-command.js";
import { runCli } from "../../src/cli/run-cli.js";

/** Runs `xaso` in-process with captured output and the given environment. */
export async function runXaso(argv: string[], env: Record<string, string> = {}, stdinLines: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const parsed = parseConfig(env);
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  const context: CliContext = {
    io: {
      out: (text) => out.push(text),
      err: (text) => err.push(text),
      readLines: async function* () {
        yield* stdinLines;
      },
    },
    config: parsed.config,
    now: () => new Date("2024-09-20T01:00:00Z"),
  };
  const code = await runCli(argv, context);
  return { code, out: out.join("\n"), err: err.join("\n") };
}
