import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/app/config/app-config.js";
import { isEffectLine } from "../../src/app/replay/effect-lines.js";
import { runCli } from "../../src/cli/run-cli.js";
import { createTestDatabase, databaseKindsUnderTest } from "../support/test-database.js";

/**
 * A restart in the middle of a week of reminders: the transcript is replayed in two runs of
 * `xaso replay --db` against the same database, split where the clock says the same minute
 * twice (the second run starts with the start-up tick of that minute). Everything the bot
 * and its clock send across both runs must be exactly what one run sends: no reminder
 * lost, none sent twice.
 */
const TRANSCRIPT = path.join(
  import.meta.dirname,
  "../conversation/transcripts/15-reminder-lead-times-and-snooze.jsonl",
);

type Line = Record<string, unknown>;

function readTranscript(): { inputs: Line[]; expected: Line[] } {
  const lines = fs
    .readFileSync(TRANSCRIPT, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Line)
    .filter((l) => !("catalog" in l));
  return {
    inputs: lines.filter((l) => !("bot" in l) && !isEffectLine(l)),
    expected: lines.filter((l) => "bot" in l).map((l) => ({ chat: l.bot, text: l.text })),
  };
}

/** Index of the second of two consecutive identical clock lines: where the restart happens. */
function restartPoint(inputs: readonly Line[]): number {
  const at = inputs.findIndex((line, i) => i > 0 && "clock" in line && inputs[i - 1]?.clock === line.clock);
  if (at < 0) throw new Error("the transcript has no repeated clock line to restart at");
  return at;
}

async function replayRun(url: string, lines: readonly Line[]): Promise<Line[]> {
  const stdin = new PassThrough();
  stdin.end(`${lines.map((l) => JSON.stringify(l)).join("\n")}\n`);
  const out: string[] = [];
  const err: string[] = [];
  const parsed = parseConfig({});
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  const code = await runCli(["replay", "--db", url, "--catalog", "thanh-hoa-2023", "--commune", "Xã Demo", "-"], {
    io: {
      out: (text) => out.push(text),
      err: (text) => err.push(text),
      readLines: () => readline.createInterface({ input: stdin, crlfDelay: Infinity }),
    },
    config: parsed.config,
    now: () => new Date("2026-02-09T02:00:00Z"),
  });
  expect(code, err.join("\n")).toBe(0);
  return out.map((text) => JSON.parse(text) as Line);
}

describe("reminders across a restart of xaso replay --db", () => {
  it.each(databaseKindsUnderTest())("sends every reminder once over two runs on %s", async (kind) => {
    const { inputs, expected } = readTranscript();
    const split = restartPoint(inputs);
    const database = await createTestDatabase(kind);
    try {
      const before = await replayRun(database.url, inputs.slice(0, split));
      const after = await replayRun(database.url, inputs.slice(split));
      expect([...before, ...after]).toEqual(expected);
      // The snoozed nudge went out before the restart and not again after it.
      const nudges = (lines: Line[]) => lines.filter((l) => String(l.text).startsWith("Kính nhắc @Minh")).length;
      expect(nudges(before)).toBe(1);
      expect(nudges(after)).toBe(0);
      expect(after.some((l) => String(l.text).includes("(còn 10 ngày)"))).toBe(true);
    } finally {
      await database.destroy();
    }
  });
});
