import type { DbClient } from "../../adapters/storage/prisma-types.js";
import { findProvinceChat } from "../../adapters/storage/stores/province-chats.js";
import { loadProvinceFigures } from "../../adapters/storage/stores/report-data.js";
import type { ProvinceView } from "../../core/answers/answer-province.js";
import type { ReplyEffect } from "../../core/conversation/effects.js";
import { converseInProvinceChat } from "../../core/conversation/province-chat.js";
import type { InboundMessage } from "../../core/messages/inbound-message.js";
import { buildProvinceRollup } from "../../core/reports/province-rollup.js";

/**
 * The reply to a message in a chat bound to a province, or null when the chat is not a
 * province chat. The province's communes are read through the same roll-up as
 * `xaso report --province` (their figures in force in one query), only when the message
 * asks something; nothing is written.
 */
export async function replyInProvinceChat(
  db: DbClient,
  message: InboundMessage,
  context: { now: Date; timeZone: string },
): Promise<ReplyEffect[] | null> {
  const chat = await findProvinceChat(db, message);
  if (!chat) return null;
  const figures = await loadProvinceFigures(db, chat.province);
  const views: ProvinceView[] = figures.byCatalog.map((group) => ({
    catalog: group.catalog,
    rollup: buildProvinceRollup(figures.province, group.catalog, group.communes),
  }));
  const text = converseInProvinceChat({
    message,
    province: figures.province,
    views,
    now: context.now,
    timeZone: context.timeZone,
  });
  return text ? [{ type: "reply", text }] : [];
}
