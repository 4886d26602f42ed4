import type { IndicatorExample } from "../../answers/answer-help.js";
import type { Indicator } from "../../catalog/catalog-schema.js";
import type { Choice } from "../../messages/outbound-message.js";
import { formatCount } from "../../numbers/format-number.js";

/**
 * What the bot says while a member enters a figure, apart from the questions themselves
 * (`questions.ts`) and the read-back (`read-back.ts`): re-asks when an answer does not
 * fit, picking an indicator, and how a dialog ends without saving.
 */

/** Said when a member drops an update or a pick ("hủy", "không"): nothing was stored. */
export const CANCELLED = "Đã hủy, chưa lưu gì.";

/** The indicator of an open dialog left the commune's catalog meanwhile. */
export const INDICATOR_GONE = "Chỉ tiêu này không còn trong bộ chỉ tiêu của xã. Gõ /capnhat để chọn chỉ tiêu khác.";

/** How to answer a read-back. */
export const CONFIRM_PROMPT = `Trả lời "có" để lưu, "không" để hủy.`;

/** The read-back's prompt again, after an answer that was neither yes, no nor a new figure. */
export const CONFIRM_OR_RETYPE = `Trả lời "có" để lưu, "không" để hủy, hoặc nhập lại số liệu.`;

/** The buttons under a read-back. */
export function confirmChoices(): Choice[] {
  return [
    { label: "Có, lưu", value: "có" },
    { label: "Không, hủy", value: "không" },
  ];
}

/** What the third choice under a read-back sends; "vẫn dùng" typed means the same. */
export const KEEP_EARLIER_EVIDENCE = "có, vẫn dùng minh chứng lần trước";

/**
 * The choices under a read-back whose figure cites no evidence while the figure in force
 * did: a third saves it with that evidence, so a new figure need not lose it.
 */
export function confirmChoicesKeepingEvidence(): Choice[] {
  return [...confirmChoices(), { label: "Có, lưu kèm minh chứng lần trước", value: KEEP_EARLIER_EVIDENCE }];
}

/** A numerator that is negative or has decimals, then the question again. */
export function needWholeNumber(question: string): string {
  return `Cần một số nguyên không âm. ${question}`;
}

/** A denominator answer that is not a number, then the question again. */
export function needNumber(question: string): string {
  return `Cần nhập một số. ${question}`;
}

/** Evidence that could not be read: what was typed, what is expected, then the question again. */
export function evidenceNotRecognised(typed: string, question: string): string {
  const shown = typed.trim().length > 40 ? `${typed.trim().slice(0, 40)}…` : typed.trim();
  return `Chưa nhận ra minh chứng trong "${shown}": cần số văn bản (ví dụ 189/BC-UBND, BC số 45, QĐ 1829), kèm ngày nếu có, hoặc một đường dẫn, tên tệp (ví dụ bao-cao.pdf).\n${question}`;
}

/** The count typed with the code, kept while the total is asked ("3.2: 6608"). */
export function countNoted(indicator: Indicator, count: number): string {
  const unit = indicator.measure.kind === "ratio" ? ` ${indicator.measure.unit}` : "";
  return `Chỉ tiêu ${indicator.code}: đã ghi nhận ${formatCount(count)}${unit}, cần thêm tổng số để tính tỷ lệ.`;
}

/** The figure in force, shown when an update or correction of it starts. */
export function currentFigure(current: { figure: string; status: string; byName: string; on: string }): string {
  return `Hiện tại: ${current.figure} → ${current.status} (${current.byName} cập nhật ${current.on}).`;
}

/** The first question of an update with the figure in force above it, so the member sees what they replace. */
export function withCurrentFigure(question: string, current: string): string {
  const [heading, ...rest] = question.split("\n");
  return [heading, current, ...rest].join("\n");
}

/** A bare number that is both a choice's number and a possible total: which one is meant. */
export function choiceOrTotal(number: number, choiceLabel: string): string {
  return `"${number}" là phương án ${number} (${choiceLabel}) hay tổng số là ${formatCount(number)}? Trả lời "có" nếu là phương án ${number}, hoặc gõ "tổng số ${formatCount(number)}".`;
}

