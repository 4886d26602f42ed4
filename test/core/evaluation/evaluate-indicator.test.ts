import { describe, expect, it } from "vitest";
import type { Target } from "../../../src/core/catalog/catalog-schema.js";
import { evaluateIndicator } from "../../../src/core/evaluation/evaluate-indicator.js";
import { statusLabel } from "../../../src/core/evaluation/evaluation-status.js";
import type { FigureValue } from "../../../src/core/evaluation/figure-value.js";
import { resolveTarget } from "../../../src/core/evaluation/resolve-target.js";
import { fibre, indicatorOf, meetings } from "./fixtures.js";

const ratio = (numerator: number, denominator: number): FigureValue => ({ kind: "ratio", numerator, denominator });
const percent = (value: number): FigureValue => ({ kind: "percent", percent: value });
const count = (value: number): FigureValue => ({ kind: "count", value });

const lateRecords = (target: Target) =>
  indicatorOf({
    code: "1.5",
    name: "Tỷ lệ hồ sơ giải quyết trễ hạn",
    measure: { kind: "ratio", numerator: "số hồ sơ trễ hạn", denominator: "tổng số hồ sơ", unit: "hồ sơ" },
    target,
  });

describe("statusLabel", () => {
  it.each([
    ["met", "Đạt"],
    ["unmet", "Chưa đạt"],
    ["no-data", "Chưa có số liệu"],
    ["not-assessed", "Không đánh giá"],
  ] as const)("%s → %s", (status, label) => {
    expect(statusLabel(status)).toBe(label);
  });
});

describe("evaluateIndicator: ratio", () => {
  it("meets 85% with 1.685/1.960 and prints the truncated percent", () => {
    const result = evaluateIndicator({ indicator: fibre(), target: { op: ">=", value: 85 }, value: ratio(1685, 1960) });
    expect(result.status).toBe("met");
    expect(result.percent).toBeCloseTo(85.9693877, 6);
    expect(result.percentText).toBe("85,9%");
    expect(result.gap).toBeUndefined();
    expect(result.points).toBeUndefined();
  });

  it("states the households still missing: 1.539/1.960 needs 127 more for 85%", () => {
    const result = evaluateIndicator({ indicator: fibre(), target: { op: ">=", value: 85 }, value: ratio(1539, 1960) });
    expect(result.status).toBe("unmet");
    expect(result.percentText).toBe("78,5%");
    expect(result.gap).toEqual({ amount: 127, unit: "hộ", direction: "increase", text: "còn thiếu 127 hộ để đạt 85%" });
  });

  it("does not round 59,96% up to 60%", () => {
    const result = evaluateIndicator({ indicator: fibre(), target: { op: ">=", value: 60 }, value: ratio(1499, 2500) });
    expect(result.status).toBe("unmet");
    expect(result.percentText).toBe("59,9%");
    expect(result.gap?.text).toBe("còn thiếu 1 hộ để đạt 60%");
  });

  it("compares exactly where floats would not (1,1% of 3.000 is 33, not 33,000…01)", () => {
    const target: Target = { op: ">=", value: 1.1 };
    expect(33 * 100 >= 1.1 * 3000).toBe(false); // the float trap this guards against
    expect(evaluateIndicator({ indicator: fibre(), target, value: ratio(33, 3000) }).status).toBe("met");
    const short = evaluateIndicator({ indicator: fibre(), target, value: ratio(30, 3000) });
    expect(short.status).toBe("unmet");
    expect(short.gap?.amount).toBe(3);
    expect(
      evaluateIndicator({ indicator: fibre(), target: { op: ">=", value: 57 }, value: ratio(57, 100) }).status,
    ).toBe("met");
  });

  it.each<[Target, number, number, "met" | "unmet"]>([
    [{ op: ">=", value: 85 }, 1666, 1960, "met"],
    [{ op: ">", value: 85 }, 1666, 1960, "unmet"],
    [{ op: ">", value: 85 }, 1667, 1960, "met"],
    [{ op: "<=", value: 5 }, 5, 100, "met"],
    [{ op: "<=", value: 5 }, 6, 100, "unmet"],
    [{ op: "<", value: 5 }, 5, 100, "unmet"],
    [{ op: "<", value: 5 }, 4, 100, "met"],
    [{ op: "=", value: 100 }, 228, 228, "met"],
    [{ op: "=", value: 100 }, 227, 228, "unmet"],
  ])("%j with %d/%d is %s", (target, numerator, denominator, status) => {
    expect(evaluateIndicator({ indicator: fibre(target), target, value: ratio(numerator, denominator) }).status).toBe(
      status,
    );
  });

  it.each<[Target, number, number, string]>([
    // Exactly at 85% still needs one more household to be above it.
    [{ op: ">", value: 85 }, 1666, 1960, "còn thiếu 1 hộ để đạt trên 85%"],
    [{ op: ">", value: 85 }, 1600, 1960, "còn thiếu 67 hộ để đạt trên 85%"],
    [{ op: ">=", value: 85.5 }, 0, 10000, "còn thiếu 8.550 hộ để đạt 85,5%"],
    [{ op: "=", value: 100 }, 196, 200, "còn thiếu 4 hộ để đạt 100%"],
  ])("%j with %d/%d: %s", (target, numerator, denominator, text) => {
    expect(
      evaluateIndicator({ indicator: fibre(target), target, value: ratio(numerator, denominator) }).gap?.text,
    ).toBe(text);
  });

  it.each<[Target, number, number, number, string]>([
    [{ op: "<=", value: 5 }, 8, 100, 3, "cần giảm 3 hồ sơ để về mức không quá 5%"],
    [{ op: "<=", value: 5 }, 11, 150, 4, "cần giảm 4 hồ sơ để về mức không quá 5%"],
    [{ op: "<", value: 5 }, 5, 100, 1, "cần giảm 1 hồ sơ để về mức dưới 5%"],
    [{ op: "<", value: 5 }, 9, 100, 5, "cần giảm 5 hồ sơ để về mức dưới 5%"],
  ])("falling targets: %j with %d/%d → %d", (target, numerator, denominator, amount, text) => {
    const result = evaluateIndicator({ indicator: lateRecords(target), target, value: ratio(numerator, denominator) });
    expect(result.status).toBe("unmet");
    expect(result.gap).toEqual({ amount, unit: "hồ sơ", direction: "decrease", text });
  });

  it("reports a ratio over nothing as no data with a reason", () => {
    const result = evaluateIndicator({ indicator: fibre(), target: { op: ">=", value: 85 }, value: ratio(0, 0) });
    expect(result).toEqual({ status: "no-data", problem: "zero-denominator" });
  });

  it("flags a yes/no target on a ratio", () => {
    const target: Target = { op: "=", value: true };
    expect(evaluateIndicator({ indicator: fibre(target), target, value: ratio(1, 2) })).toMatchObject({
      status: "no-data",
      problem: "target-kind-mismatch",
    });
  });
});

