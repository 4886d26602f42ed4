/**
 * Zalo refuses a text identical to the one just sent to the same chat ("Không thể nhận tin
 * nhắn từ bạn."), which happens when two members of a group reach the same step. The guard
 * remembers the last text sent to each chat and makes a repeat differ by a visible suffix
 * on its last line: " (gửi Tên)" when the reply answers a known member, " (nhắc lại)"
 * otherwise. Should that still equal the previous text, a zero-width space is added. The
 * suffix goes at the end, so tag positions stay valid.
 */
export class RepeatGuard {
  private readonly last = new Map<string, string>();

  /** The text to send to `chatId` now: `text` itself, or a variation of it when it would repeat. */
  vary(chatId: string, text: string, addressee?: string): string {
    const previous = this.last.get(chatId);
    if (previous !== text) return text;
    const varied = `${text} ${addressee ? `(gửi ${addressee})` : "(nhắc lại)"}`;
    return varied === previous ? `${text}\u200b` : varied;
  }

  /** Records what was actually sent. */
  sent(chatId: string, text: string): void {
    this.last.set(chatId, text);
  }
}
