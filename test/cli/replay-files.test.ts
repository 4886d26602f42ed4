import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readZip } from "../support/read-zip.js";
import { runXaso } from "./cli-harness.js";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "xaso-cli-files-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("xaso replay --files", () => {
  it("writes the files /baocao sends and prints chat, file, name and caption", async () => {
    const chat = path.join(tmp, "chat.jsonl");
    const dir = path.join(tmp, "files");
    fs.writeFileSync(
      chat,
      [
        { chat: "g1", user: "u1", name: "Lan", text: "3.2: 6.608/8.315" },
        { chat: "g1", user: "u1", name: "Lan", text: "có" },
        { chat: "g1", user: "u1", name: "Lan", text: "/baocao" },
        { chat: "g1", user: "u1", name: "Lan", text: "báo cáo năm 2030" },
      ]
        .map((line) => JSON.stringify(line))
        .join("\n"),
    );
    const run = await runXaso(["replay", "--files", dir, chat]);
    const lines = run.out.split("\n").map((line) => JSON.parse(line) as Record<string, string>);
    const files = lines.filter((line) => "file" in line);
    expect(files.map((line) => Object.keys(line))).toEqual(Array(4).fill(["chat", "file", "name", "text"]));
    expect(files.map((line) => line.name)).toEqual([
      "bieu-do-tien-do-xa-demo-2023.png",
      "phu-luc-xa-demo-2023.docx",
      "phu-luc-xa-demo-2023.xlsx",
      "du-thao-bao-cao-xa-demo-2023.docx",
    ]);
    expect(files[0]?.text).toContain("1/35 chỉ tiêu Đạt");
    for (const line of files) expect(fs.existsSync(line.file ?? "")).toBe(true);
    const appendix = readZip(fs.readFileSync(path.join(dir, "phu-luc-xa-demo-2023.docx"))).get("word/document.xml");
    expect(appendix?.toString("utf8")).toContain("6.608/8.315 người (79,4%)");
    expect(lines.at(-1)).toEqual({
      chat: "g1",
      text: "Xã Demo chưa có kế hoạch năm 2030 trong nhóm này, nên chưa lập được báo cáo năm 2030. Nhóm đang theo dõi kế hoạch năm 2023: gõ /baocao để nhận báo cáo năm 2023.",
    });
  });
});
