import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalogFile } from "../../src/adapters/catalogs/load-catalog-file.js";
import type { Catalog, Indicator } from "../../src/core/catalog/catalog-schema.js";
import { loadCatalogOrFail } from "../support/catalogs.js";

const catalogFile = fileURLToPath(new URL("../../src/catalogs/bac-kan-2025.yaml", import.meta.url));

/** Folds Vietnamese text for matching: NFD, strip combining marks, đ→d, lowercase. */
const fold = (text: string): string =>
  text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase().trim();

const EXPECTED_CODES = [
  "1.1",
  "1.2",
  "1.3a",
  "1.3b",
  "1.4",
  "1.5",
  "1.6",
  "1.7",
  "1.8",
  "1.9",
  "2.1",
  "2.2",
  "3.1",
  "3.2",
  "3.3",
  "3.4",
  "4.1",
  "4.2",
];

let catalog: Catalog;
const byCode = (code: string): Indicator => {
  const found = catalog.indicators.find((i) => i.code === code);
  if (!found) throw new Error(`không có chỉ tiêu ${code}`);
  return found;
};
const byAlias = (text: string): string[] =>
  catalog.indicators.filter((i) => i.aliases.some((a) => fold(a) === fold(text))).map((i) => i.code);

beforeAll(async () => {
  catalog = await loadCatalogOrFail("bac-kan-2025");
});

