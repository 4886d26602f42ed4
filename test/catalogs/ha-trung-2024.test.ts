import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { loadCatalogFile } from "../../src/adapters/catalogs/load-catalog-file.js";
import type { Catalog, Indicator } from "../../src/core/catalog/catalog-schema.js";
import { loadCatalogOrFail } from "../support/catalogs.js";

const catalogFile = fileURLToPath(new URL("../../src/catalogs/ha-trung-2024.yaml", import.meta.url));
const fixtureFile = fileURLToPath(new URL("../fixtures/ha-tien-2024.yaml", import.meta.url));

/** Folds Vietnamese text for matching: NFD, strip combining marks, đ→d, lowercase. */
const fold = (text: string): string =>
  text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase().trim();

const EXPECTED_CODES = [
  "I.1",
  "I.2",
  "I.3",
  "I.4",
  "II.1",
  "II.2",
  "II.3",
  "II.4",
  "II.5",
  "III.1",
  "III.2",
  "III.3",
  "III.4",
  "IV.1",
  "IV.2",
  "IV.3",
  "IV.4",
  "IV.5",
  "V.1",
  "V.2",
  "V.3",
  "V.4",
  "V.5",
  "V.6",
  "V.7",
  "V.8",
  "V.9",
  "V.10",
  "VI.1",
  "VI.2",
  "VI.3",
  "VI.4",
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
  catalog = await loadCatalogOrFail("ha-trung-2024");
});

