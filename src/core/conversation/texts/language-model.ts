/** Who may switch the language model: the chair and the deputy chair. */
export const ONLY_CHAIR_SWITCHES_MODEL = "Chỉ Trưởng ban hoặc Phó Trưởng ban được bật, tắt mô hình ngôn ngữ của xã.";

/** What /mohinh says about the commune's switch. */
export function languageModelStatus(communeName: string, off: boolean): string {
  return off
    ? [
        `Mô hình ngôn ngữ của ${communeName} đang TẮT: không có tin nhắn, số liệu nào của xã được gửi ra ngoài; Xã Số trả lời theo quy tắc.`,
        "Trưởng ban gõ /mohinh bật để bật lại.",
      ].join("\n")
    : [
        `Mô hình ngôn ngữ của ${communeName} đang BẬT (khi máy chủ có cấu hình): tin nhắn gửi cho Xã Số mà quy tắc chưa đọc được, câu hỏi mở và lời văn dự thảo báo cáo được gửi đi sau khi che số điện thoại, số CCCD, email và tên người.`,
        "Trưởng ban gõ /mohinh tắt để không gửi gì của xã ra ngoài.",
      ].join("\n");
}

/** The confirmation of a switch. */
export function languageModelSwitched(communeName: string, enabled: boolean, changed: boolean): string {
  if (!changed) return `Mô hình ngôn ngữ của ${communeName} vẫn đang ${enabled ? "bật" : "tắt"}; không có gì thay đổi.`;
  return enabled
    ? `✅ Đã bật lại mô hình ngôn ngữ cho ${communeName}.`
    : `✅ Đã tắt mô hình ngôn ngữ cho ${communeName}: từ nay không gửi gì của xã ra ngoài, Xã Số trả lời theo quy tắc.`;
}
