import { beforeAll, describe, expect, it } from "vitest";
import type { Catalog, Indicator } from "../../src/core/catalog/catalog-schema.js";
import { evaluateIndicator } from "../../src/core/evaluation/evaluate-indicator.js";
import type { FigureValue } from "../../src/core/evaluation/figure-value.js";
import { loadCatalogOrFail } from "../support/catalogs.js";

const GROUPS: ReadonlyArray<[code: string, name: string, points: number]> = [
  ["I", "Nhận thức số", 90],
  ["II", "Thể chế số", 25],
  ["III", "Hạ tầng số", 90],
  ["IV", "Nhân lực số", 45],
  ["V", "An toàn thông tin mạng", 25],
  ["VI", "Hoạt động chính quyền số", 165],
  ["VII", "Hoạt động kinh tế số", 40],
  ["VIII", "Hoạt động xã hội số", 120],
];

/** Typical damage left by the PDF extraction of the source document. */
const DAMAGE: ReadonlyArray<[label: string, pattern: RegExp]> = [
  ['" n m "', / n m /],
  ['"Qu " (Quý)', /(^|[^\p{L}])Qu\s/u],
  ['"Đi u" (Điều)', /Đi u/],
  ['"v n bản" (văn bản)', /v n bản/i],
  ['" ile " (file)', /(^|\s)ile(\s|$)/],
  ['"hông " (không) at word start', /(^|[^\p{L}])hông\s/u],
  ['"ết" (kết) at word start', /(^|[^\p{L}])ết/u],
  ['"ue-S" (Hue-S) without H', /(^|[^\p{L}])ue-S/u],
  ['"ch  số" (chữ ký số)', /ch\s+số/],
  ['"100 " without %', /(^|[^\d.,])100\s(?!%)/],
  ["double space", / {2}/],
  ["leading/trailing space", /^\s|\s$/],
];

const fold = (s: string): string =>
  s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase().trim();

