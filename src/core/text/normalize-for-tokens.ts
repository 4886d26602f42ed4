import { foldVietnamese } from "./fold-vietnamese.js";

/**
 * Folds text and tidies its punctuation so that it splits cleanly into words and numbers,
 * while everything that carries a figure stays intact: digits, "." and "," inside numbers
 * ("6.608", "64,8") and codes ("i.3", "1.3a"), "/" and "%". Other punctuation becomes a
 * space, except "?" which is kept as its own word because it marks a question.
 *
 * "Chỉ tiêu 3.2: 6.608/8.315 người, đạt 79,5%!" → "chi tieu 3.2 6.608/8.315 nguoi dat 79,5%".
 */
export function normalizeForTokens(text: string): string {
  return foldVietnamese(text)
    .replace(/([.,])(?!\d)/g, " ")
    .replace(/(^|[^\da-z])[.,]/g, "$1 ")
    .replace(/\?/g, " ? ")
    .replace(/[^\da-z.,/%?\s]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
