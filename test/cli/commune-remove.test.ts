import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalogRegistry } from "../../src/adapters/catalogs/catalog-registry.js";
import { ensureDemoCommune } from "../../src/app/demo/ensure-demo-commune.js";
import { createTestDatabase, databaseKindsUnderTest, type TestDatabase } from "../support/test-database.js";
import { runXaso } from "./cli-harness.js";

const haTien = [
  "--slug",
  "ha-tien",
  "--name",
  "Hà Tiến",
  "--district",
  "Hà Trung",
  "--province",
  "Thanh Hóa",
  "--catalog",
  "ha-trung-2024",
  "--year",
  "2024",
];

describe.each(databaseKindsUnderTest())("xaso commune list and remove on %s", (kind) => {
  let database: TestDatabase;
  let env: Record<string, string>;
  const xaso = (argv: string[], stdin: string[] = []) => runXaso(argv, env, stdin);
  const slugs = async () => (await database.db.commune.findMany({ orderBy: { slug: "asc" } })).map((c) => c.slug);

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    env = { DATABASE_URL: database.url };
    await ensureDemoCommune(
      database.db,
      await loadCatalogRegistry(),
      { id: "local", name: "Thư ký" },
      "terminal",
      new Date("2024-09-01T00:00:00Z"),
    );
    expect((await xaso(["commune", "add", ...haTien])).code).toBe(0);
    expect(
      (
        await xaso([
          "member",
          "add",
          "--commune",
          "ha-tien",
          "--platform",
          "telegram",
          "--user",
          "7",
          "--name",
          "Lan",
          "--role",
          "thu-ky",
        ])
      ).code,
    ).toBe(0);
  });
  afterAll(async () => {
    await database.destroy();
  });

  it("lists real communes only, and the sample one marked when asked", async () => {
    const list = await xaso(["commune", "list"]);
    expect(list.out).toContain("ha-tien — xã Hà Tiến");
    expect(list.out).not.toContain("thuy-son-mau —");
    expect(list.out).toContain("(Không liệt kê xã mẫu của trò chuyện trên máy; xem cả: xaso commune list --all)");
    const all = await xaso(["commune", "list", "--all"]);
    expect(all.out).toContain(
      "thuy-son-mau — xã Thúy Sơn (dữ liệu mẫu) (Ngọc Lặc, Thanh Hóa) · 1 thành viên · gia nhập cần duyệt · XÃ MẪU (trò chuyện trên máy, không tính vào báo cáo tỉnh)",
    );
  });

  it("explains itself with --help and refuses an unknown commune", async () => {
    expect((await xaso(["commune", "remove", "--help"])).out).toContain("xaso commune remove --commune MÃ_XÃ [--yes]");
    expect(await xaso(["commune", "remove"])).toMatchObject({ code: 2 });
    expect(await xaso(["commune", "remove", "--commune", "khong-co", "--yes"])).toMatchObject({
      code: 1,
      err: 'Không có xã mã "khong-co". Xem các xã: xaso commune list --all',
    });
    expect(await slugs()).toEqual(["ha-tien", "thuy-son-mau"]);
  });

  it("asks first, and removes nothing unless the handle is typed back", async () => {
    const unanswered = await xaso(["commune", "remove", "--commune", "ha-tien"]);
    expect(unanswered.out).toBe(
      "Sẽ xóa xã Hà Tiến (ha-tien) cùng toàn bộ dữ liệu (1 kế hoạch, 1 thành viên). Không khôi phục được.\nGõ lại mã xã (ha-tien) để xác nhận, hoặc Enter để thôi:",
    );
    expect(unanswered).toMatchObject({ code: 1, err: "Chưa xóa gì." });
    expect(await xaso(["commune", "remove", "--commune", "ha-tien"], ["có"])).toMatchObject({
      code: 1,
      err: "Chưa xóa gì: “có” không phải mã xã; để xóa, gõ đúng ha-tien.",
    });
    expect(await slugs()).toEqual(["ha-tien", "thuy-son-mau"]);

    const confirmed = await xaso(["commune", "remove", "--commune", "ha-tien"], ["ha-tien"]);
    expect(confirmed.code).toBe(0);
    expect(confirmed.out.split("\n").at(-1)).toBe("Đã xóa xã Hà Tiến (ha-tien); đã xóa: 1 kế hoạch, 1 thành viên.");
    expect(await slugs()).toEqual(["thuy-son-mau"]);
  });

  it("removes the sample commune without asking when --yes is given", async () => {
    const removed = await xaso(["commune", "remove", "--commune", "thuy-son-mau", "--yes"]);
    expect(removed).toMatchObject({ code: 0, err: "" });
    expect(removed.out).toBe(
      "Đã xóa xã Thúy Sơn (dữ liệu mẫu) (thuy-son-mau); đã xóa: 1 kế hoạch, 1 thành viên, 1 nhóm đã gắn.",
    );
    expect(await slugs()).toEqual([]);
    expect(await database.db.person.count()).toBe(0);
    expect(await database.db.auditEntry.count({ where: { action: "commune.remove" } })).toBe(2);
  });
});
