// Every parse result of a broad corpus, one JSON line each, so two versions of the parser
// can be compared byte for byte: a change meant to make parsing faster must leave this
// output unchanged. Run it in both checkouts over the same corpus, then diff:
//   npx tsx scripts/parse-dump.ts > /tmp/after.jsonl
//   (cd ../other-checkout && npx tsx scripts/parse-dump.ts "$OLDPWD") > /tmp/before.jsonl
// (the optional argument is the checkout whose test files make the corpus; default: this one).
//
// The corpus: the labelled message sets, the parse examples, the hostile corpus, the
// messages of every transcript, the bench's long messages, the strings of the parsing
// tests, and seeded word salad made of all of those words (the same on every run). Each
// message is read against every built-in catalog by `parseMessage` and `resolveIndicator`,
// and as a dialog reply by `parseReply` for each kind of step the catalog asks.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadCatalogRegistry } from "../src/adapters/catalogs/catalog-registry.js";
import { indexCatalog } from "../src/core/parsing/indicator-index.js";
import { parseMessage } from "../src/core/parsing/parse-message.js";
import { expectationFor, parseReply, type ReplyExpectation } from "../src/core/parsing/parse-reply.js";
import { resolveIndicator } from "../src/core/parsing/resolve-indicator.js";
import { LONG_MESSAGES } from "./bench/long-messages.js";

/** Where the corpus is read: this checkout, or another one given as the first argument, so that two versions of the parser read the same messages. */
const root = path.resolve(process.argv[2] ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), ".."));
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");
const jsonLines = (file: string) =>
  read(file)
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as unknown);
const filesIn = (dir: string, ending: string) =>
  fs
    .readdirSync(path.join(root, dir))
    .filter((file) => file.endsWith(ending))
    .sort()
    .map((file) => path.join(dir, file));

function labelledTexts(): string[] {
  return [
    "test/core/parsing/messages.jsonl",
    "test/core/parsing/messages-fresh.jsonl",
    "test/fixtures/parse-examples.jsonl",
  ].flatMap((file) => jsonLines(file).map((line) => (line as { text: string }).text));
}

function transcriptTexts(): string[] {
  return filesIn("test/conversation/transcripts", ".jsonl").flatMap((file) =>
    jsonLines(file).flatMap((line) => {
      const { text, bot } = line as { text?: unknown; bot?: unknown };
      return typeof text === "string" && bot === undefined ? [text] : [];
    }),
  );
}

/** Double-quoted string literals of the parsing tests (escapes read as JSON). */
function testStrings(): string[] {
  const files = [...filesIn("test/core/parsing", ".test.ts"), ...filesIn("test/hostile", ".test.ts")];
  return files.flatMap((file) =>
    [...read(file).matchAll(/"((?:[^"\\\n]|\\.)*)"/g)].flatMap((match) => {
      try {
        return [JSON.parse(`"${match[1]}"`) as string];
      } catch {
        return [];
      }
    }),
  );
}

/** A small seeded generator, so the salad is the same on every run and every branch. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Messages made of words from the corpus in random order and number, with codes and figures among them. */
function wordSalad(texts: readonly string[], count: number): string[] {
  const words = [...new Set(texts.flatMap((text) => text.split(/\s+/)).filter((word) => word && word.length < 40))];
  const random = seeded(13);
  const pick = () => words[Math.floor(random() * words.length)] ?? "";
  return Array.from({ length: count }, () => {
    const length = 1 + Math.floor(random() * 12);
    return Array.from({ length }, pick).join(" ");
  });
}

const base = [
  ...labelledTexts(),
  ...(jsonLines("test/hostile/bad-input-corpus.jsonl") as string[]),
  ...transcriptTexts(),
  ...LONG_MESSAGES.map(([, text]) => text),
  ...testStrings(),
];
const messages = [...new Set([...base, ...wordSalad(base, 4_000)])];

const registry = await loadCatalogRegistry();
for (const catalog of [...registry.catalogs].sort((a, b) => a.id.localeCompare(b.id))) {
  const index = indexCatalog(catalog);
  const expectations = new Map<string, ReplyExpectation>();
  for (const kind of ["yes-no", "ratio", "count", "number", "evidence", "text"] as const)
    expectations.set(kind, { kind } as ReplyExpectation);
  for (const indicator of catalog.indicators) {
    const expectation = expectationFor(indicator.measure);
    expectations.set(JSON.stringify(expectation), expectation);
  }
  for (const text of messages) {
    const replies = [...expectations.values()].map((expectation) => parseReply(text, expectation));
    const line = {
      catalog: catalog.id,
      text,
      parsed: parseMessage(text, index),
      reference: resolveIndicator(text, index),
      replies,
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
}
