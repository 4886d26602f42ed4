import { describe, expect, it } from "vitest";
import {
  callbackData,
  inlineKeyboard,
  mentionEntities,
  renderOutbound,
} from "../../../src/adapters/platforms/telegram/outbound.js";

describe("rendering an outbound message for Telegram", () => {
  it("tags mentions as text_mention entities at UTF-16 offsets", () => {
    const text = "📊 Đề nghị tham gia của Hòa. @Nguyễn Thị Lan, @Lan gõ /duyet @Hòa để duyệt.";
    const entities = mentionEntities(text, [
      { membershipId: "m1", displayName: "Nguyễn Thị Lan", platformUserId: "111" },
      { membershipId: "m2", displayName: "Lan", platformUserId: "222" },
      { membershipId: "m3", displayName: "Hòa" }, // no Telegram account: plain text
    ]);
    expect(entities).toEqual([
      { type: "text_mention", offset: 29, length: 15, user: { id: 111, is_bot: false, first_name: "Nguyễn Thị Lan" } },
      { type: "text_mention", offset: 46, length: 4, user: { id: 222, is_bot: false, first_name: "Lan" } },
    ]);
    for (const entity of entities)
      expect(text.slice(entity.offset, entity.offset + entity.length)).toBe(
        `@${(entity as { user: { first_name: string } }).user.first_name}`,
      );
    // Offsets are UTF-16 code units: the emoji before the names counts two.
    expect([...text.slice(0, 29)].length).toBe(28);
  });

  it("tags a name only as a whole word, and each time it appears", () => {
    const mention = [{ membershipId: "m", displayName: "Lan", platformUserId: "111" }];
    expect(mentionEntities("@Lana hỏi @Lan", mention).map((e) => e.offset)).toEqual([10]);
    expect(mentionEntities("@Lan, @Lan", mention).map((e) => e.offset)).toEqual([0, 6]);
  });

  it("turns choices into inline buttons whose data is the value, at most 64 bytes", () => {
    expect(
      inlineKeyboard([
        { label: "Có, lưu", value: "có" },
        { label: "Không, hủy", value: "không" },
      ]),
    ).toEqual({
      inline_keyboard: [
        [
          { text: "Có, lưu", callback_data: "có" },
          { text: "Không, hủy", callback_data: "không" },
        ],
      ],
    });
    const long = [
      { label: "3.2 – Tỷ lệ dân số có tài khoản thanh toán", value: "3.2" },
      { label: "3.4 – Tỷ lệ người dân có danh tính số", value: "3.4" },
    ];
    expect(inlineKeyboard(long).inline_keyboard).toHaveLength(2);
    const tooLong = { label: "x", value: "ư".repeat(40) }; // 80 bytes in UTF-8
    expect(callbackData(tooLong, 2)).toBe("3");
    expect(callbackData({ label: "x", value: "ư".repeat(32) }, 0)).toBe("ư".repeat(32));
  });

  it("sends plain text with entities and buttons only when there are some", () => {
    expect(renderOutbound({ text: "Xin chào" })).toEqual({ text: "Xin chào", entities: [], replyMarkup: undefined });
  });
});
