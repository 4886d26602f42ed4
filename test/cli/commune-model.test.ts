import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";
import { runXaso } from "./cli-harness.js";

describe("xaso commune model", () => {
  let database: TestDatabase;
  let tmp: string;
  let env: Record<string, string>;
  const xaso = (...argv: string[]) => runXaso(argv, env);

  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "xaso-model-"));
    env = { DATABASE_URL: database.url, CATALOG_DIR: path.join(tmp, "catalogs") };
    const added = await xaso(
      ...["commune", "add", "--slug", "thuy-son", "--name", "Thúy Sơn", "--district", "Ngọc Lặc"],
      ...["--province", "Thanh Hóa", "--catalog", "thanh-hoa-2023", "--year", "2023"],
    );
    expect(added.code, added.err).toBe(0);
  });
  afterAll(async () => {
    await database?.destroy();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("turns the language model off and on for one commune, audited, and says how it is", async () => {
    expect((await xaso("commune", "model", "--commune", "thuy-son")).out).toBe(
      "Mô hình ngôn ngữ của xã Thúy Sơn: đang bật.",
    );
    expect((await xaso("commune", "model", "--commune", "thuy-son", "off")).out).toBe(
      "Đã tắt mô hình ngôn ngữ cho xã Thúy Sơn.",
    );
    expect((await xaso("commune", "model", "--commune", "thuy-son", "tắt")).out).toContain("không có gì thay đổi");
    expect((await database.db.commune.findFirstOrThrow()).languageModel).toBe(false);
    expect((await xaso("commune", "model", "--commune", "thuy-son", "on")).out).toBe(
      "Đã bật mô hình ngôn ngữ cho xã Thúy Sơn.",
    );
    const audit = await database.db.auditEntry.findMany({
      where: { action: { startsWith: "commune.language-model" } },
    });
    expect(audit.map((a) => a.action).sort()).toEqual(["commune.language-model.off", "commune.language-model.on"]);
  });

  it("refuses an unknown commune or word, writing nothing", async () => {
    const unknown = await xaso("commune", "model", "--commune", "khong-co", "off");
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toBe('Không có xã mã "khong-co". Xem các xã: xaso commune list');
    const word = await xaso("commune", "model", "--commune", "thuy-son", "maybe");
    expect(word.code).not.toBe(0);
    expect(word.err).toContain('Chỉ ghi on hoặc off, không phải "maybe".');
    expect((await database.db.commune.findFirstOrThrow()).languageModel).toBe(true);
  });
});
