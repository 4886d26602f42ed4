import { beforeAll, describe, expect, it } from "vitest";
import { parseMessage } from "../../../src/core/parsing/parse-message.js";
import type { ParsedMessage } from "../../../src/core/parsing/parsed-message.js";
import { toParseJson } from "../../../src/core/parsing/to-parse-json.js";
import { type LoadedCatalog, loadCatalogs } from "./parse-cases.js";

let catalogs: Map<string, LoadedCatalog>;
beforeAll(async () => {
  catalogs = await loadCatalogs();
});
const loaded = (id: string) => {
  const catalog = catalogs.get(id);
  if (!catalog) throw new Error(id);
  return catalog;
};
const parse = (text: string, id = "thanh-hoa-2023"): ParsedMessage => parseMessage(text, loaded(id).index);

describe("updates", () => {
  it("tells a code from the figures after it", () => {
    expect(parse("3.2: 5.120/7.400")).toEqual({
      intent: "update",
      code: "3.2",
      figure: { kind: "ratio", numerator: 5120, denominator: 7400 },
    });
    expect(parse("3.2 6608/8315")).toEqual({
      intent: "update",
      code: "3.2",
      figure: { kind: "ratio", numerator: 6608, denominator: 8315 },
    });
    expect(parse("tc 3.9: 4.210 trên 6.050 người")).toEqual({
      intent: "update",
      code: "3.9",
      figure: { kind: "ratio", numerator: 4210, denominator: 6050 },
    });
  });

  it("reads percents, yes/no facts and counts by the indicator's measure", () => {
    expect(parse("3.4 đạt 68,2%")).toEqual({
      intent: "update",
      code: "3.4",
      figure: { kind: "percent", percent: 68.2 },
    });
    expect(parse("4.6: chưa có")).toEqual({ intent: "update", code: "4.6", figure: { kind: "boolean", value: false } });
    expect(parse("VI.9.1: 6 cuộc", "hue-2023")).toEqual({
      intent: "update",
      code: "VI.9.1",
      figure: { kind: "count", value: 6 },
    });
    expect(parse("V.3.1 không có sự cố nào", "hue-2023")).toEqual({
      intent: "update",
      code: "V.3.1",
      figure: { kind: "count", value: 0 },
    });
  });

  it("keeps a fraction whose numerator exceeds its denominator for validation to question", () => {
    expect(parse("3.2 9000/8315")).toEqual({
      intent: "update",
      code: "3.2",
      figure: { kind: "ratio", numerator: 9000, denominator: 8315 },
    });
  });

  it("keeps the document number cited for a document indicator", () => {
    expect(parse("1.1 đã ban hành kế hoạch số 12/KH-UBND ngày 3/2/2023")).toEqual({
      intent: "update",
      code: "1.1",
      figure: { kind: "document", issued: true, reference: "12/KH-UBND ngày 3/2/2023" },
    });
  });

  it("picks the option of a choice indicator", () => {
    expect(parse("I.1.1: chủ tịch làm trưởng ban", "hue-2023")).toEqual({
      intent: "update",
      code: "I.1.1",
      figure: { kind: "choice", option: "head" },
    });
    expect(parse("I.1.1 phó chủ tịch làm trưởng ban", "hue-2023")).toEqual({
      intent: "update",
      code: "I.1.1",
      figure: { kind: "choice", option: "deputy" },
    });
    expect(parse("họp quý 2 không tổ chức", "hue-2023")).toEqual({
      intent: "update",
      code: "I.2.3",
      figure: { kind: "choice", option: "none" },
    });
  });

  it("never reads a plain yes as the option whose label says 'chưa có'", () => {
    // a yes that fits several options starts the update there, so the options are asked
    expect(parse("I.1.1 có", "hue-2023")).toEqual({ intent: "start_update", code: "I.1.1", correcting: false });
    expect(parse("I.1.1: có rồi", "hue-2023")).toEqual({ intent: "start_update", code: "I.1.1", correcting: false });
    expect(parse("V.2.1 có máy bị nhiễm chưa được xử lý", "hue-2023")).toEqual({
      intent: "update",
      code: "V.2.1",
      figure: { kind: "choice", option: "uncleaned" },
    });
    expect(parse("I.1.1 chưa có", "hue-2023")).toEqual({
      intent: "update",
      code: "I.1.1",
      figure: { kind: "choice", option: "none" },
    });
  });

  it("reads a roman code typed with commas on a phone keyboard, when a figure follows", () => {
    expect(parse("II,1: 80%", "ha-trung-2024")).toEqual({
      intent: "update",
      code: "II.1",
      figure: { kind: "percent", percent: 80 },
    });
    expect(parse("VIII,1,1: 6500/9800", "hue-2023")).toMatchObject({ intent: "update", code: "VIII.1.1" });
    expect(parse("III,2,1 đạt 5200/6100", "hue-2023")).toMatchObject({ intent: "update", code: "III.2.1" });
    // not a code: nothing follows, or it does not open the message
    expect(parse("II,1", "ha-trung-2024")).not.toMatchObject({ intent: "update" });
    expect(parse("mục II, 1 xã đạt 80%", "ha-trung-2024")).not.toMatchObject({ code: "II.1" });
  });

  it("reads corrections", () => {
    expect(parse("sửa 3.2 6.700/8.315")).toEqual({
      intent: "correction",
      code: "3.2",
      figure: { kind: "ratio", numerator: 6700, denominator: 8315 },
    });
    expect(parse("sua lai 3.2 la 6700/8315")).toMatchObject({ intent: "correction", code: "3.2" });
  });

  it("offers candidates when the indicator is ambiguous, keeping the figure", () => {
    expect(parse("kỹ năng số 70%")).toEqual({
      intent: "ambiguous",
      candidates: ["1.10", "3.1"],
      figure: { kind: "percent", percent: 70 },
      purpose: "update",
    });
    expect(parse("1.3: 300/1200", "bac-kan-2025")).toMatchObject({
      intent: "ambiguous",
      candidates: ["1.3a", "1.3b"],
      purpose: "update",
    });
  });

  it("keeps only the candidates whose measure takes the figure", () => {
    expect(parse("I.5 có", "hue-2023")).toEqual({
      intent: "update",
      code: "I.5.1",
      figure: { kind: "boolean", value: true },
    });
  });

  it("says when the figure is clear but the indicator is unknown", () => {
    expect(parse("5.1: 80%")).toEqual({
      intent: "unknown_indicator",
      figure: { kind: "percent", percent: 80 },
      reference: "5.1",
      purpose: "update",
    });
  });

  it("reads several codes with a figure each on one line as a batch", () => {
    expect(parse("3.2: 6608/8315 3.4: 70% 4.6: có")).toEqual({
      intent: "batch",
      items: [
        { intent: "update", code: "3.2", figure: { kind: "ratio", numerator: 6608, denominator: 8315 } },
        { intent: "update", code: "3.4", figure: { kind: "percent", percent: 70 } },
        { intent: "update", code: "4.6", figure: { kind: "boolean", value: true } },
      ],
      unread: [],
    });
  });

  it("reads figures one per line or separated by semicolons, with or without codes, keeping each line", () => {
    expect(parse("3.1: 3.850/6.200\n3.2: 6.608/8.315\n3.4 đạt 76,6%\ncamera: có")).toEqual({
      intent: "batch",
      items: [
        {
          intent: "update",
          code: "3.1",
          figure: { kind: "ratio", numerator: 3850, denominator: 6200 },
          line: "3.1: 3.850/6.200",
        },
        {
          intent: "update",
          code: "3.2",
          figure: { kind: "ratio", numerator: 6608, denominator: 8315 },
          line: "3.2: 6.608/8.315",
        },
        { intent: "update", code: "3.4", figure: { kind: "percent", percent: 76.6 }, line: "3.4 đạt 76,6%" },
        { intent: "update", code: "4.6", figure: { kind: "boolean", value: true }, line: "camera: có" },
      ],
      unread: [],
    });
    expect(parse("3.2: 6608/8315; 3.4: 70%")).toMatchObject({
      intent: "batch",
      items: [{ code: "3.2" }, { code: "3.4" }],
    });
  });

  it("lists the lines of a batch it cannot read, leaving out an introduction", () => {
    expect(parse("Số liệu tháng 11:\n3.2: 6608/8315\nđiện thoại thông minh 70%\nsố hộ nghèo tăng\n5.1: 80%")).toEqual({
      intent: "batch",
      items: [
        {
          intent: "update",
          code: "3.2",
          figure: { kind: "ratio", numerator: 6608, denominator: 8315 },
          line: "3.2: 6608/8315",
        },
        { intent: "update", code: "3.4", figure: { kind: "percent", percent: 70 }, line: "điện thoại thông minh 70%" },
        {
          intent: "unknown_indicator",
          figure: { kind: "percent", percent: 80 },
          reference: "5.1",
          purpose: "update",
          line: "5.1: 80%",
        },
      ],
      unread: ["số hộ nghèo tăng"],
    });
  });

  it("reads one figure with other lines as that figure, not a batch", () => {
    expect(parse("3.2: 6608/8315\ncảm ơn")).toMatchObject({ intent: "update", code: "3.2" });
    expect(parse("3.2:\n6608/8315")).toMatchObject({ intent: "update", code: "3.2" });
  });
});

