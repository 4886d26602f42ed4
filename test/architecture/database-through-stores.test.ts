import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sourceFiles } from "./support/source-imports.js";

const src = path.resolve("src");

/** The Prisma client's name for each model of the schema: `ChatBinding` → `chatBinding`. */
const models = [...fs.readFileSync("prisma/schema.prisma", "utf8").matchAll(/^model\s+(\w+)/gm)].map(
  ([, name = ""]) => name.charAt(0).toLowerCase() + name.slice(1),
);
const modelCall = new RegExp(
  String.raw`\.\s*(?:${models.join("|")})\s*\.\s*(?:find\w*|create\w*|update\w*|upsert|delete\w*|count|aggregate|groupBy)\s*\(`,
  "g",
);
const rawQuery = /\$(?:queryRaw|executeRaw)\w*/g;

/**
 * The Prisma calls written in a file: model calls (`db.membership.update(`) and raw SQL.
 * Only the stores in src/adapters/storage may make them; the app and the admin commands
 * call stores by name and open transactions with `$transaction`.
 */
function databaseCallsOf(source: string): string[] {
  return [...source.matchAll(modelCall), ...source.matchAll(rawQuery)].map(([call]) => call.replace(/\s+/g, ""));
}

describe("the app and the admin commands reach the database only through stores", () => {
  const files = [
    ...sourceFiles(path.join(src, "app")),
    ...sourceFiles(path.join(src, "cli")),
    path.join(src, "main.ts"),
  ];

  it("knows the schema's models and has files to check", () => {
    expect(models).toEqual(expect.arrayContaining(["chatBinding", "membership", "conversationState"]));
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((file) => [path.relative(src, file), file]))(
    "%s makes no Prisma call of its own",
    (_name, file) => {
      expect(databaseCallsOf(fs.readFileSync(file, "utf8"))).toEqual([]);
    },
  );

  it("catches model calls, also across lines, and raw SQL, but not transactions or arrays", () => {
    const sample = [
      "const binding = await tx.chatBinding.findUnique({ where });",
      "await db.membership",
      "  .update({ where: { id }, data });",
      'await db.$queryRawUnsafe("SELECT 1");',
      "await deps.db.$transaction(async (tx) => saveSession(tx, key, next, null));",
      "const kinds = effect.evidence.map((e) => e.kind);",
    ].join("\n");
    expect(databaseCallsOf(sample)).toEqual([".chatBinding.findUnique(", ".membership.update(", "$queryRawUnsafe"]);
  });
});