/** Every string in a value, with its path, for text checks. */
function strings(value: unknown, path: string): Array<[string, string]> {
  if (typeof value === "string") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

/** Points the evaluator gives an item for a reported value, against the catalog's own target. */
function earned(indicator: Indicator, value: FigureValue): number {
  const result = evaluateIndicator({ indicator, target: indicator.target, value });
  if (!result.points) throw new Error(`${indicator.code} earned no points: ${result.status} ${result.problem ?? ""}`);
  return result.points.earned;
}

const choice = (option: string): FigureValue => ({ kind: "choice", option });
const count = (value: number): FigureValue => ({ kind: "count", value });
const percent = (value: number): FigureValue => ({ kind: "percent", percent: value });

/** The figure that should earn an item full marks, derived from its measure and target. */
function fullMarksFigure(indicator: Indicator): FigureValue {
  const { measure, target } = indicator;
  switch (measure.kind) {
    case "ratio":
      return percent(Number(target!.value));
    case "count":
      return count(Number(target!.value));
    case "boolean":
      return { kind: "boolean", value: true };
    case "document":
      return { kind: "document", issued: true };
    case "choice": {
      const best = measure.options.find((o) => o.meets && o.share === 1);
      if (!best) throw new Error(`${indicator.code}: no full-marks option`);
      return choice(best.value);
    }
    case "status":
      throw new Error(`${indicator.code}: status measures are not scored`);
  }
}

describe("hue-2023 catalog (QĐ 2263/QĐ-UBND, Phụ lục 3)", () => {
  let catalog: Catalog;
  const item = (code: string): Indicator => {
    const found = catalog.indicators.find((i) => i.code === code);
    if (!found) throw new Error(`missing ${code}`);
    return found;
  };

  beforeAll(async () => {
    catalog = await loadCatalogOrFail("hue-2023");
  });

  it("loads with its identity", () => {
    expect(catalog.id).toBe("hue-2023");
    expect(catalog.year).toBe(2023);
    expect(catalog.source).toContain("2263/QĐ-UBND");
    expect(catalog.groups.map((g) => [g.code, g.name])).toEqual(GROUPS.map(([code, name]) => [code, name]));
  });

  it("totals 600 points with the stated group subtotals", () => {
    const total = catalog.indicators.reduce((sum, i) => sum + (i.points?.max ?? 0), 0);
    expect(total).toBe(600);
    for (const [code, , points] of GROUPS) {
      const subtotal = catalog.indicators
        .filter((i) => i.group === code)
        .reduce((sum, i) => sum + (i.points?.max ?? 0), 0);
      expect(subtotal, `group ${code}`).toBe(points);
    }
  });

  it("uses codes <group>.<n>.<m> that match the item's group", () => {
    for (const i of catalog.indicators) {
      expect(i.code).toMatch(/^(I|II|III|IV|V|VI|VII|VIII)\.\d+\.\d+$/);
      expect(i.code.split(".")[0], i.code).toBe(i.group);
    }
    expect(new Set(catalog.indicators.map((i) => i.code)).size).toBe(catalog.indicators.length);
  });

  it("gives every item a deadline, guidance, evidence, scoring rule and target", () => {
    for (const i of catalog.indicators) {
      expect(["31/3", "30/6", "30/9", "31/10"], i.code).toContain(i.deadline);
      expect(i.guidance?.trim(), `${i.code} guidance`).toBeTruthy();
      expect(i.evidence?.trim(), `${i.code} evidence`).toBeTruthy();
      expect(i.points?.rule.trim(), `${i.code} rule`).toBeTruthy();
      expect(i.target, `${i.code} target`).not.toBeNull();
    }
  });

  it("has the quarterly committee meetings due 31/3, 30/6, 30/9 and 31/10", () => {
    expect(["I.2.2", "I.2.3", "I.2.4", "I.2.5"].map((c) => item(c).deadline)).toEqual([
      "31/3",
      "30/6",
      "30/9",
      "31/10",
    ]);
    for (const [q, c] of ["I.2.2", "I.2.3", "I.2.4", "I.2.5"].entries()) expect(item(c).name).toContain(`Quý ${q + 1}`);
  });

  it("contains no extraction damage in any text", () => {
    const problems: string[] = [];
    for (const i of catalog.indicators) {
      for (const [path, text] of strings(i, i.code)) {
        for (const [label, pattern] of DAMAGE) if (pattern.test(text)) problems.push(`${path}: ${label} in "${text}"`);
      }
    }
    for (const [path, text] of strings(
      { title: catalog.title, source: catalog.source, groups: catalog.groups },
      "catalog",
    )) {
      for (const [label, pattern] of DAMAGE) if (pattern.test(text)) problems.push(`${path}: ${label} in "${text}"`);
    }
    expect(problems).toEqual([]);
  });

  it("has aliases that are unique across items after folding diacritics and case", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const i of catalog.indicators) {
      expect(i.aliases.length, `${i.code} aliases`).toBeGreaterThan(0);
      for (const alias of new Set(i.aliases.map(fold))) {
        const other = owner.get(alias);
        if (other && other !== i.code) clashes.push(`"${alias}": ${other} / ${i.code}`);
        owner.set(alias, i.code);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("keeps the aliases officials type", () => {
    const byAlias = (alias: string) =>
      catalog.indicators.find((i) => i.aliases.some((a) => fold(a) === fold(alias)))?.code;
    expect(byAlias("họp BCĐ quý 1")).toBe("I.2.2");
    expect(byAlias("bài viết cổng CĐS")).toBe("I.4.1");
    expect(byAlias("Hue-S")).toBe("VIII.1.2");
    expect(byAlias("chữ ký số")).toBe("VIII.3.1");
    expect(byAlias("cáp quang")).toBe("III.3.1");
    expect(byAlias("VNeID")).toBe("VIII.1.1");
  });

  it("gives full marks, and a met verdict, to the figure each target asks for", () => {
    for (const i of catalog.indicators) {
      const result = evaluateIndicator({ indicator: i, target: i.target, value: fullMarksFigure(i) });
      expect(result.status, i.code).toBe("met");
      expect(result.points, i.code).toEqual({ earned: i.points?.max, max: i.points?.max });
    }
  });

  it("scores the committee head rule: head 100%, deputy 50%", () => {
    const i = item("I.1.1");
    expect(i.points?.max).toBe(10);
    expect([earned(i, choice("head")), earned(i, choice("deputy")), earned(i, choice("none"))]).toEqual([10, 5, 0]);
  });

  it("scores district meetings at 0,5 point each, capped at 2", () => {
    const i = item("I.2.1");
    expect(i.target).toEqual({ op: ">=", value: 4 });
    expect([earned(i, count(3)), earned(i, count(4)), earned(i, count(5))]).toEqual([1.5, 2, 2]);
  });

  it("scores quarterly meetings: organised 1 point, chaired by the head 1 more", () => {
    for (const code of ["I.2.2", "I.2.3", "I.2.4", "I.2.5"]) {
      const i = item(code);
      expect([earned(i, choice("head")), earned(i, choice("held")), earned(i, choice("none"))], code).toEqual([
        2, 1, 0,
      ]);
    }
  });

  it("scores directive documents signed by a deputy at half", () => {
    expect(earned(item("I.3.2"), choice("deputy"))).toBe(2);
    expect(earned(item("I.3.1"), choice("head"))).toBe(3);
  });

  it("scores province portal articles: 2 = full, 1 = half, 0 = none", () => {
    const i = item("I.4.1");
    expect([0, 1, 2, 7].map((n) => earned(i, count(n)))).toEqual([0, 5, 10, 10]);
  });

  it("scores the consultation item at 1 point per issue, up to 10", () => {
    const i = item("VIII.9.1");
    expect([earned(i, count(4)), earned(i, count(12))]).toEqual([4, 10]);
  });

  it("scores security incidents: none found is full marks, any found is none", () => {
    const i = item("V.3.1");
    expect([earned(i, count(0)), earned(i, count(1))]).toEqual([5, 0]);
  });

  it("counts reports without complaint for the complaint rate, and says so", () => {
    const complaints = item("VI.2.5");
    expect(complaints.measure).toMatchObject({ kind: "ratio", complement: "bị người dân bức xúc với kết quả xử lý" });
    expect(complaints.measure.kind === "ratio" && complaints.measure.numerator).toContain("không bức xúc");
    expect(earned(complaints, { kind: "ratio", numerator: 45, denominator: 50 })).toBe(9);
  });

  it("encodes percentage items as proportional ratios", () => {
    const fibre = item("III.3.1");
    expect(fibre.measure.kind).toBe("ratio");
    expect(fibre.points?.scoring.kind).toBe("proportional");
    expect(earned(fibre, { kind: "ratio", numerator: 1568, denominator: 1960 })).toBe(8);
    const oneTouch = item("IV.5.1");
    expect(oneTouch.target).toEqual({ op: ">=", value: 50 });
    expect([earned(oneTouch, percent(25)), earned(oneTouch, percent(60))]).toEqual([2.5, 5]);
  });
});
