import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runXaso } from "./cli-harness.js";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "xaso-cli-bot-name-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** "Trợ lý ơi tiến độ" and "tro ly oi tien do" in a group, where only messages meant for the bot get an answer. */
function calledByName(): string {
  const file = path.join(tmp, "called.jsonl");
  fs.writeFileSync(
    file,
    [
      { chat: "g1", user: "u1", name: "Lan", text: "Trợ lý ơi tiến độ" },
      { chat: "g1", user: "u1", name: "Lan", text: "tro ly oi tien do" },
      { chat: "g1", user: "u1", name: "Lan", text: "Xã Số ơi tiến độ" },
    ]
      .map((line) => JSON.stringify(line))
      .join("\n"),
  );
  return file;
}

describe("xaso replay with BOT_NAME", () => {
  it("answers the configured name, with or without diacritics, as the bots do, and still its own", async () => {
    const { code, out } = await runXaso(["replay", calledByName()], { BOT_NAME: "Trợ lý" });
    expect(code).toBe(0);
    const replies = out.split("\n").map((line) => (JSON.parse(line) as { text: string }).text);
    expect(replies).toHaveLength(3);
    for (const text of replies) expect(text).toMatch(/^Tiến độ chuyển đổi số Xã Demo/);
  });

  it("stays silent at another name when none is configured", async () => {
    const { out } = await runXaso(["replay", calledByName()]);
    expect(out.split("\n")).toHaveLength(1);
  });
});