describe("ha-trung-2024 catalog", () => {
  it("loads and validates", async () => {
    const result = await loadCatalogFile(catalogFile);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(catalog.id).toBe("ha-trung-2024");
    expect(catalog.year).toBe(2024);
  });

  it("has 32 indicators in 6 groups of 4/5/4/5/10/4", () => {
    expect(catalog.indicators).toHaveLength(32);
    expect(catalog.groups.map((g) => [g.code, g.name])).toEqual([
      ["I", "Phát triển hạ tầng số"],
      ["II", "Ứng dụng CNTT trong các CQNN"],
      ["III", "Ứng dụng phục vụ người dân và doanh nghiệp"],
      ["IV", "Phát triển Kinh tế số"],
      ["V", "Thúc đẩy xây dựng Xã hội số"],
      ["VI", "Bảo đảm an toàn thông tin"],
    ]);
    const counts = catalog.groups.map((g) => catalog.indicators.filter((i) => i.group === g.code).length);
    expect(counts).toEqual([4, 5, 4, 5, 10, 4]);
  });

  it("has the exact codes in order, each in its own group", () => {
    expect(catalog.indicators.map((i) => i.code)).toEqual(EXPECTED_CODES);
    for (const indicator of catalog.indicators) {
      expect(indicator.code.split(".")[0]).toBe(indicator.group);
    }
  });

  it("words names and targets as appendix 2 does", () => {
    expect(byCode("I.3").name).toBe("Tỷ lệ hộ gia đình kết nối Internet băng rộng");
    expect(byCode("I.3").target).toEqual({ op: ">=", value: 85 });
    expect(byCode("I.1").target).toEqual({ op: ">=", value: 25 });
    expect(byCode("II.2").target).toEqual({ op: ">=", value: 30 });
    expect(byCode("II.5").name).toBe(
      "Tỷ lệ cán bộ, công chức, viên chức được tham gia các khóa học về chuyển đổi số trên nền tảng đào tạo trực tuyến đại trà",
    );
    expect(byCode("III.2").name).toBe(
      "Tỷ lệ người dân và doanh nghiệp khi sử dụng dịch vụ công trực tuyến được định danh và xác thực điện tử thông suốt, hợp nhất",
    );
    expect(byCode("III.3").target).toEqual({ op: ">=", value: 95 });
    expect(byCode("IV.5").target).toEqual({ op: ">=", value: 2 });
    expect(byCode("V.1").name).toBe("Tỷ lệ dân số trưởng thành có điện thoại thông minh");
    expect(byCode("V.1").target).toEqual({ op: ">=", value: 70 });
    expect(byCode("V.5").target).toEqual({ op: ">=", value: 90 });
    expect(byCode("V.8").name).toBe("Tỷ lệ người dân có hồ sơ sức khỏe điện tử");
    expect(byCode("V.8").target).toEqual({ op: ">=", value: 90 });
    expect(byCode("V.9").target).toEqual({ op: ">=", value: 70 });
    expect(byCode("VI.1").name).toBe(
      "Tỷ lệ các cơ quan, đơn vị được phê duyệt hồ sơ cấp độ an toàn hệ thống thông tin phải triển khai đầy đủ các phương án bảo đảm an toàn thông tin theo cấp độ",
    );
    expect(byCode("VI.2").name).toBe(
      "Tỷ lệ các cơ quan nhà nước gán nhãn tín nhiệm mạng trên cổng/trang thông tin điện tử",
    );
  });

  it("uses yes/no and count measures, and no target where none is set", () => {
    expect(byCode("I.2").measure.kind).toBe("boolean");
    expect(byCode("I.2").target).toEqual({ op: "=", value: true });
    expect(byCode("I.4").measure.kind).toBe("count");
    expect(byCode("I.4").target).toBeNull();
    expect(byCode("II.3").measure).toMatchObject({ kind: "count", unit: "xã" });
    expect(byCode("II.3").target).toEqual({ op: ">=", value: 300 });
    expect(byCode("VI.3").measure.kind).toBe("ratio");
    expect(byCode("VI.3").target).toBeNull();
    expect(byCode("VI.4").measure).toMatchObject({ kind: "count", unit: "lần" });
    expect(byCode("VI.4").target).toEqual({ op: ">=", value: 1 });
  });

  it("gives every ratio a numerator, denominator, unit and percent target", () => {
    const ratios = catalog.indicators.filter((i) => i.measure.kind === "ratio");
    expect(ratios).toHaveLength(28);
    for (const indicator of ratios) {
      if (indicator.measure.kind !== "ratio") continue;
      expect(indicator.measure.numerator.trim(), indicator.code).not.toBe("");
      expect(indicator.measure.denominator.trim(), indicator.code).not.toBe("");
      expect(indicator.measure.unit.trim(), indicator.code).not.toBe("");
      if (indicator.target) {
        expect(typeof indicator.target.value, indicator.code).toBe("number");
        expect(indicator.target.value as number, indicator.code).toBeGreaterThan(0);
        expect(indicator.target.value as number, indicator.code).toBeLessThanOrEqual(100);
      }
    }
    expect(byCode("I.3").measure).toMatchObject({
      kind: "ratio",
      numerator: "Số hộ gia đình kết nối Internet băng rộng",
      denominator: "Tổng số hộ gia đình",
      unit: "hộ",
    });
    expect(byCode("II.5").measure).toMatchObject({ kind: "ratio", unit: "cán bộ" });
    expect(byCode("V.8").measure).toMatchObject({ kind: "ratio", unit: "người" });
  });

  it("keeps the formulas as the appendix states them", () => {
    expect(byCode("I.1").formula).toBe(
      "Tỷ lệ = (Số HTTT dùng chung được đưa lên Nền tảng điện toán đám mây / Tổng số HTTT dùng chung) × 100%",
    );
    expect(byCode("V.2").formula).toContain("/ Tổng số dân số trên địa bàn huyện");
    expect(byCode("III.2").formula).toContain("Tổng số doanh nghiệp, tổ chức trên địa bàn xã");
    expect(byCode("VI.1").formula).toContain("Công thức 2 (đối với cấp xã)");
  });

  it("has no PDF extraction damage in names", () => {
    for (const indicator of catalog.indicators) {
      expect(indicator.name, indicator.code).toBe(indicator.name.normalize("NFC"));
      expect(indicator.name, indicator.code).not.toMatch(/\s{2,}|\n|ƣ|duyet|(?<!\.)\.$/);
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
    expect(byAlias("hộ gia đình kết nối internet băng rộng")).toEqual(["I.3"]);
    expect(byAlias("ho gia dinh ket noi internet bang rong")).toEqual(["I.3"]);
    expect(byAlias("cáp quang")).toEqual(["I.3"]);
    expect(byAlias("VNeID")).toEqual(["III.2"]);
    expect(byAlias("vneid")).toEqual(["III.2"]);
    expect(byAlias("định danh điện tử")).toEqual(["III.2"]);
    expect(byAlias("DVCTT")).toEqual(["III.1"]);
    expect(byAlias("dvc")).toEqual(["III.1"]);
    expect(byAlias("chữ ký số")).toEqual(["V.2"]);
    expect(byAlias("điện thoại thông minh")).toEqual(["V.1"]);
    expect(byAlias("thanh toán không dùng tiền mặt")).toEqual(["V.3"]);
    expect(byAlias("ho so suc khoe dien tu")).toEqual(["V.8"]);
    expect(byAlias("sổ sức khỏe điện tử")).toEqual(["V.8"]);
    expect(byAlias("TMĐT")).toEqual(["IV.1"]);
    expect(byAlias("tmdt")).toEqual(["IV.1"]);
  });
});

describe("Hà Tiến results at 30/5/2024 (test/fixtures/ha-tien-2024.yaml)", () => {
  type Row = {
    code: string;
    target: string;
    reported: string;
    percent?: number;
    count?: number;
    numerator?: number;
    denominator?: number;
  };
  let rows: Row[];
  beforeAll(async () => {
    const data = parseYaml(await readFile(fixtureFile, "utf8")) as { catalog: string; results: Row[] };
    expect(data.catalog).toBe("ha-trung-2024");
    rows = data.results;
  });

  it("covers the 32 catalog codes in order", () => {
    expect(rows.map((r) => r.code)).toEqual(EXPECTED_CODES);
  });

  it("prints the same targets as the catalog", () => {
    for (const row of rows) {
      const target = byCode(row.code).target;
      const percent = /^(\d+)%\.?$/.exec(row.target);
      if (percent) expect(target, row.code).toEqual({ op: ">=", value: Number(percent[1]) });
    }
    expect(rows.filter((r) => r.target === "").map((r) => r.code)).toEqual(["I.2", "I.4"]);
    expect(rows.find((r) => r.code === "II.3")?.target).toBe("300 xã");
    expect(rows.find((r) => r.code === "VI.3")?.target).toBe("Số liệu cụ thể");
    expect(rows.find((r) => r.code === "VI.4")?.target).toBe("tối thiểu 01 lần/năm");
  });

  it("has integer numerators and denominators matching the printed percent", () => {
    const withFigures = rows.filter((r) => r.numerator !== undefined || r.denominator !== undefined);
    expect(withFigures.map((r) => r.code)).toEqual(["I.3", "II.1", "II.5", "III.1", "V.8"]);
    for (const row of withFigures) {
      expect(Number.isInteger(row.numerator) && Number.isInteger(row.denominator), row.code).toBe(true);
      expect(Math.round(((row.numerator as number) / (row.denominator as number)) * 100), row.code).toBe(row.percent);
    }
  });

  it("keeps blank and 0 results as reported", () => {
    expect(rows.filter((r) => r.reported === "").map((r) => r.code)).toEqual(["I.1", "III.2", "V.9"]);
    expect(rows.filter((r) => r.reported === "0").map((r) => r.code)).toEqual([
      "I.4",
      "II.2",
      "II.3",
      "IV.3",
      "VI.3",
      "VI.4",
    ]);
    for (const row of rows) {
      const kind = byCode(row.code).measure.kind;
      if (row.percent !== undefined) expect(kind, row.code).toBe("ratio");
      if (row.count !== undefined) expect(kind, row.code).toBe("count");
    }
  });
});
