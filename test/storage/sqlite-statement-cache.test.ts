import Sqlite from "better-sqlite3";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createCommune } from "../../src/adapters/storage/stores/communes.js";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";

const at = new Date("2024-09-20T01:00:00Z");

describe("SQLite statements", () => {
  const compiled = vi.spyOn(Sqlite.prototype, "prepare");
  let database: TestDatabase | undefined;
  afterAll(async () => {
    compiled.mockRestore();
    await database?.destroy();
  });

  it("are compiled once per SQL text and give the same answers when reused, in transactions too", async () => {
    database = await createTestDatabase("sqlite");
    const { db } = database;
    await createCommune(db, { slug: "mot", name: "Xã Một", district: "H", province: "T" }, { at });
    await createCommune(db, { slug: "hai", name: "Xã Hai", district: "H", province: "T" }, { at });
    compiled.mockClear();

    const names: (string | undefined)[] = [];
    for (const slug of ["mot", "hai", "ba", "mot"])
      names.push(
        await db.$transaction(async (tx) => (await tx.commune.findUnique({ where: { slug } }))?.name ?? undefined),
      );
    const renamed = await db.commune.updateMany({ where: { slug: "hai" }, data: { district: "Huyện Hai" } });
    const unchanged = await db.commune.updateMany({ where: { slug: "ba" }, data: { district: "Huyện Ba" } });

    expect(names).toEqual(["Xã Một", "Xã Hai", undefined, "Xã Một"]);
    expect([renamed.count, unchanged.count]).toEqual([1, 0]);
    expect((await db.commune.findUniqueOrThrow({ where: { slug: "hai" } })).district).toBe("Huyện Hai");
    const texts = compiled.mock.calls.map(([sql]) => sql);
    expect(texts.filter((sql) => sql === "BEGIN")).toHaveLength(1);
    expect(texts.filter((sql) => sql.includes("SELECT `main`.`Commune`.`id`"))).toHaveLength(1);
    expect(texts.length).toBe(new Set(texts).size);
  });
});
