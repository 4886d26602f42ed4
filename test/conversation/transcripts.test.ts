import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { isEffectLine } from "../../src/app/replay/effect-lines.js";
import { type ReplayOutput, runReplay } from "../../src/app/replay/run-replay.js";
import { converse } from "../../src/core/conversation/converse.js";
import { loadCatalogOrFail } from "../support/catalogs.js";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";

/**
 * Conversation behaviour as data. Each file in transcripts/ is JSON lines: messages and
 * clock changes exactly as `xaso replay` reads them, each followed by what it stored, as
 * `xaso replay --effects` prints it (`{"saved": "3.2", …}`), then the bot's replies as
 * `{"bot": CHAT, "text": …}` lines. A first line `{"catalog": ID, "commune": NAME}` picks
 * the setting. The test replays the inputs, rebuilds the file from them and what actually
 * happened, and matches it against the file itself, so a missing save fails as surely as
 * a changed word. After a deliberate change:
 * `npx vitest run --config test/vitest.config.ts test/conversation -u`, then review the diff.
 */
const dir = path.join(import.meta.dirname, "transcripts");
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".jsonl"))
  .sort();

type Line = Record<string, unknown>;

let database: TestDatabase | undefined;
afterEach(async () => {
  await database?.destroy();
  database = undefined;
});

describe("conversation transcripts", () => {
  it.each(files)("%s", async (file) => {
    const lines = fs
      .readFileSync(path.join(dir, file), "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Line);
    const setting = (lines[0] && "catalog" in lines[0] ? lines.shift() : {}) as { catalog?: string; commune?: string };
    const catalog = await loadCatalogOrFail(setting.catalog ?? "thanh-hoa-2023");
    database = await createTestDatabase("sqlite");

    const inputs = lines.filter((l) => !("bot" in l) && !isEffectLine(l));
    const actual: Line[] = [];
    async function* feed() {
      for (const input of inputs) {
        actual.push(input);
        yield JSON.stringify(input);
      }
    }
    await runReplay(
      {
        db: database.db,
        catalog,
        communeName: setting.commune ?? "Xã Demo",
        converse,
        timeZone: "Asia/Ho_Chi_Minh",
      },
      feed(),
      (output: ReplayOutput) => actual.push({ bot: output.chat, text: output.text }),
      (line, problem) => {
        throw new Error(`line ${line}: ${problem}`);
      },
      (stored) => actual.push(stored),
    );

    const header = Object.keys(setting).length ? [setting] : [];
    const replayed = `${[...header, ...actual].map((l) => JSON.stringify(l)).join("\n")}\n`;
    await expect(replayed).toMatchFileSnapshot(path.join(dir, file));
  });
});
