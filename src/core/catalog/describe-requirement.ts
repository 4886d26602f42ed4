import { foldVietnamese } from "../text/fold-vietnamese.js";
import type { Indicator, Measure, Target } from "./catalog-schema.js";
import { describeNamedTarget, describeTarget, describeUnit } from "./describe-target.js";

/**
 * What an indicator asks for, read plainly for a listing (`xaso catalog show`): a number to
 * reach keeps its unit beside it ("Đơn vị: sự cố · Chỉ tiêu: Không có sự cố nào"); a fact, a
 * document or a choice says when it is met instead of a unit that says nothing
 * ("Đạt khi: Đã ban hành Kế hoạch chuyển đổi số hằng năm").
 */
export interface Requirement {
  /** The unit figures are given in, for numbers only: "% (hộ)", "cuộc họp". */
  readonly unit?: string;
  /** "Chỉ tiêu" before a number to reach, "Đạt khi" before a fact, document or choice. */
  readonly label: "Chỉ tiêu" | "Đạt khi";
  readonly text: string;
  /**
   * The figure to enter, when the target is read as the name means it but the figure counts
   * the opposite (a complement ratio): "Số phản ánh … không bức xúc … / Tổng số … (≥ 100%)".
   */
  readonly figure?: string;
}

/**
 * Reads what an indicator asks for under `target` (the catalog's, or a commune's own), in
 * words an official and the province's IT staff share. Texts start with a capital, like
 * the targets of a report's "Chỉ tiêu cụ thể" column.
 */
export function describeRequirement(
  indicator: Pick<Indicator, "name" | "measure">,
  target: Target | null,
): Requirement {
  const { measure } = indicator;
  const targetText = describeTarget(measure, target);
  if (target === null) return { ...unitOf(measure), label: "Chỉ tiêu", text: targetText };
  switch (measure.kind) {
    case "ratio":
    case "count":
    case "status":
      return { ...unitOf(measure), label: "Chỉ tiêu", ...complementReading(measure, target, targetText) };
    case "boolean":
      return { label: "Đạt khi", text: factMet(measure.question, indicator.name, target) };
    case "document":
      return { label: "Đạt khi", text: target.value === true ? `Đã ban hành ${measure.document}` : targetText };
    case "choice":
      return { label: "Đạt khi", text: targetText };
  }
}

/** A unit only where it says something: numbers, not yes/no facts, documents or choices. */
function unitOf(measure: Measure): Pick<Requirement, "unit"> {
  return measure.kind === "ratio" || measure.kind === "count" || measure.kind === "status"
    ? { unit: describeUnit(measure) }
    : {};
}

/**
 * When a yes/no indicator is met: "Có" where its name already states the fact, otherwise
 * the fact itself, which is what the member confirms ("Xã đã thống kê đầy đủ tổng kinh phí…"
 * for an item named "Tổng kinh phí…", "… đã được đưa vào sử dụng" for "Nền tảng làm việc số").
 */
function factMet(question: string, name: string, target: Target): string {
  if (target.value !== true || restatesName(question, name))
    return describeTarget({ kind: "boolean", question }, target);
  const fact = question.trim().replace(/[.:;?]+$/, "");
  return fact.charAt(0).toLocaleUpperCase("vi") + fact.slice(1);
}

/** True when nine in ten of the fact's words are in the name (diacritics and case aside). */
function restatesName(fact: string, name: string): boolean {
  const words = (text: string) =>
    foldVietnamese(text)
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
  const named = new Set(words(name));
  const factWords = words(fact);
  return factWords.filter((word) => named.has(word)).length >= 0.9 * factWords.length;
}

/**
 * A complement ratio's target read as its name means it (see {@link describeNamedTarget}),
 * with the figure to enter beside it, since that figure counts the opposite.
 */
function complementReading(measure: Measure, target: Target, targetText: string): Pick<Requirement, "text" | "figure"> {
  const text = describeNamedTarget(measure, target);
  if (measure.kind !== "ratio" || text === targetText) return { text };
  return { text, figure: `${measure.numerator} / ${measure.denominator} (${targetText})` };
}
