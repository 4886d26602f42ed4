import { beforeAll, describe, expect, it } from "vitest";
import type { Catalog } from "../../../src/core/catalog/catalog-schema.js";
import type { CommuneSnapshot, FigureVersion } from "../../../src/core/conversation/commune-snapshot.js";
import { converse } from "../../../src/core/conversation/converse.js";
import type { ConverseInput, SenderInfo } from "../../../src/core/conversation/converse-input.js";
import type { InboundMessage } from "../../../src/core/messages/inbound-message.js";
import { loadCatalogOrFail } from "../../support/catalogs.js";
import { lan, thuySonSnapshot } from "../../support/thuy-son-snapshot.js";

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalogOrFail("thanh-hoa-2023");
});

const now = new Date("2023-11-20T01:00:00Z");

function message(text: string, extra: Partial<InboundMessage> = {}): InboundMessage {
  return {
    platform: "telegram",
    chatId: "-100",
    isGroup: true,
    messageId: "1",
    sender: { id: "u1", name: "Lan" },
    text,
    mentionsBot: false,
    repliesToBot: false,
    sentAt: now,
    ...extra,
  };
}

function snapshot(): CommuneSnapshot {
  return thuySonSnapshot(catalog);
}

function input(
  text: string,
  options: { snapshot?: CommuneSnapshot | null; sender?: Partial<SenderInfo>; message?: Partial<InboundMessage> } = {},
): ConverseInput {
  const sender: SenderInfo = { personId: "p-lan", name: "Lan", membership: lan, administers: [], ...options.sender };
  return {
    message: message(text, options.message),
    snapshot: options.snapshot === undefined ? snapshot() : options.snapshot,
    sender,
    session: null,
    now,
    timeZone: "Asia/Ho_Chi_Minh",
  };
}

const replies = (outcome: ReturnType<typeof converse>) =>
  outcome.effects.filter((e) => e.type === "reply").map((e) => (e.type === "reply" ? e.text : ""));

describe("converse: who gets an answer", () => {
  it("stays silent in a group on chatter, document numbers and times", () => {
    for (const text of ["cảm ơn anh", "em gửi công văn 85/BC-UBND ngày 03/05/2024 rồi", "họp lúc 14h30 nhé", "ok em"]) {
      expect(converse(input(text)).effects, text).toEqual([]);
    }
  });

  it("answers the same chatter when it is addressed to the bot, or in a private chat", () => {
    expect(replies(converse(input("cảm ơn anh", { message: { mentionsBot: true } })))[0]).toContain("không có gì");
    expect(replies(converse(input("chào anh", { message: { isGroup: false } })))[0]).toContain("/huongdan");
    expect(replies(converse(input("trời mưa to quá", { message: { isGroup: false } })))[0]).toContain(
      "Xin lỗi, tôi chưa hiểu",
    );
  });

  it("answers figures and questions in a group without a mention", () => {
    expect(replies(converse(input("3.2: 6.608/8.315")))[0]).toContain("6.608/8.315 người (79,4%)");
    expect(replies(converse(input("chỉ tiêu nào chưa đạt?")))[0]).toContain("không có chỉ tiêu nào chưa đạt, còn");
  });

  it("never saves from an edited message, and points to a correction instead", () => {
    const outcome = converse(input("3.2: 6.700/8.315", { message: { edited: true } }));
    expect(outcome.effects.map((e) => e.type)).toEqual(["reply"]);
    expect(replies(outcome)[0]).toContain("sửa 3.2");
    expect(converse(input("cảm ơn anh", { message: { edited: true, isGroup: false } })).effects).toEqual([]);
  });

  it("answers a sticker or photo with one note only while the member's question is open", () => {
    expect(converse(input("", { message: { media: "sticker" } })).effects).toEqual([]);
    const asking = converse(input("/capnhat 3.2"));
    const noted = converse({ ...input("", { message: { media: "photo" } }), session: asking.session });
    expect(replies(noted)[0]).toMatch(/^@Lan Xã Số chỉ đọc được tin nhắn chữ nên chưa xem được hình ảnh\./);
    expect(noted.effects[0]).toMatchObject({ mentions: [{ membershipId: "m-lan", displayName: "Lan" }] });
    expect(noted.session).toMatchObject({ step: "numerator", mediaNoted: true });
    expect(converse({ ...input("", { message: { media: "photo" } }), session: noted.session }).effects).toEqual([]);
    const answered = converse({ ...input("6.608"), session: noted.session });
    expect(answered.session).toMatchObject({ step: "denominator" });
    expect(answered.session).not.toHaveProperty("mediaNoted");
  });

  it("saves nothing before confirmation", () => {
    const outcome = converse(input("3.2: 6.608/8.315"));
    expect(outcome.effects.map((e) => e.type)).toEqual(["reply"]);
    expect(outcome.session?.step).toBe("confirm");
    const confirmed = converse({ ...input("có"), session: outcome.session });
    expect(confirmed.effects.map((e) => e.type)).toEqual(["saveFigure", "reply"]);
    expect(confirmed.session).toBeNull();
  });
});

