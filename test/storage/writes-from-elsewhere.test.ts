import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OpenedDatabase, openDatabase } from "../../src/adapters/storage/open-database.js";
import { assignIndicators } from "../../src/adapters/storage/stores/assignments.js";
import { createMeeting } from "../../src/adapters/storage/stores/meetings.js";
import { addMember, removeMembership } from "../../src/adapters/storage/stores/members.js";
import { createCatalogCache } from "../../src/app/conversation/catalog-cache.js";
import { type ConversationDeps, handleInbound } from "../../src/app/conversation/handle-inbound.js";
import type { Catalog } from "../../src/core/catalog/catalog-schema.js";
import { converse } from "../../src/core/conversation/converse.js";
import { loadCatalogOrFail } from "../support/catalogs.js";
import { seedGroupCommittee } from "../support/group-committee.js";
import { databaseKindsUnderTest } from "../support/test-database.js";
import { useTestDatabase } from "../support/use-test-database.js";

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalogOrFail("thanh-hoa-2023");
});

const at = new Date("2023-11-20T01:00:00Z");
const quarterMeeting = { title: "Họp BCĐ quý IV", location: null, year: 2023, quarter: 4 };

// A process keeps each commune in memory; what another process writes (the admin CLI, a
// second instance of the bot on the same database) must show at the next message all the same.
describe.each(databaseKindsUnderTest())("writes from another process on %s", (kind) => {
  const database = useTestDatabase(kind);
  let elsewhere: OpenedDatabase;
  beforeAll(async () => {
    elsewhere = await openDatabase(database().url);
  });
  afterAll(async () => {
    await elsewhere.close();
  });

  const instance = (db: ConversationDeps["db"]): ConversationDeps => ({
    db,
    converse,
    catalogOf: createCatalogCache(db),
    timeZone: "Asia/Ho_Chi_Minh",
    now: () => at,
  });
  let sequence = 0;
  const say = async (deps: ConversationDeps, user: { id: string; name: string }, text: string) => {
    sequence += 1;
    const replies = await handleInbound(deps, {
      platform: "telegram",
      chatId: "g1",
      isGroup: true,
      messageId: `m${sequence}`,
      sender: user,
      text,
      mentionsBot: true,
      repliesToBot: false,
      sentAt: at,
    });
    return replies.map((r) => r.text).join("\n");
  };

  it("are seen by the next message: a member, an assignment, a meeting, a figure, a removal", async () => {
    const { db } = database();
    const commune = await seedGroupCommittee(db, catalog, { slug: "xa", name: "Xã Xa" }, at);
    const lan = { id: "u1", name: "Lan" };
    const minh = { id: "u2", name: "Minh" };
    const here = instance(db);
    const there = instance(elsewhere.db);

    expect(await say(here, lan, "/thanhvien")).not.toContain("Minh");
    expect(await say(here, minh, "3.2: 6.608/8.315")).toContain("chưa là thành viên");
    expect(await say(here, lan, "/lichhop")).not.toContain("Họp BCĐ quý IV");

    // The admin CLI, in its own process, seats Minh, gives him 3.2 and schedules a meeting.
    const minhSeat = await addMember(
      elsewhere.db,
      {
        communeId: commune.communeId,
        platform: "telegram",
        status: "approved",
        externalId: "u2",
        displayName: "Minh",
        role: "member",
      },
      { at },
    );
    await assignIndicators(elsewhere.db, {
      planId: commune.planId,
      codes: ["3.2"],
      membershipId: minhSeat.id,
      at,
      actor: {},
    });
    const startsAt = new Date("2023-12-01T01:00:00Z");
    await createMeeting(elsewhere.db, { ...quarterMeeting, communeId: commune.communeId, startsAt, at });
    expect(await say(here, lan, "/thanhvien")).toContain("Minh — thành viên · phụ trách 3.2");
    expect(await say(here, lan, "/lichhop")).toContain("Họp BCĐ quý IV");
    expect(await say(here, minh, "3.2: 6.608/8.315")).toContain('Trả lời "có" để lưu');

    // While Minh's read-back waits, another instance saves 3.2: his "có" is the next version.
    await say(there, lan, "3.2: 6.700/8.315");
    expect(await say(there, lan, "có")).toMatch(/^✅ Đã lưu 3.2/);
    expect(await say(here, lan, "3.2 thế nào?")).toContain("6.700/8.315");
    expect(await say(here, minh, "có")).toMatch(/^✅ Đã lưu 3.2 .* \(Minh cập nhật\)\.$/);
    const versions = await db.submission.findMany({ orderBy: { version: "asc" } });
    expect(versions.map((v) => [v.version, v.previousValue])).toEqual([
      [1, null],
      [2, { kind: "ratio", numerator: 6700, denominator: 8315 }],
    ]);
    expect(await say(there, lan, "3.2 thế nào?")).toContain("6.608/8.315");

    // The admin removes Minh: at his next message he is no longer a member here.
    await removeMembership(elsewhere.db, { membershipId: minhSeat.id, platform: "cli", at });
    expect(await say(here, minh, "3.2: 6.608/8.315")).toContain("chưa là thành viên");
  });
});
