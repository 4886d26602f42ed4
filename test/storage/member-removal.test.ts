import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/adapters/storage/open-database.js";
import { addMember, removeMembership } from "../../src/adapters/storage/stores/members.js";
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

/** Every row a removal could touch, to prove what changed and what did not. */
async function rows(db: Database) {
  const [memberships, assignments, submissions, figures, audit] = await Promise.all([
    db.membership.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, role: true } }),
    db.assignment.count(),
    db.submission.count(),
    db.currentFigure.count(),
    db.auditEntry.count(),
  ]);
  return { memberships, assignments, submissions, figures, audit };
}

describe.each(databaseKindsUnderTest())("removing a committee member on %s", (kind) => {
  const database = useTestDatabase(kind);
  const at = new Date("2023-11-21T02:00:00Z");

  it("marks the seat removed, drops its assignments with one audit row, and keeps its figures", async () => {
    const { db } = database();
    await runReplay(
      { db, catalog, communeName: "Hoằng Phụ", converse, timeZone: "Asia/Ho_Chi_Minh" },
      lines([
        { chat: "g1", user: "c1", name: "Hùng", role: "chair", text: "/tiendo" },
        { chat: "g1", user: "u1", name: "Lan", text: "3.2: 6.608/8.315" },
        { chat: "g1", user: "u1", name: "Lan", text: "có" },
        { chat: "g1", user: "c1", name: "Hùng", role: "chair", text: "/phancong 3.2 3.4 @Lan" },
      ]),
      () => {},
      (line, problem) => {
        throw new Error(`${line}: ${problem}`);
      },
    );
    const lan = await db.membership.findFirstOrThrow({ where: { person: { displayName: "Lan" } } });
    const before = await rows(db);
    expect(before.assignments).toBe(2);

    const result = await removeMembership(db, { membershipId: lan.id, platform: "cli", at });
    expect(result).toEqual({ status: "removed", role: "member", codes: ["3.2", "3.4"] });
    const after = await rows(db);
    expect(after.memberships.find((m) => m.id === lan.id)?.status).toBe("removed");
    expect(after.assignments).toBe(0);
    expect(after.submissions).toBe(before.submissions);
    expect(after.figures).toBe(before.figures);
    expect(await db.submission.count({ where: { membershipId: lan.id } })).toBe(1);
    expect(await db.assignment.count({ where: { membershipId: lan.id } })).toBe(0);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "member.remove", entityId: lan.id } });
    expect(audit.before).toEqual({ status: "approved", role: "member", assigned: ["3.2", "3.4"] });
    expect(audit.after).toEqual({ status: "removed" });
    expect(after.audit).toBe(before.audit + 1);
  });

  it("changes nothing when the seat is already removed or unknown", async () => {
    const { db } = database();
    const lan = await db.membership.findFirstOrThrow({ where: { person: { displayName: "Lan" } } });
    const before = await rows(db);
    expect(await removeMembership(db, { membershipId: lan.id, platform: "cli", at })).toEqual({
      status: "already-removed",
    });
    expect(await removeMembership(db, { membershipId: "no-such-seat", platform: "cli", at })).toEqual({
      status: "unknown",
    });
    expect(await rows(db)).toEqual(before);
  });

  it("seats a removed member again on the same seat, so their figures are theirs again", async () => {
    const { db } = database();
    const lan = await db.membership.findFirstOrThrow({ where: { person: { displayName: "Lan" } } });
    const again = await addMember(
      db,
      {
        communeId: lan.communeId,
        platform: "replay",
        externalId: "u1",
        displayName: "Lan",
        role: "deputy",
        status: "approved",
      },
      { at },
    );
    expect(again.id).toBe(lan.id);
    expect(again).toMatchObject({ status: "approved", role: "deputy" });
    expect(await db.membership.count({ where: { communeId: lan.communeId, personId: lan.personId } })).toBe(1);
  });
});