describe("converse: a chat not bound to a commune", () => {
  const unbound = { snapshot: null } as const;

  it("asks a chair or secretary to bind it", () => {
    expect(replies(converse(input("3.2: 6.608/8.315", { ...unbound, message: { mentionsBot: true } })))[0]).toContain(
      "chưa được gắn với xã nào",
    );
  });

  it("binds it to the plan the sender administers with /batdau", () => {
    const outcome = converse(
      input("/batdau", {
        ...unbound,
        sender: {
          administers: [
            { communeId: "c1", communeName: "Thúy Sơn", planId: "plan1", catalogTitle: catalog.title, year: 2023 },
          ],
        },
      }),
    );
    expect(outcome.effects[0]).toEqual({ type: "bindChat", communeId: "c1", planId: "plan1" });
    expect(replies(outcome)[0]).toContain("Đã gắn nhóm này với Thúy Sơn");
  });

  it("picks among several communes by name, and refuses someone who administers none", () => {
    const administers = ["Thúy Sơn", "Hoằng Phụ"].map((name, i) => ({
      communeId: `c${i}`,
      communeName: name,
      planId: `p${i}`,
      catalogTitle: catalog.title,
      year: 2023,
    }));
    expect(replies(converse(input("/batdau", { ...unbound, sender: { administers } })))[0]).toContain("nhiều xã");
    expect(converse(input("/batdau hoang phu", { ...unbound, sender: { administers } })).effects[0]).toEqual({
      type: "bindChat",
      communeId: "c1",
      planId: "p1",
    });
    expect(replies(converse(input("/batdau", { ...unbound, sender: { administers: [] } })))[0]).toContain(
      "chưa được đăng ký là trưởng ban hoặc thư ký",
    );
  });
});

describe("converse: the list /capnhat offers", () => {
  const offer = (snap: CommuneSnapshot) => {
    const effect = converse(input("/capnhat", { snapshot: snap })).effects.find((e) => e.type === "reply");
    if (effect?.type !== "reply") throw new Error("no reply");
    return { lines: effect.text.split("\n"), choices: effect.choices ?? [] };
  };
  const saved: FigureVersion = {
    version: 1,
    kind: "update",
    value: { kind: "boolean", value: true },
    previousValue: null,
    at: now,
    byMembershipId: "m-lan",
    byName: "Lan",
    platform: "telegram",
    chatId: "-100",
    evidence: [],
  };

  it("ends its text with the list's heading, so the list comes right under it", () => {
    const { lines, choices } = offer(snapshot());
    expect(lines.at(-1)).toBe("Một số chỉ tiêu chưa có số liệu:");
    expect(choices[0]?.value).toBe("1.1");
  });

  it("never calls indicators that have figures 'chưa có số liệu'", () => {
    const all = snapshot();
    const figures = Object.fromEntries(catalog.indicators.map((indicator) => [indicator.code, [saved]]));
    const { lines, choices } = offer({ ...all, figures });
    expect(lines.join("\n")).not.toContain("chưa có số liệu");
    expect(lines.at(-1)).toBe("Các chỉ tiêu đều đã có số liệu; chọn chỉ tiêu cần cập nhật lại:");
    expect(choices.length).toBeGreaterThan(0);

    const someMissing = { ...figures };
    delete someMissing["4.7"];
    delete someMissing["4.8"];
    expect(offer({ ...all, figures: someMissing }).lines.at(-1)).toBe(
      "Còn 2 chỉ tiêu chưa có số liệu, xếp đầu danh sách:",
    );
  });
});