describe("chatter guard", () => {
  it.each([
    "em gửi công văn 1234/UBND-VHTT rồi nhé",
    "85/BC-UBND",
    "189/BC-UBND ngày 27/11/2023",
    "03/05/2024",
    "7/8",
    "ngày 20/9",
    "14/30",
    "14h30",
    "họp lúc 14/30 à?",
    "0912 345 678",
    "cảm ơn anh",
    "500.000 đồng",
    "hỗ trợ 500.000 đồng mỗi hộ lắp cáp quang",
    "6608",
    "em có gửi trên zalo rồi",
    "Wifi ở nhà văn hóa yếu quá",
    "giảm 20% học phí cho học sinh nghèo",
    "chỉ tiêu 3.2 phải đạt 75%",
    "dự kiến cáp quang đạt 90% vào cuối năm",
    "thôn 3 có 230/250 hộ có cáp quang",
  ])("%j is not an update", (text) => {
    const parsed = parse(text);
    expect(["update", "correction", "ambiguous", "batch"]).not.toContain(parsed.intent);
    expect(toParseJson(parsed, loaded("thanh-hoa-2023").catalog).intent).not.toBe("update");
  });
});

describe("requests and questions", () => {
  it.each([
    ["chỉ tiêu nào chưa đạt vậy?", "query_unmet"],
    ["/chuadat", "query_unmet"],
    ["tiến độ chung thế nào", "query_progress"],
    ["/tiendo@XaSoBot", "query_progress"],
    ["ai chưa nhập số liệu", "query_missing"],
    ["bao giờ họp BCĐ quý 2?", "query_deadlines"],
    ["/lichhop", "query_deadlines"],
    ["giúp tôi với, dùng bot thế nào", "help"],
    ["/start", "help"],
    ["hoàn tác", "undo"],
    ["/hoantac", "undo"],
    ["undo lần cập nhật vừa rồi", "undo"],
    ["hủy", "cancel"],
    ["thôi", "cancel"],
    ["/huy", "cancel"],
    ["có", "confirm"],
    ["đồng ý", "confirm"],
    ["không", "reject"],
    ["chưa đúng", "reject"],
    ["/batdau", "start_committee"],
    ["/thamgia@XaSoBot", "join_committee"],
  ] as const)("%j → %s", (text, intent) => {
    expect(parse(text).intent).toBe(intent);
  });

  it("asks about one indicator by code or by its words", () => {
    expect(parse("3.2 thế nào?")).toEqual({ intent: "query_indicator", code: "3.2" });
    expect(parse("tình hình cáp quang")).toEqual({ intent: "query_indicator", code: "4.1" });
    expect(parse("chỉ tiêu 2.5 bao nhiêu rồi")).toEqual({ intent: "query_indicator", code: "2.5" });
    expect(parse("tình hình kỹ năng số")).toEqual({
      intent: "ambiguous",
      candidates: ["1.10", "3.1"],
      figure: null,
      purpose: "query",
    });
  });

  it("starts an update, with the indicator when one is named", () => {
    expect(parse("/capnhat")).toEqual({ intent: "start_update", code: null, correcting: false });
    expect(parse("cap nhat so lieu")).toEqual({ intent: "start_update", code: null, correcting: false });
    expect(parse("cập nhật 3.2")).toEqual({ intent: "start_update", code: "3.2", correcting: false });
    expect(parse("/capnhat@XaSoBot 3.2")).toEqual({ intent: "start_update", code: "3.2", correcting: false });
    expect(parse("sửa 3.2")).toEqual({ intent: "start_update", code: "3.2", correcting: true });
    expect(parse("3.2: 6.608 người")).toEqual({ intent: "start_update", code: "3.2", correcting: false, count: 6608 });
    expect(parse("3.2: -6.608 người")).toEqual({ intent: "start_update", code: "3.2", correcting: false });
  });

  it("reads an update given with a command", () => {
    expect(parse("/capnhat 3.2 6608/8315")).toMatchObject({ intent: "update", code: "3.2" });
    expect(parse("/sua 3.2 6700/8315")).toMatchObject({ intent: "correction", code: "3.2" });
  });

  it("reads committee commands with their codes and mentions", () => {
    expect(parse("/phancong 3.2 3.4 @Lan")).toEqual({
      intent: "assign",
      codes: ["3.2", "3.4"],
      unresolved: [],
      mentions: ["Lan"],
    });
    expect(parse("/phancong@XaSoBot cáp quang @Nguyễn Thị Lan")).toEqual({
      intent: "assign",
      codes: ["4.1"],
      unresolved: [],
      mentions: ["Nguyễn Thị Lan"],
    });
    expect(parse("phân công 3.2 cho @lan_vp")).toEqual({
      intent: "assign",
      codes: ["3.2"],
      unresolved: [],
      mentions: ["lan_vp"],
    });
    expect(parse("/duyet @Lan")).toEqual({ intent: "approve", mentions: ["Lan"] });
    expect(parse("/abc")).toEqual({ intent: "unknown", command: "abc" });
  });
});

