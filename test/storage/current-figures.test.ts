import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectLayout } from "../../src/adapters/storage/migrations/migrator.js";
import { bindChat } from "../../src/adapters/storage/stores/chat-bindings.js";
import {
  loadCommuneForMessage,
  loadCommuneSnapshot,
  loadFigureHistory,
} from "../../src/adapters/storage/stores/commune-snapshots.js";
import { createCommune } from "../../src/adapters/storage/stores/communes.js";
import { saveCatalogVersion } from "../../src/adapters/storage/stores/indicator-sets.js";
import { addMember } from "../../src/adapters/storage/stores/members.js";
import { loadMessageContext } from "../../src/adapters/storage/stores/message-context.js";
import { appendSubmission } from "../../src/adapters/storage/stores/submissions.js";
import { latestEvidence } from "../../src/core/answers/describe-figure.js";
import { catalogSchema } from "../../src/core/catalog/catalog-schema.js";
import type { CommuneSnapshot } from "../../src/core/conversation/commune-snapshot.js";
import { lastDenominator } from "../../src/core/conversation/dialog-context.js";
import { databaseKindsUnderTest } from "../support/test-database.js";
import { useTestDatabase } from "../support/use-test-database.js";

const at = new Date("2024-09-20T01:00:00Z");
const later = (minutes: number) => new Date(at.getTime() + minutes * 60_000);

const catalog = catalogSchema.parse({
  id: "current-set",
  title: "Bộ chỉ tiêu thử",
  source: "QĐ 1/QĐ-UBND",
  year: 2024,
  groups: [{ code: "3", name: "Xã hội số" }],
  indicators: [
    {
      code: "3.2",
      group: "3",
      name: "Tỷ lệ người dân có tài khoản thanh toán",
      measure: { kind: "ratio", numerator: "Số người có tài khoản", denominator: "Tổng số người", unit: "người" },
      target: { op: ">=", value: 75 },
    },
    {
      code: "3.4",
      group: "3",
      name: "Tỷ lệ hộ có điện thoại thông minh",
      measure: { kind: "ratio", numerator: "Số hộ có điện thoại", denominator: "Tổng số hộ", unit: "hộ" },
      target: { op: ">=", value: 80 },
    },
  ],
});

/** The backfill statement (from `starting` on) of the migration whose folder ends with `name`. */
function backfillSql(kind: "sqlite" | "postgresql", name: string, starting: string): string {
  const dir = projectLayout.migrationsDir(kind);
  const folder = fs.readdirSync(dir).find((entry) => entry.endsWith(name));
  if (!folder) throw new Error(`no ${name} migration`);
  const sql = fs.readFileSync(path.join(dir, folder, "migration.sql"), "utf8");
  return sql.slice(sql.indexOf(starting)).trim().replace(/;$/, "");
}

/** What a message sees of the figures: the newest version per code, the last denominators and evidence. */
function inForce(snapshot: CommuneSnapshot) {
  return {
    figures: snapshot.figures,
    lastDenominators: snapshot.lastDenominators,
    lastEvidence: snapshot.lastEvidence,
  };
}

/** The evidence last cited per code, as a snapshot of every version finds it. */
function citedInHistory(snapshot: CommuneSnapshot) {
  return Object.fromEntries(
    Object.entries(snapshot.figures).flatMap(([code, versions]) => {
      const cited = latestEvidence(versions);
      return cited ? [[code, cited.evidence]] : [];
    }),
  );
}

