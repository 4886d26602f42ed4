import { beforeAll, describe, expect, it } from "vitest";
import type { Catalog } from "../../src/core/catalog/catalog-schema.js";
import type { CommuneSnapshot, MemberInfo } from "../../src/core/conversation/commune-snapshot.js";
import { converse } from "../../src/core/conversation/converse.js";
import type { SenderInfo } from "../../src/core/conversation/converse-input.js";
import { parseMessage } from "../../src/core/parsing/parse-message.js";
import { loadCatalogOrFail } from "../support/catalogs.js";

/**
 * Words typed by anyone in a group reach lookups keyed by user text before any membership
 * check. Every name Object.prototype answers to must read as an ordinary unknown word.
 */
const prototypeKeys = [...Object.getOwnPropertyNames(Object.prototype), "__proto__", "prototype", "then", "toJSON"];

const texts = prototypeKeys.flatMap((key) => [key, `/${key}`, `/capnhat ${key}`, `3.2 ${key}`, `${key} 6608/8315`]);

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalogOrFail("thanh-hoa-2023");
});

const now = new Date("2023-11-20T01:00:00Z");
const lan: MemberInfo = {
  membershipId: "m-lan",
  personId: "p-lan",
  displayName: "Lan",
  role: "secretary",
  status: "approved",
  platformUserId: "u1",
};

function snapshot(): CommuneSnapshot {
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

const member: SenderInfo = { personId: "p-lan", name: "Lan", membership: lan, administers: [] };
const stranger: SenderInfo = { personId: null, name: "Khách", membership: null, administers: [] };

function step(text: string, sender: SenderInfo, isGroup: boolean) {
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
    snapshot: snapshot(),
    sender,
    session: null,
    now,
    timeZone: "Asia/Ho_Chi_Minh",
  });
}

describe("Object.prototype names in messages", () => {
  it.each(texts)("%s is parsed without throwing and names no indicator", (text) => {
    const parsed = parseMessage(text, catalog);
    expect(typeof parsed.intent).toBe("string");
    expect(JSON.stringify(parsed)).not.toContain("function");
  });

  it.each(texts)("%s gets a reply or silence, never an exception, and saves nothing", (text) => {
    for (const sender of [member, stranger]) {
      for (const isGroup of [true, false]) {
        const outcome = step(text, sender, isGroup);
        expect(outcome.effects.every((e) => e.type === "reply")).toBe(true);
        for (const effect of outcome.effects) if (effect.type === "reply") expect(effect.text).toMatch(/\S/);
      }
    }
  });
});