describe("toParseJson", () => {
  const json = (text: string, id = "thanh-hoa-2023") => toParseJson(parse(text, id), loaded(id).catalog);

  it("gives a fraction its percent at full precision", () => {
    expect(json("3.2: 5.120/7.400")).toEqual({
      intent: "update",
      code: "3.2",
      numerator: 5120,
      denominator: 7400,
      percent: (5120 * 100) / 7400,
      value: null,
    });
  });

  it("puts yes/no in value as a boolean and counts as a number", () => {
    expect(json("4.6: chưa có")).toEqual({
      intent: "update",
      code: "4.6",
      numerator: null,
      denominator: null,
      percent: null,
      value: false,
    });
    expect(json("VI.4: 1 lần", "ha-trung-2024")).toMatchObject({ intent: "update", code: "VI.4", value: 1 });
    expect(json("I.1.1: phó chủ tịch làm trưởng ban", "hue-2023")).toMatchObject({ code: "I.1.1", value: 2 });
  });

  it("maps corrections to updates and ambiguous updates to updates without a code", () => {
    expect(json("sửa 3.2 6.700/8.315")).toMatchObject({ intent: "update", code: "3.2", numerator: 6700 });
    expect(json("kỹ năng số 70%")).toEqual({
      intent: "update",
      code: null,
      numerator: null,
      denominator: null,
      percent: 70,
      value: null,
    });
  });

  it("maps everything outside the contract to unknown with empty fields", () => {
    for (const text of ["/capnhat", "hủy", "hoàn tác", "có", "/phancong 3.2 @Lan", "5.1: 80%", "cảm ơn anh"]) {
      expect(json(text), text).toEqual({
        intent: "unknown",
        code: null,
        numerator: null,
        denominator: null,
        percent: null,
        value: null,
      });
    }
  });

  it("maps a batch to its items in message order, with the fields of a single figure", () => {
    expect(json("3.2: 6608/8315\n3.4: 70%\nkỹ năng số: 80%\ncamera: có")).toEqual({
      intent: "batch",
      items: [
        { code: "3.2", numerator: 6608, denominator: 8315, percent: (6608 * 100) / 8315, value: null },
        { code: "3.4", numerator: null, denominator: null, percent: 70, value: null },
        { code: null, numerator: null, denominator: null, percent: 80, value: null },
        { code: "4.6", numerator: null, denominator: null, percent: null, value: true },
      ],
    });
  });

  it("maps queries to their intent", () => {
    expect(json("3.2 thế nào?")).toEqual({
      intent: "query_indicator",
      code: "3.2",
      numerator: null,
      denominator: null,
      percent: null,
      value: null,
    });
    expect(json("tình hình kỹ năng số")).toMatchObject({ intent: "query_indicator", code: null });
    expect(json("lịch họp")).toMatchObject({ intent: "query_deadlines", code: null });
  });
});

describe("starting an update by the indicator's name", () => {
  it("resolves a name that accounts for what was typed, with or without the command", () => {
    expect(parse("/capnhat cáp quang")).toEqual({ intent: "start_update", code: "4.1", correcting: false });
    expect(parse("cập nhật tài khoản ngân hàng")).toEqual({ intent: "start_update", code: "3.2", correcting: false });
    expect(parse("/capnhat họp BCĐ quý 1", "hue-2023")).toEqual({
      intent: "start_update",
      code: "I.2.2",
      correcting: false,
    });
    expect(parse("/sua tai khoan ngan hang")).toEqual({ intent: "start_update", code: "3.2", correcting: true });
  });

  it("does not pick an indicator through one stray word", () => {
    expect(parse("/capnhat họp BCĐ quý 1")).toEqual({ intent: "start_update", code: null, correcting: false });
    expect(parse("cập nhật họp BCĐ quý 1")).toEqual({ intent: "start_update", code: null, correcting: false });
  });
});
