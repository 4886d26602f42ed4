import { describe, expect, it } from "vitest";
import { toInbound } from "../../../src/adapters/platforms/zalo/inbound.js";
import { parseZaloChatId, zaloChatId } from "../../../src/adapters/platforms/zalo/port.js";
import { GroupMessage, ThreadType } from "../../../src/adapters/platforms/zalo/zca-deps.js";
import { groupMessage, tag, userMessage } from "./fake-zalo.js";

const BOT = "bot-uid";
const lan = { uid: "uid-lan", name: "Lan" };
const received = new Date("2023-11-20T02:00:00Z");

describe("Zalo messages as the core sees them", () => {
  it("takes the chat from the group thread, never from the sender", () => {
    const inbound = toInbound(groupMessage(BOT, "G1", lan, "3.2: 6.608/8.315"), BOT, received);
    expect(inbound.kind === "text" && inbound.message).toMatchObject({
      platform: "zalo",
      chatId: "g:G1",
      isGroup: true,
      sender: { id: "uid-lan", name: "Lan" },
      text: "3.2: 6.608/8.315",
      mentionsBot: false,
      repliesToBot: false,
    });
  });

  it("answers a private message in the private chat of its sender", () => {
    const inbound = toInbound(userMessage(BOT, lan, "/tiendo"), BOT, received);
    expect(inbound.kind === "text" && [inbound.message.chatId, inbound.message.isGroup]).toEqual(["u:uid-lan", false]);
  });

  it("notices a tag of the bot and cuts it from the text, keeping other members' tags", () => {
    const text = "@Xã Số /duyet @Khách giúp em";
    const inbound = toInbound(
      groupMessage(BOT, "G1", lan, text, { mentions: [tag(text, "Xã Số", BOT), tag(text, "Khách", "uid-khach")] }),
      BOT,
      received,
    );
    expect(inbound.kind === "text" && [inbound.message.text, inbound.message.mentionsBot]).toEqual([
      "/duyet @Khách giúp em",
      true,
    ]);
  });

  it("notices a reply quoting the bot's own message", () => {
    const quoting = toInbound(
      groupMessage(BOT, "G1", lan, "có", { quote: { ownerId: BOT, msg: "Lưu không?" } }),
      BOT,
      received,
    );
    const other = toInbound(groupMessage(BOT, "G1", lan, "có", { quote: { ownerId: "uid-minh" } }), BOT, received);
    expect([
      quoting.kind === "text" && quoting.message.repliesToBot,
      other.kind === "text" && other.message.repliesToBot,
    ]).toEqual([true, false]);
  });

  it("ignores the account's own messages", () => {
    const own = new GroupMessage(BOT, { ...groupMessage(BOT, "G1", lan, "x").data, uidFrom: "0" });
    expect(toInbound(own, BOT, received).kind).toBe("own");
    expect(toInbound(groupMessage(BOT, "G1", { uid: BOT, name: "Xã Số" }, "x"), BOT, received).kind).toBe("own");
  });

  it("uses the sender and client message id, so one message delivered with two server ids is one message", () => {
    const a = toInbound(groupMessage(BOT, "G1", lan, "có", { cliMsgId: "1700000000001", msgId: "1" }), BOT, received);
    const b = toInbound(groupMessage(BOT, "G1", lan, "có", { cliMsgId: "1700000000001", msgId: "2" }), BOT, received);
    expect(a.kind === "text" && b.kind === "text" && a.message.messageId === b.message.messageId).toBe(true);
    expect(a.kind === "text" && a.message.sentAt.getTime()).toBeGreaterThan(Date.parse("2023-11-20T00:00:00Z"));
  });

  it("reads a shared link as text and other content as media", () => {
    const link = toInbound(
      groupMessage(
        BOT,
        "G1",
        lan,
        {
          title: "Báo cáo 189/BC-UBND",
          href: "https://thuyson.gov.vn/bc-189",
          description: "",
          thumb: "",
          childnumber: 0,
          action: "recommened.link",
          params: "",
          type: "",
        },
        { msgType: "chat.recommended" },
      ),
      BOT,
      received,
    );
    expect(link.kind === "text" && link.message.text).toBe("Báo cáo 189/BC-UBND https://thuyson.gov.vn/bc-189");
    const kinds = ["chat.sticker", "chat.photo", "share.file", "chat.voice", "chat.video.msg", "chat.location.new"].map(
      (msgType) => {
        const inbound = toInbound(groupMessage(BOT, "G1", lan, { id: 1 }, { msgType }), BOT, received);
        return inbound.kind === "media" ? inbound.media : inbound.kind;
      },
    );
    expect(kinds).toEqual(["sticker", "photo", "file", "voice", "video", "other"]);
  });

  it("passes a shared file's name on as its attachment, never its link or content", () => {
    const file = (title: string) =>
      toInbound(
        groupMessage(
          BOT,
          "G1",
          lan,
          {
            title,
            href: "https://f.zdn.vn/189-BC-UBND.pdf",
            description: "",
            thumb: "",
            childnumber: 0,
            action: "",
            params: JSON.stringify({ fileSize: "182044", fileExt: "pdf", checksum: "x" }),
            type: "",
          },
          { msgType: "share.file" },
        ),
        BOT,
        received,
      );
    expect(file(" 189-BC-UBND.pdf ")).toMatchObject({
      kind: "media",
      media: "file",
      attachment: { fileName: "189-BC-UBND.pdf" },
    });
    const unnamed = file("");
    expect(unnamed.kind === "media" && unnamed.attachment).toBeUndefined();
  });

  it("reads a photo's caption as text and passes the photo on as its attachment", () => {
    const photo = (title: string) =>
      toInbound(
        groupMessage(
          BOT,
          "G1",
          lan,
          {
            title,
            href: "https://f21-zpc.zdn.vn/jpg/8512/1a2b3c4d5e6f.jpg",
            description: "",
            thumb: "https://f21-zpc.zdn.vn/thumb/8512/1a2b3c4d5e6f.jpg",
            childnumber: 0,
            action: "",
            params: JSON.stringify({ width: 1280, height: 960, hd: "https://f21-zpc.zdn.vn/hd/8512/1a2b3c4d5e6f.jpg" }),
            type: "",
          },
          { msgType: "chat.photo" },
        ),
        BOT,
        received,
      );
    const captioned = photo(" 3.2: 6.608/8.315 ");
    expect(captioned.kind === "text" && captioned.message).toMatchObject({
      text: "3.2: 6.608/8.315",
      attachment: { fileName: "1a2b3c4d5e6f.jpg" },
    });
    expect(captioned.kind === "text" && captioned.message.media).toBeUndefined();
    const bare = photo("");
    expect(bare.kind === "media" && [bare.media, bare.attachment]).toEqual(["photo", undefined]);
  });

  it("writes the thread type into the chat id and reads it back, refusing other ids", () => {
    expect(zaloChatId("123", ThreadType.Group)).toBe("g:123");
    expect(zaloChatId("456", ThreadType.User)).toBe("u:456");
    expect(parseZaloChatId("g:123")).toEqual({ threadId: "123", type: ThreadType.Group });
    expect(parseZaloChatId("u:456")).toEqual({ threadId: "456", type: ThreadType.User });
    expect([parseZaloChatId("123"), parseZaloChatId("-100123"), parseZaloChatId("g:")]).toEqual([null, null, null]);
  });
});
