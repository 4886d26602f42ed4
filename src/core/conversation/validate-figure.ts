import type { Indicator } from "../catalog/catalog-schema.js";
import type { FigureValue } from "../evaluation/figure-value.js";
import { formatCount } from "../numbers/format-number.js";
import { formatPercentValue } from "../numbers/format-percent.js";

/** A figure that can be read back, or why not, in words for the member. */
export type FigureCheck = { ok: true; warning?: string } | { ok: false; problem: string };

/**
 * The largest count a commune can plausibly report, by unit: a commune has at most a few
 * hundred thousand people (after the 2025 mergers), fewer households, and meets a few
 * times a quarter. Anything above is a slip (an extra digit, a pasted number), refused
 * with a request to check, never stored. Units not listed share a generous ceiling;
 * money ("đồng") has none.
 */
const PLAUSIBLE_MAXIMUM: ReadonlyMap<string, number> = new Map([
  ["người", 500_000],
  ["hộ", 150_000],
  ["cuộc họp", 100],
  ["cuộc", 100],
  ["lần", 1_000],
  ["thôn, tổ dân phố", 1_000],
  ["trường", 1_000],
  ["cán bộ", 10_000],
]);
const DEFAULT_MAXIMUM = 10_000_000;
const UNBOUNDED_UNITS = new Set(["đồng", "triệu đồng"]);

/** Percentage points of change from the last value above which the read-back asks for a second look. */
const IMPLAUSIBLE_JUMP_POINTS = 30;

/**
 * Checks a figure before it is read back: impossible values are refused with an
 * explanation (negative counts, a numerator above its denominator, a percent above 100,
 * fractions of households); an implausible jump from the last confirmed value is allowed
 * but flagged, so the member looks twice before confirming.
 */
export function validateFigure(indicator: Indicator, value: FigureValue, previous: FigureValue | null): FigureCheck {
  const problem = impossibility(indicator, value);
  if (problem) return { ok: false, problem };
  const warning = jumpWarning(value, previous);
  return warning ? { ok: true, warning } : { ok: true };
}

function impossibility(indicator: Indicator, value: FigureValue): string | null {
  const unit = indicator.measure.kind === "ratio" || indicator.measure.kind === "count" ? indicator.measure.unit : "";
  const implausible = implausibleCount(value, unit);
  if (implausible) return implausible;
  switch (value.kind) {
    case "ratio":
      if (value.numerator < 0 || value.denominator < 0) return "Số liệu không thể là số âm.";
      if (value.denominator === 0) return `Tổng số ${unit} phải lớn hơn 0.`;
      if (!Number.isInteger(value.numerator) || !Number.isInteger(value.denominator))
        return `Số ${unit} phải là số nguyên (ví dụ 1.685/1.960).`;
      if (value.numerator > value.denominator)
        return `Số đạt (${formatCount(value.numerator)}) lớn hơn tổng số (${formatCount(value.denominator)}) nên tỷ lệ vượt 100%. Có thể hai số bị đảo?`;
      return null;
    case "percent":
      if (value.percent < 0) return "Tỷ lệ không thể âm.";
      if (value.percent > 100) return `Tỷ lệ ${formatPercentValue(value.percent)} vượt quá 100%.`;
      return null;
    case "count":
      if (value.value < 0) return "Số lượng không thể âm.";
      if (!Number.isInteger(value.value)) return `Số ${unit} phải là số nguyên.`;
      return null;
    default:
      return null;
  }
}

function implausibleCount(value: FigureValue, unit: string): string | null {
  if (UNBOUNDED_UNITS.has(unit)) return null;
  const counts =
    value.kind === "ratio" ? [value.numerator, value.denominator] : value.kind === "count" ? [value.value] : [];
  const maximum = PLAUSIBLE_MAXIMUM.get(unit) ?? DEFAULT_MAXIMUM;
  const tooLarge = counts.find((count) => count > maximum);
  if (tooLarge === undefined) return null;
  return `Số ${formatCount(tooLarge)} ${unit} lớn bất thường với quy mô một xã (thường không quá ${formatCount(maximum)} ${unit}). Anh/chị kiểm tra lại, có thể thừa chữ số?`.replace(
    / {2,}/g,
    " ",
  );
}

function jumpWarning(value: FigureValue, previous: FigureValue | null): string | undefined {
  const now = percentOf(value);
  const before = previous ? percentOf(previous) : null;
  if (now === null || before === null || Math.abs(now - before) < IMPLAUSIBLE_JUMP_POINTS) return undefined;
  const change = now > before ? "Tăng" : "Giảm";
  const towards = now > before ? "lên" : "xuống";
  return `⚠️ ${change} từ ${formatPercentValue(before)} ${towards} ${formatPercentValue(now)} so với lần trước — anh/chị kiểm tra lại số liệu trước khi xác nhận.`;
}

function percentOf(value: FigureValue): number | null {
  if (value.kind === "percent") return value.percent;
  if (value.kind === "ratio" && value.denominator > 0) return (value.numerator * 100) / value.denominator;
  return null;
}
