import { beforeAll, describe, expect, it } from "vitest";
import { resolveCode } from "../../../src/core/parsing/resolve-code.js";
import { resolveIndicator } from "../../../src/core/parsing/resolve-indicator.js";
import { type LoadedCatalog, loadCatalogs } from "./parse-cases.js";

let catalogs: Map<string, LoadedCatalog>;
beforeAll(async () => {
  catalogs = await loadCatalogs();
});
const catalog = (id: string) => {
  const loaded = catalogs.get(id);
  if (!loaded) throw new Error(id);
  return loaded;
};
const found = (id: string, text: string) => {
  const reference = resolveIndicator(text, catalog(id).index);
  return reference.kind === "found" ? reference.code : reference;
};
const candidates = (id: string, text: string) => {
  const reference = resolveIndicator(text, catalog(id).index);
  return reference.kind === "ambiguous" ? reference.candidates.map((candidate) => candidate.code).sort() : reference;
};

describe("resolveCode", () => {
  it("finds codes case-insensitively, with or without a prefix", () => {
    const thanhHoa = catalog("thanh-hoa-2023").catalog;
    const haTrung = catalog("ha-trung-2024").catalog;
    expect(resolveCode("3.2", thanhHoa)).toEqual({ kind: "exact", code: "3.2" });
    expect(resolveCode("chỉ tiêu 3.12", thanhHoa)).toEqual({ kind: "exact", code: "3.12" });
    expect(resolveCode("tc 3.9", thanhHoa)).toEqual({ kind: "exact", code: "3.9" });
    expect(resolveCode("i.3", haTrung)).toEqual({ kind: "exact", code: "I.3" });
    expect(resolveCode("Mục VI.4", haTrung)).toEqual({ kind: "exact", code: "VI.4" });
  });

  it("reads lettered and three-part codes", () => {
    expect(resolveCode("1.3A", catalog("bac-kan-2025").catalog)).toEqual({ kind: "exact", code: "1.3a" });
    expect(resolveCode("VIII.9.2", catalog("hue-2023").catalog)).toEqual({ kind: "exact", code: "VIII.9.2" });
    expect(resolveCode("8.9.2", catalog("hue-2023").catalog)).toEqual({ kind: "exact", code: "VIII.9.2" });
  });

  it("offers every indicator that extends a shorter code", () => {
    expect(resolveCode("1.3", catalog("bac-kan-2025").catalog)).toEqual({
      kind: "ambiguous",
      candidates: ["1.3a", "1.3b"],
    });
    expect(resolveCode("I.5", catalog("hue-2023").catalog)).toEqual({
      kind: "ambiguous",
      candidates: ["I.5.1", "I.5.2"],
    });
    expect(resolveCode("I.1", catalog("hue-2023").catalog)).toEqual({ kind: "exact", code: "I.1.1" });
  });

  it("does not stretch a code to a longer number", () => {
    expect(resolveCode("1.1", catalog("thanh-hoa-2023").catalog)).toEqual({ kind: "exact", code: "1.1" });
    expect(resolveCode("5.1", catalog("thanh-hoa-2023").catalog)).toEqual({ kind: "none" });
    expect(resolveCode("6608", catalog("thanh-hoa-2023").catalog)).toEqual({ kind: "none" });
  });
});

describe("resolveIndicator", () => {
  it("prefers a code and ignores the figures around it", () => {
    expect(found("thanh-hoa-2023", "3.2: 5.120/7.400")).toBe("3.2");
    expect(found("thanh-hoa-2023", "tc 3.9: 4.210 trên 6.050 người")).toBe("3.9");
    expect(found("ha-trung-2024", "chỉ tiêu II.5: 29/29 cán bộ")).toBe("II.5");
  });

  it("finds indicators by their aliases, with or without diacritics", () => {
    expect(found("thanh-hoa-2023", "cáp quang")).toBe("4.1");
    expect(found("thanh-hoa-2023", "ho so suc khoe dien tu")).toBe("3.5");
    expect(found("thanh-hoa-2023", "tài khoản định danh điện tử")).toBe("3.9");
    expect(found("ha-trung-2024", "hộ gia đình kết nối internet băng rộng")).toBe("I.3");
    expect(found("hue-2023", "chữ ký số SIM")).toBe("VIII.3.2");
  });

  it("understands abbreviations and spelling variants", () => {
    expect(found("thanh-hoa-2023", "tk ngân hàng")).toBe("3.2");
    expect(found("thanh-hoa-2023", "HSSK")).toBe("3.5");
    expect(found("thanh-hoa-2023", "dvctt")).toBe("3.11");
    expect(found("thanh-hoa-2023", "chữ kí số")).toBe("3.10");
    expect(found("thanh-hoa-2023", "intenet cáp quang")).toBe("4.1");
  });

  it("accepts a filler word inside an alias", () => {
    expect(found("hue-2023", "chuyên mục CĐS trên trang TTĐT")).toBe("I.5.1");
  });

  it("narrows an extended code with the words next to it", () => {
    expect(found("bac-kan-2025", "1.3 toàn trình")).toBe("1.3a");
  });

  it("offers close candidates instead of guessing", () => {
    expect(candidates("thanh-hoa-2023", "kỹ năng số")).toEqual(["1.10", "3.1"]);
    expect(candidates("hue-2023", "hài lòng")).toEqual(["VI.2.2", "VI.7.1"]);
    expect(candidates("bac-kan-2025", "hồ sơ trực tuyến")).toEqual(["1.2", "1.3a", "1.3b"]);
    expect(candidates("bac-kan-2025", "1.3")).toEqual(["1.3a", "1.3b"]);
  });

  it("reports an unknown code as such", () => {
    expect(resolveIndicator("5.1: 80%", catalog("thanh-hoa-2023").index)).toMatchObject({
      kind: "unknown-code",
      text: "5.1",
    });
  });

  it("finds nothing in everyday words", () => {
    for (const text of [
      "cảm ơn anh",
      "chỉ tiêu nào chưa đạt",
      "tình hình chuyển đổi số",
      "của UBND tỉnh",
      "số điện thoại anh Nam",
      "báo cáo số liệu",
    ]) {
      expect(resolveIndicator(text, catalog("thanh-hoa-2023").index), text).toEqual({ kind: "none" });
    }
  });

  it("accepts a catalog as well as a prebuilt index", () => {
    expect(resolveIndicator("cáp quang", catalog("thanh-hoa-2023").catalog)).toMatchObject({
      kind: "found",
      code: "4.1",
      via: "alias",
    });
  });
});
