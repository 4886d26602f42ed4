import type { Attachment, InboundMessage, MediaKind } from "../../../core/messages/inbound-message.js";
import type { Logger } from "../../logging/create-logger.js";
import type { PlatformHooks } from "../platform-adapter.js";
import { createSerialQueues, type ZaloOutbox } from "./outbox.js";
import { describeError, zaloChatId } from "./port.js";
import { type Message, ThreadType, type TMention, type TMessage } from "./zca-deps.js";

/*
 * What comes in from Zalo: a zca-js message translated for the core (toInbound), and the
 * inbox that hands each one to the app, one chat at a time, and sends its replies.
 */

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
      /** A shared file's name (`share.file`), which the core may take as evidence. */
      attachment?: Attachment;
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
 * Links count as text, and so does a photo's caption, the photo then its `attachment`;
 * stickers, photos without a caption, files and voice come back as media, a shared file
 * with its name as `attachment`.
 */
export function toInbound(message: Message, ownId: string, receivedAt: Date): ZaloInbound {
  const data = message.data;
  const senderId = String(data.uidFrom);
  if (message.isSelf || senderId === ownId) return { kind: "own" };
  const isGroup = message.type === ThreadType.Group;
  const chatId = zaloChatId(String(message.threadId), message.type);
  const sender = { id: senderId, name: data.dName?.trim() || senderId };
  const messageId = data.cliMsgId ? `${senderId}-${data.cliMsgId}` : String(data.msgId);
  const photo = captionedPhotoOf(data);
  const text = textOf(data) ?? photo?.caption ?? null;
  if (text === null) {
    const attachment = sharedFileOf(data);
    return { kind: "media", chatId, isGroup, messageId, sender, media: mediaOf(data.msgType), ...attachment };
  }

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
      ...(photo ? { attachment: photo.attachment } : {}),
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

/**
 * A shared file's name: zca-js delivers `share.file` with the attachment content, whose
 * `title` is the file's name as sent ("189-BC-UBND.pdf"); its `href` (the download link)
 * and `params` (size, checksum) are not read. Zalo files carry no caption.
 */
function sharedFileOf(data: TMessage): { attachment?: Attachment } {
  const content = data.content;
  if (data.msgType !== "share.file" || typeof content === "string") return {};
  const fileName = typeof content.title === "string" ? content.title.trim() : "";
  return fileName ? { attachment: { fileName } } : {};
}

/**
 * A photo sent with a caption: zca-js delivers `chat.photo` with the attachment content,
 * whose `title` is the caption as typed (zca-js sends it as the photo's `desc`) and `href`
 * the picture's address. The caption is the message's text, and the photo its attachment,
 * named by the address's last segment ("1a2b3c.jpg"; the picture is never downloaded), so
 * the core can take it as a figure's evidence. Null for a photo without a caption, which
 * stays media.
 */
function captionedPhotoOf(data: TMessage): { caption: string; attachment: Attachment } | null {
  const content = data.content;
  if (data.msgType !== "chat.photo" || typeof content === "string") return null;
  const caption = typeof content.title === "string" ? content.title.trim() : "";
  if (!caption) return null;
  return { caption, attachment: { fileName: photoFileName(content.href) } };
}

/** The picture's file name from its address, or "ảnh.jpg" when the address names no image file. */
function photoFileName(href: unknown): string {
  const path = typeof href === "string" ? (/^https?:\/\/[^/?#]+([^?#]*)/.exec(href)?.[1] ?? "") : "";
  const last = path.split("/").pop() ?? "";
  return /^[\w.-]+\.(jpe?g|png|webp|heic)$/i.test(last) ? last : "ảnh.jpg";
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

/** What the inbox needs. */
export interface ZaloInboxDeps {
  hooks: PlatformHooks;
  outbox: ZaloOutbox;
  logger: Logger;
  now(): Date;
}

/** Where the listener's messages go. */
export interface ZaloInbox {
  /** Takes one message from the listener (returns at once; handling is queued). */
  receive(message: Message, ownId: string): void;
  /** Resolves when every message received so far has been handled and answered. */
  idle(): Promise<void>;
}

/**
 * Turns what the listener delivers into conversation: each text message goes to
 * `hooks.handle` and its replies are sent before the next message of the same chat is
 * handled (chats run side by side). The account's own messages and repeats are dropped.
 * Stickers, photos and files go to the core too, marked as media: it decides whether a
 * member it is waiting on gets a note. A failed message is answered by `hooks.handle`
 * itself (the app apologises); what still throws here is logged, and the chat goes on.
 */
export function createZaloInbox(deps: ZaloInboxDeps): ZaloInbox {
  const queues = createSerialQueues();
  const recent = createRecentIds();

  async function reply(chatId: string, message: Parameters<ZaloOutbox["send"]>[1], addressee?: string): Promise<void> {
    try {
      await deps.outbox.send(chatId, message, addressee);
    } catch (error) {
      deps.logger.error({ component: "zalo", chatId, error: describeError(error) }, "Zalo reply not sent");
    }
  }

  async function handleText(message: InboundMessage): Promise<void> {
    for (const answer of await deps.hooks.handle(message))
      await reply(answer.chatId, answer, message.isGroup ? message.sender.name : undefined);
  }

  function handleMedia(media: Extract<ZaloInbound, { kind: "media" }>): Promise<void> {
    const { chatId, isGroup, messageId, sender } = media;
    return handleText({
      platform: "zalo",
      chatId,
      isGroup,
      messageId,
      sender,
      text: "",
      mentionsBot: false,
      repliesToBot: false,
      sentAt: deps.now(),
      media: media.media,
      ...(media.attachment ? { attachment: media.attachment } : {}),
    });
  }

  return {
    receive(message, ownId) {
      const inbound = toInbound(message, ownId, deps.now());
      if (inbound.kind === "own") return;
      const chatId = inbound.kind === "text" ? inbound.message.chatId : inbound.chatId;
      const messageId = inbound.kind === "text" ? inbound.message.messageId : inbound.messageId;
      if (recent.seen(`${chatId}/${messageId}`)) return;
      // Ids, not content: how an installer finds a chair's Zalo user id for `xaso member add` (LOG_LEVEL=debug).
      const sender = inbound.kind === "text" ? inbound.message.sender : inbound.sender;
      deps.logger.debug(
        {
          component: "zalo",
          chatId,
          senderId: sender.id,
          senderName: sender.name,
          kind: inbound.kind === "text" ? "text" : inbound.media,
        },
        "Zalo message received",
      );
      void queues
        .run(chatId, () => (inbound.kind === "text" ? handleText(inbound.message) : handleMedia(inbound)))
        .catch((error: unknown) => deps.logger.error({ component: "zalo", err: error, chatId }, "Zalo message failed"));
    },
    idle: () => queues.idle(),
  };
}

/** Message ids seen lately, to drop a message zca-js delivers twice before it reaches the database. */
interface RecentIds {
  /** True when `id` was seen already; otherwise remembers it and returns false. */
  seen(id: string): boolean;
}

/** Remembers the last `capacity` ids, forgetting the oldest first. */
function createRecentIds(capacity = 2_000): RecentIds {
  const ids = new Set<string>();
  return {
    seen(id) {
      if (ids.has(id)) return true;
      ids.add(id);
      if (ids.size > capacity) {
        const oldest = ids.values().next();
        if (!oldest.done) ids.delete(oldest.value);
      }
      return false;
    },
  };
}