describe.each(databaseKindsUnderTest())("figures in force on %s", (kind) => {
  const database = useTestDatabase(kind);

  /** Four versions of two indicators; with `followRead`, each follows the figures in force read once before. */
  async function seedHistory(slug = "hoang-phu", followRead = false) {
    const { db } = database();
    const commune = await createCommune(
      db,
      { slug, name: "Hoằng Phụ", district: "Hoằng Hóa", province: "Thanh Hóa" },
      { at },
    );
    const saved = await saveCatalogVersion(db, catalog, at);
    const plan = await db.communePlan.create({ data: { communeId: commune.id, setId: saved.setId, year: 2024 } });
    const member = await addMember(
      db,
      {
        communeId: commune.id,
        platform: "telegram",
        externalId: "u1",
        displayName: "Lan",
        role: "secretary",
        status: "approved",
      },
      { at },
    );
    const idOf = async (code: string) =>
      (await db.indicator.findUniqueOrThrow({ where: { setId_code: { setId: saved.setId, code } } })).id;
    const base = {
      communeId: commune.id,
      planId: plan.id,
      period: "2024",
      membershipId: member.id,
      personId: member.personId,
      platform: "telegram",
      chatId: "g1",
    };
    const i32 = await idOf("3.2");
    const i34 = await idOf("3.4");
    const read = followRead ? await loadForMessage(plan.id) : undefined;
    const append = (input: Parameters<typeof appendSubmission>[1]) =>
      appendSubmission(db, input, read?.records.inForce);
    await append({
      ...base,
      indicatorId: i32,
      kind: "update",
      value: { kind: "ratio", numerator: 6608, denominator: 8315 },
      evidence: [{ kind: "document", reference: "189/BC-UBND", issuedOn: new Date("2023-11-27T00:00:00Z") }],
      at: later(1),
    });
    await append({
      ...base,
      indicatorId: i32,
      kind: "correction",
      value: { kind: "percent", percent: 81.5 },
      evidence: [{ kind: "link", url: "https://thuyson.thanhhoa.gov.vn/bc-45" }],
      at: later(2),
    });
    await append({
      ...base,
      indicatorId: i34,
      kind: "update",
      value: { kind: "ratio", numerator: 5, denominator: 9.5 },
      at: later(3),
    });
    await append({ ...base, indicatorId: i34, kind: "undo", value: null, at: later(4) });
    return { plan };
  }

  const load = (planId: string, history: "latest" | "full") =>
    loadCommuneSnapshot(database().db, { planId, platform: "telegram", now: at, history }, async () => catalog);
  const loadForMessage = (planId: string) =>
    loadCommuneForMessage(
      database().db,
      { planId, platform: "telegram", now: at, history: "latest" },
      async () => catalog,
    );

  it("keeps the newest version per indicator, answering as every version would", async () => {
    const { plan } = await seedHistory();
    const latest = await load(plan.id, "latest");
    const full = await load(plan.id, "full");
    expect(latest.history).toBe("latest");
    expect(full.history).toBeUndefined();
    for (const code of ["3.2", "3.4"]) {
      expect(latest.figures[code]).toEqual(full.figures[code]?.slice(-1));
      expect(lastDenominator(latest, code)).toBe(lastDenominator(full, code));
    }
    expect(lastDenominator(latest, "3.2")).toBe(8315);
    expect(lastDenominator(latest, "3.4")).toBe(9.5);
    expect(latest.figures["3.4"]?.[0]).toMatchObject({ version: 2, kind: "undo", value: null });
    expect(latest.lastEvidence).toEqual(citedInHistory(full));
    expect(latest.lastEvidence).toEqual({ "3.2": [{ kind: "link", url: "https://thuyson.thanhhoa.gov.vn/bc-45" }] });
  });

  it("reads one indicator's versions as reading every indicator's finds them", async () => {
    const { db } = database();
    const plan = await db.communePlan.findFirstOrThrow();
    const full = await load(plan.id, "full");
    const some = await loadFigureHistory(db, plan.id, "2024", full.members, ["3.2"]);
    expect(Object.keys(some)).toEqual(["3.2"]);
    expect(some["3.2"]).toEqual(full.figures["3.2"]);
    expect(some["3.2"]).toHaveLength(2);
  });

  it("rebuilds the same figures in force from the submissions when migrating", async () => {
    const { db } = database();
    const plan = await db.communePlan.findFirstOrThrow();
    const before = inForce(await load(plan.id, "latest"));
    await db.currentFigure.deleteMany();
    await db.$executeRawUnsafe(backfillSql(kind, "_current_figures", "INSERT INTO"));
    await db.$executeRawUnsafe(backfillSql(kind, "_last_evidence_in_force", "UPDATE"));
    expect(await db.currentFigure.count()).toBe(2);
    expect(inForce(await load(plan.id, "latest"))).toEqual(before);
  });

  it("writes the same versions from the figures in force it read as from reading each, and refuses a stale read", async () => {
    const { db } = database();
    const reading = await seedHistory("doc-lai");
    const following = await seedHistory("theo-doc", true);
    const written = async (planId: string) => ({
      versions: (
        await db.submission.findMany({ where: { planId }, orderBy: [{ indicatorId: "asc" }, { version: "asc" }] })
      ).map((v) => [v.version, v.kind, v.value, v.previousValue]),
      inForce: (await db.currentFigure.findMany({ where: { planId }, orderBy: { indicatorId: "asc" } })).map((f) => [
        f.version,
        f.value,
        f.previousValue,
        f.lastDenominator,
      ]),
    });
    expect(await written(following.plan.id)).toEqual(await written(reading.plan.id));

    // A version written since the read: the next one from that read collides with it, and is not stored.
    const stale = await loadForMessage(following.plan.id);
    const { records } = await loadForMessage(following.plan.id);
    const membership = await db.membership.findFirstOrThrow({ where: { communeId: following.plan.communeId } });
    const next = {
      communeId: following.plan.communeId,
      planId: following.plan.id,
      indicatorId: records.indicatorIds.get("3.2") ?? "",
      code: "3.2",
      period: "2024",
      kind: "correction" as const,
      value: { kind: "percent", percent: 90 },
      membershipId: membership.id,
      personId: membership.personId,
      platform: "telegram",
      chatId: "g1",
      at: later(5),
    };
    await appendSubmission(db, next, records.inForce);
    await expect(appendSubmission(db, next, stale.records.inForce)).rejects.toMatchObject({ code: "P2002" });
    expect(await db.submission.count({ where: { planId: following.plan.id, indicatorId: next.indicatorId } })).toBe(3);
  });

  it("reads the same figures in force with a message's context as on their own", async () => {
    const { db } = database();
    const { plan } = await seedHistory("ngu-canh");
    await bindChat(db, {
      platform: "telegram",
      chatId: "g9",
      communeId: plan.communeId,
      planId: plan.id,
      isGroup: true,
      at,
    });
    const context = await loadMessageContext(db, { platform: "telegram", chatId: "g9", senderId: "u1" });
    expect(context.plan?.figuresInForce).toHaveLength(2);
    expect(context.plan?.figuresInForce.map((f) => f.evidence)).toContainEqual([
      { kind: "link", url: "https://thuyson.thanhhoa.gov.vn/bc-45" },
    ]);
    const request = { planId: plan.id, platform: "telegram", now: at, history: "latest" as const };
    const withContext = await loadCommuneForMessage(
      db,
      { ...request, figuresInForce: context.plan?.figuresInForce ?? [] },
      async () => catalog,
    );
    const alone = await loadCommuneForMessage(db, request, async () => catalog);
    expect(inForce(withContext.snapshot)).toEqual(inForce(alone.snapshot));
    expect(withContext.records.inForce).toEqual(alone.records.inForce);
  });

  it("keeps the evidence last cited when newer versions come without, read with a message as on its own", async () => {
    const { db } = database();
    const { plan } = await seedHistory("khong-minh-chung", true);
    const { records } = await loadForMessage(plan.id);
    const membership = await db.membership.findFirstOrThrow({ where: { communeId: plan.communeId } });
    const next = {
      communeId: plan.communeId,
      planId: plan.id,
      indicatorId: records.indicatorIds.get("3.2") ?? "",
      code: "3.2",
      period: "2024",
      membershipId: membership.id,
      personId: membership.personId,
      platform: "telegram",
      chatId: "g1",
    };
    await appendSubmission(
      db,
      { ...next, kind: "update", value: { kind: "ratio", numerator: 6900, denominator: 8315 }, at: later(5) },
      records.inForce,
    );
    await appendSubmission(db, { ...next, kind: "undo", value: null, at: later(6) });
    const latest = await load(plan.id, "latest");
    const full = await load(plan.id, "full");
    expect(latest.figures["3.2"]?.[0]?.evidence).toEqual([]);
    expect(latest.lastEvidence).toEqual(citedInHistory(full));
    expect(latest.lastEvidence?.["3.2"]).toEqual([{ kind: "link", url: "https://thuyson.thanhhoa.gov.vn/bc-45" }]);
  });
});
