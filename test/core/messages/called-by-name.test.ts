import { describe, expect, it } from "vitest";
import { addressedByName } from "../../../src/core/messages/called-by-name.js";

const message = (text: string) => ({ text, mentionsBot: false });

describe("addressedByName", () => {
  it.each([
    ["Xã Số ơi tiến độ", "tiến độ"],
    ["xa so oi tien do", "tien do"],
    ["@Xã Số tiến độ", "tiến độ"],
    ["XÃ SỐ, 3.2 thế nào?", "3.2 thế nào?"],
    ["xã  số: tiến độ", "tiến độ"],
  ])("reads %j as addressed to the bot, leaving %j", (text, rest) => {
    expect(addressedByName(message(text))).toEqual({ text: rest, mentionsBot: true });
  });

  it.each(["chiều nay họp xã số 2 nhé", "Xã Sốp Cộp đạt 80%", "3.2: 6608/8315", "xã sơn tiến độ"])(
    "leaves %j as it was",
    (text) => {
      expect(addressedByName(message(text))).toEqual(message(text));
    },
  );

  it("answers to a configured name as well", () => {
    expect(addressedByName(message("Trợ lý CĐS ơi tiến độ"), ["Trợ lý CĐS", "Xã Số"])).toEqual({
      text: "tiến độ",
      mentionsBot: true,
    });
  });
});
