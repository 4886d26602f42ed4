import { performance } from "node:perf_hooks";
import { createLogger } from "../../src/adapters/logging/create-logger.js";
import { startTelegram } from "../../src/adapters/platforms/telegram/start-telegram.js";

/** What one fan-out run measured. */
export interface FanOutRun {
  messages: number;
  chats: number;
  /** Seconds from the first send to the last delivery. */
  elapsedSeconds: number;
  /** N/30 s: the shortest time Telegram's overall limit allows. */
  boundSeconds: number;
  /** Requests the fake Bot API refused with 429. */
  rateLimited: number;
  /** The most messages the fake accepted in any one-second window. */
  busiestSecond: number;
}

/**
 * Sends `privateChats` reminders to as many private chats and `perGroup` to each of
 * `groups` groups, all at once through the Telegram adapter's `send`, against an
 * in-process fake Bot API that enforces Telegram's limits (30 messages in any second
 * overall, 20 in any minute per group) by answering 429 with retry_after. No network.
 */
export async function telegramFanOut(privateChats: number, groups: number, perGroup: number): Promise<FanOutRun> {
  const api = rateLimitedBotApi();
  const hooks = { handle: async () => [], chatUnavailable: async () => {} };
  const platform = await startTelegram(
    { token: "1:BENCH", apiRoot: undefined, webhook: undefined },
    hooks,
    createLogger("silent"),
    { fetch: api.fetch },
  );
  const targets = [
    ...Array.from({ length: privateChats }, (_, i) => String(10_000 + i)),
    ...Array.from({ length: groups * perGroup }, (_, i) => String(-1_000_000 - (i % groups))),
  ];
  const start = performance.now();
  await Promise.all(
    targets.map((chatId, i) =>
      platform.send({ platform: "telegram", chatId, text: `Nhắc hạn báo cáo số liệu chuyển đổi số (${i + 1}).` }),
    ),
  );
  const elapsedSeconds = (performance.now() - start) / 1000;
  await platform.stop();
  return {
    messages: targets.length,
    chats: privateChats + groups,
    elapsedSeconds,
    boundSeconds: targets.length / 30,
    rateLimited: api.rateLimited(),
    busiestSecond: api.busiestSecond(),
  };
}

/** A Bot API answering sends like Telegram under its flood limits; getUpdates just waits. */
function rateLimitedBotApi() {
  const accepted: number[] = [];
  const byGroup = new Map<string, number[]>();
  let refused = 0;
  let messageId = 1;
  const reply = (body: unknown) =>
    new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
  const fetch = async (input: unknown, init?: { body?: unknown; signal?: AbortSignal }) => {
    const method = String(input).split("/").pop();
    const payload = typeof init?.body === "string" ? (JSON.parse(init.body) as Record<string, unknown>) : {};
    if (method === "getMe")
      return reply({ ok: true, result: { id: 1, is_bot: true, first_name: "Xã Số", username: "XaSoBench" } });
    if (method === "getUpdates") {
      await new Promise<void>((resolve) =>
        init?.signal?.aborted ? resolve() : init?.signal?.addEventListener("abort", () => resolve()),
      );
      throw Object.assign(new Error("aborted"), { name: "AbortError" });
    }
    if (method !== "sendMessage") return reply({ ok: true, result: true });
    const now = performance.now();
    const chatId = String(payload.chat_id);
    const recent = accepted.filter((t) => t > now - 1_000).length;
    const group = chatId.startsWith("-") ? (byGroup.get(chatId) ?? []) : null;
    const groupRecent = group?.filter((t) => t > now - 60_000) ?? [];
    if (recent >= 30 || groupRecent.length >= 20) {
      refused += 1;
      const retryAfter = recent >= 30 ? 1 : Math.ceil((groupRecent[0]! + 60_000 - now) / 1000);
      return reply({
        ok: false,
        error_code: 429,
        description: `Too Many Requests: retry after ${retryAfter}`,
        parameters: { retry_after: retryAfter },
      });
    }
    accepted.push(now);
    if (group) byGroup.set(chatId, [...groupRecent, now]);
    return reply({
      ok: true,
      result: {
        message_id: messageId++,
        date: Math.floor(Date.now() / 1000),
        chat: { id: Number(chatId), type: group ? "supergroup" : "private" },
        text: payload.text,
      },
    });
  };
  return {
    fetch: fetch as unknown as typeof globalThis.fetch,
    rateLimited: () => refused,
    busiestSecond: () => Math.max(0, ...accepted.map((t) => accepted.filter((u) => u >= t && u < t + 1_000).length)),
  };
}
