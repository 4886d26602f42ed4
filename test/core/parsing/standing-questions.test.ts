import { beforeAll, describe, expect, it } from "vitest";
import type { Catalog } from "../../../src/core/catalog/catalog-schema.js";
import { parseMessage } from "../../../src/core/parsing/parse-message.js";
import { toParseJson } from "../../../src/core/parsing/to-parse-json.js";
import { loadCatalogOrFail } from "../../support/catalogs.js";

let thanhHoa: Catalog;
beforeAll(async () => {
  thanhHoa = await loadCatalogOrFail("thanh-hoa-2023");
});

const intentOf = (text: string) => parseMessage(text, thanhHoa).intent;

describe("questions about where the commune stands", () => {
  it.each([
    ["/dadat", "query_met"],
    ["những chỉ tiêu nào đã đạt?", "query_met"],
    ["chi tieu nao dat roi", "query_met"],
    ["các chỉ tiêu đạt", "query_met"],
    ["đã đạt những chỉ tiêu nào", "query_met"],
    ["/diem", "query_score"],
    ["xã mình được bao nhiêu điểm", "query_score"],
    ["tong diem bao nhieu", "query_score"],
    ["/sosanh", "query_compare"],
    ["so với năm trước thế nào?", "query_compare"],
    ["so voi nam ngoai", "query_compare"],
    ["/thanhvien", "query_members"],
    ["danh sách thành viên BCĐ", "query_members"],
    ["thành viên BCĐ gồm những ai?", "query_members"],
    ["ai phụ trách chỉ tiêu nào?", "query_members"],
    ["/xoathanhvien @Minh", "remove_member"],
    ["xóa thành viên @Minh", "remove_member"],
  ])("%s → %s", (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });

  it.each([
    ["3.2 đã đạt chưa?", "query_indicator"],
    ["chỉ tiêu nào chưa đạt?", "query_unmet"],
    ["tăng 15% so với năm trước", "unknown"],
    ["Kính gửi các đ/c thành viên BCĐ", "unknown"],
    ["Zalo nhóm có 45 thành viên", "unknown"],
    ["xã có mấy điểm wifi?", "unknown"],
    ["các chỉ tiêu đặt ra năm nay", "unknown"],
    ["3.2 ai phụ trách?", "query_indicator"],
  ])("%s stays %s", (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });

  it("prints the new questions as the progress question in the parse contract", () => {
    for (const text of ["/dadat", "xã mình được bao nhiêu điểm", "so với năm trước thế nào?"])
      expect(toParseJson(parseMessage(text, thanhHoa), thanhHoa).intent).toBe("query_progress");
    expect(toParseJson(parseMessage("/thanhvien", thanhHoa), thanhHoa).intent).toBe("unknown");
  });

  it("reads the member named in /xoathanhvien", () => {
    expect(parseMessage("/xoathanhvien @Nguyễn Văn Minh", thanhHoa)).toEqual({
      intent: "remove_member",
      mentions: ["Nguyễn Văn Minh"],
    });
  });
});
