import path from "node:path";
import { expect } from "vitest";

const DIR = path.resolve("test/core/answers/expected");

/**
 * Compares a full answer text with `expected/<name>.txt`, so a change of wording shows up as a
 * reviewed diff of that file. After a deliberate change, refresh the files with vitest's `-u`
 * (`npx vitest run --config test/vitest.config.ts test/core/answers -u`) and review them.
 */
export async function expectText(name: string, actual: string): Promise<void> {
  await expect(`${actual}\n`).toMatchFileSnapshot(path.join(DIR, `${name}.txt`));
}
