import { codeAndName } from "../../answers/labels.js";
import type { Indicator } from "../../catalog/catalog-schema.js";
import type { Choice } from "../../messages/outbound-message.js";
import { formatCount } from "../../numbers/format-number.js";
import type { UpdateDraft } from "../session-state.js";

/** A question for the next value of a guided update, in the indicator's own words. */
export interface Question {
  text: string;
  choices?: Choice[];
}

/**
 * The first question for an indicator: its numerator, or its yes/no, count, document or choice,
 * under the indicator's short name (the question itself says exactly what to count).
 */
export function firstQuestion(indicator: Indicator): Question {
  const heading = `Chỉ tiêu ${codeAndName(indicator)}`;
  const measure = indicator.measure;
  switch (measure.kind) {
    case "ratio":
      return {
        text: `${heading}\n${measure.numerator}? (nhập số ${measure.unit}; hoặc cả phân số như 1.685/1.960, hoặc tỷ lệ như 70,5%)`,
      };
    case "boolean":
      return { text: `${heading}\n${asQuestion(measure.question)} (có/chưa)`, choices: yesNoChoices("Có", "Chưa") };
    case "count":
      return { text: `${heading}\n${asQuestion(measure.question)} (nhập số ${measure.unit})` };
    case "document":
      return {
        text: `${heading}\nĐã ban hành ${measure.document}? Trả lời "có" (kèm số văn bản nếu có) hoặc "chưa".`,
        choices: yesNoChoices("Đã ban hành", "Chưa ban hành"),
      };
    case "choice":
      return {
        text: `${heading}\n${asQuestion(measure.question)}`,
        choices: measure.options.map((option) => ({ label: option.label, value: option.value })),
      };
    case "status":
      return { text: `${heading}\n${asQuestion(measure.question)} (mô tả ngắn tình hình)` };
  }
}

/** The denominator question, offering the last known one for reuse. */
export function denominatorQuestion(indicator: Indicator, draft: UpdateDraft): Question {
  if (indicator.measure.kind !== "ratio") return firstQuestion(indicator);
  const label = indicator.measure.denominator;
  if (draft.suggestedDenominator !== undefined) {
    return {
      text: `${label} vẫn là ${formatCount(draft.suggestedDenominator)}? Trả lời "có" hoặc nhập số mới.`,
      choices: [{ label: `Có, vẫn là ${formatCount(draft.suggestedDenominator)}`, value: "có" }],
    };
  }
  return { text: `${label}? (nhập số ${indicator.measure.denominatorUnit ?? indicator.measure.unit})` };
}

/**
 * The evidence question, asked once the figure is known. With `earlier` (the evidence
 * last cited for the indicator, as reports write it) it offers that again first, so a
 * new figure does not lose the document behind the old one by oversight.
 */
export function evidenceQuestion(earlier?: string): Question {
  const skip = { label: "Bỏ qua", value: "bỏ qua" };
  if (earlier)
    return {
      text: `Minh chứng: vẫn dùng ${earlier}? Trả lời "có", nhập minh chứng khác (số và ngày văn bản, ví dụ 189/BC-UBND ngày 27/11/2023, hoặc một đường dẫn), hoặc "bỏ qua".`,
      choices: [{ label: "Có, vẫn dùng", value: "có" }, skip],
    };
  return {
    text: `Minh chứng? Nhập số và ngày văn bản (ví dụ 189/BC-UBND ngày 27/11/2023), một đường dẫn, hoặc "bỏ qua".`,
    choices: [skip],
  };
}

function yesNoChoices(yes: string, no: string): Choice[] {
  return [
    { label: yes, value: "có" },
    { label: no, value: "chưa" },
  ];
}

/** Catalog questions are worded as statements or questions; end each with one "?". */
function asQuestion(text: string): string {
  const trimmed = text.trim().replace(/[.:;]+$/, "");
  const sentence = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return sentence.endsWith("?") ? sentence : `${sentence}?`;
}
