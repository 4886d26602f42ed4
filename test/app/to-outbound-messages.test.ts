import { describe, expect, it } from "vitest";
import { MAX_MESSAGE_LENGTH, toOutboundMessages } from "../../src/app/conversation/to-outbound-messages.js";

const chat = { platform: "zalo", chatId: "g1" };
const lan = { membershipId: "m1", displayName: "Lan" };
const minh = { membershipId: "m2", displayName: "Minh" };

describe("replies as outbound messages", () => {
  it("keeps a short reply whole, with its choices and mentions", () => {
    const [only, ...rest] = toOutboundMessages(chat, {
      type: "reply",
      text: "@Lan ơi, lưu không?",
      choices: [{ label: "Có", value: "có" }],
      mentions: [lan],
    });
    expect(rest).toEqual([]);
    expect(only).toEqual({
      platform: "zalo",
      chatId: "g1",
      text: "@Lan ơi, lưu không?",
      choices: [{ label: "Có", value: "có" }],
      mentions: [lan],
    });
  });

  it("splits a long answer at line breaks: choices with the last part, each mention with the part naming it", () => {
    const lines = Array.from(
      { length: 200 },
      (_, i) => `• ${i + 1}. Chỉ tiêu còn thiếu số liệu — phụ trách: ${i < 100 ? "@Lan" : "@Minh"}`,
    );
    const parts = toOutboundMessages(chat, {
      type: "reply",
      text: lines.join("\n"),
      choices: [{ label: "Xem tiếp", value: "tiếp" }],
      mentions: [lan, minh],
    });
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.text.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    expect(parts.map((p) => p.text).join("\n")).toBe(lines.join("\n"));
    expect(parts.slice(0, -1).every((p) => !p.choices)).toBe(true);
    expect(parts.at(-1)?.choices).toEqual([{ label: "Xem tiếp", value: "tiếp" }]);
    expect(parts[0]?.mentions).toEqual([lan]);
    expect(parts.at(-1)?.mentions).toEqual([minh]);
  });
});
