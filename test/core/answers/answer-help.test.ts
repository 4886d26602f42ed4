import { describe, expect, it } from "vitest";
import { helpText } from "../../../src/core/answers/answer-help.js";
import { expectText } from "./expected-text.js";
import { catalog } from "./fixtures.js";

describe("helpText", () => {
  it("gives examples with real codes of the catalog, the commands, and that diacritics are optional", async () => {
    const answer = helpText(await catalog("thanh-hoa-2023"));
    await expectText("help-thanh-hoa", answer.text);
    const lines = answer.text.split("\n");
    expect(lines).toContain("• 3.1: 6.608/8.315 — tỷ lệ kỹ năng số cơ bản: số người đạt / tổng số");
    expect(lines).toContain("• 3.2: 79,4% — khi chỉ có tỷ lệ phần trăm (tài khoản ngân hàng)");
    expect(lines).toContain("• 1.1: có — chỉ tiêu có/chưa có (kế hoạch chuyển đổi số)");
    for (const command of [
      "/capnhat",
      "/chuadat",
      "/tiendo",
      "/lichhop",
      "/huongdan",
      "/thamgia",
      '"sửa 3.1 …"',
      '"hoàn tác"',
      '"hủy"',
    ])
      expect(answer.text).toContain(command);
    expect(answer.text).toContain("Gõ không dấu cũng được");
    expect(answer.mentions).toEqual([]);
  });

  it("adapts to another catalog, including a count example", async () => {
    const text = helpText(await catalog("hue-2023")).text;
    expect(text).toContain("• IV.5.1: 6.608/8.315 — tỷ lệ OneTouch: số người đạt / tổng số");
    expect(text).toContain("• I.5.1: có — chỉ tiêu có/chưa có (chuyên mục CĐS)");
    expect(text).toContain("• I.2.1: 2 — số cuộc họp (họp BCĐ huyện)");
    expect(text).not.toContain("3.1:");
  });

  it("every example code exists in its catalog", async () => {
    for (const id of ["thanh-hoa-2023", "ha-trung-2024", "bac-kan-2025", "hue-2023"]) {
      const loaded = await catalog(id);
      const codes = new Set(loaded.indicators.map((i) => i.code));
      const shown = [...helpText(loaded).text.matchAll(/^• ([^\s:]+): /gm)].map((m) => m[1] ?? "");
      expect(shown.length, id).toBeGreaterThanOrEqual(2);
      for (const code of shown) expect(codes.has(code), `${id} ${code}`).toBe(true);
    }
  });
});

describe("helpText without a catalog", () => {
  it("explains the commands with no invented codes in a chat not linked to a commune", () => {
    const answer = helpText(null);
    expect(answer.text.split("\n")[0]).toBe("Hướng dẫn dùng Xã Số");
    expect(answer.text).toContain("Nhóm này chưa được gắn với xã nào");
    for (const command of [
      "/capnhat",
      "/chuadat",
      "/tiendo",
      "/lichhop",
      "/huongdan",
      "/thamgia",
      '"sửa …"',
      '"hoàn tác"',
      '"hủy"',
    ])
      expect(answer.text).toContain(command);
    expect(answer.text).not.toMatch(/^• \S+: /m);
    expect(answer.text).toContain("Gõ không dấu cũng được");
  });
});
