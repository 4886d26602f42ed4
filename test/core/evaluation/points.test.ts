import { describe, expect, it } from "vitest";
import type { Target } from "../../../src/core/catalog/catalog-schema.js";
import { evaluateIndicator } from "../../../src/core/evaluation/evaluate-indicator.js";
import type { FigureValue } from "../../../src/core/evaluation/figure-value.js";
import { indicatorOf } from "./fixtures.js";

type IndicatorInput = Parameters<typeof indicatorOf>[0];

function score(
  input: Omit<IndicatorInput, "code" | "name">,
  value?: FigureValue,
  target: Target | null = input.target ?? null,
) {
  const indicator = indicatorOf({ code: "2.1", name: "Chỉ số thử nghiệm", ...input });
  return evaluateIndicator({ indicator, target, value });
}

const districtMeetings: Omit<IndicatorInput, "code" | "name"> = {
  measure: { kind: "count", question: "số phiên họp BCĐ huyện đã tham gia", unit: "cuộc họp" },
  target: { op: ">=", value: 4 },
  points: {
    max: 2,
    scoring: { kind: "per-unit", points: 0.5 },
    rule: "Tham gia 4 cuộc họp trong năm đạt 2 điểm, mỗi cuộc được 0,5 điểm",
  },
};

const articles: Omit<IndicatorInput, "code" | "name"> = {
  measure: { kind: "count", question: "số tin, bài về chuyển đổi số đã đăng", unit: "bài" },
  target: { op: ">=", value: 2 },
  points: {
    max: 10,
    scoring: {
      kind: "thresholds",
      steps: [
        { atLeast: 2, share: 1 },
        { atLeast: 1, share: 0.5 },
      ],
    },
    rule: "Từ 2 bài trở lên đạt 100% điểm, 1 bài đạt 50% điểm",
  },
};

const committeeHead: Omit<IndicatorInput, "code" | "name"> = {
  measure: {
    kind: "choice",
    question: "ai làm Trưởng Ban chỉ đạo chuyển đổi số",
    options: [
      { value: "nguoi-dung-dau", label: "Người đứng đầu", share: 1, meets: true },
      { value: "cap-pho", label: "Cấp phó của người đứng đầu", share: 0.5 },
      { value: "chua-thanh-lap", label: "Chưa thành lập", share: 0 },
    ],
  },
  target: { op: "=", value: true },
  points: { max: 10, scoring: { kind: "choice" }, rule: "Người đứng đầu làm Trưởng ban đạt 100%, cấp phó đạt 50%" },
};

const onlineRecords = (
  ofTarget: boolean,
  target: Target = { op: ">=", value: 80 },
): Omit<IndicatorInput, "code" | "name"> => ({
  measure: { kind: "ratio", numerator: "số hồ sơ trực tuyến", denominator: "tổng số hồ sơ", unit: "hồ sơ" },
  target,
  points: { max: 10, scoring: { kind: "proportional", ofTarget }, rule: "Điểm theo tỷ lệ" },
});

describe("points: the source document's examples", () => {
  it("3 of 4 district meetings at 0,5 each → 1,5/2", () => {
    const result = score(districtMeetings, { kind: "count", value: 3 });
    expect(result.status).toBe("unmet");
    expect(result.points).toEqual({ earned: 1.5, max: 2 });
  });

  it("one article where ≥ 2 earn all and 1 earns half → 5/10", () => {
    expect(score(articles, { kind: "count", value: 1 }).points).toEqual({ earned: 5, max: 10 });
  });

  it("committee headed by a deputy (share 0,5) → 5/10", () => {
    const result = score(committeeHead, { kind: "choice", option: "cap-pho" });
    expect(result.status).toBe("unmet");
    expect(result.points).toEqual({ earned: 5, max: 10 });
  });
});

