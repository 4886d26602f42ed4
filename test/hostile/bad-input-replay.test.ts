import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { DatabaseKind } from "../../src/adapters/storage/database-kind.js";
import { runReplay } from "../../src/app/replay/run-replay.js";
import { converse } from "../../src/core/conversation/converse.js";
import { captureLogger } from "../support/capture-logger.js";
import { loadCatalogOrFail } from "../support/catalogs.js";
import { createTestDatabase, databaseKindsUnderTest } from "../support/test-database.js";

/**
 * The bad-input corpus sent through the whole path (parser, dialog, storage) by several
 * kinds of sender: nothing may throw (the failure boundary logs every exception, so the
 * log must stay empty of errors), every reply is Vietnamese text, strangers and viewers
 * store nothing, and whatever a member stored was confirmed from figures they typed.
 */
const corpus = fs
  .readFileSync(path.join(import.meta.dirname, "bad-input-corpus.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line) as string);

interface Sender {
  name: string;
  line: Record<string, unknown>;
  mayStore: boolean;
}
const stranger: Sender = { name: "stranger in a group", line: { member: false }, mayStore: false };
const viewer: Sender = { name: "viewer in a group", line: { role: "viewer" }, mayStore: false };
const memberInPrivate: Sender = { name: "member in private", line: { group: false }, mayStore: true };
const memberInGroup: Sender = { name: "member in a group", line: {}, mayStore: true };

const runs: [DatabaseKind, Sender][] = [
  ["sqlite", stranger],
  ["sqlite", viewer],
  ["sqlite", memberInPrivate],
  ...databaseKindsUnderTest()
    .filter((kind) => kind === "postgresql")
    .map((kind): [DatabaseKind, Sender] => [kind, memberInGroup]),
];

describe("the bad-input corpus through the whole path", () => {
  it.each(runs)(
    "on %s, sent by a %o",
    async (kind, sender) => {
      const database = await createTestDatabase(kind);
      const { logger, lines: logged } = captureLogger();
      const replies: string[] = [];
      try {
        async function* feed() {
          for (const [i, text] of corpus.entries())
            yield JSON.stringify({ chat: "g1", user: "u1", name: "Lan", id: `m${i}`, text, ...sender.line });
        }
        await runReplay(
          {
            db: database.db,
            catalog: await loadCatalogOrFail("thanh-hoa-2023"),
            communeName: "Thúy Sơn",
            converse,
            timeZone: "Asia/Ho_Chi_Minh",
            logger,
          },
          feed(),
          (output) => replies.push(output.text),
          (line, problem) => {
            throw new Error(`line ${line}: ${problem}`);
          },
        );
        expect(logged().filter((entry) => Number(entry.level) >= 50)).toEqual([]);
        for (const text of replies) expect(text).toMatch(/[\p{L}]/u);
        const stored = await database.db.submission.findMany({ select: { value: true } });
        if (!sender.mayStore) expect(stored).toEqual([]);
        const typed = corpus.join(" ").replace(/[.\s]/g, "");
        for (const { value } of stored) {
          for (const number of Object.values(value as Record<string, unknown>).filter((v) => typeof v === "number"))
            expect(typed, `stored ${JSON.stringify(value)}`).toContain(String(number));
        }
      } finally {
        await database.destroy();
      }
    },
    240_000,
  );
});
