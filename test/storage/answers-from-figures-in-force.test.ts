import { beforeAll, describe, expect, it } from "vitest";
import { loadCommuneSnapshot } from "../../src/adapters/storage/stores/commune-snapshots.js";
import { createCommune } from "../../src/adapters/storage/stores/communes.js";
import { loadMemberActivity } from "../../src/adapters/storage/stores/member-activity.js";
import { addMember } from "../../src/adapters/storage/stores/members.js";
import { createPlan } from "../../src/adapters/storage/stores/plans.js";
import { appendSubmission } from "../../src/adapters/storage/stores/submissions.js";
import { converseWithHistory } from "../../src/app/conversation/converse-with-history.js";
import type { Catalog } from "../../src/core/catalog/catalog-schema.js";
import type { CommuneSnapshot, MemberInfo } from "../../src/core/conversation/commune-snapshot.js";
import { converse } from "../../src/core/conversation/converse.js";
import type { ConverseInput } from "../../src/core/conversation/converse-input.js";
import { loadCatalogOrFail } from "../support/catalogs.js";
import { databaseKindsUnderTest } from "../support/test-database.js";
import { useTestDatabase } from "../support/use-test-database.js";

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalogOrFail("thanh-hoa-2023");
});

const at = new Date("2023-11-20T01:00:00Z");
const later = (minutes: number) => new Date(at.getTime() + minutes * 60_000);

function input(snapshot: CommuneSnapshot, member: MemberInfo, text: string): ConverseInput {
  return {
    message: {
      platform: "telegram",
      chatId: "g1",
      isGroup: true,
      messageId: "1",
      sender: { id: member.platformUserId ?? "", name: member.displayName },
      text,
      mentionsBot: true,
      repliesToBot: false,
      sentAt: later(60),
    },
    snapshot,
    sender: { personId: member.personId, name: member.displayName, membership: member, administers: [] },
    session: null,
    now: later(60),
    timeZone: "Asia/Ho_Chi_Minh",
  };
}

// A message is answered from the figures in force, and loads only what its step asks for:
// one indicator's versions, or each member's newest ones. The answers must be the ones
// every version of the period gives.
describe.each(databaseKindsUnderTest())("answers from the figures in force on %s", (kind) => {
  const database = useTestDatabase(kind);

  it("answer the member list, undo and an indicator's history as every version does", async () => {
    const { db } = database();
    const commune = await createCommune(
      db,
      { slug: "hoat-dong", name: "Xã Hoạt Động", district: "H", province: "T" },
      { at },
    );
    const plan = await createPlan(db, { communeId: commune.id, catalog, year: 2023, at, actor: {} });
    if (!plan.ok) throw new Error(plan.status);
    const add = (externalId: string, displayName: string) =>
      addMember(
        db,
        { communeId: commune.id, platform: "telegram", externalId, displayName, role: "member", status: "approved" },
        { at },
      );
    const lan = await add("u1", "Lan");
    const minh = await add("u2", "Minh");
    const ha = await add("u3", "Hà"); // confirms nothing
    const idOf = async (code: string) =>
      (await db.indicator.findUniqueOrThrow({ where: { setId_code: { setId: plan.plan.setId, code } } })).id;
    const save = async (
      member: typeof lan,
      code: string,
      kind: "update" | "correction" | "undo",
      value: object | null,
      when: Date,
    ) =>
      appendSubmission(db, {
        communeId: commune.id,
        planId: plan.plan.id,
        indicatorId: await idOf(code),
        code,
        period: "2023",
        kind,
        value,
        membershipId: member.id,
        personId: member.personId,
        platform: "telegram",
        chatId: "g1",
        at: when,
      });
    await save(lan, "3.2", "update", { kind: "ratio", numerator: 6000, denominator: 8315 }, later(1));
    await save(minh, "3.2", "correction", { kind: "ratio", numerator: 6100, denominator: 8315 }, later(2));
    // Two figures in one message: the same instant.
    await save(lan, "3.4", "update", { kind: "percent", percent: 71 }, later(3));
    await save(lan, "3.9", "update", { kind: "percent", percent: 40 }, later(3));
    await save(minh, "2.4", "update", { kind: "percent", percent: 55 }, later(4));
    await save(minh, "2.4", "undo", null, later(5));

    const request = { planId: plan.plan.id, platform: "telegram", now: later(60) };
    const full = await loadCommuneSnapshot(db, { ...request, history: "full" }, async () => catalog);
    const latest = await loadCommuneSnapshot(db, { ...request, history: "latest" }, async () => catalog);
    const activity = await loadMemberActivity(db, latest);
    expect(activity[minh.id]?.latest).toMatchObject({ code: "2.4", version: { kind: "undo" } });
    expect(activity[minh.id]?.latestChange).toMatchObject({ code: "2.4", version: { kind: "update" } });
    expect(Object.keys(activity)).not.toContain(ha.id);

    const catalogOf = async () => catalog;
    for (const member of full.members)
      for (const text of ["/thanhvien", "hoàn tác", "3.2 thế nào?", "2.4 thế nào?"]) {
        const fromEvery = converse(input(full, member, text));
        const fromNewest = await converseWithHistory(db, converse, input(latest, member, text), catalogOf);
        expect(fromNewest, `${member.displayName}: ${text}`).toEqual(fromEvery);
      }
  });
});
