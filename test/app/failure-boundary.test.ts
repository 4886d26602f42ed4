import { describe, expect, it } from "vitest";
import { withFailureBoundary } from "../../src/app/conversation/failure-boundary.js";
import { FAILURE_APOLOGY } from "../../src/core/conversation/texts/failure-apology.js";
import type { InboundMessage } from "../../src/core/messages/inbound-message.js";
import { captureLogger } from "../support/capture-logger.js";

function message(overrides: Partial<InboundMessage> = {}): InboundMessage {
  return {
    platform: "zalo",
    chatId: "g:42",
    isGroup: true,
    messageId: "m7",
    sender: { id: "u1", name: "Lan" },
    text: "3.2: 6.608/8.315",
    mentionsBot: false,
    repliesToBot: false,
    sentAt: new Date("2026-06-15T01:00:00Z"),
    ...overrides,
  };
}

const failing = async (): Promise<never> => {
  throw new Error("database is locked");
};

describe("the app's failure boundary", () => {
  it("passes the replies of a message that was handled through unchanged", async () => {
    const log = captureLogger();
    const handle = withFailureBoundary(
      async (m) => [{ platform: m.platform, chatId: m.chatId, text: "Đã lưu." }],
      log.logger,
    );
    expect(await handle(message())).toEqual([{ platform: "zalo", chatId: "g:42", text: "Đã lưu." }]);
    expect(log.lines().filter((l) => l.level === 50)).toEqual([]);
  });

  it("logs a failure once with its context, never the text, and apologises to a member who spoke to the bot", async () => {
    const log = captureLogger();
    const handle = withFailureBoundary(failing, log.logger);
    const replies = await handle(message({ mentionsBot: true }));
    expect(replies).toEqual([{ platform: "zalo", chatId: "g:42", text: FAILURE_APOLOGY }]);
    const errors = log.lines().filter((l) => l.level === 50);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ platform: "zalo", chatId: "g:42", messageId: "m7" });
    expect(JSON.stringify(errors[0])).toContain("database is locked");
    expect(JSON.stringify(errors[0])).not.toContain("6.608");
  });

  it.each([
    ["a private message", { isGroup: false }],
    ["a command in a group", { text: "/tiendo" }],
    ["a reply to the bot in a group", { repliesToBot: true }],
  ])("apologises for %s", async (_name, overrides) => {
    const handle = withFailureBoundary(failing, captureLogger().logger);
    expect(await handle(message(overrides))).toEqual([{ platform: "zalo", chatId: "g:42", text: FAILURE_APOLOGY }]);
  });

  it("stays silent in group chatter that was not addressed to the bot, but still logs", async () => {
    const log = captureLogger();
    const handle = withFailureBoundary(failing, log.logger);
    expect(await handle(message())).toEqual([]);
    expect(log.lines().filter((l) => l.level === 50)).toHaveLength(1);
  });
});