describe("evaluateIndicator: percent only", () => {
  const target: Target = { op: ">=", value: 75 };

  it("gives the gap in percentage points: 70,5% → 4,5 short of 75%", () => {
    const result = evaluateIndicator({ indicator: fibre(target), target, value: percent(70.5) });
    expect(result.status).toBe("unmet");
    expect(result.percent).toBe(70.5);
    expect(result.percentText).toBe("70,5%");
    expect(result.gap).toEqual({
      amount: 4.5,
      unit: "điểm phần trăm",
      direction: "increase",
      text: "còn thiếu 4,5 điểm phần trăm để đạt 75%",
    });
  });

  it("subtracts exactly (75 − 70,1 is 4,9, not 4,900000000000006)", () => {
    const result = evaluateIndicator({ indicator: fibre(target), target, value: percent(70.1) });
    expect(result.gap?.amount).toBe(4.9);
    expect(result.gap?.text).toBe("còn thiếu 4,9 điểm phần trăm để đạt 75%");
  });

  it("never shows a real shortfall as zero: 74,996% is 'chưa đến 0,1' short in the text", () => {
    const result = evaluateIndicator({ indicator: fibre(target), target, value: percent(74.996) });
    expect(result.status).toBe("unmet");
    expect(result.gap?.amount).toBeCloseTo(0.004, 10);
    expect(result.gap?.text).toBe("còn thiếu chưa đến 0,1 điểm phần trăm để đạt 75%");
  });

  it.each<[Target, number, "met" | "unmet", string | undefined]>([
    [{ op: ">=", value: 75 }, 75, "met", undefined],
    [{ op: ">=", value: 75 }, 96.6, "met", undefined],
    [{ op: ">", value: 75 }, 75, "unmet", "cần cao hơn 75%"],
    [{ op: ">", value: 75 }, 74, "unmet", "còn thiếu 1,0 điểm phần trăm để đạt trên 75%"],
    [{ op: "<=", value: 5 }, 7.25, "unmet", "cần giảm 2,2 điểm phần trăm để về mức không quá 5%"],
    [{ op: "<", value: 5 }, 5, "unmet", "cần thấp hơn 5%"],
    [{ op: "=", value: 100 }, 100, "met", undefined],
    [{ op: "=", value: 100 }, 98, "unmet", "còn thiếu 2,0 điểm phần trăm để đạt 100%"],
  ])("%j with %d%% is %s", (t, value, status, text) => {
    const result = evaluateIndicator({ indicator: fibre(t), target: t, value: percent(value) });
    expect(result.status).toBe(status);
    expect(result.gap?.text).toBe(text);
  });
});

