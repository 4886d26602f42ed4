import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";
import { runXaso } from "./cli-harness.js";

describe("xaso bind --province", () => {
  let database: TestDatabase;
  let tmp: string;
  let env: Record<string, string>;
  const xaso = (...argv: string[]) => runXaso(argv, env);

  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "xaso-province-"));
    env = { DATABASE_URL: database.url, CATALOG_DIR: path.join(tmp, "catalogs") };
    const added = await xaso(
      ...["commune", "add", "--slug", "thuy-son", "--name", "Thúy Sơn", "--district", "Ngọc Lặc"],
      ...["--province", "Thanh Hóa", "--catalog", "thanh-hoa-2023", "--year", "2023"],
    );
    expect(added.code, added.err).toBe(0);
    expect((await xaso("bind", "--platform", "telegram", "--chat", "-1001", "--commune", "thuy-son")).code).toBe(0);
  });
  afterAll(async () => {
    await database?.destroy();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("makes a chat the province's oversight chat, matching the name without diacritics", async () => {
    const bound = await xaso("bind", "--platform", "telegram", "--chat", "-1009", "--province", "thanh hoa");
    expect(bound.code, bound.err).toBe(0);
    expect(bound.out).toBe(
      'Đã gắn nhóm Telegram -1009 làm nhóm theo dõi của tỉnh Thanh Hóa: hỏi "xã nào chưa đạt 3.2?" trong nhóm.',
    );
    const again = await xaso("bind", "--platform", "telegram", "--chat", "-1009", "--province", "Thanh Hóa");
    expect(again.out).toContain("không có gì thay đổi");
    expect(await database.db.provinceChat.count()).toBe(1);
    expect(await database.db.auditEntry.count({ where: { action: "province-chat.bind" } })).toBe(1);
  });

  it("refuses an unknown province, a commune's chat and both flags, writing nothing", async () => {
    const unknown = await xaso("bind", "--platform", "telegram", "--chat", "-1010", "--province", "Nghệ An");
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toBe('Không có xã nào thuộc tỉnh "Nghệ An". Xem các xã: xaso commune list');
    const commune = await xaso("bind", "--platform", "telegram", "--chat", "-1001", "--province", "Thanh Hóa");
    expect(commune.code).not.toBe(0);
    expect(commune.err).toContain("đang gắn với xã Thúy Sơn");
    const both = await xaso(
      ...["bind", "--platform", "telegram", "--chat", "-1011", "--province", "Thanh Hóa", "--commune", "thuy-son"],
    );
    expect(both.err).toContain("Chỉ chọn một trong --commune và --province.");
    expect(await database.db.provinceChat.count()).toBe(1);
  });
});
