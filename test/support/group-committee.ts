import type { Database } from "../../src/adapters/storage/open-database.js";
import { bindChat } from "../../src/adapters/storage/stores/chat-bindings.js";
import { createCommune } from "../../src/adapters/storage/stores/communes.js";
import { addMember } from "../../src/adapters/storage/stores/members.js";
import { createPlan } from "../../src/adapters/storage/stores/plans.js";
import type { Catalog } from "../../src/core/catalog/catalog-schema.js";

/**
 * Seeds the smallest committee a message can reach: a commune with a plan on `catalog`,
 * its approved secretary Lan (Telegram user "u1") and its Telegram group "g1" bound to it.
 */
export async function seedGroupCommittee(
  db: Database,
  catalog: Catalog,
  commune: { slug: string; name: string },
  at: Date,
): Promise<{ communeId: string; planId: string }> {
  const created = await createCommune(db, { ...commune, district: "H", province: "T" }, { at });
  const plan = await createPlan(db, { communeId: created.id, catalog, year: 2023, at, actor: {} });
  if (!plan.ok) throw new Error(plan.status);
  await addMember(
    db,
    {
      communeId: created.id,
      platform: "telegram",
      role: "secretary",
      status: "approved",
      externalId: "u1",
      displayName: "Lan",
    },
    { at },
  );
  await bindChat(db, {
    platform: "telegram",
    chatId: "g1",
    communeId: created.id,
    planId: plan.plan.id,
    isGroup: true,
    at,
  });
  return { communeId: created.id, planId: plan.plan.id };
}
