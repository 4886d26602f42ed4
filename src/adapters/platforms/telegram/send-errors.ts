import { GrammyError } from "./grammy-deps.js";

/** Why a send failed, as far as what to do next goes. */
export type SendFailure =
  /** The bot can no longer post in the chat: removed, blocked, the chat is gone or moved. */
  | { kind: "chat-gone"; reason: string }
  /** The forum topic was deleted. */
  | { kind: "topic-gone"; reason: string }
  /** Telegram refused the mention tags; the text alone can still go. */
  | { kind: "bad-entities" }
  /** Anything else (closed topic, missing rights, an outage that outlasted the retries). */
  | { kind: "other" };

/**
 * Classifies a failed Bot API call by its error code and description. The reasons are
 * Vietnamese because they are kept in the audit log next to the chat they concern.
 */
export function classifySendError(error: unknown): SendFailure {
  if (!(error instanceof GrammyError)) return { kind: "other" };
  const description = error.description.toLowerCase();
  if (error.error_code === 403) {
    if (description.includes("kicked")) return { kind: "chat-gone", reason: "bot bị xóa khỏi nhóm" };
    if (description.includes("blocked")) return { kind: "chat-gone", reason: "người dùng đã chặn bot" };
    if (description.includes("deactivated")) return { kind: "chat-gone", reason: "tài khoản người dùng đã bị xóa" };
    if (description.includes("not a member")) return { kind: "chat-gone", reason: "bot không còn trong nhóm" };
    if (description.includes("initiate conversation"))
      return { kind: "chat-gone", reason: "người dùng chưa bắt đầu trò chuyện với bot" };
    return { kind: "other" };
  }
  if (error.error_code === 400) {
    const migratedTo = error.parameters.migrate_to_chat_id;
    if (migratedTo !== undefined)
      return { kind: "chat-gone", reason: `nhóm đã nâng cấp thành siêu nhóm, mã mới ${migratedTo}` };
    if (description.includes("chat not found"))
      return { kind: "chat-gone", reason: "không tìm thấy nhóm trên Telegram" };
    if (description.includes("message thread not found")) return { kind: "topic-gone", reason: "chủ đề đã bị xóa" };
    if (description.includes("entities") || description.includes("mention")) return { kind: "bad-entities" };
  }
  return { kind: "other" };
}
