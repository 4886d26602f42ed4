import { SESSION_TIMEOUT_MS } from "../../../core/conversation/session-state.js";
import type { RenderableMessage } from "./render-outbound.js";
import type { ZaloMedia } from "./to-inbound.js";

const MEDIA_NAMES: Record<ZaloMedia, string> = {
  sticker: "nhãn dán",
  photo: "hình ảnh",
  file: "tệp đính kèm",
  voice: "tin nhắn thoại",
  video: "video",
  other: "loại tin nhắn này",
};

/** The polite note for a sticker, photo or file sent while the bot waits for an answer. */
export function mediaNote(media: ZaloMedia, name: string, isGroup: boolean): string {
  const to = isGroup ? `@${name} ` : "";
  return `${to}Xã Số chỉ đọc được tin nhắn chữ nên chưa xem được ${MEDIA_NAMES[media]}. Anh/chị gõ câu trả lời bằng chữ giúp nhé (minh chứng thì gõ số, ngày văn bản hoặc dán đường dẫn; gõ "hủy" để dừng).`;
}

/**
 * Which members the bot is waiting on. The core keeps the real dialog state; the adapter
 * only needs to know whether a sticker or photo arrives while a question is open, so it
 * notes when its reply to a member asks something (offers choices or ends a line with a
 * question mark) and forgets it after the core's dialog timeout or once it has answered.
 * The note is sent once per open question, so an album of photos gets one note.
 */
export class OpenQuestions {
  private readonly open = new Map<string, number>();

  constructor(private readonly timeoutMs: number = SESSION_TIMEOUT_MS) {}

  /** Records the bot's replies to a member's message. */
  answered(chatId: string, senderId: string, replies: readonly RenderableMessage[], now: number): void {
    const key = `${chatId}\n${senderId}`;
    if (replies.length === 0) return;
    if (replies.some(asksSomething)) this.open.set(key, now + this.timeoutMs);
    else this.open.delete(key);
  }

  /** True when a note is due for media from this member now; it is then not due again for the same question. */
  takeNote(chatId: string, senderId: string, now: number): boolean {
    const key = `${chatId}\n${senderId}`;
    const until = this.open.get(key);
    this.open.delete(key);
    return until !== undefined && now <= until;
  }
}

function asksSomething(reply: RenderableMessage): boolean {
  return (reply.choices?.length ?? 0) > 0 || /\?(?:\s|\)|$)/m.test(reply.text);
}
