import { describe, expect, it } from "vitest";
import type { CatalogInput } from "../../../src/core/catalog/catalog-schema.js";
import { evaluateIndicator, type IndicatorEvaluation } from "../../../src/core/evaluation/evaluate-indicator.js";
import type { FigureValue } from "../../../src/core/evaluation/figure-value.js";
import { resolveTarget } from "../../../src/core/evaluation/resolve-target.js";
import { summarizeCatalog, type Tally } from "../../../src/core/evaluation/summarize-catalog.js";
import { formatPointsLine, formatResultLine } from "../../../src/core/evaluation/summary-lines.js";
import { catalogOf } from "./fixtures.js";

type IndicatorInput = CatalogInput["indicators"][number];

const GROUPS = [
  { code: "1", name: "Chính quyền số" },
  { code: "2", name: "Kinh tế số" },
];

function ratioIndicator(code: string, group: string, target: IndicatorInput["target"]): IndicatorInput {
  return {
    code,
    group,
    name: `Chỉ tiêu ${code}`,
    measure: { kind: "ratio", numerator: "số đạt", denominator: "tổng số", unit: "người" },
    target,
  };
}

function evaluateAll(
  catalog: ReturnType<typeof catalogOf>,
  values: Record<string, FigureValue>,
): Record<string, IndicatorEvaluation> {
  return Object.fromEntries(
    catalog.indicators.map((indicator) => [
      indicator.code,
      evaluateIndicator({ indicator, target: resolveTarget(indicator), value: values[indicator.code] }),
    ]),
  );
}

describe("summarizeCatalog", () => {
  it("counts met over assessed, leaving not-assessed indicators out: 9/11 Đạt", () => {
    const indicators = Array.from({ length: 12 }, (_, i) =>
      ratioIndicator(`1.${i + 1}`, "1", i === 11 ? null : { op: ">=", value: 50 }),
    );
    const catalog = catalogOf([...indicators, ratioIndicator("2.1", "2", null)], GROUPS);
    const values: Record<string, FigureValue> = {};
    for (let i = 1; i <= 12; i++) values[`1.${i}`] = { kind: "ratio", numerator: i <= 9 ? 60 : 40, denominator: 100 };
    // 1.10 and 1.11 are unmet; 1.12 is not assessed though reported.
    const summary = summarizeCatalog(catalog, evaluateAll(catalog, values));

    const [government, economy] = summary.groups;
    expect(government).toEqual({
      code: "1",
      name: "Chính quyền số",
      total: 12,
      assessed: 11,
      met: 9,
      unmet: 2,
      noData: 0,
      notAssessed: 1,
      pointsEarned: 0,
      pointsMax: 0,
    });
    expect(formatResultLine(government!.name, government!)).toBe("Chính quyền số: 9/11 Đạt");
    expect(economy).toMatchObject({ total: 1, assessed: 0, notAssessed: 1 });
    expect(formatResultLine(economy!.name, economy!)).toBe("Kinh tế số: Không đánh giá");
    expect(summary.overall).toMatchObject({ total: 13, assessed: 11, met: 9, unmet: 2, noData: 0, notAssessed: 2 });
    expect(formatPointsLine(summary.overall)).toBeNull();
  });

  it("keeps unreported indicators in the count, and evaluates missing entries from the catalog", () => {
    const catalog = catalogOf(
      [
        ratioIndicator("1.1", "1", { op: ">=", value: 50 }),
        ratioIndicator("1.2", "1", { op: ">=", value: 50 }),
        ratioIndicator("2.1", "2", null),
      ],
      GROUPS,
    );
    const evaluations = {
      "1.1": evaluateIndicator({
        indicator: catalog.indicators[0]!,
        target: { op: ">=", value: 50 },
        value: { kind: "percent", percent: 70 },
      }),
    };
    const summary = summarizeCatalog(catalog, evaluations);
    expect(summary.groups[0]).toMatchObject({ total: 2, assessed: 2, met: 1, noData: 1 });
    expect(summary.groups[1]).toMatchObject({ total: 1, assessed: 0, notAssessed: 1 });
    expect(formatResultLine("Tổng cộng", summary.overall)).toBe("Tổng cộng: 1/2 Đạt");
  });

  it("adds points exactly and leaves not-assessed items out of the maximum", () => {
    const scored = (
      code: string,
      group: string,
      max: number,
      target: IndicatorInput["target"] = { op: ">=", value: 100 },
    ): IndicatorInput => ({
      ...ratioIndicator(code, group, target),
      points: { max, scoring: { kind: "proportional", ofTarget: false }, rule: "Điểm theo tỷ lệ" },
    });
    const catalog = catalogOf(
      [
        scored("1.1", "1", 1),
        scored("1.2", "1", 1),
        scored("1.3", "1", 598),
        scored("2.1", "2", 20),
        scored("2.2", "2", 30, null),
      ],
      GROUPS,
    );
    const summary = summarizeCatalog(
      catalog,
      evaluateAll(catalog, {
        "1.1": { kind: "ratio", numerator: 1, denominator: 10 }, // 0,1
        "1.2": { kind: "ratio", numerator: 2, denominator: 10 }, // 0,2
        "1.3": { kind: "ratio", numerator: 6884, denominator: 10000 }, // 411,6632 → 411,66
        // 2.1 unreported: 0 of 20; 2.2 not assessed: outside the maximum.
        "2.2": { kind: "percent", percent: 100 },
      }),
    );
    expect(summary.groups[0]).toMatchObject({ pointsEarned: 411.96, pointsMax: 600 });
    expect(summary.groups[1]).toMatchObject({ pointsEarned: 0, pointsMax: 20, noData: 1, notAssessed: 1 });
    expect(summary.overall).toMatchObject({ pointsEarned: 411.96, pointsMax: 620 });
    expect(formatPointsLine(summary.groups[0]!)).toBe("Ước tính 411,96/600 điểm");
  });
});

describe("summary lines", () => {
  const tally = (overrides: Partial<Tally>): Tally => ({
    total: 0,
    assessed: 0,
    met: 0,
    unmet: 0,
    noData: 0,
    notAssessed: 0,
    pointsEarned: 0,
    pointsMax: 0,
    ...overrides,
  });

  it.each([
    [tally({ pointsEarned: 412, pointsMax: 600 }), "Ước tính 412/600 điểm"],
    [tally({ pointsEarned: 412.5, pointsMax: 600 }), "Ước tính 412,5/600 điểm"],
    [tally({ pointsEarned: 1234.75, pointsMax: 2000 }), "Ước tính 1.234,75/2.000 điểm"],
    [tally({ pointsEarned: 0, pointsMax: 600 }), "Ước tính 0/600 điểm"],
    [tally({}), null],
  ])("points line %#", (input, expected) => {
    expect(formatPointsLine(input)).toBe(expected);
  });

  it("writes met over assessed", () => {
    expect(formatResultLine("Hạ tầng số", tally({ total: 8, assessed: 7, met: 7 }))).toBe("Hạ tầng số: 7/7 Đạt");
    expect(formatResultLine("Xã hội số", tally({ total: 12, assessed: 12, met: 0, unmet: 12 }))).toBe(
      "Xã hội số: 0/12 Đạt",
    );
  });
});
