import { describe, expect, it } from "vitest";
import { parseMessage } from "../../../src/core/parsing/parse-message.js";
import { readRoleWords } from "../../../src/core/parsing/role-words.js";
import { loadCatalogOrFail } from "../../support/catalogs.js";

describe("role words after /duyet @Tên", () => {
  it.each([
    ["phó trưởng ban", "deputy"],
    ["pho truong ban", "deputy"],
    ["làm phó ban", "deputy"],
    ["trưởng ban", "chair"],
    ["thư kí", "secretary"],
    ["vai trò thư ký nhé", "secretary"],
    ["xem", "viewer"],
    ["thành viên", "member"],
  ])("%s → %s", (words, role) => {
    expect(readRoleWords(words)).toBe(role);
  });

  it("reads no role from nothing or particles, and an unknown one from words that try", () => {
    expect(readRoleWords("")).toBeNull();
    expect(readRoleWords("nhé")).toBeNull();
    expect(readRoleWords("làm kế toán")).toBe("unknown");
    expect(readRoleWords("phó chủ tịch")).toBe("unknown");
  });

  it("carries the role with the approval intent, and none when only a name is given", async () => {
    const catalog = await loadCatalogOrFail("thanh-hoa-2023");
    expect(parseMessage("/duyet @Nguyễn Thị Tâm phó trưởng ban", catalog)).toEqual({
      intent: "approve",
      mentions: ["Nguyễn Thị Tâm"],
      role: "deputy",
    });
    expect(parseMessage("/duyet @Lan", catalog)).toEqual({ intent: "approve", mentions: ["Lan"] });
  });
});
