import type { BotIdentity } from "./bot-identity.js";
import type { MessageEntity } from "./grammy-deps.js";

/** A message's text as the conversation reads it, and what its entities say about the bot. */
export interface MessageText {
  text: string;
  mentionsBot: boolean;
  /** A command for another bot in the group ("/tiendo@OtherBot"): not for Xã Số. */
  forAnotherBot: boolean;
}

/**
 * Reads a message's text with its entities (offsets in UTF-16 code units, which is how
 * JavaScript strings count). "@XaSoBot" mentions are taken out of the text ("@XaSoBot
 * 3.2 thế nào?" reads "3.2 thế nào?"); a mention of someone without a username
 * (`text_mention`, shown as a plain name) gets its "@" back, so "/duyet Lan" tapped from
 * the member list reads "/duyet @Lan" as typed mentions do.
 */
export function readMessageText(raw: string, entities: readonly MessageEntity[], bot: BotIdentity): MessageText {
  const username = `@${bot.username}`.toLowerCase();
  const slice = (entity: MessageEntity) => raw.slice(entity.offset, entity.offset + entity.length);
  const isBotMention = (entity: MessageEntity) =>
    (entity.type === "mention" && slice(entity).toLowerCase() === username) ||
    (entity.type === "text_mention" && entity.user.id === bot.id);
  const first = entities.find((entity) => entity.type === "bot_command" && entity.offset === 0);
  const commandBot = first ? /@([A-Za-z0-9_]+)$/.exec(slice(first))?.[1] : undefined;
  const forAnotherBot = commandBot !== undefined && commandBot.toLowerCase() !== bot.username.toLowerCase();

  let text = raw;
  let removed = false;
  // Right to left, so earlier offsets stay valid while the text changes.
  for (const entity of [...entities].sort((a, b) => b.offset - a.offset)) {
    if (isBotMention(entity)) {
      text = text.slice(0, entity.offset) + text.slice(entity.offset + entity.length);
      removed = true;
    } else if (entity.type === "text_mention" && text[entity.offset - 1] !== "@" && !slice(entity).startsWith("@")) {
      text = `${text.slice(0, entity.offset)}@${text.slice(entity.offset)}`;
    }
  }
  if (removed) text = text.replace(/[ \t]{2,}/g, " ").replace(/^[\s,:]+/, "");
  return { text: text.trim(), mentionsBot: entities.some(isBotMention), forAnotherBot };
}
