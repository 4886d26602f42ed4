import { beforeAll, describe, expect, it } from "vitest";
import type { Catalog } from "../../../src/core/catalog/catalog-schema.js";
import type { CommuneSnapshot, MemberInfo } from "../../../src/core/conversation/commune-snapshot.js";
import { converse } from "../../../src/core/conversation/converse.js";
import type { ConverseInput, SenderInfo } from "../../../src/core/conversation/converse-input.js";
import type { Effect } from "../../../src/core/conversation/effects.js";
import { loadCatalogOrFail } from "../../support/catalogs.js";
import { thuySonSnapshot } from "../../support/thuy-son-snapshot.js";

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalogOrFail("thanh-hoa-2023");
});

const now = new Date("2023-11-20T01:00:00Z");
const viewer: MemberInfo = {
  membershipId: "m-xem",
  personId: "p-xem",
  displayName: "Xem",
  role: "viewer",
  status: "approved",
};

function snapshot(parts: Partial<CommuneSnapshot> = {}): CommuneSnapshot {
  return thuySonSnapshot(catalog, {
    figures: {
      "3.2": [
        {
          version: 1,
          kind: "update",
          value: { kind: "ratio", numerator: 6608, denominator: 8315 },
          previousValue: null,
          at: new Date("2023-11-10T02:00:00Z"),
          byMembershipId: "m-xem",
          byName: "Lan",
          platform: "telegram",
          chatId: "-100",
          evidence: [],
        },
      ],
    },
    members: [viewer],
    ...parts,
  });
}

function input(text: string, sender: Partial<SenderInfo> = {}, parts: Partial<CommuneSnapshot> = {}): ConverseInput {
  return {
    message: {
      platform: "telegram",
      chatId: "-100",
      isGroup: true,
      messageId: "1",
      sender: { id: "u1", name: "Xem" },
      text,
      mentionsBot: false,
      repliesToBot: false,
      sentAt: now,
    },
    snapshot: snapshot(parts),
    sender: { personId: "p-xem", name: "Xem", membership: viewer, administers: [], ...sender },
    session: null,
    now,
    timeZone: "Asia/Ho_Chi_Minh",
  };
}

const files = (effects: Effect[]) => effects.flatMap((effect) => (effect.type === "sendFile" ? [effect] : []));
const texts = (effects: Effect[]) => effects.flatMap((effect) => (effect.type === "reply" ? [effect.text] : []));

describe("/baocao in the chat", () => {
  it("sends the chart with the summary, then the appendix as Word and Excel and the draft, to a viewer too", () => {
    const sent = files(converse(input("/baocao")).effects);
    expect(sent.map((effect) => effect.file.name)).toEqual([
      "bieu-do-tien-do-xa-thuy-son-2023.png",
      "phu-luc-xa-thuy-son-2023.docx",
      "phu-luc-xa-thuy-son-2023.xlsx",
      "du-thao-bao-cao-xa-thuy-son-2023.docx",
    ]);
    expect(sent[0]?.caption).toMatch(
      /^Báo cáo chuyển đổi số xã Thúy Sơn năm 2023 \(số liệu đến 20\/11\/2023\): 1\/35 chỉ tiêu Đạt/,
    );
    expect(sent[0]?.caption).toContain("Đây là báo cáo đầu tiên gửi trong nhóm.");
  });

  it("names the quarter asked for and what changed since the last report", () => {
    const outcome = converse(input("báo cáo quý IV", {}, { lastReportAt: new Date("2023-11-01T00:00:00Z") }));
    const [chart] = files(outcome.effects);
    expect(chart?.file.name).toBe("bieu-do-tien-do-xa-thuy-son-2023-q4.png");
    expect(chart?.caption).toContain("quý IV năm 2023");
    expect(chart?.caption).toContain(
      "Từ báo cáo trước (01/11/2023): 1 chỉ tiêu có số liệu mới (3.2); chuyển sang Đạt: 3.2.",
    );
  });

  it("refuses a year the chat has no plan for, sending nothing", () => {
    const outcome = converse(input("báo cáo năm 2024"));
    expect(files(outcome.effects)).toEqual([]);
    expect(texts(outcome.effects)).toEqual([
      "Xã Thúy Sơn chưa có kế hoạch năm 2024 trong nhóm này, nên chưa lập được báo cáo năm 2024. Nhóm đang theo dõi kế hoạch năm 2023: gõ /baocao để nhận báo cáo năm 2023.",
    ]);
  });

  it("sends nothing to someone who is not on the committee", () => {
    const outcome = converse(input("/baocao", { membership: null, personId: null }));
    expect(files(outcome.effects)).toEqual([]);
    expect(texts(outcome.effects)).toHaveLength(1);
  });
});
