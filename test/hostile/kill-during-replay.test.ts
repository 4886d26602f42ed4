import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase, databaseKindsUnderTest, type TestDatabase } from "../support/test-database.js";

/**
 * A process killed with SIGKILL at an arbitrary moment while members confirm figures
 * leaves a consistent database: no half-saved figure, no gap in a figure's versions,
 * one audit row per submission, and (SQLite) an intact file. Each round replays the same
 * confirmed updates into the same database and is killed part-way.
 */
const codes = ["3.1", "3.2", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9", "4.1", "4.2"];
const lines = Array.from({ length: 60 }, (_, i) => {
  const code = codes[i % codes.length];
  const numerator = 1_000 + i;
  return [
    JSON.stringify({ chat: "g1", user: "u1", name: "Lan", text: `${code}: ${numerator}/5.000` }),
    JSON.stringify({ chat: "g1", user: "u1", name: "Lan", text: "có" }),
  ];
}).flat();

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xaso-kill-"));
const transcript = path.join(dir, "updates.jsonl");
fs.writeFileSync(transcript, `${lines.join("\n")}\n`);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs a replay into `url` and kills it with SIGKILL once it has printed `afterLines` lines. */
async function replayAndKill(url: string, afterLines: number): Promise<void> {
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", "src/cli/main.ts", "replay", "--db", url, transcript],
    { stdio: ["ignore", "pipe", "ignore"] },
  );
  let printed = 0;
  child.stdout?.on("data", (chunk: Buffer) => {
    printed += chunk.toString().split("\n").length - 1;
    if (printed >= afterLines) child.kill("SIGKILL");
  });
  await new Promise((resolve) => child.on("close", resolve));
}

async function checkConsistent(database: TestDatabase) {
  const { db } = database;
  const submissions = await db.submission.findMany({
    select: { id: true, planId: true, indicatorId: true, period: true, version: true },
  });
  expect(submissions.length).toBeGreaterThan(0);
  const versions = new Map<string, number[]>();
  for (const row of submissions) {
    const key = `${row.planId}/${row.indicatorId}/${row.period}`;
    versions.set(key, [...(versions.get(key) ?? []), row.version]);
  }
  for (const [key, seen] of versions) {
    expect(
      [...seen].sort((a, b) => a - b),
      key,
    ).toEqual(Array.from({ length: seen.length }, (_, i) => i + 1));
  }
  const audited = await db.auditEntry.count({ where: { action: { startsWith: "submission." } } });
  expect(audited).toBe(submissions.length);
}

describe.each(databaseKindsUnderTest())("kill -9 while replaying confirmed updates on %s", (kind) => {
  it("leaves no half-saved figure, no version gap and one audit row per submission", async () => {
    const database = await createTestDatabase(kind);
    try {
      for (const afterLines of [11, 37]) await replayAndKill(database.url, afterLines);
      await checkConsistent(database);
      if (kind === "sqlite") {
        const [check] = await database.db.$queryRawUnsafe<{ integrity_check: string }[]>("PRAGMA integrity_check");
        expect(check?.integrity_check).toBe("ok");
      }
    } finally {
      await database.destroy();
    }
  }, 180_000);
});
