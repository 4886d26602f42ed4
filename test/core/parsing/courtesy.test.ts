import { describe, expect, it } from "vitest";
import { emojiYesAsWord, readCourtesy } from "../../../src/core/parsing/courtesy.js";

describe("readCourtesy", () => {
  it.each(["chào bot", "Xin chào!", "alo", "hello ad"])("reads %j as a greeting", (text) => {
    expect(readCourtesy(text)).toBe("greeting");
  });
  it.each(["cảm ơn em", "Cám ơn bot nhiều nhé", "thanks", "tks ad"])("reads %j as thanks", (text) => {
    expect(readCourtesy(text)).toBe("thanks");
  });
  it.each(["cảm ơn, 3.2 đạt 80%", "chào, tiến độ thế nào?", "chào mừng ngày 20/11", ""])("leaves %j alone", (text) => {
    expect(readCourtesy(text)).toBeNull();
  });
});

describe("emojiYesAsWord", () => {
  it.each(["👍", "👍🏻", " 👌 ", "👍👍"])("reads %j as ok", (text) => {
    expect(emojiYesAsWord(text)).toBe("ok");
  });
  it.each(["👍 nhưng sửa 3.2", "🎉", "ok"])("keeps %j", (text) => {
    expect(emojiYesAsWord(text)).toBe(text);
  });
});
