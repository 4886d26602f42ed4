import type { InboundMessage, MediaKind } from "../../../core/messages/inbound-message.js";
import { zaloChatId } from "./zalo-chat-id.js";
import { type Message, ThreadType, type TMention, type TMessage } from "./zca-js.js";

/** What kind of non-text message a member sent. */
/** Zalo content that is not text, in the core's terms. */
export type ZaloMedia = MediaKind;

/** A zca-js message as the adapter sees it: text for the core, media to answer politely, or the account's own. */
export type ZaloInbound =
  | { kind: "text"; message: InboundMessage }
  | {
      kind: "media";
      chatId: string;
      isGroup: boolean;
      messageId: string;
      sender: { id: string; name: string };
      media: ZaloMedia;
    }
  | { kind: "own" };

/**
 * Translates a zca-js `UserMessage` or `GroupMessage` into the neutral inbound message:
 * - chat id from the thread (`g:<group>` or `u:<user>`), never from the sender, so a group
 *   message is answered in the group;
 * - sender uid and display name;
 * - `mentionsBot` when the account's own uid is tagged; the tag ("@Xã Số") is cut from
 *   the text, other members' tags ("@Lan") stay for /duyet and /phancong;
 * - `repliesToBot` when the quoted message is the account's own;
 * - message id from the sender and the client message id, so the same message delivered
 *   twice (zca-js can emit it again with another server id) is handled once.
 * Links count as text; stickers, photos, files and voice come back as media.
 */
export function toInbound(message: Message, ownId: string, receivedAt: Date): ZaloInbound {
  const data = message.data;
  const senderId = String(data.uidFrom);
  if (message.isSelf || senderId === ownId) return { kind: "own" };
  const isGroup = message.type === ThreadType.Group;
  const chatId = zaloChatId(String(message.threadId), message.type);
  const sender = { id: senderId, name: data.dName?.trim() || senderId };
  const messageId = data.cliMsgId ? `${senderId}-${data.cliMsgId}` : String(data.msgId);
  const text = textOf(data);
  if (text === null) return { kind: "media", chatId, isGroup, messageId, sender, media: mediaOf(data.msgType) };

  const mentions = message.type === ThreadType.Group ? (message.data.mentions ?? []) : [];
  const ofBot = mentions.filter((mention) => String(mention.uid) === ownId);
  const sentAt = new Date(Number(data.ts));
  return {
    kind: "text",
    message: {
      platform: "zalo",
      chatId,
      isGroup,
      messageId,
      sender,
      text: withoutTags(text, ofBot),
      mentionsBot: ofBot.length > 0,
      repliesToBot: data.quote !== undefined && data.quote !== null && String(data.quote.ownerId) === ownId,
      sentAt: Number.isFinite(sentAt.getTime()) && Number(data.ts) > 0 ? sentAt : receivedAt,
    },
  };
}

function textOf(data: TMessage): string | null {
  const content = data.content;
  if (typeof content === "string") return content;
  if (
    (data.msgType === "chat.recommended" || data.msgType === "chat.link") &&
    typeof content.href === "string" &&
    /^https?:\/\//.test(content.href) &&
    content.action !== "recommened.user"
  ) {
    const title = typeof content.title === "string" ? content.title.trim() : "";
    return title && !title.includes(content.href) ? `${title} ${content.href}` : title || content.href;
  }
  return null;
}

function mediaOf(msgType: string): ZaloMedia {
  if (msgType === "chat.sticker") return "sticker";
  if (msgType === "chat.photo" || msgType === "chat.gif" || msgType === "chat.doodle") return "photo";
  if (msgType === "share.file") return "file";
  if (msgType === "chat.voice") return "voice";
  if (msgType === "chat.video.msg") return "video";
  return "other";
}

/** The text with the given tags cut out (last first, so positions stay valid) and the spaces they leave tidied. */
function withoutTags(text: string, tags: readonly TMention[]): string {
  let result = text;
  for (const tag of [...tags].sort((a, b) => b.pos - a.pos)) {
    if (tag.pos < 0 || tag.len <= 0 || tag.pos + tag.len > result.length) continue;
    result = `${result.slice(0, tag.pos)} ${result.slice(tag.pos + tag.len)}`;
  }
  if (result === text) return text.trim();
  return result
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .join("\n")
    .trim();
}
