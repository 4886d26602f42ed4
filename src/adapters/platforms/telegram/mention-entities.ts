import type { Mention } from "../../../core/conversation/effects.js";
import type { MessageEntity } from "./grammy-deps.js";

/**
 * Tags for the people a message names: each "@Tên" in the text becomes a `text_mention`
 * of that member's Telegram account, so they are notified even without a username.
 * Offsets and lengths count UTF-16 code units, as Telegram requires and as JavaScript
 * strings already do (an emoji such as 📊 counts two). A name is tagged only as a whole
 * word ("@Lan" is not tagged inside "@Lana"); members with no Telegram account stay plain text.
 */
export function mentionEntities(text: string, mentions: readonly Mention[] | undefined): MessageEntity[] {
  const taggable = (mentions ?? []).filter(
    (m) => m.displayName && m.platformUserId && /^\d{1,15}$/.test(m.platformUserId),
  );
  // Longer names first, so "@Lan Anh" wins over "@Lan" where both would match.
  const byLength = [...taggable].sort((a, b) => b.displayName.length - a.displayName.length);
  const taken: Array<[number, number]> = [];
  const entities: MessageEntity[] = [];
  for (const mention of byLength) {
    const needle = `@${mention.displayName}`;
    for (let offset = text.indexOf(needle); offset !== -1; offset = text.indexOf(needle, offset + 1)) {
      const end = offset + needle.length;
      if (/[\p{L}\p{N}_]/u.test(text.charAt(end)) || taken.some(([from, to]) => offset < to && end > from)) continue;
      taken.push([offset, end]);
      entities.push({
        type: "text_mention",
        offset,
        length: needle.length,
        user: { id: Number(mention.platformUserId), is_bot: false, first_name: mention.displayName },
      });
    }
  }
  return entities.sort((a, b) => a.offset - b.offset);
}
