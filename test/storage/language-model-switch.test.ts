import { describe, expect, it } from "vitest";
import { createCommune, setLanguageModel } from "../../src/adapters/storage/stores/communes.js";
import { databaseKindsUnderTest } from "../support/test-database.js";
import { useTestDatabase } from "../support/use-test-database.js";

const at = new Date("2024-09-20T01:00:00Z");

describe.each(databaseKindsUnderTest())("a commune's language model switch, on %s", (kind) => {
  const database = useTestDatabase(kind);

  it("is on by default, switches once with an audit row, and bumps the commune's revision", async () => {
    const { db } = database();
    const commune = await createCommune(
      db,
      { slug: "ha-tien", name: "Hà Tiến", district: "Hà Trung", province: "Thanh Hóa" },
      { at },
    );
    const read = () => db.commune.findUniqueOrThrow({ where: { id: commune.id } });
    expect((await read()).languageModel).toBe(true);
    const before = (await read()).revision;
    expect(await setLanguageModel(db, { communeId: commune.id, enabled: false, at })).toBe(true);
    expect(await setLanguageModel(db, { communeId: commune.id, enabled: false, at })).toBe(false);
    const after = await read();
    expect(after.languageModel).toBe(false);
    expect(after.revision).toBe(before + 1);
    expect(await db.auditEntry.count({ where: { communeId: commune.id, action: "commune.language-model.off" } })).toBe(
      1,
    );
  });
});
