import { groundedAnswerSchema } from "./model-requests.js";
import { digitGroups, isAmong, numbersInText } from "./numbers-in-text.js";

/**
 * The model's answer to an open question, if it may be shown: it validates, and every
 * number in it appears in what the model was given (a number or a code it made up
 * disqualifies the whole answer). The answer is kept short and ends with the data's date.
 */
export function groundedAnswer(json: unknown, given: string, dataDate: string): string | null {
  const parsed = groundedAnswerSchema.safeParse(json);
  if (!parsed.success) return null;
  const answer = parsed.data.answer.trim().replace(/\s*\(?Dữ liệu tính đến ngày[^\n]*$/u, "");
  const known = numbersInText(given);
  if (!digitGroups(answer).every((group) => group.readings.some((n) => isAmong(n, known)))) return null;
  return `${answer}\n(Dữ liệu tính đến ngày ${dataDate}.)`;
}
