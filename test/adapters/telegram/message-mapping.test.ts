import type { Message } from "grammy/types";
import { describe, expect, it } from "vitest";
import {
  baseChatId,
  formatChatAddress,
  isGroupChatId,
  parseChatAddress,
  readMessageText,
  toInboundMessage,
} from "../../../src/adapters/platforms/telegram/inbound.js";
import { forum, hoa, lan, privateWithLan, supergroup, textMessage } from "./support/updates.js";

const bot = { id: 7_000_001, username: "XaSoBot" };

describe("Telegram chat ids", () => {
  it("names chats by their id and forum topics as chatId:threadId", () => {
    expect(formatChatAddress({ chatId: -1_001_234_567_890 })).toBe("-1001234567890");
    expect(formatChatAddress({ chatId: -1_001_234_567_890, threadId: 42 })).toBe("-1001234567890:42");
    expect(parseChatAddress("-1001234567890:42")).toEqual({ chatId: -1_001_234_567_890, threadId: 42 });
    expect(parseChatAddress("123456789")).toEqual({ chatId: 123_456_789 });
    expect(parseChatAddress("terminal:lan")).toBeNull();
    expect(baseChatId("-100123:42")).toBe("-100123");
    expect(isGroupChatId("-100123:42")).toBe(true);
    expect(isGroupChatId("123")).toBe(false);
  });
});

describe("Telegram message → neutral message", () => {
  it("maps a private message", () => {
    const message = textMessage(privateWithLan, lan, "3.2: 6.608/8.315");
    expect(toInboundMessage(message, bot, false)).toEqual({
      platform: "telegram",
      chatId: "111",
      isGroup: false,
      messageId: String(message.message_id),
      sender: { id: "111", name: "Lan" },
      text: "3.2: 6.608/8.315",
      mentionsBot: false,
      repliesToBot: false,
      sentAt: new Date(message.date * 1000),
    });
  });

  it("maps a forum topic message to its topic, without taking the topic's first message for a reply to the bot", () => {
    const root = {
      message_id: 7,
      date: 1,
      chat: forum,
      from: { id: bot.id, is_bot: true, first_name: "Xã Số" },
      forum_topic_created: { name: "CĐS", icon_color: 0 },
    } as Message;
    const inTopic = toInboundMessage(
      textMessage(forum, lan, "/tiendo", { message_thread_id: 7, is_topic_message: true, reply_to_message: root }),
      bot,
      false,
    );
    expect(inTopic).toMatchObject({ chatId: `${forum.id}:7`, isGroup: true, repliesToBot: false });
    // In an ordinary supergroup, message_thread_id marks a reply thread, not a topic.
    expect(toInboundMessage(textMessage(supergroup, lan, "có", { message_thread_id: 55 }), bot, false)?.chatId).toBe(
      String(supergroup.id),
    );
  });

  it("gives each edit its own message id and marks it edited", () => {
    const message = textMessage(supergroup, lan, "3.2: 6.700/8.315", { edit_date: 1_700_000_100 });
    expect(toInboundMessage(message, bot, true)).toMatchObject({
      messageId: `${message.message_id}:edit:1700000100`,
      edited: true,
      sentAt: new Date(1_700_000_100_000),
    });
  });

  it("reads captions, passes stickers and photos on as media, and ignores bots, channels and service messages", () => {
    expect(
      toInboundMessage(
        textMessage(supergroup, lan, "", { text: undefined, caption: "3.4 đạt 70,5%", photo: [] } as Partial<Message>),
        bot,
        false,
      )?.text,
    ).toBe("3.4 đạt 70,5%");
    expect(
      toInboundMessage(textMessage(supergroup, { id: 9, is_bot: true, first_name: "Bot khác" }, "/tiendo"), bot, false),
    ).toBeNull();
    expect(
      toInboundMessage(
        textMessage(supergroup, lan, "tin kênh", { sender_chat: { id: -100777, type: "channel", title: "Kênh xã" } }),
        bot,
        false,
      ),
    ).toBeNull();
    expect(
      toInboundMessage(
        textMessage(supergroup, lan, "", { text: undefined, sticker: {} } as Partial<Message>),
        bot,
        false,
      ),
    ).toMatchObject({ text: "", media: "sticker" });
    expect(
      toInboundMessage(
        textMessage(supergroup, lan, "", { text: undefined, photo: [] } as Partial<Message>),
        bot,
        false,
      ),
    ).toMatchObject({ text: "", media: "photo" });
    expect(
      toInboundMessage(textMessage(supergroup, lan, "3.2", { caption: undefined } as Partial<Message>), bot, false)
        ?.media,
    ).toBeUndefined();
    expect(
      toInboundMessage(
        textMessage(supergroup, lan, "", { text: undefined, new_chat_title: "BCĐ" } as Partial<Message>),
        bot,
        false,
      ),
    ).toBeNull();
  });
});

