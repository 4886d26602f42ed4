import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalogRegistry } from "../../src/adapters/catalogs/catalog-registry.js";
import type { Database } from "../../src/adapters/storage/open-database.js";
import { removeCommune } from "../../src/adapters/storage/stores/commune-removal.js";
import { loadProvinceFigures } from "../../src/adapters/storage/stores/report-data.js";
import { demoCommune, ensureDemoCommune } from "../../src/app/demo/ensure-demo-commune.js";
import { runReplay } from "../../src/app/replay/run-replay.js";
import type { Catalog } from "../../src/core/catalog/catalog-schema.js";
import { converse } from "../../src/core/conversation/converse.js";
import { loadCatalogOrFail } from "../support/catalogs.js";
import { databaseKindsUnderTest } from "../support/test-database.js";
import { useTestDatabase } from "../support/use-test-database.js";

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalogOrFail("thanh-hoa-2023");
});

async function* lines(items: object[]) {
  for (const item of items) yield JSON.stringify(item);
}

/** A commune with a bit of everything: members, figures with evidence, an assignment, a deadline and its reminders, a dialog left open. */
async function seed(db: Database, communeName: string, chat: string): Promise<void> {
  const say = (user: string, name: string, text: string, role = "member") => ({ chat, user, name, text, role });
  await runReplay(
    { db, catalog, communeName, converse, timeZone: "Asia/Ho_Chi_Minh" },
    lines([
      { clock: "2023-11-20T08:00:00+07:00" },
      say(`${chat}-c`, "Hùng", "/phancong 3.2 @Lan", "chair"),
      say(`${chat}-u`, "Lan", "/capnhat 4.1"),
      say(`${chat}-u`, "Lan", "1.685"),
      say(`${chat}-u`, "Lan", "1.960"),
      say(`${chat}-u`, "Lan", "189/BC-UBND ngày 27/11/2023"),
      say(`${chat}-u`, "Lan", "có"),
      say(`${chat}-c`, "Hùng", "/phancong 3.2 @Lan", "chair"),
      say(`${chat}-c`, "Hùng", "/dathan 15/12/2023 Nộp số liệu chỉ tiêu 3.2", "chair"),
      say(`${chat}-c`, "Hùng", "có", "chair"),
      say(`${chat}-c`, "Hùng", "Họp BCĐ quý IV lúc 14h ngày 26/12 tại Hội trường UBND xã", "chair"),
      say(`${chat}-c`, "Hùng", "có", "chair"),
      { clock: "2023-12-08T08:30:00+07:00" },
      say(`${chat}-u`, "Lan", "3.2: 6.608/8.315"),
    ]),
    () => {},
    (line, problem) => {
      throw new Error(`${line}: ${problem}`);
    },
  );
}

/** Every table's rows, to prove what a removal touched. */
async function counts(db: Database) {
  return {
    communes: await db.commune.count(),
    sets: await db.indicatorSet.count(),
    indicators: await db.indicator.count(),
    plans: await db.communePlan.count(),
    targets: await db.planTarget.count(),
    people: await db.person.count(),
    identities: await db.platformIdentity.count(),
    memberships: await db.membership.count(),
    assignments: await db.assignment.count(),
    chats: await db.chatBinding.count(),
    submissions: await db.submission.count(),
    figures: await db.currentFigure.count(),
    evidence: await db.evidence.count(),
    sessions: await db.conversationState.count(),
    meetings: await db.meeting.count(),
    deadlines: await db.deadline.count(),
    reminders: await db.reminderJob.count(),
    audit: await db.auditEntry.count(),
    handled: await db.processedMessage.count(),
  };
}

/** What belongs to one commune, by its id and its chats. */
async function rowsOf(db: Database, communeId: string, chatIds: string[]) {
  const where = { communeId };
  const inChats = { chatId: { in: chatIds } };
  return [
    await db.communePlan.count({ where }),
    await db.membership.count({ where }),
    await db.chatBinding.count({ where }),
    await db.submission.count({ where }),
    await db.currentFigure.count({ where }),
    await db.meeting.count({ where }),
    await db.deadline.count({ where }),
    await db.reminderJob.count({ where }),
    await db.auditEntry.count({ where }),
    await db.conversationState.count({ where: inChats }),
    await db.processedMessage.count({ where: inChats }),
  ];
}

describe.each(databaseKindsUnderTest())("removing a commune on %s", (kind) => {
  const database = useTestDatabase(kind);
  const at = new Date("2024-01-05T02:00:00Z");

  it("deletes the commune with all its data in one go, leaves no orphan rows, and touches no other commune", async () => {
    const { db } = database();
    await seed(db, "Hoằng Phụ", "g1");
    await seed(db, "Hà Tiến", "g2");
    const gone = await db.commune.findUniqueOrThrow({ where: { slug: "hoang-phu" } });
    const kept = await db.commune.findUniqueOrThrow({ where: { slug: "ha-tien" } });
    const keptBefore = await rowsOf(db, kept.id, ["g2"]);
    expect((await rowsOf(db, gone.id, ["g1"])).every((count) => count > 0)).toBe(true);
    const before = await counts(db);

    const removed = await removeCommune(db, gone.id, { platform: "cli", at });
    expect(removed).toMatchObject({ plans: 1, members: 2, submissions: 1, chats: 1, deadlines: 1 });

    expect(await rowsOf(db, gone.id, ["g1"])).toEqual(Array(11).fill(0));
    expect(await rowsOf(db, kept.id, ["g2"])).toEqual(keptBefore);
    const after = await counts(db);
    expect(after).toMatchObject({ communes: 1, sets: before.sets, indicators: before.indicators });
    // Nobody is left without a seat, no account without its person, no evidence without its figure.
    expect(await db.person.count({ where: { memberships: { none: {} } } })).toBe(0);
    expect(after.identities).toBe(after.people);
    expect(after.evidence).toBe(await db.evidence.count({ where: { submission: { communeId: kept.id } } }));
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "commune.remove" } });
    expect(audit).toMatchObject({ communeId: null, entityId: gone.id, platform: "cli" });
    expect(audit.before).toMatchObject({ slug: "hoang-phu", name: "Hoằng Phụ", submissions: 1 });
  });

  it("changes nothing for a commune that does not exist", async () => {
    const { db } = database();
    const before = await counts(db);
    expect(await removeCommune(db, "no-such-commune", { platform: "cli", at })).toBeNull();
    expect(await counts(db)).toEqual(before);
  });

  it("keeps the terminal chat's sample commune out of its province's figures, and can remove it", async () => {
    const { db } = database();
    const registry = await loadCatalogRegistry();
    await ensureDemoCommune(db, registry, { id: "local", name: "Thư ký" }, "terminal", at);
    const sample = await db.commune.findUniqueOrThrow({ where: { slug: demoCommune.slug } });
    expect(sample.sample).toBe(true);
    await db.commune.update({ where: { id: sample.id }, data: { province: "Thanh Hoá" } });
    await db.commune.update({ where: { slug: "ha-tien" }, data: { province: "Thanh Hóa" } });

    const province = await loadProvinceFigures(db, "Thanh Hóa");
    expect(province.byCatalog.flatMap((group) => group.communes.map((commune) => commune.slug))).toEqual(["ha-tien"]);

    expect(await removeCommune(db, sample.id, { platform: "cli", at })).toMatchObject({ plans: 1, members: 1 });
    expect(await db.commune.findUnique({ where: { slug: demoCommune.slug } })).toBeNull();
    expect(await db.person.count({ where: { memberships: { none: {} } } })).toBe(0);
  });
});
