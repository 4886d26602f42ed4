import { beforeAll, describe, expect, it } from "vitest";
import type { Catalog, CommunePlanFile, Indicator } from "../../src/core/catalog/catalog-schema.js";
import { loadCatalogOrFail, loadCommunePlanOrFail } from "../support/catalogs.js";

const EXPECTED_CODES = [
  ...Array.from({ length: 11 }, (_, i) => `1.${i + 1}`),
  ...Array.from({ length: 6 }, (_, i) => `2.${i + 1}`),
  ...Array.from({ length: 12 }, (_, i) => `3.${i + 1}`),
  ...Array.from({ length: 8 }, (_, i) => `4.${i + 1}`),
];

/** Same folding the matcher uses: NFD, strip combining marks, đ→d, lowercase. */
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .trim();
}

let catalog: Catalog;
let plan: CommunePlanFile;

function indicator(code: string): Indicator {
  const found = catalog.indicators.find((i) => i.code === code);
  if (!found) throw new Error(`không có chỉ tiêu ${code}`);
  return found;
}

function indicatorForAlias(alias: string): string[] {
  const key = fold(alias);
  return catalog.indicators.filter((i) => i.aliases.some((a) => fold(a) === key)).map((i) => i.code);
}

beforeAll(async () => {
  catalog = await loadCatalogOrFail("thanh-hoa-2023");
  plan = await loadCommunePlanOrFail("thuy-son-2023");
});

