import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runXaso } from "./cli-harness.js";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "xaso-cli-conv-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const env = { CATALOG_DIR: path.join(tmp, "catalogs") };

describe("xaso parse (contract)", () => {
  // The one test that runs `xaso` through npm, exactly as the README shows it; the others call it in process.
  it("prints one JSON line with exactly the contract's fields, run through npm as documented", () => {
    const out = execFileSync("npm", ["run", "-s", "xaso", "--", "parse", "3.2: 6.608/8.315"], {
      encoding: "utf8",
      env: { ...process.env, ...env },
    })
      .trim()
      .split("\n");
    expect(out).toHaveLength(1);
    const parsed = JSON.parse(out[0] ?? "") as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(["intent", "code", "numerator", "denominator", "percent", "value", "source"]);
    expect(parsed).toMatchObject({
      intent: "update",
      code: "3.2",
      numerator: 6608,
      denominator: 8315,
      value: null,
      source: "rules",
    });
    expect(parsed.percent).toBeCloseTo(79.4708, 3);
  });

  it("reads standard input line by line, in order, when no text is given", async () => {
    const { out } = await runXaso(["parse", "--catalog", "ha-trung-2024"], env, [
      "I.3: 1.685/1.960 hộ",
      "cảm ơn anh",
      "V.8 5910/5910",
    ]);
    const parsed = out.split("\n").map((l) => JSON.parse(l) as { intent: string; code: string | null });
    expect(parsed.map((o) => [o.intent, o.code])).toEqual([
      ["update", "I.3"],
      ["unknown", null],
      ["update", "V.8"],
    ]);
  });

  it("prints several figures in one message as one batch line, its items in message order", async () => {
    const { out } = await runXaso(
      ["parse", "3.1: 3.850/6.200\n3.2: 6.608/8.315\n3.4 đạt 76,6%\ncamera: có\nchưa rõ dòng này"],
      env,
    );
    const lines = out.trim().split("\n");
    expect(lines).toHaveLength(1);
    const parsed = JSON.parse(lines[0] ?? "") as { items: Record<string, unknown>[] };
    expect(Object.keys(parsed)).toEqual(["intent", "items", "source"]);
    expect(parsed.items.map((item) => Object.keys(item))).toEqual(
      Array(4).fill(["code", "numerator", "denominator", "percent", "value"]),
    );
    expect(parsed).toEqual({
      intent: "batch",
      items: [
        { code: "3.1", numerator: 3850, denominator: 6200, percent: (3850 * 100) / 6200, value: null },
        { code: "3.2", numerator: 6608, denominator: 8315, percent: (6608 * 100) / 8315, value: null },
        { code: "3.4", numerator: null, denominator: null, percent: 76.6, value: null },
        { code: "4.6", numerator: null, denominator: null, percent: null, value: true },
      ],
      source: "rules",
    });
  });

  it("refuses an unknown catalog", async () => {
    const { code, err } = await runXaso(["parse", "--catalog", "khong-co", "3.2: 1/2"], env);
    expect(code).toBe(1);
    expect(err).toContain('Không có bộ chỉ tiêu "khong-co"');
  });
});

describe("xaso replay (contract)", () => {
  it("replays messages through the real core and a fresh database, printing bot messages as JSON lines", async () => {
    const file = path.join(tmp, "chat.jsonl");
    fs.writeFileSync(
      file,
      [
        { clock: "2024-09-20T08:00:00+07:00" },
        { chat: "g1", group: true, user: "u1", name: "Lan", text: "3.2: 6.608/8.315" },
        { chat: "g1", group: true, user: "u1", name: "Lan", text: "có" },
        { chat: "g2", group: true, user: "u2", name: "Minh", text: "cảm ơn anh" },
        { chat: "p3", group: false, user: "u3", name: "Hoa", text: "3.2 thế nào?" },
      ]
        .map((line) => JSON.stringify(line))
        .join("\n"),
    );
    const replayed = await runXaso(["replay", "--commune", "Hoằng Phụ", file], env);
    const out = replayed.out.split("\n").map((l) => JSON.parse(l) as { chat: string; text: string });
    expect(out.map((o) => Object.keys(o))).toEqual([
      ["chat", "text"],
      ["chat", "text"],
      ["chat", "text"],
    ]);
    expect(out[0]?.text).toContain("6.608/8.315 người (79,4%)");
    expect(out[1]).toEqual({
      chat: "g1",
      text: "✅ Đã lưu 3.2 Tài khoản ngân hàng (từ 15 tuổi): 6.608/8.315 người (79,4%) → Đạt (Lan cập nhật).",
    });
    expect(out[2]?.chat).toBe("p3");
    expect(out[2]?.text).toContain("Đánh giá: Đạt");
  });

  it("keeps the database given with --db, and reports bad lines without stopping", async () => {
    const file = path.join(tmp, "two.jsonl");
    const url = `file:${path.join(tmp, "kept.db")}`;
    fs.writeFileSync(
      file,
      ['{"chat":"g1","user":"u1","text":"4.6 có"}', "không phải json", '{"chat":"g1","user":"u1","text":"có"}'].join(
        "\n",
      ),
    );
    const first = await runXaso(["replay", "--db", url, file]);
    expect(first.err).toContain("Dòng 2 bị bỏ qua");
    expect(first.out).toContain("✅ Đã lưu 4.6");
    fs.writeFileSync(file, '{"chat":"g1","user":"u1","text":"4.6 thế nào?"}');
    expect((await runXaso(["replay", "--db", url, file])).out).toContain("Đánh giá: Đạt");
  });
});
