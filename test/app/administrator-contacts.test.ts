import { describe, expect, it } from "vitest";
import { createCommune } from "../../src/adapters/storage/stores/communes.js";
import { addMember, linkIdentity } from "../../src/adapters/storage/stores/members.js";
import { messagesToAdministrators } from "../../src/app/alerts/administrator-contacts.js";
import { databaseKindsUnderTest } from "../support/test-database.js";
import { useTestDatabase } from "../support/use-test-database.js";

const at = new Date("2024-09-20T01:00:00Z");

describe.each(databaseKindsUnderTest())("alerting administrators on another platform, on %s", (kind) => {
  const database = useTestDatabase(kind);

  it("writes privately to approved chairs and secretaries who use that platform, and to nobody else", async () => {
    const { db } = database();
    const commune = await createCommune(
      db,
      { slug: "thuy-son", name: "Thúy Sơn", district: "Ngọc Lặc", province: "Thanh Hóa" },
      { at },
    );
    const member = (
      externalId: string,
      role: "chair" | "secretary" | "member",
      status: "approved" | "pending",
      platform = "zalo",
    ) => addMember(db, { communeId: commune.id, platform, externalId, displayName: externalId, role, status }, { at });
    const chair = await member("z-chair", "chair", "approved");
    await linkIdentity(db, chair.personId, { platform: "telegram", externalId: "111" }, at);
    await member("z-secretary", "secretary", "approved");
    const plain = await member("z-member", "member", "approved");
    await linkIdentity(db, plain.personId, { platform: "telegram", externalId: "333" }, at);
    await member("444", "secretary", "pending", "telegram");

    const messages = await messagesToAdministrators(db, "telegram", "Tài khoản Zalo của Xã Số đã bị đăng xuất.");
    expect(messages).toEqual([
      { platform: "telegram", chatId: "111", text: "Tài khoản Zalo của Xã Số đã bị đăng xuất." },
    ]);
  });
});
