import type { SessionState } from "../session-state.js";

/**
 * The short note sent when a member's dialog ended because they stopped answering:
 * nothing was saved, and how to start again.
 */
export function timeoutNote(session: SessionState, memberName: string): string {
  const code = "draft" in session ? session.draft.code : session.step === "confirm-undo" ? session.code : null;
  const what =
    session.step === "confirm-undo"
      ? `hoàn tác chỉ tiêu ${code}`
      : code
        ? `cập nhật chỉ tiêu ${code}`
        : "cập nhật số liệu";
  return `⏱ ${memberName} ơi, phiên ${what} đã kết thúc vì lâu không có trả lời; chưa lưu gì. Gõ /capnhat khi cần nhập lại.`;
}
