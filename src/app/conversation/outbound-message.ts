import type { Choice, Mention } from "../../core/conversation/effects.js";

/** A message for a platform adapter to send: where, what, with which choices and tags. */
export interface OutboundMessage {
  platform: string;
  chatId: string;
  text: string;
  choices?: Choice[];
  mentions?: Mention[];
}
