/** A person to tag in a message; the text carries "@Name" where the tag goes. */
export interface Mention {
  membershipId: string;
  displayName: string;
  platformUserId?: string;
}

/** A button or numbered option offered with a message; choosing it sends `value` as text. */
export interface Choice {
  label: string;
  value: string;
}

/** A file sent with a message (a report, a chart): its name, bytes and media type. */
export interface AttachedFile {
  name: string;
  bytes: Uint8Array;
  mimeType: string;
}

/**
 * One message for a platform adapter to send: where, what, with which choices and tags.
 * It is the outbound twin of InboundMessage: the app turns each reply into these, and
 * every adapter (Telegram, Zalo, the terminal chat) renders it in its own terms.
 */
export interface OutboundMessage {
  platform: string;
  chatId: string;
  text: string;
  choices?: Choice[];
  mentions?: Mention[];
  /** A file to send, `text` being its caption: a document, or a photo for images. */
  file?: AttachedFile;
}

/**
 * The text with its choices as a numbered list under it ("1. Có, lưu"), the way they read
 * where there are no buttons (Zalo, the terminal chat, transcripts). The conversation
 * reads a typed number as that choice, so the numbering here and the reading there agree.
 */
export function withNumberedChoices(text: string, choices: readonly Pick<Choice, "label">[] | undefined): string {
  if (!choices?.length) return text;
  return [text, ...choices.map((choice, index) => `${index + 1}. ${choice.label}`)].join("\n");
}
