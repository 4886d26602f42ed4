/**
 * What the bot says about the chat and the sender before any dialog: a chat not bound
 * yet, a sender who may not read or enter figures, and messages it cannot act on.
 */

/** Anything but /batdau and help in a chat not bound to a commune. */
export const CHAT_NOT_BOUND = "Nhóm này chưa được gắn với xã nào. Trưởng ban hoặc thư ký BCĐ gõ /batdau để bắt đầu.";

/** A sender who is not on the commune's committee. */
export function notAMember(communeName: string): string {
  return `Anh/chị chưa là thành viên BCĐ ${communeName} nên chưa xem hay nhập được số liệu. Gõ /thamgia để đề nghị tham gia.`;
}

/** A viewer sending a figure. */
export const VIEWER_ONLY = "Vai trò của anh/chị chỉ được xem số liệu. Nhờ thư ký BCĐ cập nhật giúp.";

/** "hủy" with no dialog open. */
export const NOTHING_TO_CANCEL = "Không có gì đang nhập dở để hủy.";

/** A question about an indicator whose name matched several. */
export function whichIndicatorAsked(candidates: readonly string[]): string {
  return `Anh/chị hỏi chỉ tiêu nào: ${candidates.join(", ")}? Gõ kèm mã, ví dụ "${candidates[0] ?? "3.2"} thế nào?".`;
}

/** A message addressed to the bot that it could not read. */
export const NOT_UNDERSTOOD = `Xin lỗi, tôi chưa hiểu. Gõ /huongdan để xem cách dùng, hoặc /capnhat để nhập số liệu.`;

/** A greeting in a private chat, or to the bot by name: a short welcome and where to start. */
export function greetingReply(name: string): string {
  return `Chào ${name}! Anh/chị gõ /capnhat để nhập số liệu, "tiến độ" để xem tiến độ, hoặc /huongdan để xem cách dùng.`;
}

/** Thanks addressed to the bot. */
export const THANKS_REPLY = "Dạ, không có gì ạ. Cần gì anh/chị cứ nhắn nhé.";

/** A yes ("ok e", 👍, "có") sent to the bot when nothing waits for one, such as after a figure was saved. */
export const NOTHING_TO_CONFIRM = "Dạ. Hiện không có gì đang chờ anh/chị xác nhận; cần gì anh/chị cứ nhắn nhé.";

/** A number typed in a form that cannot be read exactly ("1e309", "1_000", twenty digits). */
export function unreadableNumber(written: string): string {
  return `Tôi không đọc được “${written}” thành một số chính xác. Anh/chị gõ lại bằng chữ số, ví dụ 6.608, 6.608/8.315 hoặc 79,5%.`;
}

/** A figure without an indicator it could belong to. */
export const FIGURE_WITHOUT_INDICATOR = `Chưa rõ số liệu này của chỉ tiêu nào. Gõ kèm mã chỉ tiêu, ví dụ "3.2: 6.608/8.315", hoặc /capnhat để chọn.`;

/** An edited message carrying a figure: edits are never saved, a correction is. */
export function editedFigure(code: string): string {
  return `Tin nhắn đã sửa không được tự động lưu. Để sửa số liệu chỉ tiêu ${code}, gõ: sửa ${code} <số mới>, ví dụ "sửa ${code} 6.700/8.315".`;
}
