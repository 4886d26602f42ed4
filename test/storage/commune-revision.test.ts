import { describe, expect, it } from "vitest";
import { upcomingAt } from "../../src/adapters/storage/stores/commune-parts.js";
import { CommunePartsCache } from "../../src/adapters/storage/stores/commune-parts-cache.js";
import { createCommune } from "../../src/adapters/storage/stores/communes.js";
import { saveCatalogVersion } from "../../src/adapters/storage/stores/indicator-sets.js";
import { addMember } from "../../src/adapters/storage/stores/members.js";
import { catalogSchema } from "../../src/core/catalog/catalog-schema.js";
import { databaseKindsUnderTest } from "../support/test-database.js";
import { useTestDatabase } from "../support/use-test-database.js";

const at = new Date("2024-09-20T01:00:00Z");

const catalog = catalogSchema.parse({
  id: "revision-set",
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
  ],
});

describe.each(databaseKindsUnderTest())("commune revision on %s", (kind) => {
  const database = useTestDatabase(kind);

  it("moves with every change a message reads about the commune, and the cache sees it", async () => {
    const { db } = database();
    const commune = await createCommune(db, { slug: "rev", name: "Xã Một", district: "H", province: "T" }, { at });
    const other = await createCommune(db, { slug: "rev-2", name: "Xã Hai", district: "H", province: "T" }, { at });
    const saved = await saveCatalogVersion(db, catalog, at);
    const revision = async (id = commune.id) =>
      (await db.commune.findUniqueOrThrow({ where: { id }, select: { revision: true } })).revision;
    const bumps = async (write: () => Promise<unknown>, id = commune.id) => {
      const before = await revision(id);
      await write();
      return (await revision(id)) > before;
    };
    const cache = new CommunePartsCache();

    let planId = "";
    expect(
      await bumps(async () => {
        planId = (await db.communePlan.create({ data: { communeId: commune.id, setId: saved.setId, year: 2024 } })).id;
      }),
    ).toBe(true);
    const indicator = await db.indicator.findFirstOrThrow({ where: { setId: saved.setId } });
    expect((await cache.load(db, planId, "telegram")).members).toEqual([]);

    let membershipId = "";
    let personId = "";
    expect(
      await bumps(async () => {
        const member = await addMember(
          db,
          {
            communeId: commune.id,
            platform: "telegram",
            externalId: "u1",
            displayName: "Lan",
            role: "member",
            status: "approved",
          },
          { at },
        );
        membershipId = member.id;
        personId = member.personId;
      }),
    ).toBe(true);
    expect((await cache.load(db, planId, "telegram")).members.map((m) => m.platformUserId)).toEqual(["u1"]);

    expect(await bumps(() => db.membership.update({ where: { id: membershipId }, data: { role: "secretary" } }))).toBe(
      true,
    );
    expect((await cache.load(db, planId, "telegram")).members[0]?.role).toBe("secretary");
    expect(await bumps(() => db.person.update({ where: { id: personId }, data: { displayName: "Lan Anh" } }))).toBe(
      true,
    );
    expect((await cache.load(db, planId, "telegram")).names.get(membershipId)).toBe("Lan Anh");
    expect(
      await bumps(() =>
        db.platformIdentity.create({ data: { personId, platform: "zalo", externalId: "z1", displayName: "Lan" } }),
      ),
    ).toBe(true);
    expect(await bumps(() => db.platformIdentity.deleteMany({ where: { personId, platform: "zalo" } }))).toBe(true);
    expect(await bumps(() => db.assignment.create({ data: { planId, indicatorId: indicator.id, membershipId } }))).toBe(
      true,
    );
    expect((await cache.load(db, planId, "telegram")).assigned).toEqual({ "3.2": [membershipId] });
    expect(await bumps(() => db.assignment.deleteMany({ where: { planId } }))).toBe(true);
    expect(
      await bumps(() =>
        db.planTarget.create({ data: { planId, indicatorId: indicator.id, comparator: ">=", value: 80 } }),
      ),
    ).toBe(true);
    expect((await cache.load(db, planId, "telegram")).targetOverrides).toEqual({ "3.2": { op: ">=", value: 80 } });
    expect(await bumps(() => db.planTarget.updateMany({ where: { planId }, data: { assessed: false } }))).toBe(true);
    expect(await bumps(() => db.commune.update({ where: { id: commune.id }, data: { joinPolicy: "open" } }))).toBe(
      true,
    );
    expect((await cache.load(db, planId, "telegram")).commune.joinPolicy).toBe("open");
    expect(
      await bumps(() => db.meeting.create({ data: { communeId: commune.id, title: "Họp BCĐ", startsAt: at } })),
    ).toBe(true);
    expect(
      await bumps(() => db.deadline.create({ data: { communeId: commune.id, title: "Báo cáo", dueAt: at } })),
    ).toBe(true);
    expect(await bumps(() => db.membership.delete({ where: { id: membershipId } }))).toBe(true);
    expect((await cache.load(db, planId, "telegram")).members).toEqual([]);

    expect(
      await bumps(() => db.commune.update({ where: { id: commune.id }, data: { joinPolicy: "approval" } }), other.id),
    ).toBe(false);
  });

  it("keeps the meetings and deadlines ahead of each moment while the revision holds", async () => {
    const { db } = database();
    const commune = await createCommune(db, { slug: "lich", name: "Xã Lịch", district: "H", province: "T" }, { at });
    const saved = await saveCatalogVersion(db, catalog, at);
    const plan = await db.communePlan.create({ data: { communeId: commune.id, setId: saved.setId, year: 2024 } });
    const day = (n: number) => new Date(at.getTime() + n * 86_400_000);
    await db.meeting.create({ data: { communeId: commune.id, title: "Họp quý", startsAt: day(2) } });
    await db.deadline.create({ data: { communeId: commune.id, title: "Báo cáo", dueAt: day(4) } });
    const cache = new CommunePartsCache();
    const titlesAt = async (now: Date) => {
      const { upcoming } = await cache.loadWithUpcoming(db, { planId: plan.id, platform: "telegram", now });
      return upcomingAt(upcoming, now).map((item) => item.title);
    };

    expect(await titlesAt(day(1))).toEqual(["Họp quý", "Báo cáo"]);
    expect(await titlesAt(day(3))).toEqual(["Báo cáo"]);
    expect(await titlesAt(day(0))).toEqual(["Họp quý", "Báo cáo"]);
    await db.deadline.updateMany({ where: { communeId: commune.id }, data: { status: "cancelled" } });
    expect(await titlesAt(day(3))).toEqual([]);
  });
});
