import { describe, expect, it } from "vitest";
import { createCommune, findCommuneBySlug } from "../../src/adapters/storage/stores/communes.js";
import {
  claimInboundMessage,
  purgeHandledMessages,
  REDELIVERY_WINDOW_MS,
} from "../../src/adapters/storage/stores/inbound-messages.js";
import { saveCatalogVersion } from "../../src/adapters/storage/stores/indicator-sets.js";
import { addMember, linkIdentity } from "../../src/adapters/storage/stores/members.js";
import {
  appendSubmission,
  latestSubmission,
  submissionHistory,
} from "../../src/adapters/storage/stores/submissions.js";
import { catalogSchema } from "../../src/core/catalog/catalog-schema.js";
import { databaseKindsUnderTest } from "../support/test-database.js";
import { useTestDatabase } from "../support/use-test-database.js";

const at = new Date("2024-09-20T01:00:00Z");

const catalog = catalogSchema.parse({
  id: "test-set",
  title: "Bộ chỉ tiêu thử",
  source: "QĐ 1/QĐ-UBND",
  year: 2024,
  groups: [{ code: "3", name: "Xã hội số" }],
  indicators: [
    {
      code: "3.2",
      group: "3",
      name: "Tỷ lệ người dân từ 15 tuổi trở lên có tài khoản thanh toán tại ngân hàng",
      measure: {
        kind: "ratio",
        numerator: "Số người có tài khoản",
        denominator: "Tổng số người từ 15 tuổi trở lên",
        unit: "người",
      },
      target: { op: ">=", value: 75 },
    },
  ],
});