describe("evaluateIndicator: count", () => {
  it("states the meetings still missing", () => {
    const result = evaluateIndicator({ indicator: meetings(), target: { op: ">=", value: 4 }, value: count(3) });
    expect(result.status).toBe("unmet");
    expect(result.percent).toBeUndefined();
    expect(result.gap).toEqual({
      amount: 1,
      unit: "cuộc họp",
      direction: "increase",
      text: "còn thiếu 1 cuộc họp để đạt 4",
    });
  });

  it.each<[Target, number, "met" | "unmet", string | undefined]>([
    [{ op: ">=", value: 4 }, 4, "met", undefined],
    [{ op: ">=", value: 4 }, 0, "unmet", "còn thiếu 4 cuộc họp để đạt 4"],
    [{ op: ">", value: 4 }, 4, "unmet", "còn thiếu 1 cuộc họp để đạt trên 4"],
    [{ op: ">", value: 4 }, 5, "met", undefined],
    [{ op: "<=", value: 2 }, 5, "unmet", "cần giảm 3 cuộc họp để về mức không quá 2"],
    [{ op: "<", value: 2 }, 2, "unmet", "cần giảm 1 cuộc họp để về mức dưới 2"],
    [{ op: "<", value: 2 }, 1, "met", undefined],
    [{ op: "=", value: 4 }, 6, "unmet", "cần giảm 2 cuộc họp để về mức 4"],
    [{ op: "=", value: 4 }, 1, "unmet", "còn thiếu 3 cuộc họp để đạt 4"],
    [{ op: "=", value: 4 }, 4, "met", undefined],
    [{ op: ">=", value: 1500 }, 266, "unmet", "còn thiếu 1.234 cuộc họp để đạt 1.500"],
  ])("%j with %d is %s", (target, value, status, text) => {
    const result = evaluateIndicator({ indicator: meetings(target), target, value: count(value) });
    expect(result.status).toBe(status);
    expect(result.gap?.text).toBe(text);
  });
});

