import { spawn } from "node:child_process";
import readline from "node:readline";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/app/config/app-config.js";
import { runCli } from "../../src/cli/run-cli.js";
import { createTestDatabase, databaseKindsUnderTest } from "../support/test-database.js";

/**
 * Standard input that has fully arrived before the replay starts reading, as with
 * `cat file | xaso replay -`: readline emits its lines while the database is migrated,
 * and none of them may be lost.
 */
async function replayFromPipe(lines: string[], extraArgs: string[]) {
  const stdin = new PassThrough();
  stdin.end(`${lines.join("\n")}\n`);
  const out: string[] = [];
  const err: string[] = [];
  const parsed = parseConfig({});
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  const code = await runCli(["replay", ...extraArgs, "-"], {
    io: {
      out: (text) => out.push(text),
      err: (text) => err.push(text),
      readLines: () => readline.createInterface({ input: stdin, crlfDelay: Infinity }),
    },
    config: parsed.config,
    now: () => new Date("2024-09-20T01:00:00Z"),
  });
  return { code, out, err };
}

const messages = [
  JSON.stringify({ chat: "g1", user: "u1", name: "Lan", text: "3.2: 6.608/8.315" }),
  JSON.stringify({ chat: "g1", user: "u1", name: "Lan", text: "có" }),
  JSON.stringify({ chat: "g1", user: "u1", name: "Lan", text: "tiến độ" }),
];

describe("xaso replay reading a pipe", () => {
  it("keeps every line that arrived while the temporary database was prepared", async () => {
    const { code, out } = await replayFromPipe(messages, []);
    expect(code).toBe(0);
    expect(out).toHaveLength(3);
    expect(out[1]).toContain("Đã lưu 3.2");
  });

  it.each(databaseKindsUnderTest())("keeps every line with --db on %s", async (kind) => {
    const database = await createTestDatabase(kind);
    try {
      const { code, out } = await replayFromPipe(messages, ["--db", database.url]);
      expect(code).toBe(0);
      expect(out).toHaveLength(3);
    } finally {
      await database.destroy();
    }
  });
});

describe("xaso replay into a pipe that closes early", () => {
  it("stops quietly, as `xaso replay … | head -1` expects", async () => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "src/cli/main.ts", "replay", "test/conversation/transcripts/01-guided-update.jsonl"],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  });
});
