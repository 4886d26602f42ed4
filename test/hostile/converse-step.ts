import type { Catalog } from "../../src/core/catalog/catalog-schema.js";
import type { CommuneSnapshot, MemberInfo } from "../../src/core/conversation/commune-snapshot.js";
import { converse } from "../../src/core/conversation/converse.js";
import type { DialogOutcome, SenderInfo } from "../../src/core/conversation/converse-input.js";

/** One conversation step on a Thúy Sơn-like commune, for hostile-input tests. */
const now = new Date("2023-11-20T01:00:00Z");
const lan: MemberInfo = {
  membershipId: "m-lan",
  personId: "p-lan",
  displayName: "Lan",
  role: "secretary",
  status: "approved",
  platformUserId: "u1",
};

export const member: SenderInfo = { personId: "p-lan", name: "Lan", membership: lan, administers: [] };
export const stranger: SenderInfo = { personId: null, name: "Khách", membership: null, administers: [] };

function snapshotOf(catalog: Catalog): CommuneSnapshot {
  return {
    communeId: "c1",
    communeName: "Thúy Sơn",
    district: "Ngọc Lặc",
    province: "Thanh Hóa",
    joinPolicy: "approval",
    planId: "plan1",
    year: 2023,
    period: "2023",
    catalog,
    targetOverrides: {},
    figures: {},
    assignments: {},
    members: [lan],
    scheduled: [],
  };
}

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
    snapshot: snapshotOf(catalog),
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
