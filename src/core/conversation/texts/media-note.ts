import type { MediaKind } from "../../messages/inbound-message.js";

const MEDIA_NAMES: Record<MediaKind, string> = {
  sticker: "nhãn dán",
  photo: "hình ảnh",
  file: "tệp đính kèm",
  voice: "tin nhắn thoại",
  video: "video",
  other: "loại tin nhắn này",
};

/**
 * The polite note for a sticker, photo or file sent while the bot waits for the member's
 * answer: only text is read, so the answer has to be typed. In a group it tags the member.
 */
export function mediaNote(media: MediaKind, name: string, isGroup: boolean): string {
  const to = isGroup ? `@${name} ` : "";
  return `${to}Xã Số chỉ đọc được tin nhắn chữ nên chưa xem được ${MEDIA_NAMES[media]}. Anh/chị gõ câu trả lời bằng chữ giúp nhé (minh chứng thì gõ số, ngày văn bản hoặc dán đường dẫn; gõ "hủy" để dừng).`;
}
