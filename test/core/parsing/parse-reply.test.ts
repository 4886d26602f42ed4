import { describe, expect, it } from "vitest";
import { expectationFor, parseReply, type ReplyExpectation } from "../../../src/core/parsing/parse-reply.js";

const yesNo: ReplyExpectation = { kind: "yes-no" };
const ratio: ReplyExpectation = { kind: "ratio" };
const count: ReplyExpectation = { kind: "count" };

describe("parseReply", () => {
  it.each(["có", "Có ạ", "đúng", "đúng rồi", "ok", "oke em", "đồng ý", "xác nhận", "vâng", "dạ vâng", "rồi", "đã có"])(
    "%j is yes",
    (text) => {
      expect(parseReply(text, yesNo)).toEqual({ kind: "yes" });
    },
  );

  it.each(["không", "ko", "sai", "chưa đúng", "không đúng", "chưa", "chưa có"])("%j is no", (text) => {
    expect(parseReply(text, yesNo)).toEqual({ kind: "no" });
  });

  it("understands cancel and skip whatever was asked", () => {
    for (const expected of [yesNo, ratio, count, { kind: "evidence" } as const]) {
      expect(parseReply("hủy", expected)).toEqual({ kind: "cancel" });
      expect(parseReply("thôi", expected)).toEqual({ kind: "cancel" });
      expect(parseReply("/huy", expected)).toEqual({ kind: "cancel" });
      expect(parseReply("bỏ qua", expected)).toEqual({ kind: "skip" });
      expect(parseReply("/boqua", expected)).toEqual({ kind: "skip" });
    }
  });

  it.each(["không có minh chứng", "chưa có minh chứng", "không có kiểm chứng", "chua co kiem chung"])(
    "%j skips the evidence step, in either word officials use",
    (text) => {
      expect(parseReply(text, { kind: "evidence" })).toEqual({ kind: "skip" });
    },
  );

  it("reads fractions and percents for ratios", () => {
    expect(parseReply("6.608/8.315", ratio)).toEqual({ kind: "fraction", numerator: 6608, denominator: 8315 });
    expect(parseReply("6608 trên 8315 người", ratio)).toEqual({ kind: "fraction", numerator: 6608, denominator: 8315 });
    expect(parseReply("79,5%", ratio)).toEqual({ kind: "percent", percent: 79.5 });
    expect(parseReply("đạt 96.6%", ratio)).toEqual({ kind: "percent", percent: 96.6 });
    expect(parseReply("7/8", ratio)).toEqual({ kind: "fraction", numerator: 7, denominator: 8 });
    expect(parseReply("6.608", ratio)).toEqual({ kind: "number", value: 6608 });
  });

  it("reads counts, in digits or words, and a no as zero", () => {
    expect(parseReply("3", count)).toEqual({ kind: "number", value: 3 });
    expect(parseReply("3 cuộc", count)).toEqual({ kind: "number", value: 3 });
    expect(parseReply("hai cuộc", count)).toEqual({ kind: "number", value: 2 });
    expect(parseReply("không có", count)).toEqual({ kind: "number", value: 0 });
  });

  it("reads a choice by its number or its words", () => {
    const choice: ReplyExpectation = {
      kind: "choice",
      options: [
        "Người đứng đầu (Chủ tịch UBND xã hoặc Bí thư Đảng ủy xã)",
        "Cấp phó của người đứng đầu",
        "Chưa có Quyết định thành lập BCĐ CĐS",
      ],
    };
    expect(parseReply("1", choice)).toEqual({ kind: "choice", index: 0 });
    expect(parseReply("số 2", choice)).toEqual({ kind: "choice", index: 1 });
    expect(parseReply("phó chủ tịch", choice)).toEqual({ kind: "choice", index: 1 });
    expect(parseReply("chủ tịch xã", choice)).toEqual({ kind: "choice", index: 0 });
    expect(parseReply("chưa có", choice)).toEqual({ kind: "choice", index: 2 });
    expect(parseReply("5", choice)).toEqual({ kind: "unclear" });
  });

  it("reads evidence: a document number with its date, or a link", () => {
    expect(parseReply("189/BC-UBND ngày 27/11/2023", { kind: "evidence" })).toEqual({
      kind: "evidence",
      reference: "189/BC-UBND",
      date: "27/11/2023",
      url: null,
      fileName: null,
    });
    expect(parseReply("Kế hoạch số 12/KH-UBND", { kind: "evidence" })).toEqual({
      kind: "evidence",
      reference: "12/KH-UBND",
      date: null,
      url: null,
      fileName: null,
    });
    expect(parseReply("https://drive.google.com/file/d/abc", { kind: "evidence" })).toEqual({
      kind: "evidence",
      reference: null,
      date: null,
      url: "https://drive.google.com/file/d/abc",
      fileName: null,
    });
    expect(parseReply("không có", { kind: "evidence" })).toEqual({ kind: "no" });
    expect(parseReply("biên bản họp thôn", { kind: "evidence" })).toEqual({ kind: "text", text: "biên bản họp thôn" });
  });

  it.each([
    ["BC số 45 ngày 20/11/2023", "45/BC", "20/11/2023", null],
    ["Báo cáo số 45/BC-UBND", "45/BC-UBND", null, null],
    ["Kế hoạch 125/KH-UBND ngày 15/3/2024", "125/KH-UBND", "15/3/2024", null],
    ["QĐ 1829", "1829/QĐ", null, null],
    ["qd so 1829 ngay 5/6/2023", "1829/QĐ", "5/6/2023", null],
    ["tờ trình số 7", "7/TTr", null, null],
    ["bao-cao-thang-11.pdf", null, null, "bao-cao-thang-11.pdf"],
    ["Danh sách hộ có cáp quang.xlsx", null, null, "Danh sách hộ có cáp quang.xlsx"],
    ["đính kèm file Bao cao HSSK thang 11.xlsx", null, null, "Bao cao HSSK thang 11.xlsx"],
    ["kem theo tep bc-189.pdf", null, null, "bc-189.pdf"],
  ])("reads evidence as offices write it: %j", (text, reference, date, fileName) => {
    expect(parseReply(text, { kind: "evidence" })).toEqual({ kind: "evidence", reference, date, url: null, fileName });
  });

  it.each(["báo cáo ngày 20/11/2023", "theo báo cáo của xã", "bc 45/100 hộ"])(
    "does not take %j for a document number",
    (text) => {
      expect(parseReply(text, { kind: "evidence" })).toMatchObject({ kind: "text" });
    },
  );

  it("returns unclear instead of throwing", () => {
    expect(parseReply("", yesNo)).toEqual({ kind: "unclear" });
    expect(parseReply("hôm nay trời đẹp", yesNo)).toEqual({ kind: "unclear" });
    expect(parseReply("abc", ratio)).toEqual({ kind: "unclear" });
  });

  it("derives the expectation from a measure", () => {
    expect(expectationFor({ kind: "ratio", numerator: "a", denominator: "b", unit: "hộ" })).toEqual({ kind: "ratio" });
    expect(expectationFor({ kind: "document", document: "Kế hoạch" })).toEqual({ kind: "yes-no" });
    expect(expectationFor({ kind: "count", question: "Số cuộc họp", unit: "cuộc" })).toEqual({ kind: "count" });
  });
});
