import { beforeAll, describe, expect, it } from "vitest";
import { countDatabaseOperations } from "../../scripts/bench/count-database-operations.js";
import type { Database } from "../../src/adapters/storage/open-database.js";
import { bindChat } from "../../src/adapters/storage/stores/chat-bindings.js";
import { createCommune } from "../../src/adapters/storage/stores/communes.js";
import { addMember } from "../../src/adapters/storage/stores/members.js";
import { createPlan } from "../../src/adapters/storage/stores/plans.js";
import { appendSubmission } from "../../src/adapters/storage/stores/submissions.js";
import { createCatalogCache } from "../../src/app/conversation/catalog-cache.js";
import { handleInbound } from "../../src/app/conversation/handle-inbound.js";
import type { Catalog } from "../../src/core/catalog/catalog-schema.js";
import { converse } from "../../src/core/conversation/converse.js";
import { loadCatalogOrFail } from "../support/catalogs.js";
import { databaseKindsUnderTest } from "../support/test-database.js";
import { useTestDatabase } from "../support/use-test-database.js";

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalogOrFail("thanh-hoa-2023");
});

const at = new Date("2023-11-20T01:00:00Z");

/**
 * Sends messages from one account through the whole message path and tells, for each, the
 * database operations it ran and the replies. `groupChatId` is the group; any other chat
 * is the account's private chat.
 */
function messenger(db: Database, sender: { id: string; name: string }, groupChatId: string) {
  const counted = countDatabaseOperations(db);
  const deps = {
    db: counted.db,
    converse,
    catalogOf: createCatalogCache(db),
    timeZone: "Asia/Ho_Chi_Minh",
    now: () => at,
  };
  let sequence = 0;
  return async (chatId: string, text: string) => {
    sequence += 1;
    const before = counted.operations.length;
    const replies = await handleInbound(deps, {
      platform: "telegram",
      chatId,
      isGroup: chatId === groupChatId,
      messageId: `${groupChatId}-${sequence}`,
      sender,
      text,
      mentionsBot: true,
      repliesToBot: false,
      sentAt: at,
    });
    return { operations: counted.operations.slice(before), replies: replies.map((r) => r.text) };
  };
}

// How many database operations one message costs once the commune is in memory: a message
// is one transaction on one connection, so each operation is a round trip in its latency.
describe.each(databaseKindsUnderTest())("database operations of a message on %s", (kind) => {
  const database = useTestDatabase(kind);

  it("stays within the counts of a one-line update and of its confirmation, in a group and in private", async () => {
    const { db } = database();
    const commune = await createCommune(db, { slug: "dem", name: "Xã Đếm", district: "H", province: "T" }, { at });
    const plan = await createPlan(db, { communeId: commune.id, catalog, year: 2023, at, actor: {} });
    if (!plan.ok) throw new Error(plan.status);
    const member = { communeId: commune.id, platform: "telegram", displayName: "Lan", role: "secretary" } as const;
    await addMember(db, { ...member, externalId: "u1", status: "approved" }, { at });
    for (const [chatId, isGroup] of [
      ["g1", true],
      ["u1", false],
    ] as const)
      await bindChat(db, { platform: "telegram", chatId, communeId: commune.id, planId: plan.plan.id, isGroup, at });

    const operationsOf = messenger(db, { id: "u1", name: "Lan" }, "g1");

    await operationsOf("g1", "/tiendo"); // the commune is read into memory once
    const ask = await operationsOf("g1", "3.2: 6.608/8.315");
    expect(ask.replies[0]).toContain('Trả lời "có" để lưu');
    const save = await operationsOf("g1", "có");
    expect(save.replies[0]).toMatch(/^✅ Đã lưu 3.2/);
    await operationsOf("u1", "/tiendo"); // the first private message notes the chat for nudges,
    await operationsOf("u1", "/chuadat"); // which changed the member's account: the commune is read again
    const privateAsk = await operationsOf("u1", "3.4: 4.485/6.353");

    // The claim and the two statements of the context read (the context row, the figures in
    // force) are sent together, then the dialog is written.
    expect(ask.operations).toHaveLength(4);
    expect(save.operations).toHaveLength(8);
    expect(privateAsk.operations).toHaveLength(4);
  });

  it("offers the evidence last cited in a guided update without reading the figure's history", async () => {
    const { db } = database();
    const commune = await createCommune(db, { slug: "chung", name: "Xã Chứng", district: "H", province: "T" }, { at });
    const plan = await createPlan(db, { communeId: commune.id, catalog, year: 2023, at, actor: {} });
    if (!plan.ok) throw new Error(plan.status);
    const member = await addMember(
      db,
      {
        communeId: commune.id,
        platform: "telegram",
        externalId: "u2",
        displayName: "Hà",
        role: "secretary",
        status: "approved",
      },
      { at },
    );
    await bindChat(db, {
      platform: "telegram",
      chatId: "g2",
      communeId: commune.id,
      planId: plan.plan.id,
      isGroup: true,
      at,
    });
    const indicator = await db.indicator.findUniqueOrThrow({
      where: { setId_code: { setId: plan.plan.setId, code: "3.2" } },
    });
    const version = {
      communeId: commune.id,
      planId: plan.plan.id,
      indicatorId: indicator.id,
      period: "2023",
      membershipId: member.id,
      personId: member.personId,
      platform: "telegram",
      chatId: "g2",
      kind: "update" as const,
    };
    // Cited once, then a newer figure came without evidence.
    await appendSubmission(db, {
      ...version,
      value: { kind: "ratio", numerator: 6000, denominator: 8315 },
      evidence: [{ kind: "document", reference: "189/BC-UBND", issuedOn: new Date("2023-11-27T00:00:00Z") }],
      at,
    });
    await appendSubmission(db, { ...version, value: { kind: "ratio", numerator: 6300, denominator: 8315 }, at });

    const operationsOf = messenger(db, { id: "u2", name: "Hà" }, "g2");
    const send = async (text: string) => {
      const { operations, replies } = await operationsOf("g2", text);
      return { operations, reply: replies.join("\n") };
    };

    const steps = [await send("/capnhat 3.2"), await send("6608"), await send("8315")];
    expect(steps[2]?.reply).toContain("Minh chứng: vẫn dùng số 189/BC-UBND ngày 27/11/2023?");
    const skipped = await send("bỏ qua");
    expect(skipped.reply).toContain('Trả lời "có" để lưu');
    for (const step of [...steps, skipped])
      expect(step.operations.filter((o) => o.startsWith("Submission."))).toEqual([]);
  });
});