describe("bac-kan-2025 catalog (Đồng Lạc)", () => {
  it("loads and validates", async () => {
    const result = await loadCatalogFile(catalogFile);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(catalog.id).toBe("bac-kan-2025");
    expect(catalog.year).toBe(2025);
  });

  it("has the 4 pillars of appendix 01", () => {
    expect(catalog.groups.map((g) => [g.code, g.name])).toEqual([
      ["1", "Chính quyền số"],
      ["2", "Kinh tế số"],
      ["3", "Xã hội số"],
      ["4", "Đảm bảo An toàn thông tin mạng"],
    ]);
    const counts = catalog.groups.map((g) => catalog.indicators.filter((i) => i.group === g.code).length);
    expect(counts).toEqual([10, 2, 4, 2]);
  });

  it("has the exact codes in order, including 1.3a and 1.3b", () => {
    expect(catalog.indicators.map((i) => i.code)).toEqual(EXPECTED_CODES);
    for (const indicator of catalog.indicators) {
      expect(indicator.code.split(".")[0]).toBe(indicator.group);
    }
  });

  it("splits 1.3 into toàn trình 100% and một phần 80%", () => {
    expect(byCode("1.3a").name).toBe(
      "Tỷ lệ hồ sơ phát sinh trực tuyến toàn trình trên tổng số hồ sơ phát sinh của các DVCTT",
    );
    expect(byCode("1.3a").target).toEqual({ op: ">=", value: 100 });
    expect(byCode("1.3b").name).toBe(
      "Tỷ lệ hồ sơ phát sinh trực tuyến một phần trên tổng số hồ sơ phát sinh của các DVCTT",
    );
    expect(byCode("1.3b").target).toEqual({ op: ">=", value: 80 });
  });

  it("words names and targets as appendix 01 does", () => {
    expect(byCode("1.1").name).toBe("Tỷ lệ cung cấp DVCTT được cung cấp thành DVCTT toàn trình");
    expect(byCode("1.1").target).toEqual({ op: ">=", value: 80 });
    expect(byCode("1.2").target).toEqual({ op: ">=", value: 90 });
    expect(byCode("1.4").target).toEqual({ op: ">=", value: 30 });
    expect(byCode("1.5").name).toBe("Tỷ lệ số hoá hồ sơ, kết quả giải quyết TTHC");
    expect(byCode("1.8").target).toEqual({ op: ">=", value: 80 });
    expect(byCode("1.9").name).toBe(
      "Tỷ lệ cuộc họp của cấp ủy, chính quyền, đoàn thể (trừ các cuộc họp mật) được tổ chức trực tuyến",
    );
    expect(byCode("2.1").name).toBe("Tỷ trọng kinh tế số trên GRDP");
    expect(byCode("2.1").target).toEqual({ op: ">=", value: 11 });
    expect(byCode("2.2").target).toEqual({ op: ">=", value: 5 });
    expect(byCode("3.1").name).toBe("Tỷ lệ phủ của hạ tầng mạng băng rộng cáp quang tại các hộ gia đình");
    expect(byCode("3.1").target).toEqual({ op: ">=", value: 76 });
    expect(byCode("3.1").formula).toBe(
      "Số hộ gia đình sử dụng mạng băng rộng cáp quang/Tổng số hộ gia đình trên địa bàn",
    );
    expect(byCode("3.2").target).toEqual({ op: ">=", value: 85 });
    expect(byCode("3.3").name).toBe("Tỷ lệ người dân có tài khoản định danh điện tử");
    expect(byCode("3.3").target).toEqual({ op: ">=", value: 60 });
    expect(byCode("3.4").target).toEqual({ op: ">=", value: 98 });
    expect(byCode("4.1").target).toEqual({ op: ">=", value: 100 });
    expect(byCode("4.2").name).toBe(
      "Tỷ lệ hệ thống thông tin của cơ quan hoàn thành phê duyệt cấp độ an toàn hệ thống thông tin",
    );
  });

  it("gives every indicator a ratio with numerator, denominator and unit", () => {
    for (const indicator of catalog.indicators) {
      expect(indicator.measure.kind, indicator.code).toBe("ratio");
      if (indicator.measure.kind !== "ratio") continue;
      expect(indicator.measure.numerator.trim(), indicator.code).not.toBe("");
      expect(indicator.measure.denominator.trim(), indicator.code).not.toBe("");
      expect(indicator.measure.unit.trim(), indicator.code).not.toBe("");
      expect(indicator.target?.op, indicator.code).toBe(">=");
    }
    expect(byCode("3.1").measure).toMatchObject({ unit: "hộ", denominator: "Tổng số hộ gia đình trên địa bàn" });
  });

  it("notes who is responsible under section V", () => {
    for (const indicator of catalog.indicators) {
      expect(indicator.notes, indicator.code).toContain("Văn phòng - Thống kê");
    }
    expect(byCode("1.3a").notes).toContain("Tổ Công nghệ số cộng đồng");
    expect(byCode("2.2").notes).toContain("Văn hóa – Xã hội");
  });

  it("has no PDF extraction damage in names", () => {
    for (const indicator of catalog.indicators) {
      expect(indicator.name, indicator.code).toBe(indicator.name.normalize("NFC"));
      expect(indicator.name, indicator.code).not.toMatch(/\s{2,}|\n|ƣ/);
    }
  });

  it("keeps aliases unique across indicators after folding", () => {
    const owner = new Map<string, string>();
    for (const indicator of catalog.indicators) {
      const own = new Set<string>();
      for (const alias of indicator.aliases) {
        const key = fold(alias);
        expect(own.has(key), `${indicator.code}: "${alias}" lặp trong cùng chỉ tiêu`).toBe(false);
        own.add(key);
        const other = owner.get(key);
        expect(
          other === undefined || other === indicator.code,
          `"${alias}" trùng giữa ${other} và ${indicator.code}`,
        ).toBe(true);
        owner.set(key, indicator.code);
      }
    }
  });

  it("resolves the aliases officials type", () => {
    expect(byAlias("cáp quang")).toEqual(["3.1"]);
    expect(byAlias("internet băng rộng")).toEqual(["3.1"]);
    expect(byAlias("điện thoại thông minh")).toEqual(["3.2"]);
    expect(byAlias("VNeID")).toEqual(["3.3"]);
    expect(byAlias("dinh danh dien tu")).toEqual(["3.3"]);
    expect(byAlias("hồ sơ sức khỏe điện tử")).toEqual(["3.4"]);
    expect(byAlias("sổ sức khỏe điện tử")).toEqual(["3.4"]);
    expect(byAlias("một cửa điện tử")).toEqual(["1.5"]);
    expect(byAlias("chữ ký số")).toEqual(["1.6"]);
    expect(byAlias("TMĐT")).toEqual(["2.2"]);
    expect(byAlias("hồ sơ toàn trình")).toEqual(["1.3a"]);
    expect(byAlias("hồ sơ một phần")).toEqual(["1.3b"]);
  });
});
