import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runXaso } from "./cli-harness.js";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "xaso-cli-effects-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("xaso replay --effects", () => {
  it("prints what each message stored, once committed and right before its replies", async () => {
    const file = path.join(tmp, "chat.jsonl");
    fs.writeFileSync(
      file,
      [
        { chat: "g1", user: "u1", name: "Lan", text: "3.2: 6.608/8.315" },
        { chat: "g1", user: "u1", name: "Lan", text: "có" },
        { chat: "g1", user: "u1", name: "Lan", text: "có", id: "again" },
        { chat: "g1", user: "u1", name: "Lan", text: "có", id: "again" },
      ]
        .map((line) => JSON.stringify(line))
        .join("\n"),
    );
    const out = (await runXaso(["replay", "--effects", file])).out.split("\n").map((l) => JSON.parse(l) as object);
    expect(out.slice(1, 3)).toEqual([
      { saved: "3.2", numerator: 6608, denominator: 8315, by: "Lan" },
      {
        chat: "g1",
        text: "✅ Đã lưu 3.2 Tài khoản ngân hàng (từ 15 tuổi): 6.608/8.315 người (79,4%) → Đạt (Lan cập nhật).",
      },
    ]);
    expect(out.filter((line) => "saved" in line)).toHaveLength(1);
  });

  it("prints replies only without the flag", async () => {
    const file = path.join(tmp, "plain.jsonl");
    fs.writeFileSync(
      file,
      ['{"chat":"g1","user":"u1","text":"4.6 có"}', '{"chat":"g1","user":"u1","text":"có"}'].join("\n"),
    );
    const out = (await runXaso(["replay", file])).out.split("\n").map((l) => JSON.parse(l) as object);
    expect(out.every((line) => "chat" in line)).toBe(true);
  });
});
