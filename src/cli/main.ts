// `xaso`: the admin command for whoever installs and runs Xã Số.
//   npm run -s xaso -- catalogs --json
//   npm run -s xaso -- catalog show thanh-hoa-2023
import readline from "node:readline";
import { parseConfig } from "../app/config/app-config.js";
import { loadDotEnv } from "../app/config/dot-env.js";
import type { CliIo } from "./cli-command.js";
import { runCli } from "./run-cli.js";

loadDotEnv(process.cwd(), process.env);

// Output piped into a command that stops reading early (`xaso replay … | head -5`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

const io: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  readLines: () => readline.createInterface({ input: process.stdin, crlfDelay: Infinity }),
};

const parsed = parseConfig(process.env);
if (!parsed.ok) {
  io.err(`Cấu hình không hợp lệ (sửa trong .env hoặc biến môi trường):\n  - ${parsed.errors.join("\n  - ")}`);
  process.exit(2);
}

process.exitCode = await runCli(process.argv.slice(2), { io, config: parsed.config, now: () => new Date() });
