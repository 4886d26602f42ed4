/**
 * What the bot says when a new figure, update or undo takes over from a dialog that held
 * something not yet saved: said plainly, above the new reply, so nothing is dropped unseen.
 */

/** A guided update (or a figure read back) of one indicator, left before "có". */
export function unsavedUpdate(code: string): string {
  return `Chỉ tiêu ${code} đang nhập dở chưa được lưu.`;
}

/** Several figures read back together, left before "có". */
export function unsavedBatch(codes: readonly string[]): string {
  return `Các chỉ tiêu ${codes.join(", ")} đang chờ xác nhận chưa được lưu.`;
}

/** A figure typed before its indicator was chosen. */
export const UNSAVED_PICK = "Số liệu đang chờ chọn chỉ tiêu chưa được lưu.";

/** An undo offered and not confirmed. */
export function undoNotDone(code: string): string {
  return `Chưa hoàn tác chỉ tiêu ${code}, số liệu giữ nguyên.`;
}

/** A member's removal read back and not confirmed. */
export function removalNotDone(name: string): string {
  return `Chưa xóa ${name} khỏi Ban chỉ đạo.`;
}