describe("files sent with a message", () => {
  const document = { file_id: "f1", file_unique_id: "u1", file_name: "189-BC-UBND.pdf", mime_type: "application/pdf" };

  it("passes a document's name and type on, never its content, with or without a caption", () => {
    expect(
      toInboundMessage(textMessage(supergroup, lan, "", { text: undefined, document } as Partial<Message>), bot, false),
    ).toMatchObject({
      text: "",
      media: "file",
      attachment: { fileName: "189-BC-UBND.pdf", mimeType: "application/pdf" },
    });
    const captioned = toInboundMessage(
      textMessage(supergroup, lan, "", {
        text: undefined,
        caption: "3.2: 6.608/8.315",
        document,
        forward_origin: { type: "user", date: 1, sender_user: hoa },
      } as Partial<Message>),
      bot,
      false,
    );
    expect(captioned).toMatchObject({ text: "3.2: 6.608/8.315", attachment: { fileName: "189-BC-UBND.pdf" } });
    expect(captioned?.media).toBeUndefined();
  });

  it("gives no attachment for a document without a name, and reads a photo's caption as text", () => {
    const unnamed = toInboundMessage(
      textMessage(supergroup, lan, "", {
        text: undefined,
        document: { file_id: "f2", file_unique_id: "u2" },
      } as Partial<Message>),
      bot,
      false,
    );
    expect(unnamed).toMatchObject({ text: "", media: "file" });
    expect(unnamed?.attachment).toBeUndefined();
    const photo = toInboundMessage(
      textMessage(supergroup, lan, "", { text: undefined, caption: "BC 189/BC-UBND", photo: [] } as Partial<Message>),
      bot,
      false,
    );
    expect(photo).toMatchObject({ text: "BC 189/BC-UBND" });
    expect(photo?.attachment).toBeUndefined();
  });
});

describe("message text and entities", () => {
  it("takes the bot's @username out of the text and notes the mention", () => {
    expect(readMessageText("@XaSoBot 3.2 thế nào?", [{ type: "mention", offset: 0, length: 8 }], bot)).toEqual({
      text: "3.2 thế nào?",
      mentionsBot: true,
      forAnotherBot: false,
    });
    expect(readMessageText("Nhờ @xasobot xem 3.2", [{ type: "mention", offset: 4, length: 8 }], bot)).toEqual({
      text: "Nhờ xem 3.2",
      mentionsBot: true,
      forAnotherBot: false,
    });
    expect(readMessageText("@lan_vp 3.2", [{ type: "mention", offset: 0, length: 7 }], bot)).toEqual({
      text: "@lan_vp 3.2",
      mentionsBot: false,
      forAnotherBot: false,
    });
  });

  it("gives a tap-to-mention (text_mention) its @, counting offsets in UTF-16", () => {
    const text = "📊 /phancong 3.2 Hoa Trần";
    const offset = text.indexOf("Hoa");
    expect(offset).toBe(17); // the emoji counts two UTF-16 units
    expect(readMessageText(text, [{ type: "text_mention", offset, length: 8, user: hoa }], bot).text).toBe(
      "📊 /phancong 3.2 @Hoa Trần",
    );
  });

  it("recognises commands addressed to another bot in the group", () => {
    expect(
      readMessageText("/tiendo@OtherBot", [{ type: "bot_command", offset: 0, length: 16 }], bot).forAnotherBot,
    ).toBe(true);
    expect(
      readMessageText("/tiendo@XaSoBot", [{ type: "bot_command", offset: 0, length: 15 }], bot).forAnotherBot,
    ).toBe(false);
  });
});
