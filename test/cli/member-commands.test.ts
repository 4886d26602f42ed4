import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, databaseKindsUnderTest, type TestDatabase } from "../support/test-database.js";
import { runXaso } from "./cli-harness.js";

const commune = [
  "--slug",
  "thuy-son",
  "--name",
  "Thúy Sơn",
  "--district",
  "Ngọc Lặc",
  "--province",
  "Thanh Hóa",
  "--catalog",
  "thanh-hoa-2023",
  "--year",
  "2023",
];
const member = (user: string, name: string, role: string) => [
  "member",
  "add",
  "--commune",
  "thuy-son",
  "--platform",
  "telegram",
  "--user",
  user,
  "--name",
  name,
  "--role",
  role,
];

describe.each(databaseKindsUnderTest())("xaso member commands on %s", (kind) => {
  let database: TestDatabase;
  let env: Record<string, string>;
  const xaso = (...argv: string[]) => runXaso(argv, env);
  const seats = () =>
    database.db.membership.findMany({
      orderBy: { createdAt: "asc" },
      select: { status: true, role: true, person: { select: { displayName: true } } },
    });

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    env = { DATABASE_URL: database.url };
    expect((await xaso("commune", "add", ...commune)).code).toBe(0);
  });
  afterAll(async () => {
    await database.destroy();
  });

  it("adds a deputy chair by any of its names", async () => {
    const added = await xaso(...member("501", "Tâm", "pho-truong-ban"));
    expect(added).toMatchObject({ code: 0, err: "" });
    expect(added.out).toBe("Đã thêm Tâm (Telegram 501) vào Ban chỉ đạo xã Thúy Sơn, vai trò phó trưởng ban.");
    expect((await xaso(...member("502", "Minh", "thanh-vien"))).code).toBe(0);
    expect(await seats()).toEqual([
      { status: "approved", role: "deputy", person: { displayName: "Tâm" } },
      { status: "approved", role: "member", person: { displayName: "Minh" } },
    ]);
  });

  it("explains itself with --help", async () => {
    const help = await xaso("member", "remove", "--help");
    expect(help.code).toBe(0);
    expect(help.out).toContain("xaso member remove --commune MÃ_XÃ --member MÃ_NGƯỜI_DÙNG|TÊN");
  });

  it("refuses a missing flag, an unknown commune or member, and writes nothing", async () => {
    const before = { seats: await seats(), audit: await database.db.auditEntry.count() };
    expect((await xaso("member", "remove", "--commune", "thuy-son")).code).toBe(2);
    const commune = await xaso("member", "remove", "--commune", "khong-co", "--member", "Minh");
    expect(commune).toMatchObject({ code: 1, err: 'Không có xã mã "khong-co". Xem các xã: xaso commune list' });
    const nobody = await xaso("member", "remove", "--commune", "thuy-son", "--member", "Khánh");
    expect(nobody).toMatchObject({
      code: 1,
      err: 'Không có thành viên "Khánh" trong Ban chỉ đạo xã Thúy Sơn; không xóa gì.',
    });
    expect({ seats: await seats(), audit: await database.db.auditEntry.count() }).toEqual(before);
  });

  it("removes a member by name with an audit row, and says so once when run again", async () => {
    const removed = await xaso("member", "remove", "--commune", "thuy-son", "--member", "minh");
    expect(removed).toMatchObject({ code: 0, err: "" });
    expect(removed.out).toBe(
      "Đã xóa Minh (Telegram 502) (thành viên) khỏi Ban chỉ đạo xã Thúy Sơn. Số liệu đã nhập vẫn giữ nguyên.",
    );
    expect((await seats()).map((seat) => seat.status)).toEqual(["approved", "removed"]);
    expect(await database.db.auditEntry.count({ where: { action: "member.remove" } })).toBe(1);

    const again = await xaso("member", "remove", "--commune", "thuy-son", "--member", "502");
    expect(again.out).toBe("Minh (Telegram 502) đã rời Ban chỉ đạo xã Thúy Sơn; không thay đổi gì.");
    expect(await database.db.auditEntry.count({ where: { action: "member.remove" } })).toBe(1);
  });

  it("adds a removed member back on their seat", async () => {
    const back = await xaso(...member("502", "Minh", "thanh-vien"));
    expect(back.out).toBe("Đã thêm Minh (Telegram 502) vào Ban chỉ đạo xã Thúy Sơn, vai trò thành viên.");
    expect((await seats()).map((seat) => seat.status)).toEqual(["approved", "approved"]);
  });
});
