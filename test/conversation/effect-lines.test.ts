import { beforeAll, describe, expect, it } from "vitest";
import { effectLines, isEffectLine } from "../../src/app/replay/effect-lines.js";
import type { Catalog } from "../../src/core/catalog/catalog-schema.js";
import type { MemberInfo } from "../../src/core/conversation/commune-snapshot.js";
import type { ConverseInput } from "../../src/core/conversation/converse-input.js";
import { loadCatalogOrFail } from "../support/catalogs.js";
import { thuySonSnapshot } from "../support/thuy-son-snapshot.js";

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalogOrFail("thanh-hoa-2023");
});

const hung: MemberInfo = {
  membershipId: "m-hung",
  personId: "p-hung",
  displayName: "Hùng",
  role: "chair",
  status: "approved",
};
const khach: MemberInfo = {
  membershipId: "m-khach",
  personId: "p-khach",
  displayName: "Khách",
  role: "member",
  status: "pending",
};
const at = new Date("2023-11-20T01:00:00Z");

function input(): ConverseInput {
  return {
    message: {
      platform: "replay",
      chatId: "g1",
      isGroup: true,
      messageId: "1",
      sender: { id: "c1", name: "Hùng" },
      text: "",
      mentionsBot: false,
      repliesToBot: false,
      sentAt: at,
    },
    snapshot: thuySonSnapshot(catalog, {
      communeName: "Xã Demo",
      district: "—",
      province: "—",
      members: [hung, khach],
    }),
    sender: {
      personId: "p-hung",
      name: "Hùng",
      membership: hung,
      administers: [{ communeId: "c1", communeName: "Xã Demo", planId: "plan1", catalogTitle: "", year: 2023 }],
    },
    session: null,
    now: at,
    timeZone: "Asia/Ho_Chi_Minh",
  };
}

describe("effect lines of a replay", () => {
  it("gives one short line per storage effect, in order, and none for replies", () => {
    const lines = effectLines(
      [
        { type: "reply", text: "✅ Đã lưu" },
        {
          type: "saveFigure",
          code: "4.1",
          value: { kind: "ratio", numerator: 1685, denominator: 1960 },
          kind: "correction",
          evidence: [{ kind: "document", reference: "189/BC-UBND", issuedOn: "2023-11-27" }],
        },
        { type: "saveFigure", code: "3.4", value: { kind: "percent", percent: 70.5 }, kind: "update", evidence: [] },
        { type: "undoFigure", code: "4.6", restore: null, undoneVersion: 1 },
        { type: "requestJoin", communeId: "c1", approved: false },
        { type: "approveMember", membershipId: "m-khach", role: "member" },
        { type: "bindChat", communeId: "c1", planId: "plan1" },
        { type: "assign", codes: ["3.2", "3.4"], membershipId: "m-khach" },
      ],
      input(),
    );
    expect(lines).toEqual([
      {
        saved: "4.1",
        numerator: 1685,
        denominator: 1960,
        correction: true,
        evidence: [{ document: "189/BC-UBND", on: "2023-11-27" }],
        by: "Hùng",
      },
      { saved: "3.4", percent: 70.5, by: "Hùng" },
      { undone: "4.6", version: 1, cleared: true, by: "Hùng" },
      { member: "Hùng", status: "pending" },
      { approved: "Khách", role: "member", by: "Hùng" },
      { bound: "g1", commune: "Xã Demo", by: "Hùng" },
      { assigned: ["3.2", "3.4"], to: "Khách", by: "Hùng" },
    ]);
  });

  it("tells recorded effects from messages, which always name their chat", () => {
    expect(isEffectLine({ saved: "3.2", numerator: 1, denominator: 2, by: "Lan" })).toBe(true);
    expect(isEffectLine({ member: "Khách", status: "pending" })).toBe(true);
    expect(isEffectLine({ chat: "g1", user: "x9", text: "/thamgia", member: false })).toBe(false);
    expect(isEffectLine({ bot: "g1", text: "…" })).toBe(false);
  });
});
