import type { ReadWhen } from "./read-when.js";

/**
 * The question sent back for a date that cannot be used: none given, one the calendar
 * does not have, or one already past. `what` is "họp" or "hạn".
 */
export function describeWhenProblem(problem: Extract<ReadWhen, { ok: false }>, what: "họp" | "hạn"): string {
  const example = what === "họp" ? "25/3/2024 14:00" : "25/2/2026";
  switch (problem.problem) {
    case "no-date":
      return `Đồng chí cho biết ngày ${what} cụ thể (ví dụ ${example}) ạ?`;
    case "impossible-date":
      return `Ngày ${problem.typed ?? ""} không có trên lịch. Đồng chí kiểm tra lại ngày ${what} (ví dụ ${example}) ạ?`;
    case "future":
      return `Ngày ${problem.typed ?? ""} chưa tới. Đồng chí kiểm tra lại ngày đã họp ạ?`;
    case "past":
      return `Thời điểm ${problem.typed ?? ""} đã qua. Đồng chí cho biết ngày ${what} sắp tới (ví dụ ${example}) ạ?`;
  }
}