describe.each(databaseKindsUnderTest())("storage on %s", (kind) => {
  const database = useTestDatabase(kind);

  async function seedCommuneWithPlan(slug: string) {
    const { db } = database();
    const commune = await createCommune(
      db,
      { slug, name: "Hoằng Phụ", district: "Hoằng Hóa", province: "Thanh Hóa" },
      { at },
    );
    const saved = await saveCatalogVersion(db, catalog, at);
    const plan = await db.communePlan.create({ data: { communeId: commune.id, setId: saved.setId, year: 2024 } });
    const indicator = await db.indicator.findUniqueOrThrow({
      where: { setId_code: { setId: saved.setId, code: "3.2" } },
    });
    const member = await addMember(
      db,
      {
        communeId: commune.id,
        platform: "telegram",
        externalId: `${slug}-u1`,
        displayName: "Lan",
        role: "secretary",
        status: "approved",
      },
      { at },
    );
    return { commune, plan, indicator, member };
  }

  it("stores a commune and finds it by its handle, with an audit row", async () => {
    const { db } = database();
    const commune = await createCommune(
      db,
      { slug: "thuy-son", name: "Thúy Sơn", district: "Ngọc Lặc", province: "Thanh Hóa" },
      { at },
    );
    expect((await findCommuneBySlug(db, "thuy-son"))?.name).toBe("Thúy Sơn");
    const audit = await db.auditEntry.findMany({ where: { communeId: commune.id } });
    expect(audit.map((a) => a.action)).toEqual(["commune.create"]);
  });

  it("snapshots a catalog version once and refuses changed content under the same version", async () => {
    const { db } = database();
    const first = await saveCatalogVersion(db, catalog, at);
    const again = await saveCatalogVersion(db, catalog, at);
    expect(again).toEqual({ status: "unchanged", setId: first.setId });
    const changed = catalogSchema.parse({ ...catalog, title: "Tên khác" });
    expect((await saveCatalogVersion(db, changed, at)).status).toBe("conflict");
    const indicator = await db.indicator.findFirstOrThrow({ where: { setId: first.setId } });
    expect(indicator.definition).toMatchObject({ code: "3.2", target: { op: ">=", value: 75 } });
  });

  it("keeps every submission version with the value before it, and audits each", async () => {
    const { db } = database();
    const { commune, plan, indicator, member } = await seedCommuneWithPlan("hoang-phu");
    const base = {
      communeId: commune.id,
      planId: plan.id,
      indicatorId: indicator.id,
      period: "2024",
      membershipId: member.id,
      personId: member.personId,
      platform: "telegram",
      chatId: "g1",
    };
    await appendSubmission(db, {
      ...base,
      kind: "update",
      value: { kind: "ratio", numerator: 6608, denominator: 8315 },
      at,
      evidence: [{ kind: "document", reference: "189/BC-UBND", issuedOn: new Date("2023-11-27") }],
    });
    await appendSubmission(db, {
      ...base,
      kind: "correction",
      value: { kind: "ratio", numerator: 6700, denominator: 8315 },
      at: new Date(at.getTime() + 60_000),
    });

    const history = await submissionHistory(db, plan.id, indicator.id, "2024");
    expect(history.map((s) => [s.version, s.kind])).toEqual([
      [1, "update"],
      [2, "correction"],
    ]);
    expect(history[1]?.previousValue).toEqual({ kind: "ratio", numerator: 6608, denominator: 8315 });
    expect((await latestSubmission(db, plan.id, indicator.id, "2024"))?.value).toEqual({
      kind: "ratio",
      numerator: 6700,
      denominator: 8315,
    });
    expect(await db.evidence.count({ where: { submissionId: history[0]?.id } })).toBe(1);

    const audit = await db.auditEntry.findMany({
      where: { communeId: commune.id, entity: "Submission" },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => [a.action, a.platform, a.chatId])).toEqual([
      ["submission.update", "telegram", "g1"],
      ["submission.correction", "telegram", "g1"],
    ]);
    expect(audit[1]?.before).toEqual({ kind: "ratio", numerator: 6608, denominator: 8315 });
  });

  it("refuses a second row for the same version (append-only, no silent overwrite)", async () => {
    const { db } = database();
    const { commune, plan, indicator, member } = await seedCommuneWithPlan("dong-lac");
    const row = {
      communeId: commune.id,
      planId: plan.id,
      indicatorId: indicator.id,
      period: "2024",
      version: 1,
      value: { kind: "boolean", value: true },
      membershipId: member.id,
      platform: "zalo",
      chatId: "g2",
    };
    await db.submission.create({ data: row });
    await expect(db.submission.create({ data: row })).rejects.toMatchObject({ code: "P2002" });
  });

  it("records an inbound message id once: a redelivery is recognised", async () => {
    const { db } = database();
    const ref = { platform: "telegram", chatId: "-100123", messageId: "42" };
    expect(await claimInboundMessage(db, ref)).toBe(true);
    expect(await claimInboundMessage(db, ref)).toBe(false);
    expect(await claimInboundMessage(db, { ...ref, chatId: "-100999" })).toBe(true);
    expect(await db.processedMessage.count({ where: { messageId: "42" } })).toBe(2);
  });

  it("forgets handled message ids past the redelivery window, in batches, keeping recent ones", async () => {
    const { db } = database();
    const now = new Date("2024-09-20T01:00:00Z");
    const old = new Date(now.getTime() - REDELIVERY_WINDOW_MS - 1000);
    const recent = new Date(now.getTime() - REDELIVERY_WINDOW_MS + 60_000);
    await db.processedMessage.createMany({
      data: [
        ...Array.from({ length: 25 }, (_, i) => ({
          platform: "zalo",
          chatId: "g-purge",
          messageId: `old${i}`,
          processedAt: old,
        })),
        ...Array.from({ length: 3 }, (_, i) => ({
          platform: "zalo",
          chatId: "g-purge",
          messageId: `new${i}`,
          processedAt: recent,
        })),
      ],
    });
    expect(await purgeHandledMessages(db, now, 10)).toBe(25);
    expect(await db.processedMessage.count({ where: { chatId: "g-purge" } })).toBe(3);
    expect(await purgeHandledMessages(db, now, 10)).toBe(0);
  });

  it("rolls a claimed message back with its failed transaction, so a redelivery is processed", async () => {
    const { db } = database();
    const ref = { platform: "zalo", chatId: "g9", messageId: "m1" };
    await expect(
      db.$transaction(async (tx) => {
        await claimInboundMessage(tx, ref);
        throw new Error("saving failed");
      }),
    ).rejects.toThrow("saving failed");
    expect(await claimInboundMessage(db, ref)).toBe(true);
  });

  it("links one person's Zalo and Telegram accounts and enforces foreign keys", async () => {
    const { db } = database();
    const commune = await createCommune(
      db,
      { slug: "ha-tien", name: "Hà Tiến", district: "Hà Trung", province: "Thanh Hóa" },
      { at },
    );
    const member = await addMember(
      db,
      {
        communeId: commune.id,
        platform: "zalo",
        externalId: "z-77",
        displayName: "Minh",
        role: "member",
        status: "pending",
      },
      { at },
    );
    await linkIdentity(db, member.personId, { platform: "telegram", externalId: "t-77" }, at);
    const person = await db.person.findUniqueOrThrow({ where: { id: member.personId }, include: { identities: true } });
    expect(person.identities.map((i) => i.platform).sort()).toEqual(["telegram", "zalo"]);
    await expect(db.membership.create({ data: { communeId: "missing", personId: member.personId } })).rejects.toThrow();
  });
});
