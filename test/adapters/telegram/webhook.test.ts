import type { Update } from "grammy/types";
import { afterEach, describe, expect, it } from "vitest";
import type { PlatformHooks } from "../../../src/adapters/platforms/platform-adapter.js";
import { startTelegram, type TelegramPlatform } from "../../../src/adapters/platforms/telegram/start-telegram.js";
import type { InboundMessage } from "../../../src/core/messages/inbound-message.js";
import { captureLogger } from "../../support/capture-logger.js";
import { type Committee, createCommittee } from "./support/committee.js";
import { FakeBotApi } from "./support/fake-bot-api.js";
import { lan, messageUpdate, supergroup, textMessage } from "./support/updates.js";

let committee: Committee | undefined;
let platform: TelegramPlatform | undefined;
afterEach(async () => {
  await platform?.stop();
  await committee?.destroy();
  platform = committee = undefined;
});

const secret = "s3cret_Token-42";
const webhook = { url: "https://xaso.example.vn/telegram", secret, port: 0 };

async function start(hooks: PlatformHooks) {
  const api = new FakeBotApi();
  const log = captureLogger();
  platform = await startTelegram({ token: "123:TEST", apiRoot: undefined, webhook }, hooks, log.logger, {
    fetch: api.fetch,
    webhookHost: "127.0.0.1",
  });
  const post = (
    body: unknown,
    headers: Record<string, string> = { "x-telegram-bot-api-secret-token": secret },
    method = "POST",
  ) =>
    fetch(`http://127.0.0.1:${platform!.webhookPort}/telegram`, {
      method,
      headers: { "content-type": "application/json", ...headers },
      ...(method === "POST" ? { body: typeof body === "string" ? body : JSON.stringify(body) } : {}),
    });
  return { api, log, post };
}

function update(id: number, text: string): Update {
  return { update_id: id, ...messageUpdate(textMessage(supergroup, lan, text)) } as Update;
}

describe("Telegram webhook mode", () => {
  it("registers the webhook with its secret, refuses calls without it, and answers 200 before handling", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const handled: InboundMessage[] = [];
    const { api, log, post } = await start({
      handle: async (m) => {
        await gate;
        handled.push(m);
        return [{ platform: m.platform, chatId: m.chatId, text: `nhận: ${m.text}` }];
      },
      chatUnavailable: async () => {},
    });
    expect(api.ok("setWebhook")[0]?.payload).toMatchObject({
      url: webhook.url,
      secret_token: secret,
      allowed_updates: ["message", "edited_message", "callback_query", "my_chat_member"],
    });
    expect(api.calls.some((c) => c.method === "getUpdates" || c.method === "deleteWebhook")).toBe(false);

    expect((await post(update(1, "/tiendo"), { "x-telegram-bot-api-secret-token": "wrong" })).status).toBe(401);
    expect((await post(update(2, "/tiendo"), {})).status).toBe(401);
    expect((await post(undefined, {}, "GET")).status).toBe(405);
    expect((await post("{not json", undefined)).status).toBe(400);
    expect(log.lines().filter((l) => l.msg === "Telegram webhook call with a wrong secret token refused")).toHaveLength(
      2,
    );

    const accepted = await post(update(3, "/tiendo"));
    expect(accepted.status).toBe(200);
    expect(handled).toEqual([]); // answered while the message is still being handled
    release();
    const [reply] = await api.sent(1);
    expect(reply?.payload).toMatchObject({ chat_id: supergroup.id, text: "nhận: /tiendo" });
    expect(handled.map((m) => m.text)).toEqual(["/tiendo"]);
  });

  it("saves an update Telegram delivers twice only once, confirming it each time", async () => {
    committee = await createCommittee(
      [{ chatId: String(supergroup.id), isGroup: true }],
      [{ id: lan.id, name: "Lan" }],
    );
    const { api, post } = await start(committee.hooks);
    expect((await post(update(10, "3.2: 6.608/8.315"))).status).toBe(200);
    const [readBack] = await api.sent(1);
    expect(String(readBack?.payload.text)).toContain("• Số liệu: 6.608/8.315 người (79,4%)");

    const confirm = update(11, "có");
    expect((await post(confirm)).status).toBe(200);
    expect((await post(confirm)).status).toBe(200); // Telegram's resend after a timeout: same update, same message
    await api.sent(2);
    await platform?.stop(); // returns once every update received is handled and every reply sent
    expect(
      api
        .ok()
        .map((c) => c.payload.text)
        .slice(1),
    ).toEqual([
      "✅ Đã lưu 3.2 Tài khoản ngân hàng (từ 15 tuổi): 6.608/8.315 người (79,4%) → Đạt (Lan cập nhật).",
      // The resend is not saved again, but its confirmation is repeated: the first may never have arrived.
      "✅ Đã lưu 3.2 Tài khoản ngân hàng (từ 15 tuổi): 6.608/8.315 người (79,4%) → Đạt (Lan cập nhật).",
    ]);
    expect(await committee.database.db.submission.count()).toBe(1);
  });
});