describe("bộ tiêu chí thanh-hoa-2023", () => {
  it("loads and validates", () => {
    expect(catalog.id).toBe("thanh-hoa-2023");
    expect(catalog.year).toBe(2023);
    expect(catalog.source).toContain("1829/QĐ-UBND");
    expect(catalog.source).toContain("30/5/2023");
  });

  it("has 37 indicators with the exact codes in order", () => {
    expect(catalog.indicators).toHaveLength(37);
    expect(catalog.indicators.map((i) => i.code)).toEqual(EXPECTED_CODES);
  });

  it("has 4 groups with 11/6/12/8 indicators", () => {
    expect(catalog.groups).toEqual([
      { code: "1", name: "Chính quyền số" },
      { code: "2", name: "Kinh tế số" },
      { code: "3", name: "Xã hội số" },
      { code: "4", name: "Hạ tầng số" },
    ]);
    const counts = catalog.groups.map((g) => catalog.indicators.filter((i) => i.group === g.code).length);
    expect(counts).toEqual([11, 6, 12, 8]);
    for (const i of catalog.indicators) expect(i.code.startsWith(`${i.group}.`)).toBe(true);
  });

  it("carries the province targets", () => {
    const expected: Record<string, number> = {
      "2.4": 60,
      "2.5": 50,
      "2.6": 55,
      "3.2": 75,
      "3.3": 55,
      "3.4": 65,
      "3.5": 95,
      "3.6": 10,
      "3.7": 100,
      "3.9": 50,
      "3.10": 30,
      "3.11": 20,
      "3.12": 60,
    };
    for (const [code, value] of Object.entries(expected)) {
      const i = indicator(code);
      expect(i.measure.kind, code).toBe("ratio");
      expect(i.target, code).toEqual({ op: ">=", value });
    }
  });

  it("does not assess 1.11 and 4.8 in 2023", () => {
    for (const code of ["1.11", "4.8"]) {
      expect(indicator(code).target, code).toBeNull();
      expect(indicator(code).notes, code).toMatch(/2023/);
    }
    const assessed = catalog.indicators.filter((i) => i.target !== null).map((i) => i.code);
    expect(assessed).toHaveLength(35);
  });

  it("gives yes/no and document indicators a true target, ratios a percent target", () => {
    for (const i of catalog.indicators) {
      if (i.target === null) continue;
      if (i.measure.kind === "boolean" || i.measure.kind === "document") {
        expect(i.target, i.code).toEqual({ op: "=", value: true });
      } else if (i.measure.kind === "ratio" && i.code !== "1.6") {
        expect(i.target.op, i.code).toBe(">=");
        expect(typeof i.target.value, i.code).toBe("number");
        expect(i.target.value as number, i.code).toBeGreaterThan(0);
        expect(i.target.value as number, i.code).toBeLessThanOrEqual(100);
      }
    }
    // The province states no rate for 1.6 and counts 433/448 hồ sơ as met: any online processing.
    expect(indicator("1.6").target).toEqual({ op: ">", value: 0 });
    expect(indicator("1.1").measure.kind).toBe("document");
  });

  it("words the criteria as the source documents do", () => {
    expect(indicator("1.1").name).toBe(
      "Xây dựng và tổ chức triển khai thực hiện các chỉ tiêu về chuyển đổi số theo giai đoạn và hàng năm",
    );
    expect(indicator("1.4").name).toBe("Cán bộ, công chức xã có hộp thư điện tử công vụ của các cơ quan Nhà nước cấp");
    expect(indicator("1.6").name).toBe("Tỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến");
    expect(indicator("1.11").name).toBe(
      "Triển khai các nền tảng công nghệ, ứng dụng phòng, chống dịch theo các hướng dẫn của Bộ Y tế và Bộ Thông tin và Truyền thông",
    );
    expect(indicator("2.4").name).toBe(
      "Tỷ lệ doanh nghiệp, hộ kinh doanh và người dân sử dụng các kênh thanh toán không dùng tiền mặt để giao dịch trực tuyến",
    );
    expect(indicator("3.2").name).toBe(
      "Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép khác",
    );
    expect(indicator("3.3").name).toBe(
      "Tỷ lệ thuê bao điện thoại di động thông minh có sử dụng phần mềm an toàn thông tin mạng cơ bản",
    );
    expect(indicator("3.4").name).toBe("Tỷ lệ dân số trưởng thành có điện thoại thông minh");
    expect(indicator("3.9").name).toBe("Số lượng người dân có tài khoản định danh điện tử");
    expect(indicator("4.3").name).toBe("100% CBCC có máy tính phục vụ công việc");
    expect(indicator("4.8").name).toBe(
      "Điểm cung cấp dịch vụ bưu chính, viễn thông tại xã (nếu có) trở thành điểm tư vấn, hỗ trợ, triển khai các dịch vụ chuyển đổi số",
    );
  });

  it("notes that 000's 3.3 is a different criterion", () => {
    expect(indicator("3.3").notes).toMatch(/an toàn thông tin trên môi trường mạng/);
  });

  it("gives ratio measures numerator, denominator and unit", () => {
    const bank = indicator("3.2").measure;
    expect(bank.kind).toBe("ratio");
    if (bank.kind === "ratio") {
      expect(bank.numerator).toMatch(/15 tuổi trở lên có tài khoản/);
      expect(bank.denominator).toBe("Tổng số người từ 15 tuổi trở lên");
      expect(bank.unit).toBe("người");
    }
    expect(indicator("2.4").measure).toMatchObject({
      kind: "ratio",
      numerator: expect.stringMatching(/hộ kinh doanh/),
    });
    expect(indicator("3.12").measure).toMatchObject({ kind: "ratio", unit: "hộ" });
  });

  it("resolves the aliases officials type", () => {
    const cases: Record<string, string> = {
      "tài khoản định danh điện tử": "3.9",
      "định danh điện tử": "3.9",
      vneid: "3.9",
      "hồ sơ sức khỏe điện tử": "3.5",
      hssk: "3.5",
      "điện thoại thông minh": "3.4",
      smartphone: "3.4",
      "tài khoản ngân hàng": "3.2",
      "thanh toán không dùng tiền mặt": "2.4",
      "chữ ký số": "3.10",
      "cáp quang": "4.1",
      camera: "4.6",
      wifi: "4.5",
      "dịch vụ công trực tuyến": "3.11",
      dvctt: "3.11",
      dvc: "3.11",
      "một cửa điện tử": "1.5",
      "thư điện tử công vụ": "1.4",
      ocop: "2.2",
      "sàn thương mại điện tử": "2.3",
      tmđt: "2.3",
    };
    for (const [alias, code] of Object.entries(cases)) {
      expect(indicatorForAlias(alias), alias).toEqual([code]);
    }
  });

  it("keeps aliases unique across indicators after folding diacritics and case", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const i of catalog.indicators) {
      const own = new Set<string>();
      for (const alias of i.aliases) {
        const key = fold(alias);
        if (own.has(key)) clashes.push(`${i.code}: "${alias}" lặp trong cùng chỉ tiêu`);
        own.add(key);
        const prev = owner.get(key);
        if (prev !== undefined && prev !== i.code) clashes.push(`"${alias}": ${prev} và ${i.code}`);
        owner.set(key, i.code);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe("kế hoạch thuy-son-2023", () => {
  it("loads and validates", () => {
    expect(plan.catalog).toBe("thanh-hoa-2023");
    expect(plan.commune).toBe("Thúy Sơn");
    expect(plan.district).toBe("Ngọc Lặc");
    expect(plan.province).toBe("Thanh Hóa");
    expect(plan.year).toBe(2023);
  });

  it("has a target for every criterion of the appendix, all of them in the catalog", () => {
    const codes = new Set(catalog.indicators.map((i) => i.code));
    for (const code of Object.keys(plan.targets)) expect(codes.has(code), code).toBe(true);
    expect(Object.keys(plan.targets).sort()).toEqual([...EXPECTED_CODES].sort());
  });

  it("carries Thúy Sơn's own targets", () => {
    expect(plan.targets["2.5"]).toEqual({ op: ">=", value: 60 });
    expect(plan.targets["3.2"]).toEqual({ op: ">=", value: 65 });
    expect(plan.targets["3.4"]).toEqual({ op: ">=", value: 70 });
    expect(plan.targets["3.9"]).toEqual({ op: ">=", value: 100 });
    expect(plan.targets["1.7"]).toEqual({ op: "=", value: true });
    expect(plan.targets["3.3"]).toBeNull();
  });

  it("matches each plan target's type to the catalog measure", () => {
    for (const [code, target] of Object.entries(plan.targets)) {
      if (target === null) continue;
      const kind = indicator(code).measure.kind;
      if (kind === "ratio") expect(typeof target.value, code).toBe("number");
      else expect(target, code).toEqual({ op: "=", value: true });
    }
  });
});
