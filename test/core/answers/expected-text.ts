import fs from "node:fs";
import path from "node:path";
import { expect } from "vitest";

const DIR = path.resolve("test/core/answers/expected");

/**
 * Compares a full answer text with `expected/<name>.txt`, so a change of wording shows up as a
 * reviewed diff of that file. Run with UPDATE_EXPECTED=1 to rewrite the files, then review them.
 */
export function expectText(name: string, actual: string): void {
  const file = path.join(DIR, `${name}.txt`);
  if (process.env.UPDATE_EXPECTED === "1") {
    fs.writeFileSync(file, `${actual}\n`);
    return;
  }
  expect(
    fs.existsSync(file),
    `missing ${path.relative(process.cwd(), file)}; run with UPDATE_EXPECTED=1 and review it`,
  ).toBe(true);
  expect(actual).toBe(fs.readFileSync(file, "utf8").replace(/\n$/, ""));
}
