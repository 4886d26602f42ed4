import type { Choice } from "../../messages/outbound-message.js";

/** What the bot says when a member takes back their last update ("hoàn tác"). */

/** How to answer the undo question. */
export const UNDO_PROMPT = `Trả lời "có" để hoàn tác, "không" để giữ nguyên.`;

/** Nothing of the member's to take back this period. */
export const NOTHING_TO_UNDO = "Anh/chị chưa có lần cập nhật nào trong kỳ này để hoàn tác.";

/** The indicator of the member's last update left the catalog. */
export const LAST_UPDATE_INDICATOR_GONE = "Chỉ tiêu của lần cập nhật gần nhất không còn trong bộ chỉ tiêu.";

/** The indicator of an open undo left the catalog meanwhile. */
export const UNDO_INDICATOR_GONE = "Chỉ tiêu này không còn trong bộ chỉ tiêu.";

/** The member answered no: the figure stays. */
export const KEPT = "Đã giữ nguyên số liệu.";

/** The member's last update of `code` was undone already. */
export function alreadyUndone(code: string): string {
  return `Lần cập nhật chỉ tiêu ${code} gần nhất của anh/chị đã được hoàn tác rồi.`;
}

/** Someone updated `code` after the member: only a correction can change it now. */
export function updatedSince(code: string, byName: string): string {
  return `Chỉ tiêu ${code} đã được ${byName} cập nhật sau lần của anh/chị, nên không hoàn tác được. Dùng "sửa ${code} …" để sửa số liệu.`;
}

/** The undo question: which figure goes, which comes back. */
export function undoQuestion(code: string, current: string, restored: string): string {
  return `Hoàn tác lần cập nhật chỉ tiêu ${code}: ${current} → trở lại ${restored}?\n${UNDO_PROMPT}`;
}

/** The buttons under the undo question. */
export function undoChoices(): Choice[] {
  return [
    { label: "Có, hoàn tác", value: "có" },
    { label: "Không", value: "không" },
  ];
}

/**
 * After the undo was stored: the figure back in force and its verdict, or, when the undone
 * figure was the only one, that the indicator has no figure again (never "Chưa có số liệu →
 * Chưa có số liệu").
 */
export function undoneText(code: string, restored: { figure: string; status: string } | null): string {
  if (restored === null) return `↩️ Đã hoàn tác ${code}: chỉ tiêu trở lại chưa có số liệu.`;
  return `↩️ Đã hoàn tác ${code}: trở lại ${restored.figure} → ${restored.status}.`;
}
