/** Why the Zalo account stopped working until someone acts. */
export type SessionLossReason = "kicked" | "duplicate-connection" | "login-rejected" | "credentials-missing";

/**
 * A lost Zalo session, for the app to alert the commune administrators on another
 * platform. `text` is ready to send as it is.
 */
export interface ZaloSessionLoss {
  reason: SessionLossReason;
  /** The socket close code, for kicks (3000, 3003). */
  code?: number | undefined;
  text: string;
  at: Date;
}

const relogin =
  "Quản trị viên đăng nhập lại bằng lệnh: npm run -s xaso -- zalo login (quét mã QR bằng điện thoại của tài khoản Zalo dành riêng cho bot).";

/** The alert for administrators, in Vietnamese. `retryMinutes`: how often the bot tries again by itself. */
export function sessionLossText(reason: SessionLossReason, retryMinutes: number): string {
  const retry = `Xã Số sẽ tự thử kết nối lại mỗi ${retryMinutes} phút.`;
  switch (reason) {
    case "kicked":
      return `⚠️ Tài khoản Zalo của Xã Số vừa bị đăng xuất vì tài khoản này được mở trên Zalo Web hoặc máy khác. Các nhóm Zalo tạm thời không nhận được trả lời. Đóng Zalo Web trên tài khoản này. ${retry} Nếu vẫn không được: ${relogin}`;
    case "duplicate-connection":
      return `⚠️ Tài khoản Zalo của Xã Số đang được một chương trình khác kết nối cùng lúc (có thể Xã Số đang chạy hai lần). Các nhóm Zalo tạm thời không nhận được trả lời. Chỉ để một bản Xã Số chạy. ${retry}`;
    case "login-rejected":
      return `⚠️ Zalo không chấp nhận phiên đăng nhập đã lưu của Xã Số (phiên hết hạn hoặc đã đăng xuất). Các nhóm Zalo tạm thời không nhận được trả lời. ${relogin} ${retry}`;
    case "credentials-missing":
      return `⚠️ Xã Số không tìm thấy thông tin đăng nhập Zalo đã lưu. ${relogin} ${retry}`;
  }
}
