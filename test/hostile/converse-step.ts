import type { Catalog } from "../../src/core/catalog/catalog-schema.js";
import { converse } from "../../src/core/conversation/converse.js";
import type { DialogOutcome, SenderInfo } from "../../src/core/conversation/converse-input.js";
import { lan, thuySonSnapshot } from "../support/thuy-son-snapshot.js";

/** One conversation step on a Thúy Sơn-like commune, for hostile-input tests. */
const now = new Date("2023-11-20T01:00:00Z");

export const member: SenderInfo = { personId: "p-lan", name: "Lan", membership: lan, administers: [] };
export const stranger: SenderInfo = { personId: null, name: "Khách", membership: null, administers: [] };

/** The outcome of one message from `sender`, in a group or a private chat, with no open dialog. */
export function step(catalog: Catalog, text: string, sender: SenderInfo, isGroup: boolean): DialogOutcome {
  return converse({
    message: {
      platform: "telegram",
      chatId: isGroup ? "-100" : "u1",
      isGroup,
      messageId: "1",
      sender: { id: sender.personId ?? "stranger", name: sender.name },
      text,
      mentionsBot: false,
      repliesToBot: false,
      sentAt: now,
    },
    snapshot: thuySonSnapshot(catalog),
    sender,
    session: null,
    now,
    timeZone: "Asia/Ho_Chi_Minh",
  });
}

/** The texts the outcome replies with. */
export function repliesOf(outcome: DialogOutcome): string[] {
  return outcome.effects.flatMap((effect) => (effect.type === "reply" ? [effect.text] : []));
}