describe("evaluateIndicator: yes/no, document, choice, status", () => {
  const hasPortal = indicatorOf({
    code: "4.4",
    name: "Có trang thông tin điện tử",
    measure: { kind: "boolean", question: "xã có trang thông tin điện tử" },
    target: { op: "=", value: true },
  });
  const plan = indicatorOf({
    code: "1.1",
    name: "Ban hành kế hoạch chuyển đổi số năm",
    measure: { kind: "document", document: "Kế hoạch chuyển đổi số năm" },
    target: { op: "=", value: true },
  });
  const head = indicatorOf({
    code: "1.3",
    name: "Trưởng Ban chỉ đạo chuyển đổi số",
    measure: {
      kind: "choice",
      question: "ai làm Trưởng Ban chỉ đạo",
      options: [
        { value: "chu-tich", label: "Chủ tịch UBND xã", share: 1, meets: true },
        { value: "pho-chu-tich", label: "Phó Chủ tịch UBND xã", share: 0.5 },
      ],
    },
    target: { op: "=", value: true },
  });
  const progress = indicatorOf({
    code: "2.1",
    name: "Tình hình triển khai sàn thương mại điện tử",
    measure: { kind: "status", question: "tình hình triển khai" },
    target: { op: "=", value: true },
  });
  const yes = { op: "=", value: true } as const;

  it.each<[string, () => ReturnType<typeof evaluateIndicator>, "met" | "unmet"]>([
    [
      "boolean yes",
      () => evaluateIndicator({ indicator: hasPortal, target: yes, value: { kind: "boolean", value: true } }),
      "met",
    ],
    [
      "boolean no",
      () => evaluateIndicator({ indicator: hasPortal, target: yes, value: { kind: "boolean", value: false } }),
      "unmet",
    ],
    [
      "boolean no where no is required",
      () =>
        evaluateIndicator({
          indicator: hasPortal,
          target: { op: "=", value: false },
          value: { kind: "boolean", value: false },
        }),
      "met",
    ],
    [
      "boolean yes against ≥ 1",
      () =>
        evaluateIndicator({
          indicator: hasPortal,
          target: { op: ">=", value: 1 },
          value: { kind: "boolean", value: true },
        }),
      "met",
    ],
    [
      "document issued",
      () =>
        evaluateIndicator({
          indicator: plan,
          target: yes,
          value: { kind: "document", issued: true, reference: "12/KH-UBND" },
        }),
      "met",
    ],
    [
      "document not issued",
      () => evaluateIndicator({ indicator: plan, target: yes, value: { kind: "document", issued: false } }),
      "unmet",
    ],
    [
      "document answered yes",
      () => evaluateIndicator({ indicator: plan, target: yes, value: { kind: "boolean", value: true } }),
      "met",
    ],
    [
      "boolean answered with a document",
      () => evaluateIndicator({ indicator: hasPortal, target: yes, value: { kind: "document", issued: true } }),
      "met",
    ],
    [
      "choice that meets",
      () => evaluateIndicator({ indicator: head, target: yes, value: { kind: "choice", option: "chu-tich" } }),
      "met",
    ],
    [
      "choice that does not meet",
      () => evaluateIndicator({ indicator: head, target: yes, value: { kind: "choice", option: "pho-chu-tich" } }),
      "unmet",
    ],
  ])("%s", (_, run, status) => {
    const result = run();
    expect(result.status).toBe(status);
    expect(result.gap).toBeUndefined();
    expect(result.percentText).toBeUndefined();
  });

  it("reports an option the measure does not have", () => {
    expect(evaluateIndicator({ indicator: head, target: yes, value: { kind: "choice", option: "bi-thu" } })).toEqual({
      status: "no-data",
      problem: "unknown-option",
    });
  });

  it("never compares status texts", () => {
    expect(
      evaluateIndicator({ indicator: progress, target: yes, value: { kind: "status", text: "Đang triển khai" } }),
    ).toEqual({ status: "not-assessed" });
    expect(evaluateIndicator({ indicator: progress, target: yes })).toEqual({ status: "not-assessed" });
  });
});

describe("evaluateIndicator: missing targets and values", () => {
  it("is not assessed without a target, but still shows the reported percent", () => {
    expect(evaluateIndicator({ indicator: fibre(null), target: null, value: ratio(433, 448) })).toEqual({
      status: "not-assessed",
      percent: (433 * 100) / 448,
      percentText: "96,6%",
    });
    expect(evaluateIndicator({ indicator: fibre(null), target: null })).toEqual({ status: "not-assessed" });
  });

  it("has no data when nothing was reported", () => {
    expect(evaluateIndicator({ indicator: fibre(), target: { op: ">=", value: 85 } })).toEqual({ status: "no-data" });
    expect(evaluateIndicator({ indicator: fibre(), target: { op: ">=", value: 85 }, value: null })).toEqual({
      status: "no-data",
    });
  });

  it("reports a value of the wrong kind instead of guessing", () => {
    expect(evaluateIndicator({ indicator: fibre(), target: { op: ">=", value: 85 }, value: count(1685) })).toEqual({
      status: "no-data",
      problem: "value-kind-mismatch",
    });
    expect(evaluateIndicator({ indicator: meetings(), target: { op: ">=", value: 4 }, value: percent(75) })).toEqual({
      status: "no-data",
      problem: "value-kind-mismatch",
    });
  });

  it("follows the commune's override through resolveTarget", () => {
    const indicator = fibre({ op: ">=", value: 85 });
    const value = ratio(1400, 1960); // 71,4%
    expect(evaluateIndicator({ indicator, target: resolveTarget(indicator), value }).status).toBe("unmet");
    expect(
      evaluateIndicator({ indicator, target: resolveTarget(indicator, { op: ">=", value: 70 }), value }).status,
    ).toBe("met");
    expect(evaluateIndicator({ indicator, target: resolveTarget(indicator, null), value }).status).toBe("not-assessed");
  });
});