describe("points by scoring kind", () => {
  it.each([
    [0, 0],
    [1, 0.5],
    [4, 2],
    [7, 2],
  ])("per-unit: %d meetings → %d/2 (capped at the maximum)", (meetings, earned) => {
    expect(score(districtMeetings, { kind: "count", value: meetings }).points).toEqual({ earned, max: 2 });
  });

  it.each([
    [0, 0],
    [2, 10],
    [5, 10],
  ])("thresholds: %d articles → %d/10", (count, earned) => {
    expect(score(articles, { kind: "count", value: count }).points).toEqual({ earned, max: 10 });
  });

  it("thresholds: steps in any order, read against the percent for ratios", () => {
    const input: Omit<IndicatorInput, "code" | "name"> = {
      ...onlineRecords(false),
      points: {
        max: 6,
        scoring: {
          kind: "thresholds",
          steps: [
            { atLeast: 50, share: 0.5 },
            { atLeast: 80, share: 1 },
            { atLeast: 30, share: 0.25 },
          ],
        },
        rule: "Từ 80% đạt đủ điểm, từ 50% đạt một nửa, từ 30% đạt một phần tư",
      },
    };
    expect(score(input, { kind: "ratio", numerator: 60, denominator: 100 }).points).toEqual({ earned: 3, max: 6 });
    expect(score(input, { kind: "percent", percent: 85 }).points).toEqual({ earned: 6, max: 6 });
    expect(score(input, { kind: "ratio", numerator: 299, denominator: 1000 }).points).toEqual({ earned: 0, max: 6 });
    expect(score(input, { kind: "ratio", numerator: 3, denominator: 10 }).points).toEqual({ earned: 1.5, max: 6 });
  });

  it("choice: the chosen option's share", () => {
    expect(score(committeeHead, { kind: "choice", option: "nguoi-dung-dau" }).points).toEqual({ earned: 10, max: 10 });
    expect(score(committeeHead, { kind: "choice", option: "chua-thanh-lap" }).points).toEqual({ earned: 0, max: 10 });
  });

  it("met: full marks or none", () => {
    const input: Omit<IndicatorInput, "code" | "name"> = {
      measure: { kind: "document", document: "Quyết định thành lập Ban chỉ đạo" },
      target: { op: "=", value: true },
      points: { max: 5, scoring: { kind: "met" }, rule: "Có quyết định đạt đủ điểm" },
    };
    expect(score(input, { kind: "document", issued: true }).points).toEqual({ earned: 5, max: 5 });
    expect(score(input, { kind: "document", issued: false }).points).toEqual({ earned: 0, max: 5 });
  });

  it("proportional: max × ratio, rounded to hundredths", () => {
    // 433/448 = 0,966517… → 9,665… → 9,67
    expect(score(onlineRecords(false), { kind: "ratio", numerator: 433, denominator: 448 }).points).toEqual({
      earned: 9.67,
      max: 10,
    });
    expect(score(onlineRecords(false), { kind: "ratio", numerator: 1, denominator: 3 }).points).toEqual({
      earned: 3.33,
      max: 10,
    });
    expect(score(onlineRecords(false), { kind: "percent", percent: 70.5 }).points).toEqual({ earned: 7.05, max: 10 });
  });

  it("proportional of target: max × min(1, ratio / target)", () => {
    // 70,5% of an 80% target = 0,88125 → 8,8125 → 8,81
    expect(score(onlineRecords(true), { kind: "percent", percent: 70.5 }).points).toEqual({ earned: 8.81, max: 10 });
    expect(score(onlineRecords(true), { kind: "ratio", numerator: 40, denominator: 100 }).points).toEqual({
      earned: 5,
      max: 10,
    });
    expect(score(onlineRecords(true), { kind: "ratio", numerator: 95, denominator: 100 }).points).toEqual({
      earned: 10,
      max: 10,
    });
  });

  it("proportional on a count measures it against the target", () => {
    const input: Omit<IndicatorInput, "code" | "name"> = {
      ...districtMeetings,
      points: { max: 2, scoring: { kind: "proportional", ofTarget: true }, rule: "Điểm theo số cuộc họp" },
    };
    expect(score(input, { kind: "count", value: 3 }).points).toEqual({ earned: 1.5, max: 2 });
  });

  it("rounds halves away from zero and keeps exact halves", () => {
    const input: Omit<IndicatorInput, "code" | "name"> = {
      ...districtMeetings,
      points: { max: 0.25, scoring: { kind: "proportional", ofTarget: true }, rule: "Điểm theo số cuộc họp" },
    };
    // 0,25 × 1/4 = 0,0625 → 0,06; 0,25 × 2/4 = 0,125 → 0,13 (half up); 0,25 × 3/4 = 0,1875 → 0,19
    expect(score(input, { kind: "count", value: 1 }).points).toEqual({ earned: 0.06, max: 0.25 });
    expect(score(input, { kind: "count", value: 2 }).points).toEqual({ earned: 0.13, max: 0.25 });
    expect(score(input, { kind: "count", value: 3 }).points).toEqual({ earned: 0.19, max: 0.25 });
  });
});

describe("points without a verdict", () => {
  it("no data earns 0 of the maximum, so the estimate stays conservative", () => {
    expect(score(districtMeetings).points).toEqual({ earned: 0, max: 2 });
    expect(score(committeeHead, { kind: "choice", option: "khong-ro" })).toEqual({
      status: "no-data",
      problem: "unknown-option",
      points: { earned: 0, max: 10 },
    });
  });

  it("a not-assessed item earns nothing and adds nothing to the maximum", () => {
    // Huế: communes with no member on the district committee are not assessed on 2.1.
    expect(score(districtMeetings, { kind: "count", value: 3 }, null)).toEqual({ status: "not-assessed" });
  });
});
