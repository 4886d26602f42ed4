import type { Choice } from "../../messages/outbound-message.js";
import type { Role } from "../commune-snapshot.js";
import { roleLabel } from "./committee.js";

/** What the bot says when the chair removes a member from the committee (/xoathanhvien). */

/** How to answer the removal question. */
export const REMOVE_PROMPT = 'Trả lời "có" để xóa, "không" để thôi.';

/** /xoathanhvien from someone who does not run the committee. */
export const ONLY_MANAGERS_REMOVE = "Chỉ trưởng ban, phó trưởng ban hoặc thư ký BCĐ mới xóa được thành viên.";

/** A member asked to remove themselves. */
export const CANNOT_REMOVE_SELF =
  "Anh/chị không tự xóa mình khỏi BCĐ được. Nhờ trưởng ban hoặc người cài đặt chạy lệnh xaso member remove.";

/** The answer was no: nobody removed. */
export const NOT_REMOVED = "Đã thôi, chưa xóa ai.";

/** The member was removed by someone else (or left) while the question waited. */
export const ALREADY_GONE = "Người này không còn trong BCĐ nữa; không cần xóa.";

/** A secretary or deputy tried to remove the chair. */
export function onlyChairRemovesChair(name: string): string {
  return `${name} là trưởng ban; chỉ trưởng ban khác hoặc người cài đặt (lệnh xaso member remove) mới xóa được.`;
}

/** /xoathanhvien naming nobody on the committee, or several. */
export function whomToRemove(mention: string, names: readonly string[]): string {
  const named = mention ? `Chưa xác định được thành viên "${mention}". ` : "";
  return `${named}Gõ /xoathanhvien @Tên (tên như trong danh sách BCĐ: ${names.join(", ")}).`;
}

/** The read-back before removing: who, what they answer for, and that their figures stay. */
export function removeQuestion(name: string, role: Role, codes: readonly string[], communeLabel: string): string {
  const assigned = codes.length ? `\n• Đang phụ trách: ${codes.join(", ")} (sẽ thành chưa phân công)` : "";
  return `Xóa ${name} (${roleLabel(role)}) khỏi BCĐ ${communeLabel}?${assigned}\n• Số liệu ${name} đã nhập vẫn được giữ nguyên.\n${REMOVE_PROMPT}`;
}

/** The buttons under the removal question. */
export function removeChoices(): Choice[] {
  return [
    { label: "Có, xóa", value: "có" },
    { label: "Không", value: "không" },
  ];
}

/** After the removal was stored. */
export function removedText(name: string, communeLabel: string): string {
  return `✅ Đã xóa ${name} khỏi BCĐ ${communeLabel}. Số liệu đã nhập vẫn giữ nguyên.`;
}
