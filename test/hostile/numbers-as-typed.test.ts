import { beforeAll, describe, expect, it } from "vitest";
import type { Catalog } from "../../src/core/catalog/catalog-schema.js";
import { loadCatalogOrFail } from "../support/catalogs.js";
import { member, repliesOf, step } from "./converse-step.js";

/**
 * No number is saved other than the one typed: a sign is read and refused, a numeral
 * that cannot be read exactly is named back, an implausible count is questioned, and
 * invisible characters inside a number do not split it. Nothing here reaches a read-back.
 */
let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalogOrFail("thanh-hoa-2023");
});

const reply = (text: string) => {
  const outcome = step(catalog, text, member, true);
  expect(
    outcome.effects.every((e) => e.type === "reply"),
    text,
  ).toBe(true);
  return repliesOf(outcome).join("\n");
};

describe("numbers as typed", () => {
  it.each([
    ["3.2: -6608/8315", "không thể là số âm"],
    ["3.2: 6608/-8315", "Chỉ tiêu 3.2"],
    ["3.4 đạt -5%", "không thể âm"],
    ["3.4 đạt −5%", "không thể âm"],
    ["3.2: 1e309/8315", "Tôi không đọc được “1e309”"],
    ["3.2: 1_000/2_000", "Tôi không đọc được “1_000”"],
    ["3.2: 0x1A/8315", "Tôi không đọc được “0x1a”"],
    ["3.2: 12345678901234567891/12345678901234567892", "Tôi không đọc được “12345678901234567891”"],
    ["3.2: 100000000/200000000", "lớn bất thường với quy mô một xã"],
  ])("%s is refused: %s", (text, expected) => {
    const said = reply(text);
    expect(said).toContain(expected);
    expect(said).not.toMatch(/Trả lời "có" để lưu/);
  });

  it("reads a number with a zero-width space inside as the number typed", () => {
    expect(reply("3.2: 6.6\u200b08/8.315")).toContain("6.608/8.315");
  });

  it("keeps a dash between two codes or a range apart from a sign", () => {
    expect(reply("3.2 - 6.608/8.315")).toContain("6.608/8.315");
    expect(reply("giai đoạn 2021-2025, 3.2: 6.608/8.315")).toContain("6.608/8.315");
  });

  it("stays silent on a programmer's numeral in group chatter that names no indicator", () => {
    expect(step(catalog, "giá 1_000 đồng thôi", member, true).effects).toEqual([]);
  });
});
