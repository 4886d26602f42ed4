import net from "node:net";
import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { afterEach, describe, expect, it } from "vitest";
import { startTelegram, type TelegramPlatform } from "../../../src/adapters/platforms/telegram/start-telegram.js";
import { parseConfig } from "../../../src/app/config/app-config.js";
import { captureLogger } from "../../support/capture-logger.js";
import { type Committee, createCommittee } from "./support/committee.js";

/**
 * End to end over real HTTP: the independent Telegram emulator `telegram-test-api` runs
 * on 127.0.0.1, the adapter long-polls it through TELEGRAM_API_ROOT exactly as it would
 * poll Telegram, and a member sends messages through the emulator's client API.
 */
let server: TelegramServer | undefined;
let committee: Committee | undefined;
let platform: TelegramPlatform | undefined;
afterEach(async () => {
  await platform?.stop();
  await server?.stop();
  await committee?.destroy();
  platform = server = committee = undefined;
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

interface BotMessage {
  message: {
    text: string;
    chat_id: number;
    reply_markup?: { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> };
  };
}

describe("Telegram end to end against telegram-test-api", () => {
  it("takes a one-line update, its confirmation and /chuadat from a member in a group", async () => {
    const token = "424242:emulated-token-for-the-test";
    const chatId = -1_009_001;
    server = new TelegramServer({ port: await freePort(), host: "127.0.0.1", storeTimeout: 60 });
    await server.start();
    committee = await createCommittee([{ chatId: String(chatId), isGroup: true }], [{ id: 5_001, name: "Lan" }]);
    const log = captureLogger();
    // Configured as an installer would: the token and TELEGRAM_API_ROOT in the environment.
    const parsed = parseConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: server.config.apiURL });
    if (!parsed.ok || !parsed.config.telegram)
      throw new Error(`config: ${parsed.ok ? "no telegram section" : parsed.errors.join("; ")}`);
    platform = await startTelegram(parsed.config.telegram, committee.hooks, log.logger);
    const client = server.getClient(token, {
      userId: 5_001,
      firstName: "Lan",
      userName: "lan_thuyson",
      chatId,
      type: "supergroup",
      chatTitle: "BCĐ CĐS xã Thúy Sơn",
      timeout: 10_000,
      interval: 20,
    });
    const replies = async (): Promise<BotMessage[]> => (await client.getUpdates()).result as unknown as BotMessage[];

    await client.sendMessage(client.makeMessage("3.2: 6.608/8.315"));
    const [readBack] = await replies();
    expect(readBack?.message.chat_id).toBe(chatId);
    expect(readBack?.message.text).toContain("Cập nhật chỉ tiêu 3.2");
    expect(readBack?.message.text).toContain("• Số liệu: 6.608/8.315 người (79,4%)");
    expect(readBack?.message.text).toContain("• Chỉ tiêu: ≥ 75% → Đạt");
    expect(readBack?.message.reply_markup?.inline_keyboard).toEqual([
      [
        { text: "Có, lưu", callback_data: "có" },
        { text: "Không, hủy", callback_data: "không" },
      ],
    ]);

    await client.sendMessage(client.makeMessage("có"));
    const [saved] = await replies();
    expect(saved?.message.text).toBe(
      "✅ Đã lưu 3.2 Tài khoản ngân hàng (từ 15 tuổi): 6.608/8.315 người (79,4%) → Đạt (Lan cập nhật).",
    );

    await client.sendCommand(client.makeCommand("/chuadat"));
    const [unmet] = await replies();
    expect(unmet?.message.text).toMatch(/^Xã Thúy Sơn không có chỉ tiêu nào chưa đạt, còn 34 chỉ tiêu chưa có số liệu/);
    expect(unmet?.message.text).toContain("\nChưa có số liệu:\n");
    expect(unmet?.message.text).not.toMatch(/\b3\.2\b/);
    expect(await committee.database.db.submission.count()).toBe(1);

    // The emulator has no setMyCommands: the menu is skipped with a warning and the bot works on.
    expect(log.lines().filter((l) => l.msg === "could not set the Telegram command menu")).toHaveLength(2);
  });
});
