/**
 * What the bot says about several figures sent together: the read-back table, what was
 * left out and why, and the confirmation once they are saved.
 */

/** One figure in the table: "3.2 Tài khoản ngân hàng: 6.608/8.315 người (79,4%) → Đạt". */
export interface BatchRow {
  /** Code and short name. */
  readonly label: string;
  /** The figure as read back, "before → after" for a correction. */
  readonly figure: string;
  readonly status: string;
  /** The evidence cited with the figure, as read back ("số 45/BC ngày 20/11/2023"). */
  readonly evidence?: string;
}

/** A figure that is not saved, and why (a refused value, a figure unchanged). */
export interface BatchNote {
  readonly code: string;
  readonly reason: string;
}

/** Everything a batch read-back shows. */
export interface BatchReadBack {
  readonly rows: readonly BatchRow[];
  readonly warnings: readonly BatchNote[];
  readonly refused: readonly BatchNote[];
  readonly unchanged: readonly BatchNote[];
  /** Lines not understood, each as typed with what was unclear, if anything. */
  readonly unread: readonly string[];
}

const row = (item: BatchRow) => `• ${item.label}: ${item.figure} → ${item.status}`;
const rowWithEvidence = (item: BatchRow) => (item.evidence ? `${row(item)} (minh chứng: ${item.evidence})` : row(item));
const note = (item: BatchNote) => `• ${item.code}: ${item.reason}`;

/** A new figure for a line that waits, refused: the figure, why, and that the line keeps the one it had. */
export function replacementRefused(refused: string, problem: string, kept: string): string {
  return `sửa thành ${refused} không được: ${problem} Vẫn giữ ${kept} đang chờ lưu.`;
}

/** "Cập nhật 3 chỉ tiêu:" then one line each, what is not saved, and how to confirm, drop or fix a line. */
export function batchReadBack(input: BatchReadBack): string {
  const lines = [`Cập nhật ${input.rows.length} chỉ tiêu:`, ...input.rows.map(rowWithEvidence)];
  lines.push(...input.warnings.map((warning) => `${warning.code}: ${warning.reason}`));
  lines.push(...leftOut(input));
  const example = input.rows.length > 1 ? input.rows[input.rows.length - 1]?.label.split(" ")[0] : undefined;
  lines.push(
    input.rows.length > 1
      ? `Trả lời "có" để lưu cả ${input.rows.length} chỉ tiêu, "không" để hủy. Bỏ một dòng: "bỏ ${example}"; sửa một dòng: "sửa ${example} <số mới>".`
      : `Trả lời "có" để lưu, "không" để hủy.`,
  );
  return lines.join("\n");
}

/** Nothing in the message can be saved: only what was left out, and how to send a figure. */
export function nothingToSave(input: Omit<BatchReadBack, "rows" | "warnings">): string {
  if (input.refused.length === 0 && input.unread.length === 0)
    return ["Số liệu không đổi, không lưu thêm bản mới:", ...input.unchanged.map(note)].join("\n");
  return [
    "Chưa có số liệu nào để lưu.",
    ...leftOut({ ...input, rows: [], warnings: [] }),
    `Gửi lại mỗi dòng một chỉ tiêu, ví dụ "3.2: 6.608/8.315".`,
  ].join("\n");
}

function leftOut(input: BatchReadBack): string[] {
  const lines: string[] = [];
  if (input.refused.length) lines.push("Không lưu (số liệu cần xem lại):", ...input.refused.map(note));
  if (input.unchanged.length) lines.push("Không lưu (số liệu không đổi):", ...input.unchanged.map(note));
  if (input.unread.length) lines.push("Chưa hiểu, không lưu:", ...input.unread.map((line) => `• ${line}`));
  return lines;
}

/** After "có": each saved figure with its verdict, and who entered them. */
export function batchSaved(rows: readonly BatchRow[], unchanged: readonly BatchNote[], byName: string): string {
  const lines = [`✅ Đã lưu ${rows.length} chỉ tiêu (${byName} cập nhật):`, ...rows.map(row)];
  if (unchanged.length) lines.push("Không lưu lại (số liệu không đổi):", ...unchanged.map(note));
  return lines.join("\n");
}

/** A line of the pasted list that could not be read, with what was unclear. */
export function unreadLine(line: string, why?: string): string {
  return why ? `"${line}" (${why})` : `"${line}"`;
}

/** Why a figure's line names no indicator the catalog has. */
export function whichOf(candidates: readonly string[]): string {
  return `chỉ tiêu ${candidates.join(" hay ")}? gõ kèm mã`;
}

/** A code the commune's catalog does not have. */
export function noSuchCode(code: string): string {
  return `không có mã ${code} trong bộ chỉ tiêu`;
}

/** A figure without any indicator. */
export const NO_INDICATOR = "chưa rõ chỉ tiêu nào";

/** "bỏ 3.7" for a code not in the list being confirmed. */
export function notInBatch(code: string): string {
  return `Chỉ tiêu ${code} không có trong danh sách đang chờ lưu.`;
}

/** Every line was dropped: nothing left to confirm. */
export const ALL_DROPPED = "Đã bỏ hết các dòng, chưa lưu gì.";

/** An answer to the batch read-back that is neither yes, no, "bỏ …" nor "sửa …". */
export const BATCH_PROMPT = `Trả lời "có" để lưu, "không" để hủy; "bỏ <mã>" để bỏ một dòng, "sửa <mã> <số mới>" để sửa.`;

/** The answer that gives a file to every figure offered. */
export const ALL_OF_THEM = "tất cả";

/** A file sent under a table where several figures need evidence: which one it is for. */
export function whichFigureForFile(fileName: string, example: string): string {
  return `Tệp "${fileName}" là minh chứng của chỉ tiêu nào? Trả lời bằng số thứ tự, mã chỉ tiêu (ví dụ ${example}) hoặc "${ALL_OF_THEM}".`;
}
