import type { InboundMessage } from "../../../core/messages/inbound-message.js";
import type { Logger } from "../../logging/create-logger.js";
import type { PlatformHooks } from "../platform-adapter.js";
import { describeError } from "./describe-error.js";
import { RecentIds } from "./recent-ids.js";
import { SerialQueues } from "./serial-queues.js";
import { toInbound, type ZaloInbound } from "./to-inbound.js";
import type { ZaloOutbox } from "./zalo-outbox.js";
import type { Message } from "./zca-js.js";

/** What the inbox needs. */
export interface ZaloInboxDeps {
  hooks: PlatformHooks;
  outbox: ZaloOutbox;
  logger: Logger;
  now(): Date;
}

/**
 * Turns what the listener delivers into conversation: each text message goes to
 * `hooks.handle` and its replies are sent before the next message of the same chat is
 * handled (chats run side by side). The account's own messages and repeats are dropped.
 * Stickers, photos and files go to the core too, marked as media: it decides whether a
 * member it is waiting on gets a note. A failed message is answered by `hooks.handle`
 * itself (the app apologises); what still throws here is logged, and the chat goes on.
 */
export class ZaloInbox {
  private readonly queues = new SerialQueues();
  private readonly recent = new RecentIds();

  constructor(private readonly deps: ZaloInboxDeps) {}

  /** Takes one message from the listener (returns at once; handling is queued). */
  receive(message: Message, ownId: string): void {
    const inbound = toInbound(message, ownId, this.deps.now());
    if (inbound.kind === "own") return;
    const chatId = inbound.kind === "text" ? inbound.message.chatId : inbound.chatId;
    const messageId = inbound.kind === "text" ? inbound.message.messageId : inbound.messageId;
    if (this.recent.seen(`${chatId}/${messageId}`)) return;
    // Ids, not content: how an installer finds a chair's Zalo user id for `xaso member add` (LOG_LEVEL=debug).
    const sender = inbound.kind === "text" ? inbound.message.sender : inbound.sender;
    this.deps.logger.debug(
      {
        component: "zalo",
        chatId,
        senderId: sender.id,
        senderName: sender.name,
        kind: inbound.kind === "text" ? "text" : inbound.media,
      },
      "Zalo message received",
    );
    void this.queues
      .run(chatId, () => (inbound.kind === "text" ? this.handleText(inbound.message) : this.handleMedia(inbound)))
      .catch((error: unknown) =>
        this.deps.logger.error({ component: "zalo", err: error, chatId }, "Zalo message failed"),
      );
  }

  /** Resolves when every message received so far has been handled and answered. */
  idle(): Promise<void> {
    return this.queues.idle();
  }

  private async handleText(message: InboundMessage): Promise<void> {
    for (const reply of await this.deps.hooks.handle(message))
      await this.reply(reply.chatId, reply, message.isGroup ? message.sender.name : undefined);
  }

  private handleMedia(media: Extract<ZaloInbound, { kind: "media" }>): Promise<void> {
    const { chatId, isGroup, messageId, sender } = media;
    return this.handleText({
      platform: "zalo",
      chatId,
      isGroup,
      messageId,
      sender,
      text: "",
      mentionsBot: false,
      repliesToBot: false,
      sentAt: this.deps.now(),
      media: media.media,
    });
  }

  private async reply(chatId: string, message: Parameters<ZaloOutbox["send"]>[1], addressee?: string): Promise<void> {
    try {
      await this.deps.outbox.send(chatId, message, addressee);
    } catch (error) {
      this.deps.logger.error({ component: "zalo", chatId, error: describeError(error) }, "Zalo reply not sent");
    }
  }
}
