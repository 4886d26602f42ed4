import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runXaso } from "./cli-harness.js";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "xaso-cli-check-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const READ_BACK =
  'Cập nhật chỉ tiêu 4.6 Camera an ninh\n• Số liệu: Có\n• Chỉ tiêu: Có → Đạt\nTrả lời "có" để lưu, "không" để hủy.\n1. Có, lưu\n2. Không, hủy';
const SAVED = "✅ Đã lưu 4.6 Camera an ninh: Có → Đạt (Lan cập nhật).";

function conversation(name: string, saved: string): string {
  const file = path.join(tmp, name);
  const lines = [
    { chat: "g1", user: "u1", name: "Lan", text: "4.6 có" },
    { bot: "g1", text: READ_BACK },
    { chat: "g1", user: "u1", name: "Lan", text: "có" },
    { bot: "g1", text: saved },
  ];
  fs.writeFileSync(file, lines.map((line) => JSON.stringify(line)).join("\n"));
  return file;
}

describe("xaso replay --transcript and --check", () => {
  it("prints each input line right before the bot's replies to it", async () => {
    const out = (await runXaso(["replay", "--transcript", conversation("t.jsonl", SAVED)])).out
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(out.map((line) => ("bot" in line ? "bot" : line.text))).toEqual(["4.6 có", "bot", "có", "bot"]);
    expect(out[3]).toEqual({ bot: "g1", text: SAVED });
  });

  it("says 'khớp' and exits 0 when the bot says what the file expects", async () => {
    const run = await runXaso(["replay", "--check", conversation("same.jsonl", SAVED)]);
    expect(run.code).toBe(0);
    expect(run.out).toBe("khớp: 2 tin nhắn của bot trong same.jsonl đúng như tệp.");
  });

  it("exits 1 with both texts and the line they answer when they differ", async () => {
    const run = await runXaso(["replay", "--check", conversation("changed.jsonl", "✅ Đã lưu 4.6.")]);
    expect(run.code).toBe(1);
    expect(run.out).toContain("không khớp: 1 tin nhắn của bot khác với changed.jsonl");
    expect(run.out).toContain(
      `Tin nhắn thứ 2 của bot, sau ${JSON.stringify({ chat: "g1", user: "u1", name: "Lan", text: "có" })}`,
    );
    expect(run.out).toContain("- ✅ Đã lưu 4.6.");
    expect(run.out).toContain(`+ ${SAVED}`);
  });
});