/** Evidence dated a day that does not exist ("27/13/2023", "31/02/2023"). */
export function impossibleDate(written: string, question: string): string {
  return `Ngày ${written} không có trên lịch, chưa lưu minh chứng này. ${question}`;
}

/** After a one-line figure that failed validation: how to send it again. */
export function retypeExample(indicator: Indicator): string {
  switch (indicator.measure.kind) {
    case "ratio":
      return `Nhập lại, ví dụ: ${indicator.code}: 1.685/1.960`;
    case "count":
      return `Nhập lại, ví dụ: ${indicator.code}: 3`;
    default:
      return `Nhập lại, ví dụ: ${indicator.code} có`;
  }
}

/** Why an answer did not fit the question, in terms of what the indicator needs. */
export function notUnderstood(indicator: Indicator): string {
  switch (indicator.measure.kind) {
    case "boolean":
    case "document":
      return `Chỉ tiêu này cần trả lời "có" hoặc "chưa".`;
    case "ratio":
    case "count":
      return "Cần nhập một con số.";
    case "choice":
      return "Anh/chị chọn một trong các phương án bên dưới (gõ số thứ tự).";
    case "status":
      return "Anh/chị mô tả ngắn tình hình.";
  }
}

/** What /capnhat lists: the member's own indicators, or any, those without figures first. */
export interface OfferedList {
  readonly own: boolean;
  /** How many listed indicators are offered. */
  readonly listed: number;
  /** How many of them still have no figure this period (they come first). */
  readonly missing: number;
}

/**
 * The text above the list /capnhat offers: how to answer, then the list's heading as the
 * last line, so the numbered list (or the buttons) comes right under it. The heading says
 * what the list holds, never "chưa có số liệu" over indicators that have figures; with
 * nothing to list there is no heading at all.
 */
export function offerIndicatorsText(list: OfferedList, example: IndicatorExample | null): string {
  const forExample = example ? ` (ví dụ ${example.code}, "${example.words}")` : "";
  const howTo = `Anh/chị cập nhật chỉ tiêu nào? Trả lời bằng số thứ tự, hoặc gõ mã/tên chỉ tiêu${forExample}.`;
  if (list.listed === 0) return `Anh/chị cập nhật chỉ tiêu nào? Gõ mã hoặc tên chỉ tiêu${forExample}.`;
  return `${howTo}\n${offeredHeading(list)}`;
}

function offeredHeading({ own, listed, missing }: OfferedList): string {
  if (own) return "Chỉ tiêu anh/chị phụ trách:";
  if (missing === listed) return "Một số chỉ tiêu chưa có số liệu:";
  if (missing === 0) return "Các chỉ tiêu đều đã có số liệu; chọn chỉ tiêu cần cập nhật lại:";
  return `Còn ${missing} chỉ tiêu chưa có số liệu, xếp đầu danh sách:`;
}

/** A figure whose indicator name matched several: which one it is for. */
export const WHICH_INDICATOR_FOR_FIGURE = "Số liệu này của chỉ tiêu nào? Anh/chị chọn một:";

/** An update started with a name that matched several indicators. */
export const WHICH_INDICATOR_TO_UPDATE = "Anh/chị muốn cập nhật chỉ tiêu nào?";

/** A pick typed as a name that matched several indicators. */
export const SIMILAR_INDICATORS = "Có mấy chỉ tiêu gần giống, anh/chị chọn một:";

/** A pick that matched no indicator; the example code is one of the commune's catalog. */
export function indicatorNotFound(typed: string, example: IndicatorExample | null): string {
  const forExample = example ? ` (ví dụ ${example.code})` : "";
  return `Chưa tìm thấy chỉ tiêu "${typed}". Trả lời bằng số thứ tự trong danh sách, hoặc gõ mã chỉ tiêu${forExample}. Gõ "hủy" để thôi.`;
}

/** A code the commune's catalog does not have. */
export function notInCatalog(codes: readonly string[], catalogTitle: string): string {
  return `Không có chỉ tiêu ${codes.join(", ")} trong ${catalogTitle}.`;
}

/** The figure sent is the one already in force (and no new evidence): nothing is stored again. */
export function unchangedFigure(code: string, figure: string, savedOn: string, byName: string): string {
  return `Số liệu không đổi: ${code} đang là ${figure}, do ${byName} lưu ngày ${savedOn}; không lưu thêm bản mới.`;
}
