import { performance } from "node:perf_hooks";
import { type Conversation, type ConversationFlavor, conversations, createConversation } from "@grammyjs/conversations";
import { Bot, type Context } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";

type PeerContext = ConversationFlavor<Context>;

/**
 * The same guided update (numerator, denominator, evidence, confirm; repeated) written
 * with @grammyjs/conversations, driven through bot.handleUpdate with the Bot API faked
 * in process (no network) and the plugin's default in-memory storage. Its engine replays
 * the conversation function from the start on every update, so a step's cost grows with
 * the steps before it; Xã Số stores the dialog state instead. Returns per-step times.
 */
export async function grammyConversationLatency(steps: number): Promise<number[]> {
  const botInfo = { id: 1, is_bot: true, first_name: "Xã Số", username: "XaSoBot" } as unknown as UserFromGetMe;
  const sent = { message_id: 1, date: 0, chat: { id: 1, type: "private", first_name: "Lan" }, text: "" };
  // The Bot API, faked in process: every call succeeds at once.
  const fetch = async () =>
    new Response(JSON.stringify({ ok: true, result: sent }), { headers: { "content-type": "application/json" } });
  const bot = new Bot<PeerContext>("123456:BENCHMARK-TOKEN-NOT-REAL", { botInfo, client: { fetch: fetch as never } });
  bot.use(conversations());
  bot.use(
    createConversation(async (conversation: Conversation<PeerContext, PeerContext>, ctx: PeerContext) => {
      for (;;) {
        await ctx.reply("Số người có tài khoản ngân hàng?");
        const numerator = Number((await conversation.waitFor("message:text")).message.text);
        await ctx.reply("Tổng số người từ 15 tuổi trở lên?");
        const denominator = Number((await conversation.waitFor("message:text")).message.text);
        await ctx.reply(`Minh chứng? (${((numerator * 100) / denominator).toFixed(1)}%)`);
        await conversation.waitFor("message:text");
        await ctx.reply("Lưu?");
        await conversation.waitFor("message:text");
        await ctx.reply("Đã lưu.");
      }
    }, "guided"),
  );
  bot.command("capnhat", (ctx) => ctx.conversation.enter("guided"));

  const texts = ["/capnhat", ...Array.from({ length: steps }, (_, i) => ["6608", "8315", "bỏ qua", "có"][i % 4] ?? "")];
  const times: number[] = [];
  for (const [i, text] of texts.entries()) {
    const update: Update = {
      update_id: i + 1,
      message: {
        message_id: i + 1,
        date: 1_700_000_000 + i,
        chat: { id: 1, type: "private", first_name: "Lan" },
        from: { id: 1, is_bot: false, first_name: "Lan" },
        text,
        ...(text.startsWith("/") ? { entities: [{ type: "bot_command", offset: 0, length: text.length }] } : {}),
      },
    };
    const start = performance.now();
    await bot.handleUpdate(update);
    times.push(performance.now() - start);
  }
  return times.slice(1);
}
