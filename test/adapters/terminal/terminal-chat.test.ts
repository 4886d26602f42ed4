import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { startTerminalChat } from "../../../src/adapters/platforms/terminal/terminal-chat.js";
import type { InboundMessage } from "../../../src/core/messages/inbound-message.js";

function streams() {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (chunk) => (printed += String(chunk)));
  return { input, output, printed: () => printed };
}

describe("terminal chat", () => {
  it("turns each typed line into a private message and prints replies with numbered choices, in order", async () => {
    const io = streams();
    const seen: InboundMessage[] = [];
    const everyLineRead = new Promise((resolve) => io.input.once("end", resolve));
    const chat = startTerminalChat(
      io,
      { id: "lan", name: "Lan" },
      async (message) => {
        seen.push(message);
        // The first answer is still being worked out when the next line arrives; it must be printed first.
        if (message.text === "chậm") await everyLineRead;
        return [
          {
            platform: "terminal",
            chatId: message.chatId,
            text: `Nhận: ${message.text}`,
            choices: [
              { label: "Có, lưu", value: "có" },
              { label: "Không, hủy", value: "không" },
            ],
          },
        ];
      },
      () => new Date("2024-09-20T01:00:00Z"),
      () => {},
    );
    io.input.write("chậm\n\n  nhanh  \n");
    io.input.end();
    await chat.closed;
    expect(seen.map((m) => [m.text, m.platform, m.isGroup, m.sender.name])).toEqual([
      ["chậm", "terminal", false, "Lan"],
      ["nhanh", "terminal", false, "Lan"],
    ]);
    expect(new Set(seen.map((m) => m.messageId)).size).toBe(2);
    expect(io.printed()).toBe(
      "Xã Số: Nhận: chậm\n       1. Có, lưu\n       2. Không, hủy\nXã Số: Nhận: nhanh\n       1. Có, lưu\n       2. Không, hủy\n",
    );
  });

  it("sends a file by its name with /tep, as a member forwards a report's file", async () => {
    const io = streams();
    const seen: InboundMessage[] = [];
    const chat = startTerminalChat(
      io,
      { id: "lan", name: "Lan" },
      async (message) => {
        seen.push(message);
        return [];
      },
      () => new Date("2024-09-20T01:00:00Z"),
      () => {},
    );
    io.input.write("/tep Bao cao so 45 ngay 20-11-2023.docx\n/TEP   189-BC-UBND.pdf \n/tep\n/tiendo\n");
    io.input.end();
    await chat.closed;
    expect(seen.map((m) => [m.text, m.media, m.attachment])).toEqual([
      ["", "file", { fileName: "Bao cao so 45 ngay 20-11-2023.docx" }],
      ["", "file", { fileName: "189-BC-UBND.pdf" }],
      ["/tep", undefined, undefined],
      ["/tiendo", undefined, undefined],
    ]);
  });

  it("reports what still throws and goes on with the next line (the app apologises, not the adapter)", async () => {
    const io = streams();
    const errors: unknown[] = [];
    const chat = startTerminalChat(
      io,
      { id: "lan", name: "Lan" },
      async (message) => {
        if (message.text === "hỏng") throw new Error("database down");
        return [{ platform: "terminal", chatId: message.chatId, text: "ok\ndòng hai" }];
      },
      () => new Date(),
      (error) => errors.push(error),
    );
    io.input.write("hỏng\ntiếp\n");
    io.input.end();
    await chat.closed;
    expect(errors).toHaveLength(1);
    expect(io.printed()).toBe("Xã Số: ok\n       dòng hai\n");
  });

  it("writes a sent file under the reports folder and prints its caption and path as a bot message", async () => {
    const io = streams();
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "xaso-terminal-"));
    const chat = startTerminalChat(
      io,
      { id: "lan", name: "Lan" },
      async (message) => [
        {
          platform: "terminal",
          chatId: message.chatId,
          text: "Phụ lục (Word).",
          file: {
            name: "phu-luc.docx",
            bytes: new Uint8Array([1, 2, 3]),
            mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          },
        },
      ],
      () => new Date(),
      () => {},
      dir,
    );
    io.input.write("/baocao\n");
    io.input.end();
    await chat.closed;
    const saved = path.join(dir, "phu-luc.docx");
    expect([...(await fs.readFile(saved))]).toEqual([1, 2, 3]);
    expect(io.printed()).toBe(`Xã Số: Phụ lục (Word).\n       📎 ${saved}\n`);
  });
});
